// The one place where a service's error becomes an HTTP answer: { error: code, message, parameter?, ...extra }
// with the status of its kind.
import type { FastifyReply } from 'fastify';
import type { ServiceError, ServiceErrorKind } from '../access/errors.ts';

const statusOf: Record<ServiceErrorKind, number> = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  invalid: 400,
  conflict: 409,
  gone: 410,
  'too-large': 413,
  unprocessable: 422,
  'rate-limited': 429,
  unavailable: 503,
};

export const httpStatus = (error: ServiceError) => statusOf[error.kind];

/** Sends a ServiceError in the API's error shape. */
export function sendServiceError(reply: FastifyReply, error: ServiceError) {
  if (error.options.retryAfter !== undefined) reply.header('retry-after', String(error.options.retryAfter));
  return reply.code(httpStatus(error)).send({
    error: error.code,
    message: error.message,
    ...(error.parameter ? { parameter: error.parameter } : {}),
    ...(error.options.extra ?? {}),
  });
}
