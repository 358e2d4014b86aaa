// What the partners hand in to an open round: their organisation's scores or ranking (a new submission replaces
// the previous one; the beheerder may submit on an organisation's behalf).
import { z } from 'zod';
import { lockOpenRound, memberOrganisation, replaceRanking, replaceScores } from '../../../db/planStore.ts';
import { appendAudit } from '../../../db/workspaceStore.ts';
import { id, roundParams } from '../../../plans/api.ts';
import { mayPlan } from '../../../plans/permissions.ts';
import { checkScore } from '../../../plans/prioritisation.ts';
import type { Role } from '../../../workspaces/roles.ts';
import { auditEntry, type PlanApi, type PlanHelpers } from './access.ts';
import { badRequest, PlanError, roundClosed } from './errors.ts';
import { loadRound, submissionOf } from './roundData.ts';

export function registerSubmissions(api: PlanApi, { ctx, access, organisationsOf }: PlanHelpers) {
  /** The organisation a submission is for: one's own, or (beheerder) one named on its behalf. */
  const submittingOrganisation = async (
    workspaceId: string,
    accountId: string,
    role: Role,
    requested: string | undefined,
  ) => {
    const own = await memberOrganisation(ctx.db, workspaceId, accountId);
    if (requested === undefined || requested === own) {
      if (!own)
        throw new PlanError(
          403,
          'no-organisation',
          'Uw account is niet aan een organisatie van de werkruimte gekoppeld; vraag de beheerder dat te doen.',
        );
      return own;
    }
    if (!mayPlan(role, 'manage-plan'))
      throw new PlanError(
        403,
        'forbidden',
        'Alleen de beheerder vult scores in namens een andere organisatie.',
      );
    if (!(await organisationsOf(workspaceId)).has(requested))
      throw badRequest('organisationId', 'geen organisatie van deze werkruimte');
    return requested;
  };

  const openPartnerRound = async (workspaceId: string, roundId: string, method: 'score' | 'rank') => {
    const round = await loadRound(ctx.db, workspaceId, roundId);
    if (round.audience !== 'partners')
      throw badRequest('roundId', 'inwoners antwoorden via de openbare link van de datadialoog');
    if (round.status === 'closed') throw roundClosed();
    if (round.method !== method)
      throw badRequest(
        method === 'score' ? 'scores' : 'ranking',
        round.method === 'score'
          ? 'in deze ronde wordt gescoord, niet gerangschikt'
          : 'in deze ronde wordt gerangschikt, niet gescoord',
      );
    return round;
  };

  api.put(
    '/workspaces/:id/plan/rounds/:roundId/scores',
    {
      schema: {
        summary:
          'De scores van uw organisatie (urgentie, impact, haalbaarheid 1–5, voor elk kandidaat-thema); een nieuwe inzending vervangt de vorige',
        tags: ['regioplan'],
        params: roundParams,
        body: z.strictObject({
          organisationId: id.optional(),
          scores: z
            .array(
              z.strictObject({
                candidate: z.string().max(120),
                urgency: z.number(),
                impact: z.number(),
                feasibility: z.number(),
              }),
            )
            .min(1)
            .max(40),
        }),
      },
    },
    async (request) => {
      const { workspace, role, account } = await access(request, request.params.id, 'contribute');
      const round = await openPartnerRound(workspace.id, request.params.roundId, 'score');
      const organisationId = await submittingOrganisation(
        workspace.id,
        account.id,
        role,
        request.body.organisationId,
      );
      const candidates = new Set(round.candidates.map((c) => c.id));
      request.body.scores.forEach((s, i) => {
        const [problem] = checkScore({ participant: organisationId, ...s }, candidates);
        if (problem) throw badRequest(`scores.${i}.${problem.field}`, problem.message.nl);
      });
      const given = request.body.scores.map((s) => s.candidate);
      const twice = given.find((c, i) => given.indexOf(c) !== i);
      if (twice) throw badRequest('scores', `'${twice}' is twee keer gescoord`);
      const missing = round.candidates.filter((c) => !given.includes(c.id));
      if (missing.length)
        throw badRequest(
          'scores',
          `geef een score voor elk thema; ontbreekt: ${missing.map((c) => c.label.nl).join(', ')}`,
        );
      await ctx.db.transaction(async (tx) => {
        if (!(await lockOpenRound(tx, round.id))) throw roundClosed();
        await replaceScores(tx, round.id, organisationId, request.body.scores, account.id);
        await appendAudit(
          tx,
          auditEntry(request, 'plan.round.scores', workspace.id, { subject: round.title, organisationId }),
        );
      });
      return submissionOf(ctx.db, round, organisationId);
    },
  );

  api.put(
    '/workspaces/:id/plan/rounds/:roundId/ranking',
    {
      schema: {
        summary:
          'De rangorde van uw organisatie (alle kandidaat-thema’s, belangrijkste eerst); een nieuwe inzending vervangt de vorige',
        tags: ['regioplan'],
        params: roundParams,
        body: z.strictObject({
          organisationId: id.optional(),
          ranking: z.array(z.string().max(120)).min(1).max(40),
        }),
      },
    },
    async (request) => {
      const { workspace, role, account } = await access(request, request.params.id, 'contribute');
      const round = await openPartnerRound(workspace.id, request.params.roundId, 'rank');
      const organisationId = await submittingOrganisation(
        workspace.id,
        account.id,
        role,
        request.body.organisationId,
      );
      const ranking = request.body.ranking;
      const ids = new Set(round.candidates.map((c) => c.id));
      ranking.forEach((c, i) => {
        if (!ids.has(c)) throw badRequest(`ranking.${i}`, `'${c}' staat niet op de lijst van deze ronde`);
        if (ranking.indexOf(c) !== i)
          throw badRequest(`ranking.${i}`, `'${c}' staat twee keer in de rangorde`);
      });
      if (ranking.length !== ids.size)
        throw badRequest('ranking', `zet alle ${ids.size} thema’s in een volgorde (nu ${ranking.length})`);
      await ctx.db.transaction(async (tx) => {
        if (!(await lockOpenRound(tx, round.id))) throw roundClosed();
        await replaceRanking(tx, round.id, organisationId, ranking, account.id);
        await appendAudit(
          tx,
          auditEntry(request, 'plan.round.ranking', workspace.id, { subject: round.title, organisationId }),
        );
      });
      return submissionOf(ctx.db, round, organisationId);
    },
  );
}
