// The regioplan's storage: rounds and their scores, rankings and residents' responses; kernopgaven, goals, actions
// and evaluations with a version number each (optimistic locking: an update names the version it read and changes
// nothing when that is no longer the current one); every version of the whole plan document; duiding. SQL only:
// what a version contains and when one is stored is decided by the plan service (src/plans/service/).

import type { Candidate } from '../plans/candidates.ts';
import type {
  Action,
  Evaluation,
  Goal,
  Kernopgave,
  PlanDocument,
  RoundSummary,
  Versioned,
} from '../plans/document.ts';
import type { PartnerRow } from '../workspaces/aggregate.ts';
import type { Queryable } from './connection.ts';
import { newId } from './ids.ts';

export type { Versioned };

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());
const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

// ---------------------------------------------------------------------------------------------------------- plan

export interface PlanRow {
  workspaceId: string;
  title: string;
  summary: string;
  published: boolean;
  version: number;
  updatedAt: string;
}

const planColumns =
  'workspace_id AS "workspaceId", title, summary, published, version, updated_at AS "updatedAt"';
const toPlan = (r: Record<string, unknown>): PlanRow => ({
  ...(r as unknown as PlanRow),
  updatedAt: iso(r.updatedAt),
});

/** The plan row, created with a default title when the workspace has none yet. */
export async function ensurePlan(db: Queryable, workspaceId: string, title: string): Promise<PlanRow> {
  await db.query(
    'INSERT INTO plan (workspace_id, title) VALUES ($1, $2) ON CONFLICT (workspace_id) DO NOTHING',
    [workspaceId, title],
  );
  return (await getPlan(db, workspaceId))!;
}

export async function getPlan(db: Queryable, workspaceId: string): Promise<PlanRow | null> {
  const [row] = await db.query(`SELECT ${planColumns} FROM plan WHERE workspace_id = $1`, [workspaceId]);
  return row ? toPlan(row) : null;
}

/** Locks the plan row for the rest of the transaction, so versions are numbered one after another. */
export async function lockPlan(tx: Queryable, workspaceId: string): Promise<void> {
  await tx.query('SELECT workspace_id FROM plan WHERE workspace_id = $1 FOR UPDATE', [workspaceId]);
}

export async function updatePlan(
  db: Queryable,
  workspaceId: string,
  expectedVersion: number,
  fields: { title: string; summary: string; published: boolean },
): Promise<PlanRow | null> {
  const [row] = await db.query(
    `UPDATE plan SET title = $3, summary = $4, published = $5, version = version + 1, updated_at = now()
     WHERE workspace_id = $1 AND version = $2 RETURNING ${planColumns}`,
    [workspaceId, expectedVersion, fields.title, fields.summary, fields.published],
  );
  return row ? toPlan(row) : null;
}

// -------------------------------------------------------------------------------------------------------- rounds

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

/** The organisation a member scores for (set by the beheerder on the membership), or null. */
export async function memberOrganisation(
  db: Queryable,
  workspaceId: string,
  accountId: string,
): Promise<string | null> {
  const [row] = await db.query<{ organisationId: string | null }>(
    `SELECT organisation_id AS "organisationId" FROM workspace_member WHERE workspace_id = $1 AND account_id = $2`,
    [workspaceId, accountId],
  );
  return row?.organisationId ?? null;
}

// ---------------------------------------------------------------------------------------------------- kernopgaven

const kernopgaveColumns = `id, position, title, description, candidate_id AS "candidateId", theme_id AS "themeId",
  round_id AS "roundId", version, updated_at AS "updatedAt"`;
const toKernopgave = (r: Record<string, unknown>): Versioned<Kernopgave> => ({
  ...(r as unknown as Versioned<Kernopgave>),
  updatedAt: iso(r.updatedAt),
});

export async function insertKernopgave(
  db: Queryable,
  workspaceId: string,
  k: Omit<Kernopgave, 'id'>,
): Promise<Versioned<Kernopgave>> {
  const [row] = await db.query(
    `INSERT INTO plan_kernopgave (id, workspace_id, position, title, description, candidate_id, theme_id, round_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${kernopgaveColumns}`,
    [newId(), workspaceId, k.position, k.title, k.description, k.candidateId, k.themeId, k.roundId],
  );
  return toKernopgave(row!);
}

