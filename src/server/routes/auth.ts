// Signing in and out, the current session (with its CSRF token), and accepting an invitation link.
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { email, invitationTokenParams, password } from '../../accounts/api.ts';
import { dummyHash, hashPassword, passwordProblem, verifyPassword } from '../../accounts/password.ts';
import { tokenPattern } from '../../accounts/tokens.ts';
import type { AppContext } from '../../app/context.ts';
import {
  clearFailures,
  consumeInvitation,
  createSession,
  deleteSession,
  findAccountByEmail,
  findInvitation,
  lockedUntil,
  normaliseEmail,
  recordFailure,
  upsertAccount,
} from '../../db/accountStore.ts';
import { appendAudit, listWorkspaces, setMember } from '../../db/workspaceStore.ts';
import type { Role } from '../../workspaces/roles.ts';
import {
  AccessError,
  accessErrorHandler,
  clearSessionCookie,
  setSessionCookie,
  unauthenticated,
} from '../security.ts';

/** Lock-out: 5 failures for one e-mail address within 15 minutes lock it for 15 minutes; 50 for one address (IP). */
export const LOGIN_LIMITS = {
  account: { limit: 5, windowMinutes: 15, lockMinutes: 15 },
  ip: { limit: 50, windowMinutes: 15, lockMinutes: 15 },
};

