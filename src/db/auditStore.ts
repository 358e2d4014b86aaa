// The audit log as a whole: the chain for verification and the platform-level entries for the platform
// administrator. Appending stays in workspaceStore.appendAudit (the trigger of migration 0190 chains every entry).
import type { Queryable } from './connection.ts';
import type { AuditEntry } from './workspaceStore.ts';

/**
 * The canonical content of an entry `e`, as the trigger hashes it (audit_log_content in migration 0190). Written
 * out here, not called, so verification does not depend on a function stored in the database it checks.
 */
const CONTENT_SQL = `jsonb_build_array(e.seq, e.id, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  e.actor_id, e.actor_email, e.action, e.workspace_id, e.detail, e.ip)::text`;

export interface ChainRow {
  id: number;
  seq: number;
  /** hex */
  prevHash: string;
  /** hex */
  hash: string;
  content: string;
}

/** Entries of the chain after `afterSeq`, in chain order. */
export async function chainRows(db: Queryable, afterSeq: number, limit: number): Promise<ChainRow[]> {
  const rows = await db.query<ChainRow>(
    `SELECT e.id, e.seq, encode(e.prev_hash, 'hex') AS "prevHash", encode(e.hash, 'hex') AS hash,
            ${CONTENT_SQL} AS content
     FROM audit_log e WHERE e.seq > $1 ORDER BY e.seq LIMIT $2`,
    [afterSeq, limit],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), seq: Number(r.seq) }));
}

/** The head of the chain: the last seq and hash the trigger wrote. */
export async function chainHead(db: Queryable): Promise<{ seq: number; hash: string } | null> {
  const [row] = await db.query<{ seq: string | number; hash: string }>(
    `SELECT seq, encode(hash, 'hex') AS hash FROM audit_chain`,
  );
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

export interface PlatformAuditFilter {
  action?: string;
  /** entries at or after */
  since?: Date;
  /** entries before */
  until?: Date;
  limit: number;
  offset: number;
}

/**
 * Platform-level entries: those of no workspace (logins, lock-outs, unlocks, deletions of workspaces, created
 * administrators) and the acts of platform administrators in workspaces. Newest first.
 */
export async function listPlatformAudit(
  db: Queryable,
  filter: PlatformAuditFilter,
): Promise<{ total: number; entries: AuditEntry[] }> {
  const where = ['(e.workspace_id IS NULL OR e.actor_id IN (SELECT id FROM account WHERE platform_admin))'];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.action !== undefined) {
    // An action or a family of them: 'login' matches login.success and login.failure.
    where.push(`(e.action = ${param(filter.action)} OR e.action LIKE ${param(`${filter.action}.%`)})`);
  }
  if (filter.since) where.push(`e.at >= ${param(filter.since.toISOString())}`);
  if (filter.until) where.push(`e.at < ${param(filter.until.toISOString())}`);
  const clause = where.join(' AND ');
  const [count] = await db.query<{ n: string | number }>(
    `SELECT count(*) AS n FROM audit_log e WHERE ${clause}`,
    params,
  );
  const rows = await db.query<AuditEntry>(
    `SELECT e.id, e.at, e.actor_id AS "actorId", e.actor_email AS "actorEmail", e.action,
            e.workspace_id AS "workspaceId", e.detail, e.ip
     FROM audit_log e WHERE ${clause} ORDER BY e.seq DESC LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`,
    params,
  );
  return {
    total: Number(count?.n ?? 0),
    entries: rows.map((r) => ({ ...r, id: Number(r.id), at: new Date(r.at) })),
  };
}
