// The prioritisation rounds of a workspace: listing, opening (partners, Delphi follow-up, or residents), reading one
// with its result, editing an open one, closing it, and the partners' scores and rankings (a new submission
// replaces the previous one; the beheerder may submit on an organisation's behalf).
import type { Actor } from '../../access/actor.ts';
import { conflict, forbidden, invalid, notFound, ServiceError, stale } from '../../access/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { newToken } from '../../db/ids.ts';
import {
  closeRound,
  countSubmissions,
  getRound,
  insertRound,
  listPublicResponses,
  listRankings,
  listRounds,
  listScores,
  lockOpenRound,
  type RoundRow,
  replaceRanking,
  replaceScores,
  updateRound,
} from '../../db/plans/dialogue.ts';
import { memberOrganisation } from '../../db/plans/plan.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import type { Role } from '../../workspaces/roles.ts';
import type { OpenRoundInput, RankingInput, ScoresInput, UpdateRoundInput } from '../api.ts';
import { resolveCandidates } from '../candidates.ts';
import { mayPlan } from '../permissions.ts';
import { checkScore, SCALE, summariseRound } from '../prioritisation.ts';
import { summariseImportance, summariseRankings } from '../rankings.ts';
import type { RoundResult, RoundView, Submission } from '../views.ts';
import { auditEntry, change, organisationsOf, type PlanDeps, planAccess } from './context.ts';

export const roundClosed = () =>
  conflict('round-closed', 'Deze ronde is gesloten; er kan niets meer aan worden veranderd.');

export const loadRound = async (db: Queryable, workspaceId: string, roundId: string) => {
  const round = await getRound(db, workspaceId, roundId);
  if (!round) throw notFound('Deze ronde bestaat niet.');
  return round;
};

/** A round with the partners in this workspace, or a 400 on `field` naming that it is not one. */
export const loadPartnerRound = async (
  db: Queryable,
  workspaceId: string,
  roundId: string,
  field: string,
) => {
  const round = await getRound(db, workspaceId, roundId);
  if (round?.audience !== 'partners') throw invalid(field, 'geen ronde met de partners in deze werkruimte');
  return round;
};

/** A round as answered: without its public token. */
export const withoutToken = (round: RoundRow) => {
  const { publicToken: _t, ...shown } = round;
  return shown;
};

/** The public link of a datadialoog, when there is one and it may be shown. */
const publicLinkOf = (publicToken: string | null, show: boolean) =>
  publicToken && show ? { publicLink: `/datadialoog/${publicToken}` } : {};

export const roundResult = async (db: Queryable, round: RoundRow): Promise<RoundResult> => {
  const ids = round.candidates.map((c) => c.id);
  const label = new Map(round.candidates.map((c) => [c.id, c.label]));
  if (round.method === 'score') {
    const scores = await listScores(db, round.id);
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
    const rankings = await listRankings(db, round.id);
    return {
      method: round.method,
      participants: rankings.length,
      ranking: summariseRankings(
        ids,
        rankings.map((r) => r.ranking),
      ).map((r) => ({ ...r, label: label.get(r.candidate)! })),
    };
  }
  const responses = await listPublicResponses(db, round.id);
  return {
    method: round.method,
    participants: responses.length,
    ranking: summariseImportance(ids, responses).map((r) => ({ ...r, label: label.get(r.candidate)! })),
  };
};

/** The scores or ranking an organisation gave in a round. */
const submissionOf = async (
  db: Queryable,
  round: RoundRow,
  organisationId: string | null,
): Promise<Submission> => {
  if (!organisationId) return null;
  if (round.method === 'score') {
    const scores = (await listScores(db, round.id)).filter((s) => s.organisationId === organisationId);
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
    const r = (await listRankings(db, round.id)).find((x) => x.organisationId === organisationId);
    return r ? { organisationId, submittedAt: r.submittedAt, ranking: r.ranking } : null;
  }
  return null;
};

export async function listPlanRounds(deps: PlanDeps, actor: Actor, workspaceId: string) {
  const { workspace, role } = await planAccess(deps, actor, workspaceId, 'read-plan');
  const rounds = await listRounds(deps.db, workspace.id);
  return Promise.all(
    rounds.map(async ({ publicToken, ...r }) => ({
      ...r,
      submissions: await countSubmissions(deps.db, r.id),
      ...publicLinkOf(publicToken, mayPlan(role, 'manage-plan')),
    })),
  );
}