const invitationToken = invitationTokenParams;

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();
    fastify.setErrorHandler(accessErrorHandler);

    /** Starts a new session (a new id: a session id known before login is never kept). */
    const startSession = async (
      request: FastifyRequest,
      reply: Parameters<typeof setSessionCookie>[1],
      accountId: string,
    ) => {
      if (request.sessionId) await deleteSession(ctx.db, request.sessionId);
      const session = await createSession(ctx.db, accountId);
      setSessionCookie(request, reply, session.id, session.maxAge);
      return session;
    };

    api.post(
      '/auth/login',
      {
        schema: {
          summary: 'Inloggen met e-mailadres en wachtwoord; zet de sessiecookie en geeft het CSRF-token',
          tags: ['accounts'],
          body: z.strictObject({ email, password }),
        },
      },
      async (request, reply) => {
        const address = normaliseEmail(request.body.email);
        const keys = { account: `email:${address}`, ip: `ip:${request.ip}` };
        const locked = (await lockedUntil(ctx.db, keys.account)) ?? (await lockedUntil(ctx.db, keys.ip));
        if (locked) {
          await appendAudit(ctx.db, {
            actorEmail: address,
            action: 'login.failure',
            detail: { reason: 'locked' },
            ip: request.ip,
          });
          const seconds = Math.max(1, Math.ceil((locked.getTime() - Date.now()) / 1000));
          throw new AccessError(
            429,
            'locked',
            `Te veel mislukte pogingen; probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`,
            seconds,
          );
        }
        const account = await findAccountByEmail(ctx.db, address);
        const stored = account?.passwordHash ?? (await dummyHash());
        const ok = (await verifyPassword(request.body.password, stored)) && Boolean(account?.passwordHash);
        if (!ok || !account) {
          const { account: a, ip } = LOGIN_LIMITS;
          await recordFailure(ctx.db, keys.account, a.limit, a.windowMinutes, a.lockMinutes);
          await recordFailure(ctx.db, keys.ip, ip.limit, ip.windowMinutes, ip.lockMinutes);
          await appendAudit(ctx.db, {
            actorEmail: address,
            action: 'login.failure',
            detail: { reason: 'wrong-credentials' },
            ip: request.ip,
          });
          throw new AccessError(401, 'unauthenticated', 'E-mailadres of wachtwoord klopt niet.');
        }
        await clearFailures(ctx.db, keys.account);
        const session = await startSession(request, reply, account.id);
        await appendAudit(ctx.db, {
          actorId: account.id,
          actorEmail: account.email,
          action: 'login.success',
          ip: request.ip,
        });
        return {
          authenticated: true,
          account: { id: account.id, email: account.email, platformAdmin: account.platformAdmin },
          csrfToken: session.csrfToken,
        };
      },
    );

    api.post(
      '/auth/logout',
      { schema: { summary: 'Uitloggen (CSRF-token vereist)', tags: ['accounts'] } },
      async (request, reply) => {
        if (!request.session || !request.sessionId) throw unauthenticated();
        await deleteSession(ctx.db, request.sessionId);
        clearSessionCookie(request, reply);
        await appendAudit(ctx.db, {
          actorId: request.session.account.id,
          actorEmail: request.session.account.email,
          action: 'logout',
          ip: request.ip,
        });
        return reply.code(204).send();
      },
    );

    api.get(
      '/auth/session',
      {
        schema: { summary: 'De huidige sessie: account, werkruimten en het CSRF-token', tags: ['accounts'] },
      },
      async (request) => {
        const session = request.session;
        if (!session) return { authenticated: false };
        const workspaces = await listWorkspaces(ctx.db, session.account.id);
        return {
          authenticated: true,
          account: {
            id: session.account.id,
            email: session.account.email,
            platformAdmin: session.account.platformAdmin,
          },
          csrfToken: session.csrfToken,
          expiresAt: session.expiresAt.toISOString(),
          workspaces: workspaces.map((w) => ({ id: w.id, name: w.name, role: w.role })),
        };
      },
    );

    /** A usable invitation for a token, or the right refusal. */
    const usable = async (token: string) => {
      const invitation = tokenPattern.test(token) ? await findInvitation(ctx.db, token) : null;
      if (!invitation) throw new AccessError(404, 'not-found', 'Deze uitnodiging bestaat niet.');
      if (invitation.usedAt !== null) throw new AccessError(410, 'gone', 'Deze uitnodiging is al gebruikt.');
      if (new Date(invitation.expiresAt).getTime() <= Date.now())
        throw new AccessError(410, 'gone', 'Deze uitnodiging is verlopen; vraag de beheerder om een nieuwe.');
      return invitation;
    };

    api.get(
      '/invitations/:token',
      {
        schema: {
          summary: 'Een uitnodiging bekijken (link /uitnodiging/{token})',
          tags: ['accounts'],
          params: invitationToken,
        },
      },
      async (request) => {
        const invitation = await usable(request.params.token);
        return {
          workspace: invitation.workspaceName,
          email: invitation.email,
          role: invitation.role,
          organisation: invitation.organisationName,
          expiresAt: new Date(invitation.expiresAt).toISOString(),
        };
      },
    );

    api.post(
      '/invitations/:token/accept',
      {
        schema: {
          summary:
            'Een uitnodiging aannemen: een nieuw account kiest een wachtwoord; een bestaand account moet ingelogd zijn',
          tags: ['accounts'],
          params: invitationToken,
          body: z.strictObject({ password: password.optional() }),
        },
      },
      async (request, reply) => {
        const { token } = request.params;
        const invitation = await usable(token);
        const existing = await findAccountByEmail(ctx.db, invitation.email);
        let newHash: string | null = null;
        if (existing?.passwordHash) {
          if (request.session?.account.id !== existing.id)
            throw new AccessError(403, 'forbidden', 'Log eerst in met het uitgenodigde account.');
        } else {
          const chosen = request.body.password ?? '';
          const problem = passwordProblem(chosen);
          if (problem) throw new AccessError(400, 'bad-request', `password: ${problem}`);
          newHash = await hashPassword(chosen);
        }
        const account = await ctx.db.transaction(async (tx) => {
          if (!(await consumeInvitation(tx, token)))
            throw new AccessError(410, 'gone', 'Deze uitnodiging is al gebruikt of verlopen.');
          const acc = existing?.passwordHash ? existing : await upsertAccount(tx, invitation.email, newHash);
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
            ip: request.ip,
          });
          return acc;
        });
        const session = await startSession(request, reply, account.id);
        return {
          authenticated: true,
          account: { id: account.id, email: account.email, platformAdmin: account.platformAdmin },
          csrfToken: session.csrfToken,
          workspaceId: invitation.workspaceId,
          role: invitation.role,
          organisationId: invitation.organisationId,
        };
      },
    );
  };
