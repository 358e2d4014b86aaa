// The one HTTP client of the web app: JSON in and out, the session's CSRF token on every change, and one error
// shape for everything that goes wrong — an API answer that is not 2xx, and a server that cannot be reached.
import { useCallback, useEffect, useState } from 'react';
import type { SessionAnswer } from '../../accounts/api.ts';

/**
 * Everything a failed request can tell: the HTTP status (0 when the server could not be reached), the API's code
 * (`bad-request`, `stale-version`, … or `network`), its message, the field at fault and the answer's other fields
 * (e.g. `current` and `yours` on a stale version).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter: string | null = null,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** The server did not answer at all (offline, restarting, a proxy without upstream). */
  get unreachable() {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
  /** The message without the `field: ` prefix the API puts before it (to show next to that field). */
  get fieldMessage() {
    return this.parameter && this.message.startsWith(`${this.parameter}: `)
      ? this.message.slice(this.parameter.length + 2)
      : this.message;
  }
}

/** Dutch first: the page shows its own translated text for `network`, this one is the fallback. */
const UNREACHABLE = 'De server is niet bereikbaar.';

async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ApiError(0, 'network', UNREACHABLE);
  }
}

async function parse<T>(response: Response): Promise<T> {
  if (response.status === 204) return null as T;
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.ok) return body as T;
  if (!body || typeof body !== 'object') {
    throw new ApiError(response.status, response.status >= 502 ? 'network' : 'http', UNREACHABLE);
  }
  const { error, message, parameter, statusCode: _s, ...extra } = body;
  throw new ApiError(
    response.status,
    typeof error === 'string' ? error : 'http',
    typeof message === 'string' ? message : `${response.status} ${response.statusText}`,
    typeof parameter === 'string' ? parameter : null,
    extra,
  );
}

const accept = { accept: 'application/json' };

/** GET without cache (for things that change while the page is open). */
export async function fetchJson<T>(url: string): Promise<T> {
  return parse<T>(await request(url, { headers: accept }));
}

const cache = new Map<string, Promise<unknown>>();

/** GET a JSON resource that changes only on import: answers are cached for the session, failures are not. */
export function getJson<T>(url: string): Promise<T> {
  let promise = cache.get(url) as Promise<T> | undefined;
  if (!promise) {
    promise = fetchJson<T>(url);
    cache.set(url, promise);
    promise.catch(() => cache.delete(url));
  }
  return promise;
}

// ---- the session ----

/** GET /api/auth/session, flattened: `authenticated` says whether the other fields are there. */
export type SessionInfo = Partial<Extract<SessionAnswer, { authenticated: true }>> & {
  authenticated: boolean;
};

let session: Promise<SessionInfo> | null = null;

/** The signed-in session (GET /api/auth/session); a server that is away counts as not signed in, not cached. */
export function getSession(fresh = false): Promise<SessionInfo> {
  if (fresh || !session) {
    const pending = fetchJson<SessionInfo>('/api/auth/session').catch(() => {
      if (session === pending) session = null;
      return { authenticated: false } as SessionInfo;
    });
    session = pending;
  }
  return session;
}

export function forgetSession() {
  session = null;
}

/** POST, PUT, PATCH or DELETE with the session's CSRF token (when signed in). */
export async function send<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<T> {
  const { csrfToken } = await getSession();
  const headers: Record<string, string> = { ...accept };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  return parse<T>(
    await request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
  );
}

export const postJson = <T>(url: string, body: unknown) => send<T>('POST', url, body);

// ---- hooks ----

export interface ApiState<T> {
  /** The answer for the current address (undefined while loading). */
  data: T | undefined;
  /** The last answer, also while the next one loads or after a failure (so nothing on screen is lost). */
  latest: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Ask again (after a failure: the retry button). */
  reload: () => void;
}

const asApiError = (e: unknown) =>
  e instanceof ApiError ? e : new ApiError(0, 'client', e instanceof Error ? e.message : String(e));

/** Fetches again when the browser comes back online, so a page recovers from an outage by itself. */
function useOnline(onOnline: () => void) {
  useEffect(() => {
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [onOnline]);
}

function useLoader<T>(url: string | null, load: (url: string) => Promise<T>): ApiState<T> {
  const [state, setState] = useState<{ url: string | null; data?: T; error?: ApiError; latest?: T }>({
    url: null,
  });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick forces a reload
  useEffect(() => {
    if (!url) return;
    let live = true;
    load(url).then(
      (data) => live && setState({ url, data, latest: data }),
      (error: unknown) =>
        live &&
        setState((s) => ({
          url,
          // a failed reload of the same address keeps what was there
          data: s.url === url ? s.data : undefined,
          error: asApiError(error),
          latest: s.latest,
        })),
    );
    return () => {
      live = false;
    };
  }, [url, tick]);
  useOnline(reload);
  const fresh = state.url === url;
  return {
    data: fresh ? state.data : undefined,
    latest: state.latest,
    error: fresh ? state.error : undefined,
    loading: url !== null && (!fresh || (state.data === undefined && state.error === undefined)),
    reload,
  };
}

/** GET a cached resource (open data). */
export function useApi<T>(url: string | null): ApiState<T> {
  return useLoader(url, getJson<T>);
}

/** GET a resource that changes while the page is open (no cache); reload() fetches it again. */
export function useFresh<T>(url: string | null): ApiState<T> {
  return useLoader(url, fetchJson<T>);
}
