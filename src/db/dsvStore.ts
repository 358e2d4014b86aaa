// The collaboration register, questionnaire rounds and responses, and phase self-assessments: SQL only.
import type { Contribution } from '../dsv/phases.ts';
import type { Answers } from '../dsv/questionnaire.ts';
import type { CollaborationProfile } from '../dsv/registerStats.ts';
import type { Entry } from '../dsv/schemas.ts';
import type { Queryable } from './connection.ts';

export type { Entry };

export interface CollaborationRow {
  id: string;
  name: string;
  entry: Entry;
  workspaceId: string | null;
  registrantId: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const collaborationColumns = `c.id, c.name, c.entry, c.workspace_id AS "workspaceId", c.registrant_id AS "registrantId",
  c.version, c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

export async function insertCollaboration(
  db: Queryable,
  row: { id: string; entry: Entry; workspaceId: string | null; registrantId: string },
): Promise<CollaborationRow> {
  const [created] = await db.query<CollaborationRow>(
    `INSERT INTO dsv_collaboration AS c (id, name, entry, workspace_id, registrant_id, updated_by)
     VALUES ($1, $2, $3, $4, $5, $5) RETURNING ${collaborationColumns}`,
    [row.id, row.entry.name, JSON.stringify(row.entry), row.workspaceId, row.registrantId],
  );
  return created!;
}

/** Writes the entry when the stored version is `version`; null when it is not (a stale save). */
export async function updateCollaboration(
  db: Queryable,
  row: { id: string; entry: Entry; workspaceId: string | null; version: number; accountId: string },
): Promise<CollaborationRow | null> {
  const [updated] = await db.query<CollaborationRow>(
    `UPDATE dsv_collaboration AS c SET name = $2, entry = $3, workspace_id = $4, version = c.version + 1,
       updated_at = now(), updated_by = $6
     WHERE c.id = $1 AND c.version = $5 RETURNING ${collaborationColumns}`,
    [row.id, row.entry.name, JSON.stringify(row.entry), row.workspaceId, row.version, row.accountId],
  );
  return updated ?? null;
}

export async function getCollaboration(db: Queryable, id: string): Promise<CollaborationRow | null> {
  const [row] = await db.query<CollaborationRow>(
    `SELECT ${collaborationColumns} FROM dsv_collaboration c WHERE c.id = $1`,
    [id],
  );
  return row ?? null;
}

export async function listCollaborations(db: Queryable): Promise<CollaborationRow[]> {
  return db.query<CollaborationRow>(
    `SELECT ${collaborationColumns} FROM dsv_collaboration c ORDER BY c.name, c.id`,
  );
}

export interface RoundRow {
  year: number;
  definitionVersion: string;
  status: 'open' | 'closed' | 'published';
  openedAt: Date;
  closedAt: Date | null;
  publishedAt: Date | null;
  submitted: number;
}

const roundColumns = `r.year, r.definition_version AS "definitionVersion", r.status, r.opened_at AS "openedAt",
  r.closed_at AS "closedAt", r.published_at AS "publishedAt",
  (SELECT count(*)::int FROM dsv_response s WHERE s.year = r.year AND s.status = 'submitted') AS submitted`;

export async function insertRound(db: Queryable, year: number, definitionVersion: string): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO dsv_round (year, definition_version, status) VALUES ($1, $2, 'open')
     ON CONFLICT (year) DO NOTHING RETURNING year`,
    [year, definitionVersion],
  );
  return rows.length === 1;
}

