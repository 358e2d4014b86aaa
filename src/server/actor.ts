// The caller of a service as the server knows it: the signed-in account of the session (or nobody) and the client
// address (behind a trusted proxy: the real client).
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.ts';

export function actorOf(request: FastifyRequest): Actor {
  const account = request.session?.account;
  return {
    account: account ? { id: account.id, email: account.email, platformAdmin: account.platformAdmin } : null,
    ip: request.ip,
  };
}
