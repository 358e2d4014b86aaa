// The regioplan of a workspace: prioritisation rounds with the partners (scores or rankings, Delphi follow-ups) and
// with residents (datadialoog: a public link, no account), kernopgaven, SMART goals on live indicators, actions,
// evaluation moments, versions of the whole plan, exports (JSON, PDF), the published plain-language plan, and
// duiding per indicator and region. Statuses of goals are computed from the data on every read.
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readCookie } from '../../accounts/cookies.ts';
import { newId, newToken, tokenPattern } from '../../accounts/tokens.ts';
import type { AppContext } from '../../app/context.ts';
import { adHocRegion, RegionRefError, standardRegion } from '../../app/regionRef.ts';
import type { Queryable } from '../../db/connection.ts';
import {
  closeRound,
  countSubmissions,
  deleteAction,
  deleteGoal,
  duidingVersions,
  ensurePlan,
  getAction,
  getDuiding,
  getEvaluation,
  getGoal,
  getKernopgave,
  getPlan,
  getPublicResponse,
  getRound,
  getRoundByToken,
  getVersion,
  insertAction,
  insertEvaluation,
  insertGoal,
  insertKernopgave,
  insertRound,
  listActions,
  listGoals,
  listKernopgaven,
  listPublicResponses,
  listRankings,
  listRounds,
  listScores,
  listVersions,
  listWorkspaceDuiding,
  lockOpenRound,
  lockPlan,
  memberOrganisation,
  publishedDuiding,
  type RoundRow,
  recordVersion,
  replaceRanking,
  replaceScores,
  saveDuiding,
  updateAction,
  updateEvaluation,
  updateGoal,
  updateKernopgave,
  updatePlan,
  updateRound,
  upsertPublicResponse,
} from '../../db/planStore.ts';
import {
  appendAudit,
  getWorkspace,
  listOrganisations,
  memberRole,
  type WorkspaceWithSecret,
} from '../../db/workspaceStore.ts';
import { parsePeriod } from '../../indicators/period.ts';
import type { Indicator } from '../../indicators/schema.ts';
import { IZA_THEMES, resolveCandidates } from '../../plans/candidates.ts';
import type { Action, Goal } from '../../plans/document.ts';
import { chooseBaseline, type MeasureSource } from '../../plans/measures.ts';
import { STATUS_RULE } from '../../plans/monitoring.ts';
import { mayPlan, type PlanPermission } from '../../plans/permissions.ts';
import { goalSentences } from '../../plans/plainLanguage.ts';
import {
  buildPlanView,
  exportPlan,
  goalWithView,
  measureAccess as measureAccessOf,
  regionOf as regionOfWorkspace,
  today,
} from '../../plans/planView.ts';
import { checkScore, SCALE, summariseRound } from '../../plans/prioritisation.ts';
import { summariseImportance, summariseRankings } from '../../plans/rankings.ts';
import { diffVersions } from '../../plans/versions.ts';
import { brief, seriesFor, viewGoal } from '../../plans/view.ts';
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
} from '../../plans/vocabulary.ts';
import type { Role } from '../../workspaces/roles.ts';
import { AccessError, accessErrorHandler, forbidden, unauthenticated } from '../security.ts';

/** An answer with a status, a message naming the field, and optional extra fields (the current version on 409). */
export class PlanError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const badRequest = (parameter: string, message: string) =>
  new PlanError(400, 'bad-request', `${parameter}: ${message}`, parameter);
const notFound = (message: string) => new PlanError(404, 'not-found', message);
const roundClosed = () =>
  new PlanError(409, 'round-closed', 'Deze ronde is gesloten; er kan niets meer aan worden veranderd.');
/** 409 for a save based on a version that is no longer the current one: nothing was saved, nothing is lost. */
const stale = (what: string, current: unknown, yours: unknown) =>
  new PlanError(
    409,
    'stale-version',
    `${what} is intussen door iemand anders gewijzigd. Uw wijziging is niet opgeslagen; de huidige versie staat in 'current', uw invoer in 'yours'.`,
    'version',
    { current, yours },
  );

function planErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof PlanError) {
    return reply.code(error.statusCode).send({
      error: error.code,
      message: error.message,
      ...(error.parameter ? { parameter: error.parameter } : {}),
      ...error.extra,
    });
  }
  return accessErrorHandler(error, request, reply);
}

const id = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/);
const text = (max: number) => z.string().trim().min(1).max(max);
const longText = (max: number) => z.string().trim().max(max);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'een datum als JJJJ-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'geen bestaande datum',
  );
const version = z.number().int().min(1).describe('het versienummer dat u las (optimistische vergrendeling)');
const wsParams = z.object({ id });
const indicatorId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'een indicator-id');

const candidateInput = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('jzojp'), themeId: z.string().max(80) }),
  z.strictObject({ source: z.literal('iza'), themeId: z.string().max(80) }),
  z.strictObject({ source: z.literal('eigen'), label: text(200), labelEn: text(200).optional() }),
]);

const milestoneInput = z.strictObject({
  id: id.optional(),
  title: text(300),
  due: isoDate,
  status: z.enum(MILESTONE_STATUSES).default('gepland'),
});

const actionFields = {
  title: text(300),
  description: longText(5000).default(''),
  type: z.enum(ACTION_TYPES),
  forms: z.array(z.enum(CARE_SHIFT_FORMS)).max(CARE_SHIFT_FORMS.length).default([]),
  responsibleOrganisationIds: z.array(id).max(50).default([]),
  goalIds: z.array(id).max(50).default([]),
  payment: z
    .strictObject({ arrangement: z.enum(PAYMENT_ARRANGEMENTS).nullable(), note: longText(2000).default('') })
    .default({ arrangement: null, note: '' }),
  milestones: z.array(milestoneInput).max(50).default([]),
};

const decisionInput = z.strictObject({
  subject: z.strictObject({ kind: z.enum(['kernopgave', 'goal', 'action']), id }),
  decision: z.enum(DECISIONS),
  note: longText(2000).default(''),
});

const evaluationFields = {
  heldOn: isoDate,
  phase: z.enum(PDCA_PHASES),
  notes: longText(10000).default(''),
  decisions: z.array(decisionInput).max(100).default([]),
};

