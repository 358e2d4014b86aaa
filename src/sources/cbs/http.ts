// HTTP for both CBS APIs: one GET with a timeout, retried with exponential backoff on 429, 5xx, network errors and
// timeouts (CBS has outages and rate limits), and OData page parsing that fails loudly on a malformed page.
import {
  CbsError,
  clientError,
  malformedError,
  networkError,
  notFoundError,
  serverError,
  timeoutError,
} from './errors.ts';

export interface HttpOptions {
  timeoutMs: number;
  maxRetries: number;
  backoffBaseMs: number;
  maxBackoffMs: number;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  /** Every good raw body, so the caller can keep it as a snapshot. */
  onPage?: (url: string, body: string) => void | Promise<void>;
}

export type ODataRecord = Record<string, unknown>;

export interface ODataPage {
  url: string;
  value: ODataRecord[];
  /** v3 `odata.nextLink` or v4 `@odata.nextLink`: the server's own continuation. */
  nextLink: string | null;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const retryable = (status: number) => status === 429 || status >= 500;

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+(\.\d+)?$/.test(header.trim())) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** GETs `url` and returns its body; the table id only serves the 404 message. */
export async function getText(url: string, tableId: string, http: HttpOptions): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const attempts = attempt + 1;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), http.timeoutMs);
    let failure: CbsError;
    let waitMs: number | null = null;
    try {
      const res = await http.fetch(url, {
        signal: controller.signal,
        headers: { accept: 'application/json' },
      });
      // The body is read inside the timeout too: a stalled download counts as a timeout.
      if (res.ok) return await res.text();
      const body = await res.text().catch(() => '');
      if (res.status === 404) throw notFoundError(tableId, url);
      if (!retryable(res.status)) throw clientError(res.status, url, odataErrorMessage(body));
      failure = serverError(res.status, url, attempts);
      waitMs = parseRetryAfter(res.headers.get('retry-after'));
    } catch (err) {
      if (err instanceof CbsError) throw err;
      failure = controller.signal.aborted
        ? timeoutError(url, http.timeoutMs, attempts)
        : networkError(url, err, attempts);
    } finally {
      clearTimeout(timer);
    }
    if (attempt >= http.maxRetries) throw failure;
    // CBS's own Retry-After wins over our backoff; both are capped so a run never hangs for hours.
    await http.sleep(Math.min(waitMs ?? http.backoffBaseMs * 2 ** attempt, http.maxBackoffMs));
  }
}

/** CBS's own reason in an error body: v4 `{error: {message}}`, v3 `{"odata.error": {message: {value}}}`. */
export function odataErrorMessage(body: string): string | null {
  try {
    type Message = string | { value?: string };
    const json = JSON.parse(body) as { error?: { message?: Message }; 'odata.error'?: { message?: Message } };
    const raw = json.error?.message ?? json['odata.error']?.message;
    const message = typeof raw === 'object' && raw !== null ? raw.value : raw;
    return typeof message === 'string' && message.trim() !== '' ? message.trim().replace(/\s+/g, ' ') : null;
  } catch {
    return null;
  }
}

/** Parses a body that must be a JSON object. */
function parseObject(text: string, url: string): ODataRecord {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw malformedError(url, 'geen geldige JSON', 'not valid JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw malformedError(url, 'geen JSON-object', 'not a JSON object');
  }
  return body as ODataRecord;
}

/** GETs a JSON object, such as the v4 singleton `Properties`. */
export async function getJson(url: string, tableId: string, http: HttpOptions): Promise<ODataRecord> {
  const text = await getText(url, tableId, http);
  const body = parseObject(text, url);
  await http.onPage?.(url, text);
  return body;
}

/** GETs one page of an OData collection: it must have a `value` array. */
export async function getPage(url: string, tableId: string, http: HttpOptions): Promise<ODataPage> {
  const text = await getText(url, tableId, http);
  const body = parseObject(text, url);
  if (!Array.isArray(body.value)) {
    throw malformedError(url, 'de lijst "value" ontbreekt', 'the "value" array is missing');
  }
  const next = body['odata.nextLink'] ?? body['@odata.nextLink'];
  // Only pages that parsed are handed on as snapshots: a snapshot is something we could import.
  await http.onPage?.(url, text);
  return { url, value: body.value as ODataRecord[], nextLink: typeof next === 'string' ? next : null };
}

/** All pages of a collection, following the server's nextLink. */
export async function* followPages(
  url: string,
  tableId: string,
  http: HttpOptions,
): AsyncGenerator<ODataPage> {
  for (let next: string | null = url; next; ) {
    const page = await getPage(next, tableId, http);
    yield page;
    next = page.nextLink;
  }
}

/**
 * Client-driven paging with $top/$skip in windows of `pageSize` rows (the v3 API's cell limit), still following a
 * nextLink if the server cuts a window short. A window that comes back short is the end of the collection.
 */
export async function* windowPages(
  url: string,
  pageSize: number,
  tableId: string,
  http: HttpOptions,
): AsyncGenerator<ODataPage> {
  const sep = url.includes('?') ? '&' : '?';
  for (let skip = 0; ; skip += pageSize) {
    let received = 0;
    for await (const page of followPages(`${url}${sep}$top=${pageSize}&$skip=${skip}`, tableId, http)) {
      received += page.value.length;
      yield page;
    }
    if (received < pageSize) return;
  }
}

/** Every record of a (small) collection such as a code list. */
export async function collect(pages: AsyncIterable<ODataPage>): Promise<ODataRecord[]> {
  const all: ODataRecord[] = [];
  for await (const page of pages) all.push(...page.value);
  return all;
}
