// The dialogue (datadialoog) rounds: rounds, their members' scores and rankings, and residents' responses to a
// public round. A round has a version number (optimistic locking: an update names the version it read and changes
// nothing when that is no longer the current one). SQL only.

import type { Candidate } from '../../plans/candidates.ts';
import type { RoundSummary } from '../../plans/document.ts';
import type { Queryable } from '../connection.ts';
import { newId } from '../ids.ts';
import { iso, json } from './rows.ts';

export interface RoundRow extends RoundSummary {
  workspaceId: string;
  publicToken: string | null;
  version: number;
  createdAt: string;
  closedAt: string | null;
}

const roundColumns = `id, workspace_id AS "workspaceId", number, title, audience, method, candidates,
  previous_round_id AS "previousRoundId", partner_round_id AS "partnerRoundId", public_token AS "publicToken",
  status, version, created_at AS "createdAt", closed_at AS "closedAt"`;
const toRound = (r: Record<string, unknown>): RoundRow => ({
  ...(r as unknown as RoundRow),
  candidates: json<Candidate[]>(r.candidates),
  createdAt: iso(r.createdAt),
  closedAt: r.closedAt ? iso(r.closedAt) : null,
});

export async function insertRound(
  db: Queryable,
  input: {
    workspaceId: string;
    title: string;
    audience: RoundSummary['audience'];
    method: RoundSummary['method'];
    candidates: Candidate[];
    previousRoundId: string | null;
    partnerRoundId: string | null;
    publicToken: string | null;
    createdBy: string;
  },
): Promise<RoundRow> {
  const [row] = await db.query(
    `INSERT INTO plan_round (id, workspace_id, number, title, audience, method, candidates, previous_round_id,
       partner_round_id, public_token, created_by)
     VALUES ($1, $2, (SELECT COALESCE(max(number), 0) + 1 FROM plan_round WHERE workspace_id = $2), $3, $4, $5,
       $6::jsonb, $7, $8, $9, $10)
     RETURNING ${roundColumns}`,
    [
      newId(),
      input.workspaceId,
      input.title,
      input.audience,
      input.method,
      JSON.stringify(input.candidates),
      input.previousRoundId,
      input.partnerRoundId,
      input.publicToken,
      input.createdBy,
    ],
  );
  return toRound(row!);
}

export async function getRound(db: Queryable, workspaceId: string, id: string): Promise<RoundRow | null> {
  const [row] = await db.query(`SELECT ${roundColumns} FROM plan_round WHERE workspace_id = $1 AND id = $2`, [
    workspaceId,
    id,
  ]);
  return row ? toRound(row) : null;
}

export async function getRoundByToken(db: Queryable, token: string): Promise<RoundRow | null> {
  const [row] = await db.query(
    `SELECT ${roundColumns} FROM plan_round WHERE public_token = $1 AND audience = 'public'`,
    [token],
  );
  return row ? toRound(row) : null;
}

export async function listRounds(db: Queryable, workspaceId: string): Promise<RoundRow[]> {
  const rows = await db.query(
    `SELECT ${roundColumns} FROM plan_round WHERE workspace_id = $1 ORDER BY number`,
    [workspaceId],
  );
  return rows.map(toRound);
}

/** Changes an open round's title and candidates; null when the version is stale or the round is closed. */
export async function updateRound(
  db: Queryable,
  round: RoundRow,
  expectedVersion: number,
  fields: { title: string; candidates: Candidate[] },
): Promise<RoundRow | null> {
  const [row] = await db.query(
    `UPDATE plan_round SET title = $4, candidates = $5::jsonb, version = version + 1
     WHERE workspace_id = $1 AND id = $2 AND version = $3 AND status = 'open' RETURNING ${roundColumns}`,
    [round.workspaceId, round.id, expectedVersion, fields.title, JSON.stringify(fields.candidates)],
  );
  return row ? toRound(row) : null;
}

/** Closes an open round; false when it was closed already. */
export async function closeRound(db: Queryable, round: RoundRow, by: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE plan_round SET status = 'closed', closed_by = $3, closed_at = now(), version = version + 1
     WHERE workspace_id = $1 AND id = $2 AND status = 'open' RETURNING id`,
    [round.workspaceId, round.id, by],
  );
  return rows.length === 1;
}

/** Locks an open round against closing while a submission is written; false when it is closed. */
export async function lockOpenRound(tx: Queryable, roundId: string): Promise<boolean> {
  const rows = await tx.query(`SELECT id FROM plan_round WHERE id = $1 AND status = 'open' FOR UPDATE`, [
    roundId,
  ]);
  return rows.length === 1;
}

export async function countSubmissions(db: Queryable, roundId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT ((SELECT count(DISTINCT organisation_id) FROM plan_score WHERE round_id = $1)
           + (SELECT count(*) FROM plan_ranking WHERE round_id = $1)
           + (SELECT count(*) FROM plan_public_response WHERE round_id = $1))::int AS n`,
    [roundId],
  );
  return row!.n;
}