/** The cookie that makes one browser one respondent in a datadialoog (no account, nothing personal). */
export const DIALOGUE_COOKIE = 'jp_dialoog';

export const planRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.setErrorHandler(planErrorHandler);

    // ------------------------------------------------------------------------------------------ access helpers

    const access = async (request: FastifyRequest, workspaceId: string, permission: PlanPermission) => {
      const session = request.session;
      if (!session) throw unauthenticated();
      const workspace = await getWorkspace(ctx.db, workspaceId);
      if (!workspace)
        throw new AccessError(404, 'not-found', 'Deze werkruimte bestaat niet of u bent er geen lid van.');
      const role = await memberRole(ctx.db, workspace.id, session.account.id);
      if (mayPlan(role, permission)) return { workspace, role: role as Role, account: session.account };
      if (role !== null || session.account.platformAdmin)
        throw forbidden(
          role === null
            ? 'Het regioplan is alleen voor leden van de werkruimte.'
            : 'Uw rol in deze werkruimte geeft hiervoor geen rechten.',
        );
      throw new AccessError(404, 'not-found', 'Deze werkruimte bestaat niet of u bent er geen lid van.');
    };

    const regionOf = (workspace: WorkspaceWithSecret) => regionOfWorkspace(ctx, workspace);
    const measureAccess = (workspace: WorkspaceWithSecret) => measureAccessOf(ctx, workspace);
    const buildView = (workspace: WorkspaceWithSecret) => buildPlanView(ctx, workspace);
    const exportDocument = (workspace: WorkspaceWithSecret) => exportPlan(ctx, workspace);

    const auditEntry = (
      request: FastifyRequest,
      action: string,
      workspaceId: string,
      detail: Record<string, unknown> = {},
    ) => ({
      actorId: request.session?.account.id ?? null,
      actorEmail: request.session?.account.email ?? null,
      action,
      workspaceId,
      detail,
      ip: request.ip,
    });

    /**
     * A change to the plan: in one transaction, lock the plan, do the work, store the new version of the whole
     * document and append to the audit log. The engine must be built before (it reads the database).
     */
    const change = async <T>(
      request: FastifyRequest,
      workspace: WorkspaceWithSecret,
      summary: string,
      action: string,
      detail: Record<string, unknown>,
      work: (tx: Queryable) => Promise<T>,
    ): Promise<T> => {
      await ctx.engine();
      const account = request.session!.account;
      return ctx.db.transaction(async (tx) => {
        await ensurePlan(tx, workspace.id, `Regioplan ${workspace.name}`);
        await lockPlan(tx, workspace.id);
        const result = await work(tx);
        const number = await recordVersion(tx, workspace, account, summary);
        await appendAudit(tx, auditEntry(request, action, workspace.id, { ...detail, planVersion: number }));
        return result;
      });
    };

    const organisationsOf = async (workspaceId: string) =>
      new Map((await listOrganisations(ctx.db, workspaceId)).map((o) => [o.id, o]));

    // ------------------------------------------------------------------------------------------ vocabulary

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
        actionTypes: ACTION_TYPES.map((id) => ({ id, label: ACTION_TYPE_LABELS[id] })),
        careShiftForms: CARE_SHIFT_FORMS.map((id) => ({ id, label: CARE_SHIFT_FORM_LABELS[id] })),
        paymentArrangements: PAYMENT_ARRANGEMENTS.map((id) => ({ id, label: PAYMENT_LABELS[id] })),
        milestoneStatuses: MILESTONE_STATUSES.map((id) => ({ id, label: MILESTONE_LABELS[id] })),
        pdcaPhases: PDCA_PHASES.map((id) => ({ id, label: PDCA_LABELS[id] })),
        decisions: DECISIONS.map((id) => ({ id, label: DECISION_LABELS[id] })),
        themes: {
          jzojp: ctx.catalog.themes.map((t) => ({ id: t.id, label: t.name, category: t.category })),
          iza: IZA_THEMES,
        },
        statusRule: STATUS_RULE,
      }),
    );

    // ------------------------------------------------------------------------------------------ plan view

    api.get(
      '/workspaces/:id/plan',
      {
        schema: {
          summary:
            'Het regioplan: kernopgaven met doelen (uitgangswaarde, streefwaarde, SMART-toets, status uit de gegevens), acties en evaluaties (leden)',
          tags: ['regioplan'],
          params: wsParams,
        },
      },
      async (request) => {
        const { workspace, role } = await access(request, request.params.id, 'read-plan');
        const permissions = (['read-plan', 'contribute', 'edit-plan', 'manage-plan'] as const).filter((p) =>
          mayPlan(role, p),
        );
        return {
          ...(await buildView(workspace)),
          role,
          permissions,
          myOrganisationId: await memberOrganisation(ctx.db, workspace.id, request.session!.account.id),
        };
      },
    );

    api.patch(
      '/workspaces/:id/plan',
      {
        schema: {
          summary: 'Titel, samenvatting en publicatie van het regioplan (beheerder)',
          tags: ['regioplan'],
          params: wsParams,
          body: z.strictObject({
            version: z.number().int().min(0),
            title: text(300).optional(),
            summary: longText(10000).optional(),
            published: z.boolean().optional(),
          }),
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'manage-plan');
        const body = request.body;
        const published = body.published;
        // version 0: the plan has never been saved; only valid while that is still so
        if (body.version === 0 && (await getPlan(ctx.db, workspace.id)))
          throw stale('Het plan', await getPlan(ctx.db, workspace.id), body);
        const action =
          published === undefined ? 'plan.update' : published ? 'plan.publish' : 'plan.unpublish';
        return change(request, workspace, 'Plan bijgewerkt', action, {}, async (tx) => {
          const current = (await getPlan(tx, workspace.id))!;
          const saved = await updatePlan(tx, workspace.id, body.version === 0 ? 1 : body.version, {
            title: body.title ?? current.title,
            summary: body.summary ?? current.summary,
            published: published ?? current.published,
          });
          if (!saved) throw stale('Het plan', current, body);
          return saved;
        });
      },
    );

    // ------------------------------------------------------------------------------------------ rounds

    const roundResult = async (round: RoundRow) => {
      const ids = round.candidates.map((c) => c.id);
      const label = new Map(round.candidates.map((c) => [c.id, c.label]));
      if (round.method === 'score') {
        const scores = await listScores(ctx.db, round.id);
        return {
          method: round.method,
          participants: new Set(scores.map((s) => s.organisationId)).size,
          ranking: summariseRound(
            ids,
            scores.map((s) => ({ ...s, participant: s.organisationId, candidate: s.candidateId })),
          ).map((r) => ({ ...r, label: label.get(r.candidate)! })),
        };
      }
      if (round.method === 'rank') {
        const rankings = await listRankings(ctx.db, round.id);
        return {
          method: round.method,
          participants: rankings.length,
          ranking: summariseRankings(
            ids,
            rankings.map((r) => r.ranking),
          ).map((r) => ({ ...r, label: label.get(r.candidate)! })),
        };
      }
      const responses = await listPublicResponses(ctx.db, round.id);
      return {
        method: round.method,
        participants: responses.length,
        ranking: summariseImportance(ids, responses).map((r) => ({ ...r, label: label.get(r.candidate)! })),
      };
    };

    /** The scores or ranking an organisation gave in a round. */
    const submissionOf = async (round: RoundRow, organisationId: string | null) => {
      if (!organisationId) return null;
      if (round.method === 'score') {
        const scores = (await listScores(ctx.db, round.id)).filter(
          (s) => s.organisationId === organisationId,
        );
        return scores.length
          ? {
              organisationId,
              submittedAt: scores[0]!.submittedAt,
              scores: scores.map(({ candidateId, urgency, impact, feasibility }) => ({
                candidate: candidateId,
                urgency,
                impact,
                feasibility,
              })),
            }
          : null;
      }
      if (round.method === 'rank') {
        const r = (await listRankings(ctx.db, round.id)).find((x) => x.organisationId === organisationId);
        return r ? { organisationId, submittedAt: r.submittedAt, ranking: r.ranking } : null;
      }
      return null;
    };

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
            ...(publicToken && mayPlan(role, 'manage-plan')
              ? { publicLink: `/datadialoog/${publicToken}` }
              : {}),
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
          const previous = await getRound(ctx.db, workspace.id, body.previousRoundId);
          if (previous?.audience !== 'partners')
            throw badRequest('previousRoundId', 'geen ronde met de partners in deze werkruimte');
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
          const partner = await getRound(ctx.db, workspace.id, body.partnerRoundId);
          if (partner?.audience !== 'partners')
            throw badRequest('partnerRoundId', 'geen ronde met de partners in deze werkruimte');
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
        const { publicToken: token, ...shown } = round;
        return reply
          .code(201)
          .send({ ...shown, ...(token ? { publicLink: `/datadialoog/${token}`, token } : {}) });
      },
    );

    const roundParams = z.object({ id, roundId: id });

    const loadRound = async (workspaceId: string, roundId: string) => {
      const round = await getRound(ctx.db, workspaceId, roundId);
      if (!round) throw notFound('Deze ronde bestaat niet.');
      return round;
    };

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
        const round = await loadRound(workspace.id, request.params.roundId);
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
        const { publicToken, ...shown } = round;
        return {
          ...shown,
          ...(publicToken && manage ? { publicLink: `/datadialoog/${publicToken}` } : {}),
          scale: SCALE,
          organisations: organisations.size,
          submissions: await countSubmissions(ctx.db, round.id),
          ...(submittedBy ? { submittedBy } : {}),
          myOrganisationId: organisationId,
          mine: await submissionOf(round, organisationId),
          previous: previousRound
            ? {
                id: previousRound.id,
                number: previousRound.number,
                title: previousRound.title,
                result: await roundResult(previousRound),
                mine: await submissionOf(previousRound, organisationId),
              }
            : null,
          result: round.status === 'closed' || manage ? await roundResult(round) : null,
          residents: await Promise.all(
            linked.map(async (r) => ({
              id: r.id,
              title: r.title,
              status: r.status,
              result: await roundResult(r),
            })),
          ),
        };
      },
    );

    api.patch(
      '/workspaces/:id/plan/rounds/:roundId',
      {
        schema: {
          summary:
            'Titel of kandidaten van een open ronde wijzigen (beheerder); een gesloten ronde geeft 409',
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
        const round = await loadRound(workspace.id, request.params.roundId);
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
            const { publicToken: _t, ...shown } = saved;
            return shown;
          },
        );
      },
    );

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
      const round = await loadRound(workspaceId, roundId);
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
        return submissionOf(round, organisationId);
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
        return submissionOf(round, organisationId);
      },
    );

    api.post(
      '/workspaces/:id/plan/rounds/:roundId/close',
      {
        schema: {
          summary:
            'Een ronde sluiten (beheerder); daarna ziet iedereen de uitkomst en verandert er niets meer',
          tags: ['regioplan'],
          params: roundParams,
        },
      },
      async (request) => {
        const { workspace, account } = await access(request, request.params.id, 'manage-plan');
        const round = await loadRound(workspace.id, request.params.roundId);
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
        const { publicToken: _t, ...shown } = closed;
        return { ...shown, result: await roundResult(closed) };
      },
    );

    // ------------------------------------------------------------------------------------------ kernopgaven

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
        const round = await getRound(ctx.db, workspace.id, request.body.roundId);
        if (round?.audience !== 'partners')
          throw badRequest('roundId', 'geen ronde met de partners in deze werkruimte');
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
          if (!byId.has(c))
            throw badRequest(`candidates.${i}`, `'${c}' staat niet op de lijst van deze ronde`);
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

    const kernopgaveParams = z.object({ id, kernopgaveId: id });

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
        const current = await getKernopgave(ctx.db, workspace.id, request.params.kernopgaveId);
        if (!current) throw notFound('Deze kernopgave bestaat niet.');
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

    // ------------------------------------------------------------------------------------------ goals

    const goalFields = {
      title: text(300),
      indicatorId: indicatorId.nullable(),
      measureSource: z.enum(['open', 'partner']).default('open'),
      breakdown: z.string().max(80).default('totaal'),
      baselinePeriod: z.string().max(20).optional().describe('standaard de laatste volledige periode'),
      targetValue: z.number().nullable(),
      targetDate: isoDate.nullable(),
      ownerOrganisationId: id.nullable(),
    };

    /** The baseline of a measure for the workspace's region, or a 400 naming why the region has none. */
    const baselineFor = async (
      workspace: WorkspaceWithSecret,
      input: {
        indicatorId: string | null;
        measureSource: MeasureSource;
        breakdown: string;
        baselinePeriod?: string;
      },
    ): Promise<{ indicator: Indicator | null; baseline: Goal['baseline'] }> => {
      const empty = { value: null, lower: null, upper: null, period: null };
      if (input.indicatorId === null) return { indicator: null, baseline: empty };
      const macc = await measureAccess(workspace);
      const indicator = macc.engine.indicator(input.indicatorId);
      if (!indicator)
        throw badRequest('indicatorId', `'${input.indicatorId}' is geen indicator uit de catalogus`);
      if (input.baselinePeriod !== undefined && !parsePeriod(input.baselinePeriod))
        throw badRequest(
          'baselinePeriod',
          `'${input.baselinePeriod}' is geen periode (bijv. 2023 of 2023Q1)`,
        );
      const series = await seriesFor(macc, indicator, input.measureSource, input.breakdown);
      const chosen = chooseBaseline(series, indicator, input.baselinePeriod);
      if ('problem' in chosen) {
        const field =
          input.baselinePeriod !== undefined && series.points.length ? 'baselinePeriod' : 'indicatorId';
        const what =
          input.measureSource === 'partner' ? 'de partnergegevens van deze werkruimte' : 'de open data';
        throw new PlanError(
          400,
          'no-data',
          `${field}: geen uitgangswaarde voor '${indicator.id}' in ${what} van deze regio: ${chosen.problem.nl}`,
          field,
          { reason: chosen.problem },
        );
      }
      const p = chosen.point;
      return { indicator, baseline: { value: p.value, lower: p.lower, upper: p.upper, period: p.period } };
    };

    const checkOwner = async (workspaceId: string, owner: string | null) => {
      if (owner !== null && !(await organisationsOf(workspaceId)).has(owner))
        throw badRequest('ownerOrganisationId', 'geen organisatie van deze werkruimte');
    };

    api.post(
      '/workspaces/:id/plan/kernopgaven/:kernopgaveId/goals',
      {
        schema: {
          summary:
            'Een doel bij een kernopgave (analist, beheerder): indicator (open data of partnergegevens), uitgangswaarde uit de gegevens van de regio, streefwaarde en -datum, eigenaar',
          tags: ['regioplan'],
          params: kernopgaveParams,
          body: z.strictObject(goalFields),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'edit-plan');
        const kernopgave = await getKernopgave(ctx.db, workspace.id, request.params.kernopgaveId);
        if (!kernopgave) throw notFound('Deze kernopgave bestaat niet.');
        const body = request.body;
        await checkOwner(workspace.id, body.ownerOrganisationId);
        const { baseline } = await baselineFor(workspace, body);
        const goal = await change(
          request,
          workspace,
          `Doel toegevoegd: ${body.title}`,
          'plan.goal.create',
          { subject: body.title, indicator: body.indicatorId },
          (tx) =>
            insertGoal(tx, workspace.id, kernopgave.id, {
              title: body.title,
              indicatorId: body.indicatorId,
              measureSource: body.measureSource,
              breakdown: body.breakdown,
              baseline,
              target: { value: body.targetValue, date: body.targetDate },
              ownerOrganisationId: body.ownerOrganisationId,
            }),
        );
        return reply.code(201).send(await goalWithView(goal, await measureAccess(workspace)));
      },
    );

    const goalParams = z.object({ id, goalId: id });

    api.patch(
      '/workspaces/:id/plan/goals/:goalId',
      {
        schema: {
          summary:
            'Een doel wijzigen (analist, beheerder) met het versienummer dat u las; is het intussen gewijzigd, dan 409 en blijft de vorige opslag staan',
          tags: ['regioplan'],
          params: goalParams,
          body: z.strictObject({
            version,
            title: goalFields.title.optional(),
            indicatorId: goalFields.indicatorId.optional(),
            measureSource: z.enum(['open', 'partner']).optional(),
            breakdown: z.string().max(80).optional(),
            baselinePeriod: goalFields.baselinePeriod,
            targetValue: goalFields.targetValue.optional(),
            targetDate: goalFields.targetDate.optional(),
            ownerOrganisationId: goalFields.ownerOrganisationId.optional(),
            rebaseline: z.boolean().optional().describe('de uitgangswaarde opnieuw uit de gegevens nemen'),
          }),
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'edit-plan');
        const current = await getGoal(ctx.db, workspace.id, request.params.goalId);
        if (!current) throw notFound('Dit doel bestaat niet.');
        const body = request.body;
        if (body.version !== current.version)
          throw stale('Dit doel', await goalWithView(current, await measureAccess(workspace)), body);
        const next = {
          title: body.title ?? current.title,
          indicatorId: body.indicatorId !== undefined ? body.indicatorId : current.indicatorId,
          measureSource: body.measureSource ?? current.measureSource,
          breakdown: body.breakdown ?? current.breakdown,
          target: {
            value: body.targetValue !== undefined ? body.targetValue : current.target.value,
            date: body.targetDate !== undefined ? body.targetDate : current.target.date,
          },
          ownerOrganisationId:
            body.ownerOrganisationId !== undefined ? body.ownerOrganisationId : current.ownerOrganisationId,
        };
        await checkOwner(workspace.id, next.ownerOrganisationId);
        const measureChanged =
          next.indicatorId !== current.indicatorId ||
          next.measureSource !== current.measureSource ||
          next.breakdown !== current.breakdown;
        const baseline =
          measureChanged || body.rebaseline || body.baselinePeriod !== undefined
            ? (await baselineFor(workspace, { ...next, baselinePeriod: body.baselinePeriod })).baseline
            : current.baseline;
        const saved = await change(
          request,
          workspace,
          `Doel gewijzigd: ${next.title}`,
          'plan.goal.update',
          { subject: next.title },
          async (tx) => {
            const row = await updateGoal(tx, workspace.id, current.id, body.version, { ...next, baseline });
            if (!row) throw stale('Dit doel', await getGoal(tx, workspace.id, current.id), body);
            return row;
          },
        );
        return goalWithView(saved, await measureAccess(workspace));
      },
    );

    api.delete(
      '/workspaces/:id/plan/goals/:goalId',
      {
        schema: {
          summary:
            'Een doel verwijderen (analist, beheerder); het staat nog in de eerdere versies van het plan',
          tags: ['regioplan'],
          params: goalParams,
          querystring: z.object({ version: z.coerce.number().int().min(1) }),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'edit-plan');
        const current = await getGoal(ctx.db, workspace.id, request.params.goalId);
        if (!current) throw notFound('Dit doel bestaat niet.');
        await change(
          request,
          workspace,
          `Doel verwijderd: ${current.title}`,
          'plan.goal.delete',
          { subject: current.title },
          async (tx) => {
            if (!(await deleteGoal(tx, workspace.id, current.id, request.query.version)))
              throw stale('Dit doel', await getGoal(tx, workspace.id, current.id), request.query);
          },
        );
        return reply.code(204).send();
      },
    );

    api.get(
      '/workspaces/:id/plan/goals/:goalId/monitoring',
      {
        schema: {
          summary:
            'Monitoring van een doel: de waarden van de indicator voor de regio met interval, de lijn van uitgangswaarde naar streefwaarde, en de status met de regel',
          tags: ['regioplan'],
          params: goalParams,
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'read-plan');
        const goal = await getGoal(ctx.db, workspace.id, request.params.goalId);
        if (!goal) throw notFound('Dit doel bestaat niet.');
        const view = await viewGoal(goal, await measureAccess(workspace), today());
        return {
          goal,
          region: await regionOf(workspace),
          ...view,
          sentences: goalSentences(goal, view),
        };
      },
    );

    // ------------------------------------------------------------------------------------------ actions

    type ActionInput = Omit<Action, 'id' | 'kernopgaveId' | 'milestones'> & {
      milestones: {
        id?: string;
        title: string;
        due: string;
        status: Action['milestones'][number]['status'];
      }[];
    };

    const checkAction = async (
      workspaceId: string,
      input: ActionInput,
    ): Promise<Omit<Action, 'id' | 'kernopgaveId'>> => {
      const organisations = await organisationsOf(workspaceId);
      input.responsibleOrganisationIds.forEach((o, i) => {
        if (!organisations.has(o))
          throw badRequest(
            `responsibleOrganisationIds.${i}`,
            `'${o}' is geen organisatie van deze werkruimte`,
          );
      });
      const goals = new Set((await listGoals(ctx.db, workspaceId)).map((g) => g.id));
      input.goalIds.forEach((g, i) => {
        if (!goals.has(g)) throw badRequest(`goalIds.${i}`, `'${g}' is geen doel van dit plan`);
      });
      return {
        ...input,
        forms: [...new Set(input.forms)],
        responsibleOrganisationIds: [...new Set(input.responsibleOrganisationIds)],
        goalIds: [...new Set(input.goalIds)],
        milestones: input.milestones.map((m) => ({ ...m, id: m.id ?? newId() })),
      };
    };

    api.post(
      '/workspaces/:id/plan/kernopgaven/:kernopgaveId/actions',
      {
        schema: {
          summary:
            'Een actie bij een kernopgave (analist, beheerder): voorkomen/verplaatsen/vervangen, vorm van verplaatsing, verantwoordelijke partners, bekostiging, mijlpalen',
          tags: ['regioplan'],
          params: kernopgaveParams,
          body: z.strictObject(actionFields),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'edit-plan');
        const kernopgave = await getKernopgave(ctx.db, workspace.id, request.params.kernopgaveId);
        if (!kernopgave) throw notFound('Deze kernopgave bestaat niet.');
        const input = await checkAction(workspace.id, request.body);
        const created = await change(
          request,
          workspace,
          `Actie toegevoegd: ${input.title}`,
          'plan.action.create',
          { subject: input.title, type: input.type },
          (tx) => insertAction(tx, workspace.id, kernopgave.id, input),
        );
        return reply.code(201).send(created);
      },
    );

    const actionParams = z.object({ id, actionId: id });

    api.patch(
      '/workspaces/:id/plan/actions/:actionId',
      {
        schema: {
          summary:
            'Een actie wijzigen, bijv. de status van een mijlpaal (analist, beheerder); met versienummer',
          tags: ['regioplan'],
          params: actionParams,
          body: z.strictObject({
            version,
            title: actionFields.title.optional(),
            description: longText(5000).optional(),
            type: actionFields.type.optional(),
            forms: z.array(z.enum(CARE_SHIFT_FORMS)).max(CARE_SHIFT_FORMS.length).optional(),
            responsibleOrganisationIds: z.array(id).max(50).optional(),
            goalIds: z.array(id).max(50).optional(),
            payment: z
              .strictObject({
                arrangement: z.enum(PAYMENT_ARRANGEMENTS).nullable(),
                note: longText(2000).default(''),
              })
              .optional(),
            milestones: z.array(milestoneInput).max(50).optional(),
          }),
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'edit-plan');
        const current = await getAction(ctx.db, workspace.id, request.params.actionId);
        if (!current) throw notFound('Deze actie bestaat niet.');
        const { version: expected, ...body } = request.body;
        if (expected !== current.version) throw stale('Deze actie', current, request.body);
        const input = await checkAction(workspace.id, {
          title: body.title ?? current.title,
          description: body.description ?? current.description,
          type: body.type ?? current.type,
          forms: body.forms ?? current.forms,
          responsibleOrganisationIds: body.responsibleOrganisationIds ?? current.responsibleOrganisationIds,
          goalIds: body.goalIds ?? current.goalIds,
          payment: body.payment ?? current.payment,
          milestones: body.milestones ?? current.milestones,
        });
        return change(
          request,
          workspace,
          `Actie gewijzigd: ${input.title}`,
          'plan.action.update',
          { subject: input.title },
          async (tx) => {
            const saved = await updateAction(tx, workspace.id, current.id, expected, input);
            if (!saved)
              throw stale('Deze actie', await getAction(tx, workspace.id, current.id), request.body);
            return saved;
          },
        );
      },
    );

    api.delete(
      '/workspaces/:id/plan/actions/:actionId',
      {
        schema: {
          summary:
            'Een actie verwijderen (analist, beheerder); zij blijft in de eerdere versies van het plan',
          tags: ['regioplan'],
          params: actionParams,
          querystring: z.object({ version: z.coerce.number().int().min(1) }),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'edit-plan');
        const current = await getAction(ctx.db, workspace.id, request.params.actionId);
        if (!current) throw notFound('Deze actie bestaat niet.');
        await change(
          request,
          workspace,
          `Actie verwijderd: ${current.title}`,
          'plan.action.delete',
          { subject: current.title },
          async (tx) => {
            if (!(await deleteAction(tx, workspace.id, current.id, request.query.version)))
              throw stale('Deze actie', await getAction(tx, workspace.id, current.id), request.query);
          },
        );
        return reply.code(204).send();
      },
    );

    // ------------------------------------------------------------------------------------------ evaluations

    const checkDecisions = async (
      workspaceId: string,
      decisions: { subject: { kind: 'kernopgave' | 'goal' | 'action'; id: string } }[],
    ) => {
      const [k, g, a] = await Promise.all([
        listKernopgaven(ctx.db, workspaceId),
        listGoals(ctx.db, workspaceId),
        listActions(ctx.db, workspaceId),
      ]);
      const known = {
        kernopgave: new Set(k.map((x) => x.id)),
        goal: new Set(g.map((x) => x.id)),
        action: new Set(a.map((x) => x.id)),
      };
      decisions.forEach((d, i) => {
        if (!known[d.subject.kind].has(d.subject.id))
          throw badRequest(
            `decisions.${i}.subject`,
            `'${d.subject.id}' is geen ${d.subject.kind} van dit plan`,
          );
      });
    };

    api.post(
      '/workspaces/:id/plan/evaluations',
      {
        schema: {
          summary:
            'Een evaluatiemoment (plan-do-check-act) met notities en besluiten per kernopgave, doel of actie: doorgaan, bijstellen, stoppen (analist, beheerder)',
          tags: ['regioplan'],
          params: wsParams,
          body: z.strictObject(evaluationFields),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'edit-plan');
        await checkDecisions(workspace.id, request.body.decisions);
        const created = await change(
          request,
          workspace,
          `Evaluatie ${request.body.heldOn} (${request.body.phase})`,
          'plan.evaluation.create',
          { subject: request.body.heldOn },
          (tx) => insertEvaluation(tx, workspace.id, request.body),
        );
        return reply.code(201).send(created);
      },
    );

    api.patch(
      '/workspaces/:id/plan/evaluations/:evaluationId',
      {
        schema: {
          summary: 'Een evaluatiemoment wijzigen (analist, beheerder); met versienummer',
          tags: ['regioplan'],
          params: z.object({ id, evaluationId: id }),
          body: z.strictObject({
            version,
            heldOn: isoDate.optional(),
            phase: z.enum(PDCA_PHASES).optional(),
            notes: longText(10000).optional(),
            decisions: z.array(decisionInput).max(100).optional(),
          }),
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'edit-plan');
        const current = await getEvaluation(ctx.db, workspace.id, request.params.evaluationId);
        if (!current) throw notFound('Dit evaluatiemoment bestaat niet.');
        const { version: expected, ...body } = request.body;
        const next = {
          heldOn: body.heldOn ?? current.heldOn,
          phase: body.phase ?? current.phase,
          notes: body.notes ?? current.notes,
          decisions: body.decisions ?? current.decisions,
        };
        await checkDecisions(workspace.id, next.decisions);
        return change(
          request,
          workspace,
          `Evaluatie ${next.heldOn} gewijzigd`,
          'plan.evaluation.update',
          { subject: next.heldOn },
          async (tx) => {
            const saved = await updateEvaluation(tx, workspace.id, current.id, expected, next);
            if (!saved)
              throw stale(
                'Dit evaluatiemoment',
                await getEvaluation(tx, workspace.id, current.id),
                request.body,
              );
            return saved;
          },
        );
      },
    );

    // ------------------------------------------------------------------------------------------ versions

    api.get(
      '/workspaces/:id/plan/versions',
      {
        schema: {
          summary: 'Alle versies van het plan: nummer, wie, wanneer, wat (leden)',
          tags: ['regioplan'],
          params: wsParams,
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'read-plan');
        return listVersions(ctx.db, workspace.id);
      },
    );

    api.get(
      '/workspaces/:id/plan/versions/compare',
      {
        schema: {
          summary: 'Twee versies van het plan vergelijken: wat is toegevoegd, verwijderd of gewijzigd',
          tags: ['regioplan'],
          params: wsParams,
          querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'read-plan');
        const [a, b] = await Promise.all([
          getVersion(ctx.db, workspace.id, request.query.from),
          getVersion(ctx.db, workspace.id, request.query.to),
        ]);
        if (!a) throw badRequest('from', `versie ${request.query.from} bestaat niet`);
        if (!b) throw badRequest('to', `versie ${request.query.to} bestaat niet`);
        const { document: da, ...ia } = a;
        const { document: db, ...ib } = b;
        return { from: ia, to: ib, changes: diffVersions(da, db) };
      },
    );

    api.get(
      '/workspaces/:id/plan/versions/:number',
      {
        schema: {
          summary: 'Eén versie van het plan: het hele document',
          tags: ['regioplan'],
          params: z.object({ id, number: z.coerce.number().int().min(1) }),
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'read-plan');
        const found = await getVersion(ctx.db, workspace.id, request.params.number);
        if (!found) throw notFound(`Versie ${request.params.number} bestaat niet.`);
        return found;
      },
    );

    // ------------------------------------------------------------------------------------------ exports

    api.get(
      '/workspaces/:id/plan/export.json',
      {
        schema: {
          summary:
            'Het regioplan als JSON: het document van de huidige versie en de voortgang van nu (leden)',
          tags: ['regioplan'],
          params: wsParams,
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'read-plan');
        const { view: _v, ...exported } = await exportDocument(workspace);
        await appendAudit(ctx.db, auditEntry(request, 'export.plan', workspace.id, { format: 'json' }));
        return reply.header('content-disposition', 'attachment; filename="regioplan.json"').send(exported);
      },
    );

    api.get(
      '/workspaces/:id/plan/export.pdf',
      {
        schema: {
          summary: 'Het regioplan als PDF (afgedrukt met Chromium) (leden)',
          tags: ['regioplan'],
          params: wsParams,
          querystring: z.object({ lang: z.enum(['nl', 'en']).default('nl') }),
        },
      },
      async (request, reply) => {
        const { workspace } = await access(request, request.params.id, 'read-plan');
        const { view } = await exportDocument(workspace);
        const { renderPlanHtml } = await import('../../plans/html.ts');
        const { htmlToPdf } = await import('../../plans/pdf.ts');
        const pdf = await htmlToPdf(renderPlanHtml(view, request.query.lang, { public: false }));
        await appendAudit(ctx.db, auditEntry(request, 'export.plan', workspace.id, { format: 'pdf' }));
        return reply
          .type('application/pdf')
          .header('content-disposition', 'attachment; filename="regioplan.pdf"')
          .send(pdf);
      },
    );

    // ------------------------------------------------------------------------------------------ public plan

    /** The published plan in plain language: no e-mail addresses, partner data only as protected aggregates. */
    const publicPlan = async (workspaceId: string) => {
      const plan = await getPlan(ctx.db, workspaceId);
      const workspace = plan?.published ? await getWorkspace(ctx.db, workspaceId) : null;
      if (!plan?.published || !workspace)
        throw notFound('Dit regioplan bestaat niet of is niet gepubliceerd.');
      const view = await buildView(workspace);
      const names = new Map(view.organisations.map((o) => [o.id, o.name]));
      return {
        view,
        body: {
          title: view.plan.title,
          summary: view.plan.summary,
          updatedAt: view.plan.updatedAt,
          region: { code: view.workspace.region.code, name: view.workspace.region.name },
          organisations: view.organisations.map((o) => o.name),
          kernopgaven: view.kernopgaven.map((k) => ({
            id: k.id,
            title: k.title,
            description: k.description,
            goals: k.goals.map((g) => ({
              id: g.id,
              title: g.title,
              indicator: g.indicator,
              owner: g.ownerOrganisationId ? (names.get(g.ownerOrganisationId) ?? null) : null,
              baseline: g.baseline,
              target: g.target,
              status: g.progress.status,
              statusLabel: g.progress.label,
              latest: g.progress.latest,
              expected: g.progress.expected,
              line: g.progress.line,
              points: g.points,
              sentences: goalSentences(g, g),
            })),
            actions: k.actions.map((a) => ({
              id: a.id,
              title: a.title,
              description: a.description,
              type: a.type,
              typeLabel: ACTION_TYPE_LABELS[a.type],
              forms: a.forms.map((f) => CARE_SHIFT_FORM_LABELS[f]),
              responsible: a.responsibleOrganisationIds.map((o) => names.get(o) ?? o),
              milestones: a.milestones.map((m) => ({ ...m, statusLabel: MILESTONE_LABELS[m.status] })),
            })),
          })),
          statusRule: STATUS_RULE,
        },
      };
    };

    api.get(
      '/public/plans/:workspaceId',
      {
        schema: {
          summary:
            'Een gepubliceerd regioplan in gewone taal, met de voortgang van elk doel (openbaar; 404 als het niet gepubliceerd is)',
          tags: ['regioplan'],
          params: z.object({ workspaceId: id }),
        },
      },
      async (request) => (await publicPlan(request.params.workspaceId)).body,
    );

    // ------------------------------------------------------------------------------------------ datadialoog

    const dialogueRound = async (token: string) => {
      const round = tokenPattern.test(token) ? await getRoundByToken(ctx.db, token) : null;
      if (!round) throw notFound('Deze datadialoog bestaat niet.');
      return round;
    };
    const respondent = (request: FastifyRequest, roundId: string) => {
      const cookie = readCookie(request.headers.cookie, DIALOGUE_COOKIE);
      if (!cookie || !tokenPattern.test(cookie)) return null;
      return { cookie, hash: createHash('sha256').update(`${roundId}|${cookie}`).digest('hex') };
    };
    const dialogueParams = z.object({ token: z.string().max(100) });

    const dialogueView = async (round: RoundRow, request: FastifyRequest) => {
      const who = respondent(request, round.id);
      const partner =
        round.status === 'closed' && round.partnerRoundId
          ? await getRound(ctx.db, round.workspaceId, round.partnerRoundId)
          : null;
      return {
        title: round.title,
        status: round.status,
        scale: SCALE,
        question: {
          nl: 'Hoe belangrijk vindt u dit onderwerp voor uw regio? (1 = niet belangrijk, 5 = heel belangrijk)',
          en: 'How important is this topic for your region? (1 = not important, 5 = very important)',
        },
        candidates: round.candidates.map((c) => ({ id: c.id, label: c.label })),
        yourAnswers: who ? await getPublicResponse(ctx.db, round.id, who.hash) : null,
        result: round.status === 'closed' ? await roundResult(round) : null,
        partners: partner && partner.status === 'closed' ? await roundResult(partner) : null,
      };
    };

    api.get(
      '/datadialoog/:token',
      {
        schema: {
          summary:
            'Een datadialoog voor inwoners (openbare link, geen account): de thema’s, uw eigen antwoord, en na sluiten de uitkomst naast die van de partners',
          tags: ['regioplan'],
          params: dialogueParams,
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
        return dialogueView(await dialogueRound(request.params.token), request);
      },
    );

    api.post(
      '/datadialoog/:token/responses',
      {
        schema: {
          summary:
            'Uw antwoord in een datadialoog (1–5 per thema). Eén antwoord per browser (cookie); opnieuw insturen vervangt het vorige',
          tags: ['regioplan'],
          params: dialogueParams,
          body: z.strictObject({ answers: z.record(z.string().max(120), z.number()) }),
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
        const round = await dialogueRound(request.params.token);
        if (round.status === 'closed') throw roundClosed();
        const ids = new Set(round.candidates.map((c) => c.id));
        const entries = Object.entries(request.body.answers);
        if (entries.length === 0) throw badRequest('answers', 'geef bij minstens één thema een antwoord');
        for (const [candidate, value] of entries) {
          if (!ids.has(candidate))
            throw badRequest(`answers.${candidate}`, `'${candidate}' staat niet op de lijst`);
          if (!Number.isInteger(value) || value < SCALE.min || value > SCALE.max)
            throw badRequest(
              `answers.${candidate}`,
              `${value} ligt buiten de schaal ${SCALE.min}–${SCALE.max} (hele getallen)`,
            );
        }
        let who = respondent(request, round.id);
        if (!who) {
          const cookie = newToken();
          who = { cookie, hash: createHash('sha256').update(`${round.id}|${cookie}`).digest('hex') };
          const secure = process.env.COOKIE_SECURE === '1' || request.protocol === 'https';
          reply.header(
            'set-cookie',
            `${DIALOGUE_COOKIE}=${cookie}; Path=/api/datadialoog; HttpOnly; SameSite=Lax; Max-Age=${365 * 24 * 3600}${secure ? '; Secure' : ''}`,
          );
        }
        const outcome = await ctx.db.transaction(async (tx) => {
          if (!(await lockOpenRound(tx, round.id))) throw roundClosed();
          return upsertPublicResponse(tx, round.id, who.hash, request.body.answers);
        });
        return reply.code(outcome === 'created' ? 201 : 200).send({
          outcome,
          message:
            outcome === 'created'
              ? { nl: 'Dank u wel! Uw antwoord is opgeslagen.', en: 'Thank you! Your answer has been saved.' }
              : {
                  nl: 'Uw eerdere antwoord is vervangen door dit antwoord.',
                  en: 'Your earlier answer was replaced.',
                },
          yourAnswers: request.body.answers,
        });
      },
    );

    // ------------------------------------------------------------------------------------------ duiding

    const regionKeyOf = (workspace: WorkspaceWithSecret) =>
      workspace.regionCode ?? [...workspace.gemeenten].sort().join(',');

    api.get(
      '/duiding',
      {
        schema: {
          summary:
            'Duiding bij een indicator voor een regio (zonder indicator: bij alle indicatoren): de gepubliceerde teksten van de werkruimten van die regio, met de organisaties die eraan schreven (openbaar)',
          tags: ['regioplan'],
          querystring: z.object({
            region: z
              .string()
              .max(4000)
              .describe("regiocode (bijv. ZK04) of gemeentecodes gescheiden door komma's"),
            indicator: indicatorId.optional(),
          }),
        },
      },
      async (request) => {
        const engine = await ctx.engine();
        const indicator = request.query.indicator ? engine.indicator(request.query.indicator) : null;
        if (indicator === undefined) throw notFound(`Indicator '${request.query.indicator}' bestaat niet.`);
        let key: string;
        let name: string;
        try {
          const region = request.query.region.includes(',')
            ? adHocRegion(engine, request.query.region)
            : standardRegion(engine, request.query.region);
          key = region.code ?? [...region.gemeenten].sort().join(',');
          name = region.name;
        } catch (error) {
          if (error instanceof RegionRefError)
            throw error.kind === 'not-found' ? notFound(error.message) : badRequest('region', error.message);
          throw error;
        }
        const texts = await publishedDuiding(ctx.db, key, indicator?.id ?? null);
        return {
          region: { key, name },
          indicator: indicator ? brief(indicator) : null,
          texts: await Promise.all(
            texts.map(async (t) => {
              const versions = await duidingVersions(ctx.db, t.workspaceId, t.indicatorId);
              return {
                indicator: t.indicatorId,
                workspace: { id: t.workspaceId, name: t.workspaceName },
                text: t.text,
                version: t.version,
                updatedAt: t.updatedAt,
                authors: [
                  ...new Set(versions.map((v) => v.organisationName).filter((n): n is string => !!n)),
                ],
              };
            }),
          ),
        };
      },
    );

    api.get(
      '/workspaces/:id/duiding',
      {
        schema: {
          summary: 'Alle duidingsteksten van de werkruimte (leden)',
          tags: ['regioplan'],
          params: wsParams,
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'read-plan');
        return listWorkspaceDuiding(ctx.db, workspace.id);
      },
    );

    const duidingParams = z.object({ id, indicatorId });

    api.get(
      '/workspaces/:id/duiding/:indicatorId',
      {
        schema: {
          summary: 'De duiding van één indicator met alle versies en hun auteurs (leden)',
          tags: ['regioplan'],
          params: duidingParams,
        },
      },
      async (request) => {
        const { workspace } = await access(request, request.params.id, 'read-plan');
        const current = await getDuiding(ctx.db, workspace.id, request.params.indicatorId);
        return {
          current,
          versions: current ? await duidingVersions(ctx.db, workspace.id, request.params.indicatorId) : [],
        };
      },
    );

    api.put(
      '/workspaces/:id/duiding/:indicatorId',
      {
        schema: {
          summary:
            'Duiding schrijven of bijwerken (partner, analist, beheerder): version 0 maakt haar aan, anders het versienummer dat u las (409 als het intussen gewijzigd is)',
          tags: ['regioplan'],
          params: duidingParams,
          body: z.strictObject({
            text: text(10000),
            version: z.number().int().min(0),
            published: z.boolean().default(true),
          }),
        },
      },
      async (request) => {
        const { workspace, account } = await access(request, request.params.id, 'contribute');
        const engine = await ctx.engine();
        const indicator = engine.indicator(request.params.indicatorId);
        if (!indicator) throw notFound(`Indicator '${request.params.indicatorId}' bestaat niet.`);
        const orgId = await memberOrganisation(ctx.db, workspace.id, account.id);
        const organisationName = orgId
          ? ((await organisationsOf(workspace.id)).get(orgId)?.name ?? null)
          : null;
        return ctx.db.transaction(async (tx) => {
          const saved = await saveDuiding(tx, {
            workspaceId: workspace.id,
            indicatorId: indicator.id,
            regionKey: regionKeyOf(workspace),
            text: request.body.text,
            published: request.body.published,
            expectedVersion: request.body.version,
            author: account,
            organisationName,
          });
          if (!saved)
            throw stale('Deze duiding', await getDuiding(tx, workspace.id, indicator.id), request.body);
          await appendAudit(
            tx,
            auditEntry(request, 'duiding.update', workspace.id, {
              subject: indicator.id,
              version: saved.version,
            }),
          );
          return saved;
        });
      },
    );
  };
