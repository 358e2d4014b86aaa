// Reading prioritisation rounds, shared by the partners' rounds and the datadialoog: loading one, the group result
// (scores, rankings or residents' importance), one organisation's submission, and a round as shown (no token).
import type { Queryable } from '../../../db/connection.ts';
import {
  getRound,
  listPublicResponses,
  listRankings,
  listScores,
  type RoundRow,
} from '../../../db/planStore.ts';
import { summariseRound } from '../../../plans/prioritisation.ts';
import { summariseImportance, summariseRankings } from '../../../plans/rankings.ts';
import { badRequest, notFound } from './errors.ts';

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
  if (round?.audience !== 'partners')
    throw badRequest(field, 'geen ronde met de partners in deze werkruimte');
  return round;
};

/** A round as answered: without its public token. */
export const withoutToken = (round: RoundRow) => {
  const { publicToken: _t, ...shown } = round;
  return shown;
};

/** The public link of a datadialoog, when there is one and it may be shown. */
export const publicLinkOf = (publicToken: string | null, show: boolean) =>
  publicToken && show ? { publicLink: `/datadialoog/${publicToken}` } : {};

export const roundResult = async (db: Queryable, round: RoundRow) => {
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
export const submissionOf = async (db: Queryable, round: RoundRow, organisationId: string | null) => {
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
