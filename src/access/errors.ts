// The one error type of every service: what went wrong in terms a caller understands (not signed in, not a member,
// role too low, not found, bad input, conflict, …). Adapters map it: the server to HTTP in src/server/errors.ts,
// the CLI to an exit code. Pure.

export type ServiceErrorKind =
  /** no account: sign in first (HTTP 401) */
  | 'unauthenticated'
  /** signed in but not allowed: not a member, or the role is too low (403) */
  | 'forbidden'
  /** the thing does not exist, or the caller may not know it exists (404) */
  | 'not-found'
  /** input that breaks a rule, naming the field (400) */
  | 'invalid'
  /** the state does not allow it: a stale version, a closed round, a duplicate name (409) */
  | 'conflict'
  /** was there, is no longer (410) */
  | 'gone'
  /** well-formed but unusable content, e.g. an upload with bad rows, listed in 'errors' (422) */
  | 'unprocessable'
  /** too large (413) */
  | 'too-large'
  /** too many attempts (429, with retryAfter seconds) */
  | 'rate-limited'
  /** a dependency (the database, a partner server) is away (503) */
  | 'unavailable';

export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    /** a short stable code for programs, e.g. 'stale-version'; defaults to the kind */
    readonly code: string,
    message: string,
    readonly options: {
      /** the input field at fault (dotted path), for 'invalid' and some 'conflict's */
      parameter?: string;
      /** extra fields of the answer, e.g. { current, yours } on a stale version */
      extra?: Record<string, unknown>;
      retryAfter?: number;
    } = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
  get parameter() {
    return this.options.parameter;
  }
}

export const unauthenticated = () => new ServiceError('unauthenticated', 'unauthenticated', 'Log eerst in.');
export const forbidden = (message = 'U heeft hiervoor geen rechten.') =>
  new ServiceError('forbidden', 'forbidden', message);
export const notFound = (message: string) => new ServiceError('not-found', 'not-found', message);
/** Bad input: the message is prefixed with the field so that it can be shown next to it. */
export const invalid = (parameter: string, message: string) =>
  new ServiceError('invalid', 'bad-request', `${parameter}: ${message}`, { parameter });
export const conflict = (
  code: string,
  message: string,
  extra?: Record<string, unknown>,
  parameter?: string,
) => new ServiceError('conflict', code, message, { extra, parameter });
/** 409 for a save based on a version that is no longer the current one: nothing was saved, nothing is lost. */
export const stale = (what: string, current: unknown, yours: unknown) =>
  conflict(
    'stale-version',
    `${what} is intussen door iemand anders gewijzigd. Uw wijziging is niet opgeslagen; de huidige versie staat in 'current', uw invoer in 'yours'.`,
    { current, yours },
    'version',
  );
export const tooLarge = (message: string) => new ServiceError('too-large', 'payload-too-large', message);
export const gone = (message: string) => new ServiceError('gone', 'gone', message);
export const rateLimited = (message: string, retryAfter: number) =>
  new ServiceError('rate-limited', 'rate-limited', message, { retryAfter });