export async function getRound(db: Queryable, year: number, forUpdate = false): Promise<RoundRow | null> {
  const [row] = await db.query<RoundRow>(
    `SELECT ${roundColumns} FROM dsv_round r WHERE r.year = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [year],
  );
  return row ?? null;
}

export async function listRounds(db: Queryable): Promise<RoundRow[]> {
  return db.query<RoundRow>(`SELECT ${roundColumns} FROM dsv_round r ORDER BY r.year DESC`);
}

export async function setRoundStatus(
  db: Queryable,
  year: number,
  status: 'closed' | 'published',
): Promise<void> {
  await db.query(
    status === 'closed'
      ? `UPDATE dsv_round SET status = 'closed', closed_at = now() WHERE year = $1`
      : `UPDATE dsv_round SET status = 'published', published_at = now() WHERE year = $1`,
    [year],
  );
}

export interface ResponseRow {
  collaborationId: string;
  year: number;
  answers: Answers;
  status: 'draft' | 'submitted';
  profile: CollaborationProfile | null;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  submittedAt: Date | null;
}

const responseColumns = `collaboration_id AS "collaborationId", year, answers, status, profile, version,
  updated_at AS "updatedAt", updated_by AS "updatedBy", submitted_at AS "submittedAt"`;

export async function getResponse(
  db: Queryable,
  collaborationId: string,
  year: number,
): Promise<ResponseRow | null> {
  const [row] = await db.query<ResponseRow>(
    `SELECT ${responseColumns} FROM dsv_response WHERE collaboration_id = $1 AND year = $2`,
    [collaborationId, year],
  );
  return row ?? null;
}

/**
 * Saves a response when the stored version is `version` (0: there is none yet); null when another save came first.
 */
export async function saveResponse(
  db: Queryable,
  row: {
    collaborationId: string;
    year: number;
    answers: Answers;
    status: 'draft' | 'submitted';
    profile: CollaborationProfile | null;
    version: number;
    accountId: string;
  },
): Promise<ResponseRow | null> {
  const submitted = row.status === 'submitted';
  const params = [
    row.collaborationId,
    row.year,
    JSON.stringify(row.answers),
    row.status,
    row.profile === null ? null : JSON.stringify(row.profile),
    row.accountId,
  ];
  if (row.version === 0) {
    const [created] = await db.query<ResponseRow>(
      `INSERT INTO dsv_response (collaboration_id, year, answers, status, profile, updated_by, submitted_at, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, ${submitted ? 'now(), $6' : 'NULL, NULL'})
       ON CONFLICT (collaboration_id, year) DO NOTHING RETURNING ${responseColumns}`,
      params,
    );
    return created ?? null;
  }
  const [updated] = await db.query<ResponseRow>(
    `UPDATE dsv_response SET answers = $3, status = $4, profile = $5, updated_by = $6, updated_at = now(),
       version = version + 1, submitted_at = ${submitted ? 'now()' : 'NULL'}, submitted_by = ${submitted ? '$6' : 'NULL'}
     WHERE collaboration_id = $1 AND year = $2 AND version = $7 RETURNING ${responseColumns}`,
    [...params, row.version],
  );
  return updated ?? null;
}

export async function submittedResponses(db: Queryable, year: number): Promise<ResponseRow[]> {
  return db.query<ResponseRow>(
    `SELECT ${responseColumns} FROM dsv_response WHERE year = $1 AND status = 'submitted' ORDER BY collaboration_id`,
    [year],
  );
}

export async function responsesOf(db: Queryable, collaborationId: string): Promise<ResponseRow[]> {
  return db.query<ResponseRow>(
    `SELECT ${responseColumns} FROM dsv_response WHERE collaboration_id = $1 ORDER BY year DESC`,
    [collaborationId],
  );
}

export interface AssessmentRow {
  id: string;
  collaborationId: string;
  date: string;
  createdAt: Date;
}

export async function insertAssessment(
  db: Queryable,
  row: { id: string; collaborationId: string; date: string; accountId: string },
): Promise<void> {
  await db.query(
    'INSERT INTO dsv_assessment (id, collaboration_id, assessed_on, created_by) VALUES ($1, $2, $3, $4)',
    [row.id, row.collaborationId, row.date, row.accountId],
  );
}

export async function listAssessments(db: Queryable, collaborationId: string): Promise<AssessmentRow[]> {
  return db.query<AssessmentRow>(
    `SELECT id, collaboration_id AS "collaborationId", assessed_on::text AS date, created_at AS "createdAt"
     FROM dsv_assessment WHERE collaboration_id = $1 ORDER BY assessed_on, created_at`,
    [collaborationId],
  );
}

export interface ContributionRow {
  assessmentId: string;
  accountId: string;
  contribution: Contribution;
  updatedAt: Date;
}

export async function contributionsOf(db: Queryable, collaborationId: string): Promise<ContributionRow[]> {
  return db.query<ContributionRow>(
    `SELECT k.assessment_id AS "assessmentId", k.account_id AS "accountId", k.contribution, k.updated_at AS "updatedAt"
     FROM dsv_contribution k JOIN dsv_assessment a ON a.id = k.assessment_id
     WHERE a.collaboration_id = $1`,
    [collaborationId],
  );
}

export async function saveContribution(
  db: Queryable,
  row: { assessmentId: string; accountId: string; contribution: Contribution },
): Promise<void> {
  await db.query(
    `INSERT INTO dsv_contribution (assessment_id, account_id, contribution) VALUES ($1, $2, $3)
     ON CONFLICT (assessment_id, account_id) DO UPDATE SET contribution = EXCLUDED.contribution, updated_at = now()`,
    [row.assessmentId, row.accountId, JSON.stringify(row.contribution)],
  );
}
