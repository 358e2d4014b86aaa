// The three to five kernopgaven: fixing them from a closed partners' round (beheerder) and editing one's title and
// description (analist, beheerder).
import { z } from 'zod';
import type { Queryable } from '../../../db/connection.ts';
import { getKernopgave, insertKernopgave, listKernopgaven, updateKernopgave } from '../../../db/planStore.ts';
import { id, kernopgaveParams, longText, text, version, wsParams } from '../../../plans/api.ts';
import type { PlanApi, PlanHelpers } from './access.ts';
import { badRequest, notFound, PlanError, stale } from './errors.ts';
import { loadPartnerRound } from './roundData.ts';

/** A kernopgave of the workspace, or 404. */
export const loadKernopgave = async (db: Queryable, workspaceId: string, kernopgaveId: string) => {
  const kernopgave = await getKernopgave(db, workspaceId, kernopgaveId);
  if (!kernopgave) throw notFound('Deze kernopgave bestaat niet.');
  return kernopgave;
};

export function registerKernopgaven(api: PlanApi, { ctx, access, change }: PlanHelpers) {
  api.post(
    '/workspaces/:id/plan/kernopgaven',
    {
      schema: {
        summary: 'De drie tot vijf kernopgaven vastleggen uit een gesloten ronde (beheerder)',
        tags: ['regioplan'],
        params: wsParams,
        body: z.strictObject({ roundId: id, candidates: z.array(z.string().max(120)).min(1).max(10) }),
      },
    },
    async (request, reply) => {
      const { workspace } = await access(request, request.params.id, 'manage-plan');
      const round = await loadPartnerRound(ctx.db, workspace.id, request.body.roundId, 'roundId');
      if (round.status !== 'closed')
        throw new PlanError(
          409,
          'round-open',
          'Sluit de ronde eerst; daarna legt u de kernopgaven vast.',
          'roundId',
        );
      const chosen = request.body.candidates;
      if (chosen.length < 3 || chosen.length > 5)
        throw badRequest('candidates', `kies drie tot vijf kernopgaven (nu ${chosen.length})`);
      const byId = new Map(round.candidates.map((c) => [c.id, c]));
      chosen.forEach((c, i) => {
        if (!byId.has(c)) throw badRequest(`candidates.${i}`, `'${c}' staat niet op de lijst van deze ronde`);
        if (chosen.indexOf(c) !== i) throw badRequest(`candidates.${i}`, `'${c}' is twee keer gekozen`);
      });
      if ((await listKernopgaven(ctx.db, workspace.id)).length > 0)
        throw new PlanError(
          409,
          'already-fixed',
          'De kernopgaven liggen al vast; wijzig ze één voor één.',
          'candidates',
        );
      const created = await change(
        request,
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
      return reply.code(201).send(created);
    },
  );

  api.patch(
    '/workspaces/:id/plan/kernopgaven/:kernopgaveId',
    {
      schema: {
        summary: 'Titel en toelichting van een kernopgave (analist, beheerder)',
        tags: ['regioplan'],
        params: kernopgaveParams,
        body: z.strictObject({
          version,
          title: text(300).optional(),
          description: longText(10000).optional(),
        }),
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'edit-plan');
      const current = await loadKernopgave(ctx.db, workspace.id, request.params.kernopgaveId);
      return change(
        request,
        workspace,
        `Kernopgave gewijzigd: ${current.title}`,
        'plan.kernopgave.update',
        { subject: current.title },
        async (tx) => {
          const saved = await updateKernopgave(tx, workspace.id, current.id, request.body.version, {
            title: request.body.title ?? current.title,
            description: request.body.description ?? current.description,
          });
          if (!saved)
            throw stale('De kernopgave', await getKernopgave(tx, workspace.id, current.id), request.body);
          return saved;
        },
      );
    },
  );
}
