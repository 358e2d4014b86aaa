// The plan as a whole: reading it with everything computed, and its title, summary and publication (beheerder);
// the fixed choice lists of a regioplan.
import type { Actor } from '../../access/actor.ts';
import { stale } from '../../access/errors.ts';
import { getPlan, memberOrganisation, updatePlan } from '../../db/plans/plan.ts';
import type { Catalog } from '../../indicators/schema.ts';
import type { PlanAnswer, PlanInput } from '../api.ts';
import { IZA_THEMES } from '../candidates.ts';
import { STATUS_RULE } from '../monitoring.ts';
import { mayPlan } from '../permissions.ts';
import { SCALE } from '../prioritisation.ts';
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
} from '../vocabulary.ts';
import { change, type PlanDeps, planAccess } from './context.ts';
import { buildPlanView } from './view.ts';

export async function readPlan(deps: PlanDeps, actor: Actor, workspaceId: string): Promise<PlanAnswer> {
  const { workspace, role, account } = await planAccess(deps, actor, workspaceId, 'read-plan');
  const permissions = (['read-plan', 'contribute', 'edit-plan', 'manage-plan'] as const).filter((p) =>
    mayPlan(role, p),
  );
  return {
    ...(await buildPlanView(deps, workspace)),
    role,
    permissions,
    myOrganisationId: await memberOrganisation(deps.db, workspace.id, account.id),
  };
}

export async function updatePlanInfo(deps: PlanDeps, actor: Actor, workspaceId: string, body: PlanInput) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'manage-plan');
  const published = body.published;
  // version 0: the plan has never been saved; only valid while that is still so
  const existing = body.version === 0 ? await getPlan(deps.db, workspace.id) : null;
  if (existing) throw stale('Het plan', existing, body);
  const action = published === undefined ? 'plan.update' : published ? 'plan.publish' : 'plan.unpublish';
  return change(deps, actor, workspace, 'Plan bijgewerkt', action, {}, async (tx) => {
    const current = (await getPlan(tx, workspace.id))!;
    const saved = await updatePlan(tx, workspace.id, body.version === 0 ? 1 : body.version, {
      title: body.title ?? current.title,
      summary: body.summary ?? current.summary,
      published: published ?? current.published,
    });
    if (!saved) throw stale('Het plan', current, body);
    return saved;
  });
}

/** A choice list as `{ id, label }` in the order of its ids. */
const labelled = <T extends string, L>(ids: readonly T[], labels: Record<T, L>) =>
  ids.map((id) => ({ id, label: labels[id] }));

export function planVocabulary(catalog: Catalog) {
  return {
    scale: SCALE,
    actionTypes: labelled(ACTION_TYPES, ACTION_TYPE_LABELS),
    careShiftForms: labelled(CARE_SHIFT_FORMS, CARE_SHIFT_FORM_LABELS),
    paymentArrangements: labelled(PAYMENT_ARRANGEMENTS, PAYMENT_LABELS),
    milestoneStatuses: labelled(MILESTONE_STATUSES, MILESTONE_LABELS),
    pdcaPhases: labelled(PDCA_PHASES, PDCA_LABELS),
    decisions: labelled(DECISIONS, DECISION_LABELS),
    themes: {
      jzojp: catalog.themes.map((t) => ({ id: t.id, label: t.name, category: t.category })),
      iza: IZA_THEMES,
    },
    statusRule: STATUS_RULE,
  };
}
