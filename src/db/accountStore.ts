// Accounts, server-side sessions, login throttling and invitations.

import type { ThrottleState } from '../accounts/lockout.ts';
import type { Account, Session } from '../accounts/types.ts';
import type { Queryable } from './connection.ts';
import { newId, newToken, tokenHash } from './ids.ts';

export type { Account, Session };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const accountColumns = 'id, email, password_hash AS "passwordHash", platform_admin AS "platformAdmin"';

export async function findAccountByEmail(db: Queryable, email: string): Promise<Account | null> {
  const [row] = await db.query<Account>(`SELECT ${accountColumns} FROM account WHERE email = $1`, [
    normaliseEmail(email),
  ]);
  return row ?? null;
}

export async function findAccount(db: Queryable, id: string): Promise<Account | null> {
  const [row] = await db.query<Account>(`SELECT ${accountColumns} FROM account WHERE id = $1`, [id]);
  return row ?? null;
}

/** Creates an account, or sets the password (and admin flag, when given) of the existing one with this email. */
export async function upsertAccount(
  db: Queryable,
  email: string,
  passwordHash: string | null,
  platformAdmin?: boolean,
): Promise<Account> {
  const [row] = await db.query<Account>(
    `INSERT INTO account (id, email, password_hash, platform_admin) VALUES ($1, $2, $3, $4)
     ON CONFLICT (email) DO UPDATE SET
       password_hash = COALESCE(EXCLUDED.password_hash, account.password_hash),
       platform_admin = CASE WHEN $5::boolean IS NULL THEN account.platform_admin ELSE EXCLUDED.platform_admin END
     RETURNING ${accountColumns}`,
    [newId(), normaliseEmail(email), passwordHash, platformAdmin ?? false, platformAdmin ?? null],
  );
  return row!;
}

export const SESSION_HOURS = 12;

/** A new session; returns the cookie value (the only copy of the id). */
export async function createSession(
  db: Queryable,
  accountId: string,
): Promise<{ id: string; csrfToken: string; maxAge: number }> {
  const id = newToken();
  const csrfToken = newToken();
  await db.query(
    `INSERT INTO auth_session (id_hash, account_id, csrf_token, expires_at)
     VALUES ($1, $2, $3, now() + make_interval(hours => $4::int))`,
    [tokenHash(id), accountId, csrfToken, SESSION_HOURS],
  );
  return { id, csrfToken, maxAge: SESSION_HOURS * 3600 };
}

export async function readSession(db: Queryable, id: string): Promise<Session | null> {
  const [row] = await db.query<Account & { csrfToken: string; expiresAt: Date }>(
    `SELECT a.id, a.email, a.password_hash AS "passwordHash", a.platform_admin AS "platformAdmin",
            s.csrf_token AS "csrfToken", s.expires_at AS "expiresAt"
     FROM auth_session s JOIN account a ON a.id = s.account_id
     WHERE s.id_hash = $1 AND s.expires_at > now()`,
    [tokenHash(id)],
  );
  if (!row) return null;
  const { csrfToken, expiresAt, ...account } = row;
  return { account, csrfToken, expiresAt: new Date(expiresAt) };
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db.query('DELETE FROM auth_session WHERE id_hash = $1 OR expires_at < now()', [tokenHash(id)]);
}

/** The throttle row of a key, locked for the rest of the transaction (created when missing). */
export async function lockThrottle(tx: Queryable, key: string): Promise<ThrottleState | null> {
  await tx.query(
    `INSERT INTO login_throttle (key, failures, window_start) VALUES ($1, 0, now()) ON CONFLICT (key) DO NOTHING`,
    [key],
  );
  const [row] = await tx.query<{ failures: number; window_start: Date; locked_until: Date | null }>(
    'SELECT failures, window_start, locked_until FROM login_throttle WHERE key = $1 FOR UPDATE',
    [key],
  );
  if (!row || Number(row.failures) === 0) return null;
  return {
    attempts: Number(row.failures),
    windowStart: new Date(row.window_start),
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  };
}

export async function saveThrottle(tx: Queryable, key: string, state: ThrottleState): Promise<void> {
  await tx.query(
    'UPDATE login_throttle SET failures = $2, window_start = $3, locked_until = $4 WHERE key = $1',
    [key, state.attempts, state.windowStart, state.lockedUntil],
  );
}

