// The plan as one document (what is versioned: decisions and texts, no computed statuses), and storing it as a new
// version when it differs from the latest one.
import type { Queryable } from '../../db/connection.ts';
import { listActions, listGoals, listKernopgaven } from '../../db/plans/content.ts';
import { listRounds } from '../../db/plans/dialogue.ts';
import { listEvaluations } from '../../db/plans/monitoring.ts';
import { getPlan, insertVersion, latestVersion } from '../../db/plans/plan.ts';
import { listOrganisations } from '../../db/workspaceStore.ts';
import { PLAN_FORMAT, type PlanDocument } from '../document.ts';
import { sameDocument } from '../versions.ts';

type WorkspaceRef = { id: string; name: string; regionCode: string | null; gemeenten: string[] };

const strip = <T extends { version: number; updatedAt: string }>({
  version: _v,
  updatedAt: _u,
  ...rest
}: T) => rest;

/** The current plan as one document. */
export async function readDocument(db: Queryable, workspace: WorkspaceRef): Promise<PlanDocument> {
  const plan = await getPlan(db, workspace.id);
  const [organisations, rounds, kernopgaven, goals, actions, evaluations] = await Promise.all([
    listOrganisations(db, workspace.id),
    listRounds(db, workspace.id),
    listKernopgaven(db, workspace.id),
    listGoals(db, workspace.id),
    listActions(db, workspace.id),
    listEvaluations(db, workspace.id),
  ]);
  return {
    format: PLAN_FORMAT,
    workspace: {
      id: workspace.id,
      name: workspace.name,
      regionCode: workspace.regionCode,
      gemeenten: workspace.gemeenten,
    },
    title: plan?.title ?? `Regioplan ${workspace.name}`,
    summary: plan?.summary ?? '',
    published: plan?.published ?? false,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, type: o.type })),
    rounds: rounds.map((r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      audience: r.audience,
      method: r.method,
      status: r.status,
      candidates: r.candidates,
      previousRoundId: r.previousRoundId,
      partnerRoundId: r.partnerRoundId,
    })),
    kernopgaven: kernopgaven.map((k) => ({
      ...strip(k),
      goals: goals.filter((g) => g.kernopgaveId === k.id).map(strip),
      actions: actions.filter((a) => a.kernopgaveId === k.id).map(strip),
    })),
    evaluations: evaluations.map(strip),
  };
}

/**
 * Stores the plan document as a new version when it differs from the latest one; returns its number, or null when
 * nothing changed. Call inside the transaction of the change, after lockPlan, so two changes never get the same
 * number.
 */
export async function recordVersion(
  tx: Queryable,
  workspace: WorkspaceRef,
  author: { id: string; email: string },
  summary: string,
): Promise<number | null> {
  const document = await readDocument(tx, workspace);
  const last = await latestVersion(tx, workspace.id);
  if (last && sameDocument(last.document, document)) return null;
  const number = (last?.number ?? 0) + 1;
  await insertVersion(tx, workspace.id, number, document, summary, author);
  return number;
}
