// Signing in and out, the current session (with its CSRF token), and accepting an invitation link. The rules are in
// src/accounts/service.ts; this file validates, sets and clears the session cookie.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { acceptInvitationBody, invitationTokenParams, loginBody, unlockBody } from '../../accounts/api.ts';
import * as accounts from '../../accounts/service.ts';
import { actorOf } from '../actor.ts';
import { clearSessionCookie, requireSessionForWrites, setSessionCookie } from '../security.ts';

export const authRoutes =
  (deps: accounts.AccountDeps): FastifyPluginAsync =>
  async (fastify) => {
    const api = fastify.withTypeProvider<ZodTypeProvider>();

    api.post(
      '/auth/login',
      {
        schema: {
          summary: 'Inloggen met e-mailadres en wachtwoord; zet de sessiecookie en geeft het CSRF-token',
          tags: ['accounts'],
          body: loginBody,
        },
      },
      async (request, reply) => {
        const { answer, session } = await accounts.login(
          deps,
          actorOf(request),
          request.body,
          request.sessionId,
        );
        setSessionCookie(request, reply, session.id, session.maxAge);
        return answer;
      },
    );

    api.post(
      '/auth/logout',
      { schema: { summary: 'Uitloggen (CSRF-token vereist)', tags: ['accounts'] } },
      async (request, reply) => {
        await accounts.logout(deps, actorOf(request), request.sessionId);
        clearSessionCookie(request, reply);
        return reply.code(204).send();
      },
    );

    api.get(
      '/auth/session',
      {
        schema: { summary: 'De huidige sessie: account, werkruimten en het CSRF-token', tags: ['accounts'] },
      },
      async (request) => accounts.sessionAnswer(deps, request.session),
    );

    api.get(
      '/invitations/:token',
      {
        schema: {
          summary: 'Een uitnodiging bekijken (link /uitnodiging/{token})',
          tags: ['accounts'],
          params: invitationTokenParams,
        },
      },
      async (request) => accounts.viewInvitation(deps, actorOf(request), request.params.token),
    );

    api.post(
      '/invitations/:token/accept',
      {
        schema: {
          summary:
            'Een uitnodiging aannemen: een nieuw account kiest een wachtwoord; een bestaand account moet ingelogd zijn',
          tags: ['accounts'],
          params: invitationTokenParams,
          body: acceptInvitationBody,
        },
      },
      async (request, reply) => {
        const { answer, session } = await accounts.acceptInvitation(
          deps,
          actorOf(request),
          request.params.token,
          request.body,
          request.sessionId,
        );
        setSessionCookie(request, reply, session.id, session.maxAge);
        return answer;
      },
    );

    api.post(
      '/accounts/unlock',
      {
        preValidation: requireSessionForWrites,
        schema: {
          summary:
            'De wachttijd na mislukte inlogpogingen van een account opheffen (platformbeheerder); staat in het auditlog van het platform',
          tags: ['accounts'],
          body: unlockBody,
        },
      },
      async (request) => accounts.unlockAccount(deps, actorOf(request), request.body.email),
    );
  };