/** Counts a failure of a client address; returns the failures within the window, this one included. */
export async function countAddressFailure(
  db: Queryable,
  key: string,
  windowMinutes: number,
): Promise<number> {
  const [row] = await db.query<{ failures: number }>(
    `INSERT INTO login_throttle AS t (key, failures, window_start) VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.window_start < now() - make_interval(mins => $2::int) THEN 1 ELSE t.failures + 1 END,
       window_start = CASE WHEN t.window_start < now() - make_interval(mins => $2::int) THEN now() ELSE t.window_start END
     RETURNING failures`,
    [key, windowMinutes],
  );
  return Number(row!.failures);
}

export async function clearFailures(db: Queryable, key: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM login_throttle WHERE key = $1 RETURNING key', [key]);
  return rows.length === 1;
}

export interface Invitation {
  workspaceId: string;
  workspaceName: string;
  email: string;
  role: string;
  /** The member organisation the membership is linked to on acceptance, if any. */
  organisationId: string | null;
  organisationName: string | null;
  expiresAt: Date;
  usedAt: Date | null;
}

export const INVITATION_DAYS = 7;

/** Creates an invitation; returns the token (only its hash is stored) and the invitation's own id. */
export async function createInvitation(
  db: Queryable,
  input: {
    workspaceId: string;
    email: string;
    role: string;
    /** null: made by the operator on the command line */
    invitedBy: string | null;
    organisationId?: string | null;
    days?: number;
  },
): Promise<{ id: string; token: string; expiresAt: Date }> {
  const token = newToken();
  const id = newId();
  const [row] = await db.query<{ expires_at: Date }>(
    `INSERT INTO invitation (token_hash, id, workspace_id, email, role, organisation_id, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now() + make_interval(days => $8::int)) RETURNING expires_at`,
    [
      tokenHash(token),
      id,
      input.workspaceId,
      normaliseEmail(input.email),
      input.role,
      input.organisationId ?? null,
      input.invitedBy,
      input.days ?? INVITATION_DAYS,
    ],
  );
  return { id, token, expiresAt: new Date(row!.expires_at) };
}

export async function findInvitation(db: Queryable, token: string): Promise<Invitation | null> {
  const [row] = await db.query<Invitation>(
    `SELECT i.workspace_id AS "workspaceId", w.name AS "workspaceName", i.email, i.role,
            i.organisation_id AS "organisationId", o.name AS "organisationName",
            i.expires_at AS "expiresAt", i.used_at AS "usedAt"
     FROM invitation i JOIN workspace w ON w.id = i.workspace_id
     LEFT JOIN workspace_organisation o ON o.id = i.organisation_id
     WHERE i.token_hash = $1`,
    [tokenHash(token)],
  );
  return row ?? null;
}

export interface OpenInvitation {
  id: string;
  email: string;
  role: string;
  organisationId: string | null;
  invitedBy: string | null;
  createdAt: Date | null;
  expiresAt: Date;
}

/** A workspace's invitations that can still be accepted (unused, not expired), newest first; never a token. */
export async function listOpenInvitations(db: Queryable, workspaceId: string): Promise<OpenInvitation[]> {
  const rows = await db.query<OpenInvitation>(
    `SELECT i.id, i.email, i.role, i.organisation_id AS "organisationId", a.email AS "invitedBy",
            i.created_at AS "createdAt", i.expires_at AS "expiresAt"
     FROM invitation i LEFT JOIN account a ON a.id = i.invited_by
     WHERE i.workspace_id = $1 AND i.used_at IS NULL AND i.expires_at > now()
     ORDER BY i.expires_at DESC, i.id`,
    [workspaceId],
  );
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt === null ? null : new Date(r.createdAt),
    expiresAt: new Date(r.expiresAt),
  }));
}

/** Withdraws an open invitation (its link stops working); returns its e-mail address, or null when none was open. */
export async function revokeInvitation(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<{ email: string; role: string } | null> {
  const [row] = await db.query<{ email: string; role: string }>(
    `DELETE FROM invitation WHERE workspace_id = $1 AND id = $2 AND used_at IS NULL AND expires_at > now()
     RETURNING email, role`,
    [workspaceId, id],
  );
  return row ?? null;
}

/** Marks a usable invitation as used; false when it was used, expired or unknown (single use, race-free). */
export async function consumeInvitation(db: Queryable, token: string): Promise<boolean> {
  const rows = await db.query(
    `UPDATE invitation SET used_at = now()
     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING token_hash`,
    [tokenHash(token)],
  );
  return rows.length === 1;
}

/** Test and maintenance helper: moves an invitation's expiry into the past. */
export async function expireInvitation(db: Queryable, token: string): Promise<void> {
  await db.query(`UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [
    tokenHash(token),
  ]);
}
