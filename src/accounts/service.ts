// The accounts service: signing in (with lock-out), signing out, the current session, invitations as the invitee
// sees and accepts them, and creating a platform administrator. The adapter sets and clears the session cookie
// from what these return.
import type { Actor } from '../access/actor.ts';
import {
  conflict,
  forbidden,
  gone,
  invalid,
  notFound,
  ServiceError,
  unauthenticated,
} from '../access/errors.ts';
import {
  type Account,
  clearFailures,
  consumeInvitation,
  createSession,
  deleteSession,
  findAccountByEmail,
  findInvitation,
  lockedUntil,
  normaliseEmail,
  readSession,
  recordFailure,
  type Session,
  upsertAccount,
} from '../db/accountStore.ts';
import type { Database } from '../db/connection.ts';
import { appendAudit, countBeheerders, listWorkspaces, memberRole, setMember } from '../db/workspaceStore.ts';
import type { Role } from '../workspaces/roles.ts';
import type {
  AcceptAnswer,
  AcceptInvitationInput,
  InvitationView,
  LoginAnswer,
  LoginInput,
  SessionAnswer,
} from './api.ts';
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { tokenPattern } from './tokens.ts';

export interface AccountDeps {
  db: Database;
}

/** A new session for the adapter to put in the cookie. */
export interface NewSession {
  id: string;
  maxAge: number;
}

/** Lock-out: 5 failures for one e-mail address within 15 minutes lock it for 15 minutes; 50 for one address (IP). */
export const LOGIN_LIMITS = {
  account: { limit: 5, windowMinutes: 15, lockMinutes: 15 },
  ip: { limit: 50, windowMinutes: 15, lockMinutes: 15 },
};

const accountInfo = (a: Account) => ({ id: a.id, email: a.email, platformAdmin: a.platformAdmin });

/** The session of a cookie value, or null (unknown, expired or malformed). */
export async function sessionOf(deps: AccountDeps, id: string | null): Promise<Session | null> {
  if (id === null || !tokenPattern.test(id)) return null;
  return readSession(deps.db, id);
}

/** Starts a new session (a new id: a session id known before login is never kept). */
async function startSession(deps: AccountDeps, previousId: string | null, accountId: string) {
  if (previousId) await deleteSession(deps.db, previousId);
  return createSession(deps.db, accountId);
}

export async function login(
  deps: AccountDeps,
  actor: Actor,
  input: LoginInput,
  previousSessionId: string | null,
): Promise<{ answer: LoginAnswer; session: NewSession }> {
  const address = normaliseEmail(input.email);
  const keys = { account: `email:${address}`, ip: `ip:${actor.ip}` };
  const locked = (await lockedUntil(deps.db, keys.account)) ?? (await lockedUntil(deps.db, keys.ip));
  if (locked) {
    await appendAudit(deps.db, {
      actorEmail: address,
      action: 'login.failure',
      detail: { reason: 'locked' },
      ip: actor.ip,
    });
    const seconds = Math.max(1, Math.ceil((locked.getTime() - Date.now()) / 1000));
    throw new ServiceError(
      'rate-limited',
      'locked',
      `Te veel mislukte pogingen; probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`,
      { retryAfter: seconds },
    );
  }
  const account = await findAccountByEmail(deps.db, address);
  const stored = account?.passwordHash ?? (await dummyHash());
  const ok = (await verifyPassword(input.password, stored)) && Boolean(account?.passwordHash);
  if (!ok || !account) {
    const { account: a, ip } = LOGIN_LIMITS;
    await recordFailure(deps.db, keys.account, a.limit, a.windowMinutes, a.lockMinutes);
    await recordFailure(deps.db, keys.ip, ip.limit, ip.windowMinutes, ip.lockMinutes);
    await appendAudit(deps.db, {
      actorEmail: address,
      action: 'login.failure',
      detail: { reason: 'wrong-credentials' },
      ip: actor.ip,
    });
    throw new ServiceError('unauthenticated', 'unauthenticated', 'E-mailadres of wachtwoord klopt niet.');
  }
  await clearFailures(deps.db, keys.account);
  const session = await startSession(deps, previousSessionId, account.id);
  await appendAudit(deps.db, {
    actorId: account.id,
    actorEmail: account.email,
    action: 'login.success',
    ip: actor.ip,
  });
  return {
    answer: { authenticated: true, account: accountInfo(account), csrfToken: session.csrfToken },
    session,
  };
}

export async function logout(deps: AccountDeps, actor: Actor, sessionId: string | null): Promise<void> {
  if (!actor.account || !sessionId) throw unauthenticated();
  await deleteSession(deps.db, sessionId);
  await appendAudit(deps.db, {
    actorId: actor.account.id,
    actorEmail: actor.account.email,
    action: 'logout',
    ip: actor.ip,
  });
}