export async function openRound(deps: PlanDeps, actor: Actor, workspaceId: string, body: OpenRoundInput) {
  const { workspace, account } = await planAccess(deps, actor, workspaceId, 'manage-plan');
  let existing: RoundRow['candidates'] = [];
  if (body.previousRoundId) {
    if (body.audience !== 'partners')
      throw invalid('previousRoundId', 'een vervolgronde (Delphi) is een ronde met de partners');
    const previous = await loadPartnerRound(deps.db, workspace.id, body.previousRoundId, 'previousRoundId');
    if (previous.status !== 'closed')
      throw conflict(
        'round-open',
        'Sluit eerst de vorige ronde; een vervolgronde toont de uitkomst daarvan.',
        undefined,
        'previousRoundId',
      );
    existing = previous.candidates;
  }
  let partnerRoundId: string | null = null;
  if (body.audience === 'public' && body.partnerRoundId) {
    const partner = await loadPartnerRound(deps.db, workspace.id, body.partnerRoundId, 'partnerRoundId');
    partnerRoundId = partner.id;
    if (body.candidates.length === 0) existing = partner.candidates;
  } else if (body.partnerRoundId) {
    throw invalid('partnerRoundId', 'alleen een ronde met inwoners wordt naast een partnerronde gezet');
  }
  const { candidates, problems } = resolveCandidates(body.candidates, deps.catalog.themes, existing);
  if (problems.length) throw invalid(problems[0]!.field, problems[0]!.message);
  const publicToken = body.audience === 'public' ? newToken() : null;
  const round = await change(
    deps,
    actor,
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
  return { ...withoutToken(round), ...(token ? { ...publicLinkOf(token, true), token } : {}) };
}

export async function readRound(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  roundId: string,
): Promise<RoundView> {
  const { workspace, role, account } = await planAccess(deps, actor, workspaceId, 'read-plan');
  const db = deps.db;
  const round = await loadRound(db, workspace.id, roundId);
  const manage = mayPlan(role, 'manage-plan');
  const organisationId = await memberOrganisation(db, workspace.id, account.id);
  const previousRound = round.previousRoundId
    ? await getRound(db, workspace.id, round.previousRoundId)
    : null;
  const linked = (await listRounds(db, workspace.id)).filter((r) => r.partnerRoundId === round.id);
  const organisations = await organisationsOf(db, workspace.id);
  let submittedBy: string[] | undefined;
  if (manage) {
    const scores = round.method === 'score' ? await listScores(db, round.id) : [];
    const rankings = round.method === 'rank' ? await listRankings(db, round.id) : [];
    submittedBy = [
      ...new Set([...scores.map((s) => s.organisationId), ...rankings.map((r) => r.organisationId)]),
    ].map((o) => organisations.get(o)?.name ?? o);
  }
  return {
    ...withoutToken(round),
    ...publicLinkOf(round.publicToken, manage),
    scale: SCALE,
    organisations: organisations.size,
    submissions: await countSubmissions(db, round.id),
    ...(submittedBy ? { submittedBy } : {}),
    myOrganisationId: organisationId,
    mine: await submissionOf(db, round, organisationId),
    previous: previousRound
      ? {
          id: previousRound.id,
          number: previousRound.number,
          title: previousRound.title,
          result: await roundResult(db, previousRound),
          mine: await submissionOf(db, previousRound, organisationId),
        }
      : null,
    result: round.status === 'closed' || manage ? await roundResult(db, round) : null,
    residents: await Promise.all(
      linked.map(async (r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        result: await roundResult(db, r),
      })),
    ),
  };
}

export async function editRound(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  roundId: string,
  body: UpdateRoundInput,
) {
  const { workspace } = await planAccess(deps, actor, workspaceId, 'manage-plan');
  const round = await loadRound(deps.db, workspace.id, roundId);
  if (round.status === 'closed') throw roundClosed();
  let candidates = round.candidates;
  if (body.candidates) {
    if ((await countSubmissions(deps.db, round.id)) > 0)
      throw conflict(
        'has-submissions',
        'Er zijn al inzendingen voor deze ronde; de kandidaten kunnen niet meer veranderen.',
        undefined,
        'candidates',
      );
    const resolved = resolveCandidates(body.candidates, deps.catalog.themes);
    if (resolved.problems.length) throw invalid(resolved.problems[0]!.field, resolved.problems[0]!.message);
    candidates = resolved.candidates;
  }
  return change(
    deps,
    actor,
    workspace,
    `Ronde gewijzigd: ${round.title}`,
    'plan.round.update',
    {},
    async (tx) => {
      const saved = await updateRound(tx, round, body.version, {
        title: body.title ?? round.title,
        candidates,
      });
      if (!saved) {
        const now = (await getRound(tx, workspace.id, round.id))!;
        if (now.status === 'closed') throw roundClosed();
        throw stale('De ronde', now, body);
      }
      return withoutToken(saved);
    },
  );
}

export async function closePlanRound(deps: PlanDeps, actor: Actor, workspaceId: string, roundId: string) {
  const { workspace, account } = await planAccess(deps, actor, workspaceId, 'manage-plan');
  const round = await loadRound(deps.db, workspace.id, roundId);
  if (round.status === 'closed') throw roundClosed();
  await change(
    deps,
    actor,
    workspace,
    `Ronde gesloten: ${round.title}`,
    'plan.round.close',
    { subject: round.title },
    async (tx) => {
      if (!(await closeRound(tx, round, account.id))) throw roundClosed();
    },
  );
  const closed = (await getRound(deps.db, workspace.id, round.id))!;
  return { ...withoutToken(closed), result: await roundResult(deps.db, closed) };
}

