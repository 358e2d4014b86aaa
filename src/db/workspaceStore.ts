// Workspaces, member organisations, members, private partner data and the append-only audit log.
import { randomBytes } from 'node:crypto';
import type { RowObservation as Observation } from '../indicators/observation.ts';
import type { PartnerRow } from '../workspaces/aggregate.ts';
import type { Role } from '../workspaces/roles.ts';
import { insertMany } from './bulk.ts';
import type { Queryable } from './connection.ts';
import { newId } from './ids.ts';

export interface Workspace {
  id: string;
  name: string;
  kind: string;
  regionCode: string | null;
  gemeenten: string[];
  createdAt: Date;
}

export interface WorkspaceWithSecret extends Workspace {
  secret: string;
}

const columns =
  'w.id, w.name, w.kind, w.region_code AS "regionCode", w.gemeenten, w.created_at AS "createdAt"';

export async function createWorkspace(
  db: Queryable,
  input: { name: string; kind: string; regionCode: string | null; gemeenten: readonly string[] },
): Promise<Workspace> {
  const [row] = await db.query<Workspace>(
    `INSERT INTO workspace AS w (id, name, kind, region_code, gemeenten, perturbation_secret)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`,
    [newId(), input.name, input.kind, input.regionCode, input.gemeenten, randomBytes(32).toString('hex')],
  );
  return row!;
}

export async function getWorkspace(db: Queryable, id: string): Promise<WorkspaceWithSecret | null> {
  const [row] = await db.query<WorkspaceWithSecret>(
    `SELECT ${columns}, w.perturbation_secret AS secret FROM workspace w WHERE w.id = $1`,
    [id],
  );
  return row ?? null;
}

export async function listWorkspaces(
  db: Queryable,
  accountId: string | null,
): Promise<(Workspace & { role: string | null })[]> {
  return db.query(
    accountId === null
      ? `SELECT ${columns}, NULL AS role FROM workspace w ORDER BY w.name`
      : `SELECT ${columns}, m.role FROM workspace w JOIN workspace_member m ON m.workspace_id = w.id
         WHERE m.account_id = $1 ORDER BY w.name`,
    accountId === null ? [] : [accountId],
  );
}

/** Every workspace, with the role `accountId` has in it (null where it is no member): the administrator's list. */
export async function listAllWorkspaces(
  db: Queryable,
  accountId: string | null,
): Promise<(Workspace & { role: string | null })[]> {
  return db.query(
    `SELECT ${columns}, m.role FROM workspace w
     LEFT JOIN workspace_member m ON m.workspace_id = w.id AND m.account_id = $1 ORDER BY w.name, w.id`,
    [accountId],
  );
}

/** Locks a workspace's row for the rest of the transaction (one change of its members or organisations at a time). */
export async function lockWorkspace(tx: Queryable, id: string): Promise<void> {
  await tx.query('SELECT id FROM workspace WHERE id = $1 FOR UPDATE', [id]);
}

export async function deleteWorkspace(db: Queryable, id: string): Promise<boolean> {
  // Cascades to organisations, members, invitations, uploads and partner observations; the audit log stays.
  const rows = await db.query('DELETE FROM workspace WHERE id = $1 RETURNING id', [id]);
  return rows.length === 1;
}

export async function memberRole(
  db: Queryable,
  workspaceId: string,
  accountId: string,
): Promise<Role | null> {
  const [row] = await db.query<{ role: Role }>(
    'SELECT role FROM workspace_member WHERE workspace_id = $1 AND account_id = $2',
    [workspaceId, accountId],
  );
  return row?.role ?? null;
}

export interface Member {
  accountId: string;
  email: string;
  role: string;
  organisationId: string | null;
}

export async function listMembers(db: Queryable, workspaceId: string): Promise<Member[]> {
  return db.query<Member>(
    `SELECT m.account_id AS "accountId", a.email, m.role, m.organisation_id AS "organisationId"
     FROM workspace_member m JOIN account a ON a.id = m.account_id WHERE m.workspace_id = $1 ORDER BY a.email`,
    [workspaceId],
  );
}