/** Reading the rows of one plan table that belong to a workspace: one by id, or all in the table's order. */
function workspaceRows<T>(
  table: string,
  columns: string,
  order: string,
  toRow: (row: Record<string, unknown>) => T,
) {
  return {
    get: async (db: Queryable, workspaceId: string, id: string): Promise<T | null> => {
      const [row] = await db.query(`SELECT ${columns} FROM ${table} WHERE workspace_id = $1 AND id = $2`, [
        workspaceId,
        id,
      ]);
      return row ? toRow(row) : null;
    },
    list: async (db: Queryable, workspaceId: string): Promise<T[]> =>
      (
        await db.query(`SELECT ${columns} FROM ${table} WHERE workspace_id = $1 ORDER BY ${order}`, [
          workspaceId,
        ])
      ).map(toRow),
  };
}

const kernopgaveRows = workspaceRows('plan_kernopgave', kernopgaveColumns, 'position, id', toKernopgave);
export const getKernopgave = kernopgaveRows.get;
export const listKernopgaven = kernopgaveRows.list;

export async function updateKernopgave(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
  fields: { title: string; description: string },
): Promise<Versioned<Kernopgave> | null> {
  const [row] = await db.query(
    `UPDATE plan_kernopgave SET title = $4, description = $5, version = version + 1, updated_at = now()
     WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING ${kernopgaveColumns}`,
    [workspaceId, id, expectedVersion, fields.title, fields.description],
  );
  return row ? toKernopgave(row) : null;
}

// ---------------------------------------------------------------------------------------------------------- goals

const goalColumns = `id, kernopgave_id AS "kernopgaveId", title, indicator_id AS "indicatorId",
  measure_source AS "measureSource", breakdown, baseline_value AS "baselineValue", baseline_lower AS "baselineLower",
  baseline_upper AS "baselineUpper", baseline_period AS "baselinePeriod", target_value AS "targetValue",
  target_date AS "targetDate", owner_organisation_id AS "ownerOrganisationId", version, updated_at AS "updatedAt"`;
const toGoal = (r: Record<string, unknown>): Versioned<Goal> => ({
  id: String(r.id),
  kernopgaveId: String(r.kernopgaveId),
  title: String(r.title),
  indicatorId: (r.indicatorId as string | null) ?? null,
  measureSource: r.measureSource as Goal['measureSource'],
  breakdown: String(r.breakdown),
  baseline: {
    value: num(r.baselineValue),
    lower: num(r.baselineLower),
    upper: num(r.baselineUpper),
    period: (r.baselinePeriod as string | null) ?? null,
  },
  target: { value: num(r.targetValue), date: (r.targetDate as string | null) ?? null },
  ownerOrganisationId: (r.ownerOrganisationId as string | null) ?? null,
  version: Number(r.version),
  updatedAt: iso(r.updatedAt),
});
const goalParams = (g: Omit<Goal, 'id' | 'kernopgaveId'>) => [
  g.title,
  g.indicatorId,
  g.measureSource,
  g.breakdown,
  g.baseline.value,
  g.baseline.lower,
  g.baseline.upper,
  g.baseline.period,
  g.target.value,
  g.target.date,
  g.ownerOrganisationId,
];

export async function insertGoal(
  db: Queryable,
  workspaceId: string,
  kernopgaveId: string,
  g: Omit<Goal, 'id' | 'kernopgaveId'>,
): Promise<Versioned<Goal>> {
  const [row] = await db.query(
    `INSERT INTO plan_goal (id, workspace_id, kernopgave_id, title, indicator_id, measure_source, breakdown,
       baseline_value, baseline_lower, baseline_upper, baseline_period, target_value, target_date,
       owner_organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${goalColumns}`,
    [newId(), workspaceId, kernopgaveId, ...goalParams(g)],
  );
  return toGoal(row!);
}

const goalRows = workspaceRows('plan_goal', goalColumns, 'created_at, id', toGoal);
export const getGoal = goalRows.get;

export const listGoals = goalRows.list;

export async function updateGoal(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
  g: Omit<Goal, 'id' | 'kernopgaveId'>,
): Promise<Versioned<Goal> | null> {
  const [row] = await db.query(
    `UPDATE plan_goal SET title = $4, indicator_id = $5, measure_source = $6, breakdown = $7, baseline_value = $8,
       baseline_lower = $9, baseline_upper = $10, baseline_period = $11, target_value = $12, target_date = $13,
       owner_organisation_id = $14, version = version + 1, updated_at = now()
     WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING ${goalColumns}`,
    [workspaceId, id, expectedVersion, ...goalParams(g)],
  );
  return row ? toGoal(row) : null;
}

