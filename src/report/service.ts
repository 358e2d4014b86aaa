// The published regioplannen of a standard region, as the executive report shows them: each plan's goals with
// their status computed now from the data (public: only what the public plan page shows too).

import { notFound } from '../access/errors.ts';
import type { Database } from '../db/connection.ts';
import { publishedPlanWorkspaces } from '../db/reportStore.ts';
import { getWorkspace } from '../db/workspaceStore.ts';
import { buildPlanView } from '../plans/service/view.ts';
import type { RegiobeeldEngine } from '../regiobeeld/engine.ts';
import type { ReportPlan } from './model.ts';

/** What the service needs; the AppContext satisfies it. */
interface Deps {
  db: Database;
  engine: () => Promise<RegiobeeldEngine>;
}

export async function publishedPlansOfRegion(deps: Deps, code: string): Promise<ReportPlan[]> {
  const region = (await deps.engine()).regionsByCode.get(code.toUpperCase());
  if (!region) throw notFound(`Regio '${code}' bestaat niet`);
  const plans: ReportPlan[] = [];
  for (const id of await publishedPlanWorkspaces(deps.db, region.code)) {
    const workspace = await getWorkspace(deps.db, id);
    if (!workspace) continue;
    const view = await buildPlanView(deps, workspace);
    if (!view.plan.published) continue;
    plans.push({
      workspaceId: id,
      title: view.plan.title,
      updatedAt: view.plan.updatedAt ? new Date(view.plan.updatedAt).toISOString() : null,
      goals: view.kernopgaven.flatMap((k) =>
        k.goals.map((g) => ({
          kernopgave: k.title,
          title: g.title,
          status: g.progress.status,
          statusLabel: g.progress.label,
        })),
      ),
    });
  }
  return plans;
}
