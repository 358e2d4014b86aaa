// The prioritisation rounds of a workspace: listing, opening (partners, Delphi follow-up, or residents), reading one
// with its result, editing an open one, and closing it. The partners' scores and rankings are in submissions.ts.
import { z } from 'zod';
import { newToken } from '../../../accounts/tokens.ts';
import {
  closeRound,
  countSubmissions,
  getRound,
  insertRound,
  listRankings,
  listRounds,
  listScores,
  memberOrganisation,
  type RoundRow,
  updateRound,
} from '../../../db/planStore.ts';
import { id, roundParams, text, version, wsParams } from '../../../plans/api.ts';
import { resolveCandidates } from '../../../plans/candidates.ts';
import { mayPlan } from '../../../plans/permissions.ts';
import { SCALE } from '../../../plans/prioritisation.ts';
import type { PlanApi, PlanHelpers } from './access.ts';
import { badRequest, PlanError, roundClosed, stale } from './errors.ts';
import {
  loadPartnerRound,
  loadRound,
  publicLinkOf,
  roundResult,
  submissionOf,
  withoutToken,
} from './roundData.ts';
import { registerSubmissions } from './submissions.ts';

const candidateInput = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('jzojp'), themeId: z.string().max(80) }),
  z.strictObject({ source: z.literal('iza'), themeId: z.string().max(80) }),
  z.strictObject({ source: z.literal('eigen'), label: text(200), labelEn: text(200).optional() }),
]);