export interface ScoreRow {
  organisationId: string;
  candidateId: string;
  urgency: number;
  impact: number;
  feasibility: number;
  submittedAt: string;
}

/** Replaces an organisation's whole score set in a round (the latest submission wins). */
export async function replaceScores(
  tx: Queryable,
  roundId: string,
  organisationId: string,
  scores: readonly { candidate: string; urgency: number; impact: number; feasibility: number }[],
  by: string,
): Promise<void> {
  await tx.query('DELETE FROM plan_score WHERE round_id = $1 AND organisation_id = $2', [
    roundId,
    organisationId,
  ]);
  await tx.query(
    `INSERT INTO plan_score (round_id, organisation_id, candidate_id, urgency, impact, feasibility, submitted_by)
     SELECT $1, $2, c, u, i, f, $3 FROM unnest($4::text[], $5::int[], $6::int[], $7::int[]) AS t(c, u, i, f)`,
    [
      roundId,
      organisationId,
      by,
      scores.map((s) => s.candidate),
      scores.map((s) => s.urgency),
      scores.map((s) => s.impact),
      scores.map((s) => s.feasibility),
    ],
  );
}

export async function listScores(db: Queryable, roundId: string): Promise<ScoreRow[]> {
  const rows = await db.query(
    `SELECT organisation_id AS "organisationId", candidate_id AS "candidateId", urgency, impact, feasibility,
            submitted_at AS "submittedAt"
     FROM plan_score WHERE round_id = $1 ORDER BY organisation_id, candidate_id`,
    [roundId],
  );
  return rows.map((r) => ({
    ...(r as unknown as ScoreRow),
    urgency: Number(r.urgency),
    impact: Number(r.impact),
    feasibility: Number(r.feasibility),
    submittedAt: iso(r.submittedAt),
  }));
}

export async function replaceRanking(
  tx: Queryable,
  roundId: string,
  organisationId: string,
  ranking: readonly string[],
  by: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO plan_ranking (round_id, organisation_id, ranking, submitted_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (round_id, organisation_id) DO UPDATE SET ranking = EXCLUDED.ranking,
       submitted_by = EXCLUDED.submitted_by, submitted_at = now()`,
    [roundId, organisationId, ranking, by],
  );
}

export async function listRankings(
  db: Queryable,
  roundId: string,
): Promise<{ organisationId: string; ranking: string[]; submittedAt: string }[]> {
  const rows = await db.query<{ organisationId: string; ranking: string[]; submittedAt: unknown }>(
    `SELECT organisation_id AS "organisationId", ranking, submitted_at AS "submittedAt"
     FROM plan_ranking WHERE round_id = $1 ORDER BY organisation_id`,
    [roundId],
  );
  return rows.map((r) => ({ ...r, submittedAt: iso(r.submittedAt) }));
}

export async function upsertPublicResponse(
  db: Queryable,
  roundId: string,
  respondentHash: string,
  answers: Record<string, number>,
): Promise<'created' | 'replaced'> {
  const [row] = await db.query<{ inserted: boolean }>(
    `INSERT INTO plan_public_response (round_id, respondent_hash, answers) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (round_id, respondent_hash) DO UPDATE SET answers = EXCLUDED.answers, submitted_at = now()
     RETURNING (xmax = 0) AS inserted`,
    [roundId, respondentHash, JSON.stringify(answers)],
  );
  return row?.inserted ? 'created' : 'replaced';
}

export async function getPublicResponse(
  db: Queryable,
  roundId: string,
  respondentHash: string,
): Promise<Record<string, number> | null> {
  const [row] = await db.query<{ answers: unknown }>(
    'SELECT answers FROM plan_public_response WHERE round_id = $1 AND respondent_hash = $2',
    [roundId, respondentHash],
  );
  return row ? json<Record<string, number>>(row.answers) : null;
}

export async function listPublicResponses(db: Queryable, roundId: string): Promise<Record<string, number>[]> {
  const rows = await db.query<{ answers: unknown }>(
    'SELECT answers FROM plan_public_response WHERE round_id = $1 ORDER BY submitted_at, respondent_hash',
    [roundId],
  );
  return rows.map((r) => json<Record<string, number>>(r.answers));
}

/** Records a participant token the server issued (its SHA-256). */
export async function addDialogueParticipant(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('INSERT INTO plan_dialogue_participant (token_hash) VALUES ($1) ON CONFLICT DO NOTHING', [
    tokenHash,
  ]);
}

/** Whether a token is one the server issued, or (issued before migration 0191) already has a ballot in the round. */
export async function isDialogueParticipant(
  db: Queryable,
  tokenHash: string,
  roundId: string,
  respondentHash: string,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM plan_dialogue_participant WHERE token_hash = $1
     UNION ALL SELECT 1 FROM plan_public_response WHERE round_id = $2 AND respondent_hash = $3`,
    [tokenHash, roundId, respondentHash],
  );
  return rows.length > 0;
}