export async function sessionAnswer(deps: AccountDeps, session: Session | null): Promise<SessionAnswer> {
  if (!session) return { authenticated: false };
  const workspaces = await listWorkspaces(deps.db, session.account.id);
  return {
    authenticated: true,
    account: accountInfo(session.account),
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt.toISOString(),
    workspaces: workspaces.map((w) => ({ id: w.id, name: w.name, role: w.role })),
  };
}

/** A usable invitation for a token, or the right refusal. */
async function usable(deps: AccountDeps, token: string) {
  const invitation = tokenPattern.test(token) ? await findInvitation(deps.db, token) : null;
  if (!invitation) throw notFound('Deze uitnodiging bestaat niet.');
  if (invitation.usedAt !== null) throw gone('Deze uitnodiging is al gebruikt.');
  if (new Date(invitation.expiresAt).getTime() <= Date.now())
    throw gone('Deze uitnodiging is verlopen; vraag de beheerder om een nieuwe.');
  return invitation;
}

export async function viewInvitation(deps: AccountDeps, token: string): Promise<InvitationView> {
  const invitation = await usable(deps, token);
  const existing = await findAccountByEmail(deps.db, invitation.email);
  return {
    workspace: invitation.workspaceName,
    email: invitation.email,
    role: invitation.role,
    organisation: invitation.organisationName,
    expiresAt: new Date(invitation.expiresAt).toISOString(),
    existingAccount: Boolean(existing?.passwordHash),
  };
}

export async function acceptInvitation(
  deps: AccountDeps,
  actor: Actor,
  token: string,
  input: AcceptInvitationInput,
  previousSessionId: string | null,
): Promise<{ answer: AcceptAnswer; session: NewSession }> {
  const invitation = await usable(deps, token);
  const existing = await findAccountByEmail(deps.db, invitation.email);
  let newHash: string | null = null;
  if (existing?.passwordHash) {
    if (actor.account?.id !== existing.id) throw forbidden('Log eerst in met het uitgenodigde account.');
  } else {
    const chosen = input.password ?? '';
    const problem = passwordProblem(chosen);
    if (problem) throw invalid('password', problem);
    newHash = await hashPassword(chosen);
  }
  const account = await deps.db.transaction(async (tx) => {
    if (!(await consumeInvitation(tx, token))) throw gone('Deze uitnodiging is al gebruikt of verlopen.');
    const acc = existing?.passwordHash ? existing : await upsertAccount(tx, invitation.email, newHash);
    // The members table's rule holds here too: accepting never leaves a workspace without a beheerder.
    const was = await memberRole(tx, invitation.workspaceId, acc.id);
    if (
      was === 'beheerder' &&
      invitation.role !== 'beheerder' &&
      (await countBeheerders(tx, invitation.workspaceId)) <= 1
    )
      throw conflict(
        'last-beheerder',
        'U bent de laatste beheerder van deze werkruimte; deze uitnodiging zou dat veranderen.',
      );
    // Linked to the invitation's member organisation, if it names one (else an existing link stays).
    const before = await setMember(
      tx,
      invitation.workspaceId,
      acc.id,
      invitation.role as Role,
      invitation.organisationId ?? undefined,
    );
    await appendAudit(tx, {
      actorId: acc.id,
      actorEmail: acc.email,
      action: 'invitation.accept',
      workspaceId: invitation.workspaceId,
      detail: {
        role: invitation.role,
        previousRole: before,
        ...(invitation.organisationName ? { organisation: invitation.organisationName } : {}),
      },
      ip: actor.ip,
    });
    return acc;
  });
  const session = await startSession(deps, previousSessionId, account.id);
  return {
    answer: {
      authenticated: true,
      account: accountInfo(account),
      csrfToken: session.csrfToken,
      workspaceId: invitation.workspaceId,
      role: invitation.role,
      organisationId: invitation.organisationId,
    },
    session,
  };
}

/** Creating (or resetting) a platform administrator: `juisteplek users create-admin` and tests. */
export async function createAdmin(db: Database, email: string, password: string): Promise<Account> {
  if (!/^[^\s@]+@[^\s@]+$/.test(email.trim()) || email.length > 254)
    throw invalid('--email', `'${email}' is geen e-mailadres`);
  const problem = passwordProblem(password);
  if (problem) throw invalid('wachtwoord', problem);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const account = await upsertAccount(tx, email, hash, true);
    await appendAudit(tx, { actorEmail: 'cli', action: 'admin.create', detail: { subject: account.email } });
    return account;
  });
}