/** Deletes when the version matches; null: no such goal, false: stale version. */
export async function deleteGoal(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await db.query(
    'DELETE FROM plan_goal WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING id',
    [workspaceId, id, expectedVersion],
  );
  if (rows.length === 1)
    await db.query(
      'UPDATE plan_action SET goal_ids = array_remove(goal_ids, $2) WHERE workspace_id = $1 AND $2 = ANY(goal_ids)',
      [workspaceId, id],
    );
  return rows.length === 1;
}

// -------------------------------------------------------------------------------------------------------- actions

const actionColumns = `id, kernopgave_id AS "kernopgaveId", title, description, type, forms, responsible,
  goal_ids AS "goalIds", payment_arrangement AS "paymentArrangement", payment_note AS "paymentNote", milestones,
  version, updated_at AS "updatedAt"`;
const toAction = (r: Record<string, unknown>): Versioned<Action> => ({
  id: String(r.id),
  kernopgaveId: String(r.kernopgaveId),
  title: String(r.title),
  description: String(r.description),
  type: r.type as Action['type'],
  forms: r.forms as Action['forms'],
  responsibleOrganisationIds: r.responsible as string[],
  goalIds: r.goalIds as string[],
  payment: {
    arrangement: (r.paymentArrangement as Action['payment']['arrangement']) ?? null,
    note: String(r.paymentNote ?? ''),
  },
  milestones: json<Action['milestones']>(r.milestones),
  version: Number(r.version),
  updatedAt: iso(r.updatedAt),
});
const actionParams = (a: Omit<Action, 'id' | 'kernopgaveId'>) => [
  a.title,
  a.description,
  a.type,
  a.forms,
  a.responsibleOrganisationIds,
  a.goalIds,
  a.payment.arrangement,
  a.payment.note,
  JSON.stringify(a.milestones),
];

export async function insertAction(
  db: Queryable,
  workspaceId: string,
  kernopgaveId: string,
  a: Omit<Action, 'id' | 'kernopgaveId'>,
): Promise<Versioned<Action>> {
  const [row] = await db.query(
    `INSERT INTO plan_action (id, workspace_id, kernopgave_id, title, description, type, forms, responsible,
       goal_ids, payment_arrangement, payment_note, milestones)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb) RETURNING ${actionColumns}`,
    [newId(), workspaceId, kernopgaveId, ...actionParams(a)],
  );
  return toAction(row!);
}

const actionRows = workspaceRows('plan_action', actionColumns, 'created_at, id', toAction);
export const getAction = actionRows.get;

export const listActions = actionRows.list;

export async function updateAction(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
  a: Omit<Action, 'id' | 'kernopgaveId'>,
): Promise<Versioned<Action> | null> {
  const [row] = await db.query(
    `UPDATE plan_action SET title = $4, description = $5, type = $6, forms = $7, responsible = $8, goal_ids = $9,
       payment_arrangement = $10, payment_note = $11, milestones = $12::jsonb, version = version + 1,
       updated_at = now()
     WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING ${actionColumns}`,
    [workspaceId, id, expectedVersion, ...actionParams(a)],
  );
  return row ? toAction(row) : null;
}

export async function deleteAction(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await db.query(
    'DELETE FROM plan_action WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING id',
    [workspaceId, id, expectedVersion],
  );
  return rows.length === 1;
}

// ---------------------------------------------------------------------------------------------------- evaluations

const evaluationColumns = `id, held_on AS "heldOn", phase, notes, decisions, version, updated_at AS "updatedAt"`;
const toEvaluation = (r: Record<string, unknown>): Versioned<Evaluation> => ({
  ...(r as unknown as Versioned<Evaluation>),
  decisions: json<Evaluation['decisions']>(r.decisions),
  version: Number(r.version),
  updatedAt: iso(r.updatedAt),
});

export async function insertEvaluation(
  db: Queryable,
  workspaceId: string,
  e: Omit<Evaluation, 'id'>,
): Promise<Versioned<Evaluation>> {
  const [row] = await db.query(
    `INSERT INTO plan_evaluation (id, workspace_id, held_on, phase, notes, decisions)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING ${evaluationColumns}`,
    [newId(), workspaceId, e.heldOn, e.phase, e.notes, JSON.stringify(e.decisions)],
  );
  return toEvaluation(row!);
}