/** The organisation a submission is for: one's own, or (beheerder) one named on its behalf. */
async function submittingOrganisation(
  deps: PlanDeps,
  workspaceId: string,
  accountId: string,
  role: Role,
  requested: string | undefined,
) {
  const own = await memberOrganisation(deps.db, workspaceId, accountId);
  if (requested === undefined || requested === own) {
    if (!own)
      throw new ServiceError(
        'forbidden',
        'no-organisation',
        'Uw account is niet aan een organisatie van de werkruimte gekoppeld; vraag de beheerder dat te doen.',
      );
    return own;
  }
  if (!mayPlan(role, 'manage-plan'))
    throw forbidden('Alleen de beheerder vult scores in namens een andere organisatie.');
  if (!(await organisationsOf(deps.db, workspaceId)).has(requested))
    throw invalid('organisationId', 'geen organisatie van deze werkruimte');
  return requested;
}

async function openPartnerRound(
  deps: PlanDeps,
  workspaceId: string,
  roundId: string,
  method: 'score' | 'rank',
) {
  const round = await loadRound(deps.db, workspaceId, roundId);
  if (round.audience !== 'partners')
    throw invalid('roundId', 'inwoners antwoorden via de openbare link van de datadialoog');
  if (round.status === 'closed') throw roundClosed();
  if (round.method !== method)
    throw invalid(
      method === 'score' ? 'scores' : 'ranking',
      round.method === 'score'
        ? 'in deze ronde wordt gescoord, niet gerangschikt'
        : 'in deze ronde wordt gerangschikt, niet gescoord',
    );
  return round;
}

export async function submitScores(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  roundId: string,
  body: ScoresInput,
) {
  const { workspace, role, account } = await planAccess(deps, actor, workspaceId, 'contribute');
  const round = await openPartnerRound(deps, workspace.id, roundId, 'score');
  const organisationId = await submittingOrganisation(
    deps,
    workspace.id,
    account.id,
    role,
    body.organisationId,
  );
  const candidates = new Set(round.candidates.map((c) => c.id));
  body.scores.forEach((s, i) => {
    const [problem] = checkScore({ participant: organisationId, ...s }, candidates);
    if (problem) throw invalid(`scores.${i}.${problem.field}`, problem.message.nl);
  });
  const given = body.scores.map((s) => s.candidate);
  const twice = given.find((c, i) => given.indexOf(c) !== i);
  if (twice) throw invalid('scores', `'${twice}' is twee keer gescoord`);
  const missing = round.candidates.filter((c) => !given.includes(c.id));
  if (missing.length)
    throw invalid(
      'scores',
      `geef een score voor elk thema; ontbreekt: ${missing.map((c) => c.label.nl).join(', ')}`,
    );
  await deps.db.transaction(async (tx) => {
    if (!(await lockOpenRound(tx, round.id))) throw roundClosed();
    await replaceScores(tx, round.id, organisationId, body.scores, account.id);
    await appendAudit(
      tx,
      auditEntry(actor, 'plan.round.scores', workspace.id, { subject: round.title, organisationId }),
    );
  });
  return submissionOf(deps.db, round, organisationId);
}

export async function submitRanking(
  deps: PlanDeps,
  actor: Actor,
  workspaceId: string,
  roundId: string,
  body: RankingInput,
) {
  const { workspace, role, account } = await planAccess(deps, actor, workspaceId, 'contribute');
  const round = await openPartnerRound(deps, workspace.id, roundId, 'rank');
  const organisationId = await submittingOrganisation(
    deps,
    workspace.id,
    account.id,
    role,
    body.organisationId,
  );
  const ranking = body.ranking;
  const ids = new Set(round.candidates.map((c) => c.id));
  ranking.forEach((c, i) => {
    if (!ids.has(c)) throw invalid(`ranking.${i}`, `'${c}' staat niet op de lijst van deze ronde`);
    if (ranking.indexOf(c) !== i) throw invalid(`ranking.${i}`, `'${c}' staat twee keer in de rangorde`);
  });
  if (ranking.length !== ids.size)
    throw invalid('ranking', `zet alle ${ids.size} thema’s in een volgorde (nu ${ranking.length})`);
  await deps.db.transaction(async (tx) => {
    if (!(await lockOpenRound(tx, round.id))) throw roundClosed();
    await replaceRanking(tx, round.id, organisationId, ranking, account.id);
    await appendAudit(
      tx,
      auditEntry(actor, 'plan.round.ranking', workspace.id, { subject: round.title, organisationId }),
    );
  });
  return submissionOf(deps.db, round, organisationId);
}
