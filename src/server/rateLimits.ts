// Limits on anonymous writes and on lists, per client address (the real one behind TRUST_PROXY), with 429 and
// Retry-After. The counters live in this process (@fastify/rate-limit's memory store): enough for one server; a
// deployment with several processes behind a balancer multiplies the limits by their number.
import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { rateLimited } from '../access/errors.ts';

/** Saving an own region (anonymous): plenty for a person, far below the 270 per second of a script. */
export const ANONYMOUS_WRITE: RateLimitOptions = { max: 30, timeWindow: 60_000 };
/** Datadialoog answers (anonymous; a browser's second answer replaces its first): per address and dialogue. */
export const DIALOGUE_ANSWER: RateLimitOptions = {
  max: 30,
  timeWindow: 60_000,
  keyGenerator: (request) => `${request.ip}|${(request.params as { token?: string }).token ?? ''}`,
};
/** Reading a list. */
export const LIST: RateLimitOptions = { max: 120, timeWindow: 60_000 };

export async function registerRateLimits(app: FastifyInstance) {
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      rateLimited(
        `Te veel verzoeken achter elkaar (hoogstens ${context.max} per ${context.after}); probeer het over ${Math.ceil(context.ttl / 1000)} seconden opnieuw.`,
        Math.ceil(context.ttl / 1000),
      ),
  });
}