const evaluationRows = workspaceRows(
  'plan_evaluation',
  evaluationColumns,
  'held_on, created_at, id',
  toEvaluation,
);
export const getEvaluation = evaluationRows.get;

export const listEvaluations = evaluationRows.list;

export async function updateEvaluation(
  db: Queryable,
  workspaceId: string,
  id: string,
  expectedVersion: number,
  e: Omit<Evaluation, 'id'>,
): Promise<Versioned<Evaluation> | null> {
  const [row] = await db.query(
    `UPDATE plan_evaluation SET held_on = $4, phase = $5, notes = $6, decisions = $7::jsonb,
       version = version + 1, updated_at = now()
     WHERE workspace_id = $1 AND id = $2 AND version = $3 RETURNING ${evaluationColumns}`,
    [workspaceId, id, expectedVersion, e.heldOn, e.phase, e.notes, JSON.stringify(e.decisions)],
  );
  return row ? toEvaluation(row) : null;
}

// ------------------------------------------------------------------------------------------------------- versions

export interface VersionInfo {
  number: number;
  summary: string;
  authorEmail: string | null;
  at: string;
}

/** The latest stored version of a workspace's plan document, or null. */
export async function latestVersion(
  db: Queryable,
  workspaceId: string,
): Promise<{ number: number; document: PlanDocument } | null> {
  const [last] = await db.query<{ number: number; document: unknown }>(
    'SELECT number, document FROM plan_version WHERE workspace_id = $1 ORDER BY number DESC LIMIT 1',
    [workspaceId],
  );
  return last ? { number: Number(last.number), document: json<PlanDocument>(last.document) } : null;
}

