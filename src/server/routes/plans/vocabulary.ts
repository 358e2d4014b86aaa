// GET /plan-vocabulary: the fixed choice lists of a regioplan.
import { type PlanDeps, planVocabulary } from '../../../plans/service/index.ts';
import type { PlanApi } from './types.ts';

export function registerVocabulary(api: PlanApi, deps: PlanDeps) {
  api.get(
    '/plan-vocabulary',
    {
      schema: {
        summary:
          'De vaste keuzelijsten van een regioplan: soorten acties, vormen van verplaatsing, bekostiging, mijlpalen, PDCA, besluiten, thema’s',
        tags: ['regioplan'],
      },
    },
    async () => planVocabulary(deps.catalog),
  );
}
