// Limits on anonymous writes and on lists, per client address (the real one behind TRUST_PROXY), with 429 and
// Retry-After. The counters live in this process (@fastify/rate-limit's memory store): enough for one server; a
// deployment with several processes behind a balancer multiplies the limits by their number.
import rateLimit, { type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { rateLimited } from '../access/errors.ts';

/** Saving an own region (anonymous): plenty for a person, far below the 270 per second of a script. */
export const ANONYMOUS_WRITE: RateLimitOptions = { max: 30, timeWindow: 60_000 };
/** Datadialoog answers (anonymous; a participant's second answer replaces its first): per address and dialogue. */
export const DIALOGUE_ANSWER: RateLimitOptions = {
  max: 30,
  timeWindow: 60_000,
  keyGenerator: (request) => `${request.ip}|${(request.params as { token?: string }).token ?? ''}`,
};
/**
 * New datadialoog participants (each one ballot) per address and dialogue: a household or a meeting room shares an
 * address, a script that drops its cookie does not get thousands of ballots. A participant's own later answers
 * replace its ballot and count only against DIALOGUE_ANSWER.
 */
export const NEW_DIALOGUE_PARTICIPANTS = { max: 20, timeWindow: 60 * 60_000 } as const;

/** A fixed-window counter in this process (like @fastify/rate-limit's store), for limits a route applies itself. */
export function windowCounter(options: { max: number; timeWindow: number }) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return (key: string, message: (max: number) => string): void => {
    const now = Date.now();
    if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
    let w = windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + options.timeWindow };
      windows.set(key, w);
    }
    if (w.count >= options.max) throw rateLimited(message(options.max), Math.ceil((w.resetAt - now) / 1000));
    w.count++;
  };
}

/** Reading a list. */
export const LIST: RateLimitOptions = { max: 120, timeWindow: 60_000 };

export async function registerRateLimits(app: FastifyInstance) {
  await app.register(rateLimit, {
    global: false,
    // The window is named from the route's own limit: the plugin's `after` is the time left in the window, which
    // reads as a different limit ("30 per 58 seconds") when the window has partly passed.
    errorResponseBuilder: (request, context) =>
      rateLimited(
        `Te veel verzoeken achter elkaar (hoogstens ${context.max} per ${windowInDutch(routeWindow(request.routeOptions.config))}); probeer het over ${Math.ceil(context.ttl / 1000)} seconden opnieuw.`,
        Math.ceil(context.ttl / 1000),
      ),
  });
}

function routeWindow(config: unknown): number {
  const limit = (config as { rateLimit?: RateLimitOptions } | undefined)?.rateLimit;
  return typeof limit?.timeWindow === 'number' ? limit.timeWindow : 60_000;
}

/** 60000 → "minuut", 120000 → "2 minuten", 30000 → "30 seconden". */
export function windowInDutch(ms: number): string {
  if (ms % 60_000 === 0) return ms === 60_000 ? 'minuut' : `${ms / 60_000} minuten`;
  return `${Math.round(ms / 1000)} seconden`;
}
