// The answers of the regioplan routes that are not a success: PlanError (status, code, the field it is about, extra
// fields such as the current version on 409), the usual ones as short constructors, and the error handler.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { accessErrorHandler } from '../../security.ts';

/** An answer with a status, a message naming the field, and optional extra fields (the current version on 409). */
export class PlanError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const badRequest = (parameter: string, message: string) =>
  new PlanError(400, 'bad-request', `${parameter}: ${message}`, parameter);
export const notFound = (message: string) => new PlanError(404, 'not-found', message);
export const roundClosed = () =>
  new PlanError(409, 'round-closed', 'Deze ronde is gesloten; er kan niets meer aan worden veranderd.');
/** 409 for a save based on a version that is no longer the current one: nothing was saved, nothing is lost. */
export const stale = (what: string, current: unknown, yours: unknown) =>
  new PlanError(
    409,
    'stale-version',
    `${what} is intussen door iemand anders gewijzigd. Uw wijziging is niet opgeslagen; de huidige versie staat in 'current', uw invoer in 'yours'.`,
    'version',
    { current, yours },
  );

export function planErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof PlanError) {
    return reply.code(error.statusCode).send({
      error: error.code,
      message: error.message,
      ...(error.parameter ? { parameter: error.parameter } : {}),
      ...error.extra,
    });
  }
  return accessErrorHandler(error, request, reply);
}
