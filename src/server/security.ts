// Security for every response and request: headers (CSP with frame-ancestors 'none', X-Frame-Options,
// X-Content-Type-Options, Referrer-Policy, HSTS over https), the session from the cookie, and CSRF protection of
// state-changing requests (a synchroniser token bound to the session, sent in the x-csrf-token header, plus an
// Origin check). Registered once on the root instance (it does not encapsulate).
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { readCookie, SESSION_COOKIE, sessionCookie } from '../accounts/cookies.ts';
import { type AccountDeps, sessionOf } from '../accounts/service.ts';
import { sameSecret } from '../accounts/tokens.ts';
import type { Session } from '../accounts/types.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account's session, or null (anonymous). */
    session: Session | null;
    /** The session id from the cookie when it is valid. */
    sessionId: string | null;
  }
}

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** True when cookies must carry Secure: the request came over https, or COOKIE_SECURE=1. */
export function isSecure(request: FastifyRequest): boolean {
  return process.env.COOKIE_SECURE === '1' || request.protocol === 'https';
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string, maxAge: number) {
  reply.header('set-cookie', sessionCookie(id, { secure: isSecure(request), maxAge }));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply) {
  reply.header('set-cookie', sessionCookie('', { secure: isSecure(request), maxAge: 0 }));
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the Origin (or Referer) header, when sent, names this host. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin ?? request.headers.referer;
  if (origin === undefined || origin === '' || origin === 'null') return origin !== 'null';
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export const securityPlugin = (deps: AccountDeps): FastifyPluginAsync => {
  const plugin: FastifyPluginAsync = async (app) => {
    app.decorateRequest('session', null);
    app.decorateRequest('sessionId', null);

    app.addHook('onRequest', async (request, reply) => {
      if (!request.url.startsWith('/api/')) return;
      const id = readCookie(request.headers.cookie, SESSION_COOKIE);
      const session = await sessionOf(deps, id);
      if (session) {
        request.session = session;
        request.sessionId = id;
      }
      if (SAFE_METHODS.has(request.method)) return;
      if (!sameOrigin(request)) {
        return reply
          .code(403)
          .send({ error: 'forbidden', message: 'Verzoek van een andere herkomst geweigerd.' });
      }
      if (request.session) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameSecret(sent, request.session.csrfToken)) {
          return reply
            .code(403)
            .send({ error: 'csrf', message: 'CSRF-token ontbreekt of klopt niet (header x-csrf-token).' });
        }
      }
    });

    app.addHook('onSend', async (request, reply, payload) => {
      reply.header('content-security-policy', CSP);
      reply.header('x-frame-options', 'DENY');
      reply.header('x-content-type-options', 'nosniff');
      reply.header('cross-origin-opener-policy', 'same-origin');
      reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
      // An invitation link carries its token in the path: never send it on as a referrer.
      reply.header(
        'referrer-policy',
        request.url.startsWith('/uitnodiging/') || request.url.startsWith('/api/invitations/')
          ? 'no-referrer'
          : 'strict-origin-when-cross-origin',
      );
      if (request.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
      if (
        request.url.startsWith('/api/auth') ||
        request.url.startsWith('/api/workspaces') ||
        request.url.startsWith('/api/invitations')
      ) {
        reply.header('cache-control', 'no-store');
      }
      return payload;
    });
  };
  // Like fastify-plugin: the hooks apply to the whole application, not only inside this plugin.
  (plugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
  return plugin;
};

/**
 * A preValidation hook for the routes of a capability that only members use: a write without a session is answered
 * 401 before its body is validated (so an anonymous caller learns nothing about the expected input).
 */
export async function requireSessionForWrites(request: FastifyRequest, reply: FastifyReply) {
  if (SAFE_METHODS.has(request.method) || request.session) return;
  return reply.code(401).send({ error: 'unauthenticated', message: 'Log eerst in.' });
}