export async function insertVersion(
  tx: Queryable,
  workspaceId: string,
  number: number,
  document: PlanDocument,
  summary: string,
  author: { id: string; email: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO plan_version (workspace_id, number, document, summary, author_id, author_email)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6)`,
    [workspaceId, number, JSON.stringify(document), summary, author.id, author.email],
  );
}

export async function listVersions(db: Queryable, workspaceId: string): Promise<VersionInfo[]> {
  const rows = await db.query<{ number: number; summary: string; authorEmail: string | null; at: unknown }>(
    `SELECT number, summary, author_email AS "authorEmail", at FROM plan_version WHERE workspace_id = $1
     ORDER BY number DESC`,
    [workspaceId],
  );
  return rows.map((r) => ({ ...r, number: Number(r.number), at: iso(r.at) }));
}

export async function getVersion(
  db: Queryable,
  workspaceId: string,
  number: number,
): Promise<(VersionInfo & { document: PlanDocument }) | null> {
  const [row] = await db.query<{
    number: number;
    summary: string;
    authorEmail: string | null;
    at: unknown;
    document: unknown;
  }>(
    `SELECT number, summary, author_email AS "authorEmail", at, document FROM plan_version
     WHERE workspace_id = $1 AND number = $2`,
    [workspaceId, number],
  );
  return row
    ? { ...row, number: Number(row.number), at: iso(row.at), document: json<PlanDocument>(row.document) }
    : null;
}

// ---------------------------------------------------------------------------------------------------- partner data

/** The workspace's partner data of one measure, per period and gemeente (the latest upload wins per cell). */
export async function partnerRows(
  db: Queryable,
  workspaceId: string,
  indicatorId: string,
  breakdown: string,
): Promise<(PartnerRow & { period: string })[]> {
  const rows = await db.query<PartnerRow & { period: string }>(
    `SELECT DISTINCT ON (period, region_code) period, region_code AS "regionCode", count, denominator, value
     FROM workspace_observation WHERE workspace_id = $1 AND indicator_id = $2 AND breakdown = $3
     ORDER BY period, region_code, id DESC`,
    [workspaceId, indicatorId, breakdown],
  );
  return rows.map((r) => ({
    ...r,
    count: num(r.count),
    denominator: num(r.denominator),
    value: num(r.value),
  }));
}

// -------------------------------------------------------------------------------------------------------- duiding

export interface DuidingRow {
  workspaceId: string;
  indicatorId: string;
  regionKey: string;
  text: string;
  published: boolean;
  version: number;
  updatedAt: string;
}

export interface DuidingVersion {
  version: number;
  text: string;
  published: boolean;
  authorEmail: string | null;
  organisationName: string | null;
  at: string;
}

const duidingColumns = `workspace_id AS "workspaceId", indicator_id AS "indicatorId", region_key AS "regionKey",
  body AS text, published, version, updated_at AS "updatedAt"`;
const toDuiding = (r: Record<string, unknown>): DuidingRow => ({
  ...(r as unknown as DuidingRow),
  version: Number(r.version),
  updatedAt: iso(r.updatedAt),
});

export async function getDuiding(
  db: Queryable,
  workspaceId: string,
  indicatorId: string,
): Promise<DuidingRow | null> {
  const [row] = await db.query(
    `SELECT ${duidingColumns} FROM duiding WHERE workspace_id = $1 AND indicator_id = $2`,
    [workspaceId, indicatorId],
  );
  return row ? toDuiding(row) : null;
}

export async function listWorkspaceDuiding(db: Queryable, workspaceId: string): Promise<DuidingRow[]> {
  const rows = await db.query(
    `SELECT ${duidingColumns} FROM duiding WHERE workspace_id = $1 ORDER BY indicator_id`,
    [workspaceId],
  );
  return rows.map(toDuiding);
}

/** Published duiding for one region (of one indicator, or of all), from every workspace of that region. */
export async function publishedDuiding(
  db: Queryable,
  regionKey: string,
  indicatorId: string | null,
): Promise<(DuidingRow & { workspaceName: string })[]> {
  const rows = await db.query(
    `SELECT ${duidingColumns.replaceAll('workspace_id', 'd.workspace_id')}, w.name AS "workspaceName"
     FROM duiding d JOIN workspace w ON w.id = d.workspace_id
     WHERE d.region_key = $1 AND ($2::text IS NULL OR d.indicator_id = $2) AND d.published
     ORDER BY d.indicator_id, d.updated_at DESC`,
    [regionKey, indicatorId],
  );
  return rows.map((r) => ({ ...toDuiding(r), workspaceName: String(r.workspaceName) }));
}

/**
 * Writes a new version of a duiding text. `expectedVersion` 0 creates it; otherwise it must be the current
 * version. Returns null when the version is stale (or the text exists when creating).
 */
export async function saveDuiding(
  tx: Queryable,
  input: {
    workspaceId: string;
    indicatorId: string;
    regionKey: string;
    text: string;
    published: boolean;
    expectedVersion: number;
    author: { id: string; email: string };
    organisationName: string | null;
  },
): Promise<DuidingRow | null> {
  const rows =
    input.expectedVersion === 0
      ? await tx.query(
          `INSERT INTO duiding (workspace_id, indicator_id, region_key, body, published) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (workspace_id, indicator_id) DO NOTHING RETURNING ${duidingColumns}`,
          [input.workspaceId, input.indicatorId, input.regionKey, input.text, input.published],
        )
      : await tx.query(
          `UPDATE duiding SET body = $4, published = $5, region_key = $6, version = version + 1, updated_at = now()
           WHERE workspace_id = $1 AND indicator_id = $2 AND version = $3 RETURNING ${duidingColumns}`,
          [
            input.workspaceId,
            input.indicatorId,
            input.expectedVersion,
            input.text,
            input.published,
            input.regionKey,
          ],
        );
  const row = rows[0];
  if (!row) return null;
  const saved = toDuiding(row);
  await tx.query(
    `INSERT INTO duiding_version (workspace_id, indicator_id, version, body, published, author_id, author_email,
       organisation_name) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      input.workspaceId,
      input.indicatorId,
      saved.version,
      input.text,
      input.published,
      input.author.id,
      input.author.email,
      input.organisationName,
    ],
  );
  return saved;
}

export async function duidingVersions(
  db: Queryable,
  workspaceId: string,
  indicatorId: string,
): Promise<DuidingVersion[]> {
  const rows = await db.query<DuidingVersion & { at: unknown }>(
    `SELECT version, body AS text, published, author_email AS "authorEmail",
            organisation_name AS "organisationName", at
     FROM duiding_version WHERE workspace_id = $1 AND indicator_id = $2 ORDER BY version DESC`,
    [workspaceId, indicatorId],
  );
  return rows.map((r) => ({ ...r, version: Number(r.version), at: iso(r.at) }));
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
