// The accounts service: signing in (with lock-out), signing out, the current session, invitations as the invitee
// sees and accepts them, and creating a platform administrator. The adapter sets and clears the session cookie
// from what these return.
import { type Actor, signedIn } from '../access/actor.ts';
import { forbidden, gone, invalid, notFound, ServiceError, unauthenticated } from '../access/errors.ts';
import {
  type Account,
  clearFailures,
  consumeInvitation,
  countAddressFailure,
  createSession,
  deleteSession,
  findAccountByEmail,
  findInvitation,
  lockThrottle,
  normaliseEmail,
  readSession,
  type Session,
  saveThrottle,
  upsertAccount,
} from '../db/accountStore.ts';
import type { Database } from '../db/connection.ts';
import {
  appendAudit,
  listAllWorkspaces,
  listWorkspaces,
  memberRole,
  setMember,
} from '../db/workspaceStore.ts';
import type { Role } from '../workspaces/roles.ts';
import { keepABeheerder } from '../workspaces/service.ts';
import type {
  AcceptAnswer,
  AcceptInvitationInput,
  InvitationView,
  LoginAnswer,
  LoginInput,
  SessionAnswer,
} from './api.ts';
import { type AttemptDecision, decideAttempt, LOCKOUT } from './lockout.ts';
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

/** Counts an attempt for the account before its password is checked; refuses it (429) inside a wait. */
async function countAttempt(deps: AccountDeps, key: string): Promise<Date | null> {
  const decision: AttemptDecision = await deps.db.transaction(async (tx) => {
    const d = decideAttempt(await lockThrottle(tx, key), new Date());
    if (d.allowed) await saveThrottle(tx, key, d.next);
    return d;
  });
  if (!decision.allowed) throw tooManyAttempts(decision.retryAfterSeconds);
  return decision.next.lockedUntil;
}

const tooManyAttempts = (seconds: number) =>
  new ServiceError(
    'rate-limited',
    'locked',
    seconds < 60
      ? `Te veel mislukte pogingen; probeer het over ${seconds} seconden opnieuw.`
      : `Te veel mislukte pogingen; probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`,
    { retryAfter: seconds },
  );

export async function login(
  deps: AccountDeps,
  actor: Actor,
  input: LoginInput,
  previousSessionId: string | null,
): Promise<{ answer: LoginAnswer; session: NewSession }> {
  const address = normaliseEmail(input.email);
  const keys = { account: `email:${address}`, ip: `ip:${actor.ip}` };
  const failure = (reason: string) =>
    appendAudit(deps.db, { actorEmail: address, action: 'login.failure', detail: { reason }, ip: actor.ip });
  let waitUntil: Date | null;
  try {
    waitUntil = await countAttempt(deps, keys.account);
  } catch (error) {
    await failure('locked');
    throw error;
  }
  const account = await findAccountByEmail(deps.db, address);
  const stored = account?.passwordHash ?? (await dummyHash());
  const ok = (await verifyPassword(input.password, stored)) && Boolean(account?.passwordHash);
  if (!ok || !account) {
    // Only failures count against a client address, so a right password from a busy address still works.
    const fromAddress = await countAddressFailure(deps.db, keys.ip, LOCKOUT.windowMinutes);
    await failure('wrong-credentials');
    // A failure that starts (or lengthens) the account's wait is a lock-out in the platform's audit log.
    if (waitUntil)
      await appendAudit(deps.db, {
        actorEmail: address,
        action: 'account.lockout',
        detail: { subject: address, until: waitUntil.toISOString() },
        ip: actor.ip,
      });
    if (fromAddress > LOCKOUT.addressFailures)
      throw new ServiceError(
        'rate-limited',
        'locked',
        'Te veel mislukte pogingen vanaf dit adres; probeer het later opnieuw.',
        { retryAfter: LOCKOUT.windowMinutes * 60 },
      );
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

/** Lifts the wait on an account (platform administrator), recorded in the platform's audit log. */
export async function unlockAccount(
  deps: AccountDeps,
  actor: Actor,
  email: string,
): Promise<{ unlocked: boolean }> {
  const account = signedIn(actor);
  if (!account.platformAdmin) throw forbidden('Alleen een platformbeheerder heft een blokkade op.');
  return unlock(deps, normaliseEmail(email), { id: account.id, email: account.email, ip: actor.ip });
}

/** The command line's unlock: whoever runs it has the database itself; logged as by 'cli'. */
export const unlockAccountAsOperator = (deps: AccountDeps, email: string) =>
  unlock(deps, normaliseEmail(email), { id: null, email: 'cli', ip: null });

async function unlock(
  deps: AccountDeps,
  address: string,
  by: { id: string | null; email: string; ip: string | null },
): Promise<{ unlocked: boolean }> {
  if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw invalid('email', `'${address}' is geen e-mailadres`);
  const unlocked = await clearFailures(deps.db, `email:${address}`);
  await appendAudit(deps.db, {
    actorId: by.id,
    actorEmail: by.email,
    action: 'account.unlock',
    detail: { subject: address, hadAttempts: unlocked },
    ip: by.ip,
  });
  return { unlocked };
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
  const workspaces = session.account.platformAdmin
    ? await listAllWorkspaces(deps.db, session.account.id)
    : await listWorkspaces(deps.db, session.account.id);
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

export async function viewInvitation(
  deps: AccountDeps,
  actor: Actor,
  token: string,
): Promise<InvitationView> {
  const invitation = await usable(deps, token);
  const existing = await findAccountByEmail(deps.db, invitation.email);
  const signedInAsInvitee = Boolean(existing && actor.account?.id === existing.id);
  return {
    workspace: invitation.workspaceName,
    email: invitation.email,
    role: invitation.role,
    organisation: invitation.organisationName,
    expiresAt: new Date(invitation.expiresAt).toISOString(),
    existingAccount: Boolean(existing?.passwordHash),
    signedInAsInvitee,
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
    const problem = await passwordProblem(chosen);
    if (problem) throw invalid('password', problem);
    newHash = await hashPassword(chosen);
  }
  const account = await deps.db.transaction(async (tx) => {
    if (!(await consumeInvitation(tx, token))) throw gone('Deze uitnodiging is al gebruikt of verlopen.');
    const acc = existing?.passwordHash ? existing : await upsertAccount(tx, invitation.email, newHash);
    // For a member the invitation is a role change, under the rule of every role change.
    await keepABeheerder(
      tx,
      invitation.workspaceId,
      await memberRole(tx, invitation.workspaceId, acc.id),
      invitation.role,
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
  const problem = await passwordProblem(password);
  if (problem) throw invalid('wachtwoord', problem);
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const account = await upsertAccount(tx, email, hash, true);
    await appendAudit(tx, { actorEmail: 'cli', action: 'admin.create', detail: { subject: account.email } });
    return account;
  });
}
