// The fixed choice lists of a regioplan (GET /plan-vocabulary): action types, forms of moving care, payment,
// milestones, PDCA phases, decisions, candidate themes, the scoring scale and the monitoring rule.
import { IZA_THEMES } from '../../../plans/candidates.ts';
import { STATUS_RULE } from '../../../plans/monitoring.ts';
import { SCALE } from '../../../plans/prioritisation.ts';
import {
  ACTION_TYPE_LABELS,
  ACTION_TYPES,
  CARE_SHIFT_FORM_LABELS,
  CARE_SHIFT_FORMS,
  DECISION_LABELS,
  DECISIONS,
  MILESTONE_LABELS,
  MILESTONE_STATUSES,
  PAYMENT_ARRANGEMENTS,
  PAYMENT_LABELS,
  PDCA_LABELS,
  PDCA_PHASES,
} from '../../../plans/vocabulary.ts';
import type { PlanApi, PlanHelpers } from './access.ts';

/** A choice list as `{ id, label }` in the order of its ids. */
const labelled = <T extends string, L>(ids: readonly T[], labels: Record<T, L>) =>
  ids.map((id) => ({ id, label: labels[id] }));

export function registerVocabulary(api: PlanApi, { ctx }: PlanHelpers) {
  api.get(
    '/plan-vocabulary',
    {
      schema: {
        summary:
          'De vaste keuzelijsten van een regioplan: soorten acties, vormen van verplaatsing, bekostiging, mijlpalen, PDCA, besluiten, thema’s',
        tags: ['regioplan'],
      },
    },
    async () => ({
      scale: SCALE,
      actionTypes: labelled(ACTION_TYPES, ACTION_TYPE_LABELS),
      careShiftForms: labelled(CARE_SHIFT_FORMS, CARE_SHIFT_FORM_LABELS),
      paymentArrangements: labelled(PAYMENT_ARRANGEMENTS, PAYMENT_LABELS),
      milestoneStatuses: labelled(MILESTONE_STATUSES, MILESTONE_LABELS),
      pdcaPhases: labelled(PDCA_PHASES, PDCA_LABELS),
      decisions: labelled(DECISIONS, DECISION_LABELS),
      themes: {
        jzojp: ctx.catalog.themes.map((t) => ({ id: t.id, label: t.name, category: t.category })),
        iza: IZA_THEMES,
      },
      statusRule: STATUS_RULE,
    }),
  );
}
