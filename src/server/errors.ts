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

// Fastify's own refusals of a request (before any route runs), in plain Dutch. PostgreSQL's refusal of a character
// (a NUL byte that slipped past the guard, an untranslatable character) is bad input too, not our failure.
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Dit soort inhoud (Content-Type) wordt niet ondersteund; stuur JSON.',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Het verzoek heeft geen inhoud, maar hier is JSON nodig.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'De opgegeven lengte (Content-Length) klopt niet met de inhoud.',
  FST_ERR_CTP_INVALID_JSON_BODY: 'De inhoud is geen geldige JSON.',
  FST_ERR_BAD_URL: 'Het adres is ongeldig.',
};

/** A client error that is not a ServiceError, as { status, body }; null when it is a failure of ours. */
export function plainRequestError(
  error: unknown,
): { status: number; body: { error: string; message: string } } | null {
  const e = error as { code?: string; statusCode?: number; name?: string };
  if (e.code === '22021' || e.code === '22P05')
    return {
      status: 400,
      body: { error: 'bad-request', message: 'De invoer bevat een teken dat niet kan worden opgeslagen.' },
    };
  const known = e.code === undefined ? undefined : FASTIFY_MESSAGES[e.code];
  if (known) return { status: e.statusCode ?? 400, body: { error: 'bad-request', message: known } };
  if (e.name === 'SyntaxError' && e.statusCode === 400)
    return {
      status: 400,
      body: { error: 'bad-request', message: FASTIFY_MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY! },
    };
  if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500)
    return { status: e.statusCode, body: { error: 'bad-request', message: 'Het verzoek is ongeldig.' } };
  return null;
}
