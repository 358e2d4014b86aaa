// Monitoring: the evaluations of the plan (each with a version number, for optimistic locking) and the duiding
// (interpretation) of an indicator per region, with its published state and history. SQL only.

import type { Evaluation, Versioned } from '../../plans/document.ts';
import type { DuidingRow, DuidingVersion } from '../../plans/views.ts';
import type { Queryable } from '../connection.ts';
import { newId } from '../ids.ts';
import { iso, json, workspaceRows } from './rows.ts';

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

// -------------------------------------------------------------------------------------------------------- duiding
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
