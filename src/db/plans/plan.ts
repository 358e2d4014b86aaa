// The plan row (title, summary, published, version), the organisation a member scores for, every stored version
// of the whole plan document and the workspace's partner data it reads. SQL only: what a version contains and when
// one is stored is decided by the plan service (src/plans/service/).

import type { PlanDocument } from '../../plans/document.ts';
import type { VersionInfo } from '../../plans/views.ts';
import type { PartnerRow } from '../../workspaces/aggregate.ts';
import type { Queryable } from '../connection.ts';
import { iso, json, num } from './rows.ts';

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

// ------------------------------------------------------------------------------------------------------- versions
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
