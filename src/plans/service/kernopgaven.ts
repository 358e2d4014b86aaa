// The three to five kernopgaven: fixing them from a closed partners' round (beheerder) and editing one's title and
// description (analist, beheerder).
import type { Actor } from '../../access/actor.ts';
import { conflict, invalid, notFound, stale } from '../../access/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import {
  getKernopgave,
  insertKernopgave,
  listKernopgaven,
  updateKernopgave,
} from '../../db/plans/content.ts';
import type { FixKernopgavenInput, UpdateKernopgaveInput } from '../api.ts';
import { change, type PlanDeps, planAccess } from './context.ts';
import { loadPartnerRound } from './rounds.ts';

/** A kernopgave of the workspace, or 404. */
export const loadKernopgave = async (db: Queryable, workspaceId: string, kernopgaveId: string) => {
  const kernopgave = await getKernopgave(db, workspaceId, kernopgaveId);
  if (!kernopgave) throw notFound('Deze kernopgave bestaat niet.');
  return kernopgave;
};

export async function fixKernopgaven(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  body: FixKernopgavenInput,
) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'manage-plan');
  const round = await loadPartnerRound(deps.db, workspace.id, body.roundId, 'roundId');
  if (round.status !== 'closed')
    throw conflict(
      'round-open',
      'Sluit de ronde eerst; daarna legt u de kernopgaven vast.',
      undefined,
      'roundId',
    );
  const chosen = body.candidates;
  if (chosen.length < 3 || chosen.length > 5)
    throw invalid('candidates', `kies drie tot vijf kernopgaven (nu ${chosen.length})`);
  const byId = new Map(round.candidates.map((c) => [c.id, c]));
  chosen.forEach((c, i) => {
    if (!byId.has(c)) throw invalid(`candidates.${i}`, `'${c}' staat niet op de lijst van deze ronde`);
    if (chosen.indexOf(c) !== i) throw invalid(`candidates.${i}`, `'${c}' is twee keer gekozen`);
  });
  if ((await listKernopgaven(deps.db, workspace.id)).length > 0)
    throw conflict(
      'already-fixed',
      'De kernopgaven liggen al vast; wijzig ze één voor één.',
      undefined,
      'candidates',
    );
  return change(
    deps,
    actor,
    workspace,
    `Kernopgaven vastgelegd uit ronde ${round.number}`,
    'plan.kernopgaven.fix',
    { subject: round.title, candidates: chosen },
    async (tx) => {
      const list = [];
      for (const [i, c] of chosen.entries()) {
        const candidate = byId.get(c)!;
        list.push(
          await insertKernopgave(tx, workspace.id, {
            position: i + 1,
            title: candidate.label.nl,
            description: '',
            candidateId: candidate.id,
            themeId: candidate.themeId,
            roundId: round.id,
          }),
        );
      }
      return list;
    },
  );
}

export async function editKernopgave(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  kernopgaveId: string,
  body: UpdateKernopgaveInput,
) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'edit-plan');
  const current = await loadKernopgave(deps.db, workspace.id, kernopgaveId);
  return change(
    deps,
    actor,
    workspace,
    `Kernopgave gewijzigd: ${current.title}`,
    'plan.kernopgave.update',
    { subject: current.title },
    async (tx) => {
      const saved = await updateKernopgave(tx, workspace.id, current.id, body.version, {
        title: body.title ?? current.title,
        description: body.description ?? current.description,
      });
      if (!saved) throw stale('De kernopgave', await getKernopgave(tx, workspace.id, current.id), body);
      return saved;
    },
  );
}