export function registerRounds(api: PlanApi, plan: PlanHelpers) {
  const { ctx, access, change, organisationsOf } = plan;

  api.get(
    '/workspaces/:id/plan/rounds',
    {
      schema: { summary: 'Prioriteringsrondes (leden)', tags: ['regioplan'], params: wsParams },
    },
    async (request) => {
      const { workspace, role } = await access(request, request.params.id, 'read-plan');
      const rounds = await listRounds(ctx.db, workspace.id);
      return Promise.all(
        rounds.map(async ({ publicToken, ...r }) => ({
          ...r,
          submissions: await countSubmissions(ctx.db, r.id),
          ...publicLinkOf(publicToken, mayPlan(role, 'manage-plan')),
        })),
      );
    },
  );

  api.post(
    '/workspaces/:id/plan/rounds',
    {
      schema: {
        summary:
          'Een prioriteringsronde openen (beheerder): met de partners (scoren of rangschikken, vervolgronde na een gesloten ronde) of met inwoners (datadialoog, openbare link)',
        tags: ['regioplan'],
        params: wsParams,
        body: z.strictObject({
          title: text(200),
          audience: z.enum(['partners', 'public']).default('partners'),
          method: z.enum(['score', 'rank']).default('score'),
          candidates: z.array(candidateInput).max(40).default([]),
          previousRoundId: id.optional(),
          partnerRoundId: id.optional(),
        }),
      },
    },
    async (request, reply) => {
      const { workspace, account } = await access(request, request.params.id, 'manage-plan');
      const body = request.body;
      let existing: RoundRow['candidates'] = [];
      if (body.previousRoundId) {
        if (body.audience !== 'partners')
          throw badRequest('previousRoundId', 'een vervolgronde (Delphi) is een ronde met de partners');
        const previous = await loadPartnerRound(
          ctx.db,
          workspace.id,
          body.previousRoundId,
          'previousRoundId',
        );
        if (previous.status !== 'closed')
          throw new PlanError(
            409,
            'round-open',
            'Sluit eerst de vorige ronde; een vervolgronde toont de uitkomst daarvan.',
            'previousRoundId',
          );
        existing = previous.candidates;
      }
      let partnerRoundId: string | null = null;
      if (body.audience === 'public' && body.partnerRoundId) {
        const partner = await loadPartnerRound(ctx.db, workspace.id, body.partnerRoundId, 'partnerRoundId');
        partnerRoundId = partner.id;
        if (body.candidates.length === 0) existing = partner.candidates;
      } else if (body.partnerRoundId) {
        throw badRequest(
          'partnerRoundId',
          'alleen een ronde met inwoners wordt naast een partnerronde gezet',
        );
      }
      const { candidates, problems } = resolveCandidates(body.candidates, ctx.catalog.themes, existing);
      if (problems.length) throw badRequest(problems[0]!.field, problems[0]!.message);
      const publicToken = body.audience === 'public' ? newToken() : null;
      const round = await change(
        request,
        workspace,
        `Ronde geopend: ${body.title}`,
        'plan.round.open',
        { subject: body.title, audience: body.audience },
        (tx) =>
          insertRound(tx, {
            workspaceId: workspace.id,
            title: body.title,
            audience: body.audience,
            method: body.audience === 'public' ? 'importance' : body.method,
            candidates,
            previousRoundId: body.previousRoundId ?? null,
            partnerRoundId,
            publicToken,
            createdBy: account.id,
          }),
      );
      const token = round.publicToken;
      return reply
        .code(201)
        .send({ ...withoutToken(round), ...(token ? { ...publicLinkOf(token, true), token } : {}) });
    },
  );

  api.get(
    '/workspaces/:id/plan/rounds/:roundId',
    {
      schema: {
        summary:
          'Een ronde: de kandidaten, uw eigen inzending, eerst de anonieme groepsuitkomst van de vorige ronde (Delphi), en de uitkomst met spreiding (na sluiten; de beheerder ziet haar steeds)',
        tags: ['regioplan'],
        params: roundParams,
      },
    },
    async (request) => {
      const { workspace, role, account } = await access(request, request.params.id, 'read-plan');
      const round = await loadRound(ctx.db, workspace.id, request.params.roundId);
      const manage = mayPlan(role, 'manage-plan');
      const organisationId = await memberOrganisation(ctx.db, workspace.id, account.id);
      const previousRound = round.previousRoundId
        ? await getRound(ctx.db, workspace.id, round.previousRoundId)
        : null;
      const linked = (await listRounds(ctx.db, workspace.id)).filter((r) => r.partnerRoundId === round.id);
      const organisations = await organisationsOf(workspace.id);
      let submittedBy: string[] | undefined;
      if (manage) {
        const scores = round.method === 'score' ? await listScores(ctx.db, round.id) : [];
        const rankings = round.method === 'rank' ? await listRankings(ctx.db, round.id) : [];
        submittedBy = [
          ...new Set([...scores.map((s) => s.organisationId), ...rankings.map((r) => r.organisationId)]),
        ].map((o) => organisations.get(o)?.name ?? o);
      }
      return {
        ...withoutToken(round),
        ...publicLinkOf(round.publicToken, manage),
        scale: SCALE,
        organisations: organisations.size,
        submissions: await countSubmissions(ctx.db, round.id),
        ...(submittedBy ? { submittedBy } : {}),
        myOrganisationId: organisationId,
        mine: await submissionOf(ctx.db, round, organisationId),
        previous: previousRound
          ? {
              id: previousRound.id,
              number: previousRound.number,
              title: previousRound.title,
              result: await roundResult(ctx.db, previousRound),
              mine: await submissionOf(ctx.db, previousRound, organisationId),
            }
          : null,
        result: round.status === 'closed' || manage ? await roundResult(ctx.db, round) : null,
        residents: await Promise.all(
          linked.map(async (r) => ({
            id: r.id,
            title: r.title,
            status: r.status,
            result: await roundResult(ctx.db, r),
          })),
        ),
      };
    },
  );

  api.patch(
    '/workspaces/:id/plan/rounds/:roundId',
    {
      schema: {
        summary: 'Titel of kandidaten van een open ronde wijzigen (beheerder); een gesloten ronde geeft 409',
        tags: ['regioplan'],
        params: roundParams,
        body: z.strictObject({
          version,
          title: text(200).optional(),
          candidates: z.array(candidateInput).max(40).optional(),
        }),
      },
    },
    async (request) => {
      const { workspace } = await access(request, request.params.id, 'manage-plan');
      const round = await loadRound(ctx.db, workspace.id, request.params.roundId);
      if (round.status === 'closed') throw roundClosed();
      let candidates = round.candidates;
      if (request.body.candidates) {
        if ((await countSubmissions(ctx.db, round.id)) > 0)
          throw new PlanError(
            409,
            'has-submissions',
            'Er zijn al inzendingen voor deze ronde; de kandidaten kunnen niet meer veranderen.',
            'candidates',
          );
        const resolved = resolveCandidates(request.body.candidates, ctx.catalog.themes);
        if (resolved.problems.length)
          throw badRequest(resolved.problems[0]!.field, resolved.problems[0]!.message);
        candidates = resolved.candidates;
      }
      return change(
        request,
        workspace,
        `Ronde gewijzigd: ${round.title}`,
        'plan.round.update',
        {},
        async (tx) => {
          const saved = await updateRound(tx, round, request.body.version, {
            title: request.body.title ?? round.title,
            candidates,
          });
          if (!saved) {
            const now = (await getRound(tx, workspace.id, round.id))!;
            if (now.status === 'closed') throw roundClosed();
            throw stale('De ronde', now, request.body);
          }
          return withoutToken(saved);
        },
      );
    },
  );

  // registered between editing and closing, so the OpenAPI document keeps the order of a round's life
  registerSubmissions(api, plan);

  api.post(
    '/workspaces/:id/plan/rounds/:roundId/close',
    {
      schema: {
        summary: 'Een ronde sluiten (beheerder); daarna ziet iedereen de uitkomst en verandert er niets meer',
        tags: ['regioplan'],
        params: roundParams,
      },
    },
    async (request) => {
      const { workspace, account } = await access(request, request.params.id, 'manage-plan');
      const round = await loadRound(ctx.db, workspace.id, request.params.roundId);
      if (round.status === 'closed') throw roundClosed();
      await change(
        request,
        workspace,
        `Ronde gesloten: ${round.title}`,
        'plan.round.close',
        { subject: round.title },
        async (tx) => {
          if (!(await closeRound(tx, round, account.id))) throw roundClosed();
        },
      );
      const closed = (await getRound(ctx.db, workspace.id, round.id))!;
      return { ...withoutToken(closed), result: await roundResult(ctx.db, closed) };
    },
  );
}
