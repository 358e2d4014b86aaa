// The signed-in session as the web app sees it (GET /api/auth/session), and requests that change something: they
// carry the CSRF token of the session in the x-csrf-token header, as the server requires.
import { useCallback, useEffect, useState } from 'react';

export interface SessionInfo {
  authenticated: boolean;
  account?: { id: string; email: string; platformAdmin: boolean };
  csrfToken?: string;
  workspaces?: { id: string; name: string; role: string }[];
}

let current: Promise<SessionInfo> | null = null;

export function getSession(fresh = false): Promise<SessionInfo> {
  if (fresh || !current) {
    current = fetch('/api/auth/session', { headers: { accept: 'application/json' } })
      .then((r) => (r.ok ? (r.json() as Promise<SessionInfo>) : { authenticated: false }))
      .catch(() => ({ authenticated: false }));
  }
  return current;
}

export function forgetSession() {
  current = null;
}

/** An answer that is not 2xx: its status and the API's error body (message, parameter, current version…). */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: Record<string, unknown> | null,
  ) {
    super(message);
  }
}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok)
    throw new RequestError(
      (body?.message as string | undefined) ?? `${response.status} ${response.statusText}`,
      response.status,
      body,
    );
  return body as T;
}

export async function fetchJson<T>(url: string): Promise<T> {
  return parse<T>(await fetch(url, { headers: { accept: 'application/json' } }));
}

/** POST, PUT, PATCH or DELETE with the session's CSRF token (when signed in). */
export async function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) {
  const session = await getSession();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (session.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null as T;
  return parse<T>(response);
}

export interface Loaded<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  reload: () => void;
}

/** GET a resource that changes while the page is open (no cache); reload() fetches it again. */
export function useFresh<T>(url: string | null): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick forces a reload
  useEffect(() => {
    if (!url) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    fetchJson<T>(url).then(
      (data) => live && setState({ data, loading: false }),
      (error: Error) => live && setState((s) => ({ data: s.data, error, loading: false })),
    );
    return () => {
      live = false;
    };
  }, [url, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