/**
 * Sets a member's role (adding the member); returns the previous role. `organisationId`: a member organisation to
 * link the membership to, `null` to unlink it, left out to keep the current link.
 */
export async function setMember(
  db: Queryable,
  workspaceId: string,
  accountId: string,
  role: Role,
  organisationId?: string | null,
): Promise<string | null> {
  const before = await memberRole(db, workspaceId, accountId);
  await db.query(
    `INSERT INTO workspace_member (workspace_id, account_id, role, organisation_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (workspace_id, account_id) DO UPDATE SET role = EXCLUDED.role,
       organisation_id = CASE WHEN $5::boolean THEN workspace_member.organisation_id ELSE EXCLUDED.organisation_id END`,
    [workspaceId, accountId, role, organisationId ?? null, organisationId === undefined],
  );
  return before;
}

export async function removeMember(db: Queryable, workspaceId: string, accountId: string): Promise<boolean> {
  const rows = await db.query(
    'DELETE FROM workspace_member WHERE workspace_id = $1 AND account_id = $2 RETURNING role',
    [workspaceId, accountId],
  );
  return rows.length === 1;
}

export async function countBeheerders(db: Queryable, workspaceId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM workspace_member WHERE workspace_id = $1 AND role = 'beheerder'`,
    [workspaceId],
  );
  return row!.n;
}

export interface Organisation {
  id: string;
  name: string;
  type: string;
  laws: string[];
}

export async function addOrganisation(
  db: Queryable,
  workspaceId: string,
  input: Omit<Organisation, 'id'>,
): Promise<Organisation> {
  const [row] = await db.query<Organisation>(
    `INSERT INTO workspace_organisation (id, workspace_id, name, type, laws) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, name, type, laws`,
    [newId(), workspaceId, input.name, input.type, input.laws],
  );
  return row!;
}

/** The organisation of this workspace with this id, or null (also for another workspace's organisation). */
export async function findOrganisation(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<Organisation | null> {
  const [row] = await db.query<Organisation>(
    'SELECT id, name, type, laws FROM workspace_organisation WHERE workspace_id = $1 AND id = $2',
    [workspaceId, id],
  );
  return row ?? null;
}

/** The organisation of this workspace with this name, compared without case and surrounding spaces. */
export async function findOrganisationByName(
  db: Queryable,
  workspaceId: string,
  name: string,
): Promise<Organisation | null> {
  const [row] = await db.query<Organisation>(
    `SELECT id, name, type, laws FROM workspace_organisation
     WHERE workspace_id = $1 AND lower(btrim(name)) = lower(btrim($2))`,
    [workspaceId, name],
  );
  return row ?? null;
}

export async function listOrganisations(db: Queryable, workspaceId: string): Promise<Organisation[]> {
  return db.query<Organisation>(
    'SELECT id, name, type, laws FROM workspace_organisation WHERE workspace_id = $1 ORDER BY name',
    [workspaceId],
  );
}

export interface Upload {
  id: string;
  fileName: string;
  uploadedBy: string | null;
  rows: number;
  createdAt: Date;
}

/** Stores an upload's observations in one transaction (the caller's). */
export async function insertUpload(
  tx: Queryable,
  workspaceId: string,
  fileName: string,
  uploadedBy: string,
  observations: readonly Observation[],
): Promise<Upload> {
  const id = newId();
  const [row] = await tx.query<Upload>(
    `INSERT INTO workspace_upload (id, workspace_id, file_name, uploaded_by, rows) VALUES ($1, $2, $3, $4, $5)
     RETURNING id, file_name AS "fileName", uploaded_by AS "uploadedBy", rows, created_at AS "createdAt"`,
    [id, workspaceId, fileName, uploadedBy, observations.length],
  );
  await insertMany(
    tx,
    'workspace_observation',
    [
      { name: 'workspace_id', type: 'text[]', get: () => workspaceId },
      { name: 'upload_id', type: 'text[]', get: () => id },
      { name: 'indicator_id', type: 'text[]', get: (o: Observation) => o.indicatorId },
      { name: 'region_code', type: 'text[]', get: (o) => o.regionCode },
      { name: 'period', type: 'text[]', get: (o) => o.period },
      { name: 'breakdown', type: 'text[]', get: (o) => o.breakdown },
      { name: 'value', type: 'float8[]', get: (o) => o.value },
      { name: 'count', type: 'float8[]', get: (o) => o.count },
      { name: 'denominator', type: 'float8[]', get: (o) => o.denominator },
      { name: 'lower', type: 'float8[]', get: (o) => o.lower },
      { name: 'upper', type: 'float8[]', get: (o) => o.upper },
      { name: 'source_row', type: 'int4[]', get: (o) => o.row },
    ],
    observations,
  );
  return row!;
}

export async function listUploads(db: Queryable, workspaceId: string): Promise<Upload[]> {
  return db.query<Upload>(
    `SELECT id, file_name AS "fileName", uploaded_by AS "uploadedBy", rows, created_at AS "createdAt"
     FROM workspace_upload WHERE workspace_id = $1 ORDER BY created_at, id`,
    [workspaceId],
  );
}

export async function deleteUpload(
  db: Queryable,
  workspaceId: string,
  uploadId: string,
): Promise<string | null> {
  const [row] = await db.query<{ file_name: string }>(
    'DELETE FROM workspace_upload WHERE workspace_id = $1 AND id = $2 RETURNING file_name',
    [workspaceId, uploadId],
  );
  return row?.file_name ?? null;
}

export interface StoredObservation {
  uploadId: string;
  indicatorId: string;
  regionCode: string;
  period: string;
  breakdown: string;
  value: number | null;
  count: number | null;
  denominator: number | null;
  lower: number | null;
  upper: number | null;
}

export async function listObservations(
  db: Queryable,
  workspaceId: string,
  limit = 100_000,
): Promise<StoredObservation[]> {
  return db.query<StoredObservation>(
    `SELECT upload_id AS "uploadId", indicator_id AS "indicatorId", region_code AS "regionCode", period,
            breakdown, value, count, denominator, lower, upper
     FROM workspace_observation WHERE workspace_id = $1 ORDER BY indicator_id, period, region_code, breakdown, id
     LIMIT $2`,
    [workspaceId, limit],
  );
}

/** One cell's rows per gemeente; when several uploads hold the same gemeente, the latest one counts. */
export async function cellRows(
  db: Queryable,
  workspaceId: string,
  indicator: string,
  period: string,
  breakdown: string,
): Promise<PartnerRow[]> {
  return db.query<PartnerRow>(
    `SELECT DISTINCT ON (region_code) region_code AS "regionCode", count, denominator, value
     FROM workspace_observation WHERE workspace_id = $1 AND indicator_id = $2 AND period = $3 AND breakdown = $4
     ORDER BY region_code, id DESC`,
    [workspaceId, indicator, period, breakdown],
  );
}

export interface AuditEntry {
  id: number;
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  workspaceId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

/** Appends to the audit log. There is no update or delete: the table's trigger refuses both. */
export async function appendAudit(
  db: Queryable,
  entry: {
    actorId?: string | null;
    actorEmail?: string | null;
    action: string;
    workspaceId?: string | null;
    detail?: Record<string, unknown>;
    ip?: string | null;
  },
): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (actor_id, actor_email, action, workspace_id, detail, ip) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      entry.actorId ?? null,
      entry.actorEmail ?? null,
      entry.action,
      entry.workspaceId ?? null,
      JSON.stringify(entry.detail ?? {}),
      entry.ip ?? null,
    ],
  );
}

export async function listAudit(
  db: Queryable,
  workspaceId: string | null,
  limit = 10_000,
): Promise<AuditEntry[]> {
  const rows = await db.query<AuditEntry>(
    `SELECT id, at, actor_id AS "actorId", actor_email AS "actorEmail", action, workspace_id AS "workspaceId",
            detail, ip
     FROM audit_log WHERE ${workspaceId === null ? 'workspace_id IS NULL' : 'workspace_id = $2'}
     ORDER BY id LIMIT $1`,
    workspaceId === null ? [limit] : [limit, workspaceId],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at) }));
}
