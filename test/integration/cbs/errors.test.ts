import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/sources/cbs/http.ts';
import { CbsClient, CbsError, type CbsObservation } from '../../../src/sources/cbs/index.ts';
import { type CbsReplayServer, startCbsReplayServer } from '../../support/cbs-replay-server.ts';

let server: CbsReplayServer;
beforeAll(async () => {
  server = await startCbsReplayServer();
});
afterAll(() => server.close());

const drain = async (rows: AsyncIterable<CbsObservation>) => {
  let n = 0;
  for await (const _ of rows) n++;
  return n;
};

/** A client whose waits are recorded instead of slept, so retry tests take no time. */
function client(options: ConstructorParameters<typeof CbsClient>[0] = {}) {
  const waits: number[] = [];
  const c = new CbsClient({
    v3Url: server.v3Url,
    v4Url: server.v4Url,
    backoffBaseMs: 10,
    sleep: async (ms) => void waits.push(ms),
    ...options,
  });
  return { c, waits };
}

const caught = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err as CbsError;
  }
  throw new Error('expected an error');
};

describe('CBS client errors and retries', () => {
  it('retries a 500 with exponential backoff and then succeeds', async () => {
    server.fault('/03759ned/TypedDataSet', { status: 500, times: 2 });
    const { c, waits } = client();
    expect(await drain(c.observations('03759ned'))).toBe(96);
    expect(waits).toEqual([10, 20]);
  });

  it("honours a 429's Retry-After", async () => {
    server.fault('/03759ned/Observations', { status: 429, headers: { 'Retry-After': '3' } });
    const { c, waits } = client({ api: 'v4' });
    expect(await drain(c.observations('03759ned'))).toBe(176);
    expect(waits).toEqual([3000]);
  });

  it('retries a request that times out', async () => {
    server.fault('/03759ned/TableInfos', { delayMs: 500 });
    const { c, waits } = client({ timeoutMs: 100 });
    expect((await c.metadata('03759ned')).title).toMatch(/^Bevolking/);
    expect(waits).toEqual([10]);
  });

  it('gives up after maxRetries with a server error naming the url', async () => {
    server.fault('/03759ned/DataProperties', { status: 503, times: 3 });
    const { c, waits } = client({ maxRetries: 2 });
    const err = await caught(c.metadata('03759ned'));
    expect(err).toBeInstanceOf(CbsError);
    expect(err).toMatchObject({ kind: 'server', status: 503 });
    expect(err.url).toContain('/03759ned/DataProperties');
    expect(err.messageNl).toContain('na 3 pogingen');
    expect(waits).toEqual([10, 20]);
  });

  it('reports a table that does not exist, in Dutch and English, without retrying', async () => {
    const { c, waits } = client();
    const err = await caught(c.metadata('12345XXX'));
    expect(err).toBeInstanceOf(CbsError);
    expect(err).toMatchObject({ kind: 'not-found', status: 404 });
    expect(err.message).toContain('Tabel 12345XXX bestaat niet bij CBS (404)');
    expect(err.messageEn).toBe('Table 12345XXX does not exist at CBS (404)');
    expect(waits).toEqual([]);

    const v4 = await caught(client({ api: 'v4' }).c.metadata('12345XXX'));
    expect(v4.messageNl).toBe('Tabel 12345XXX bestaat niet bij CBS (404)');
  });

  it('does not retry other 4xx answers', async () => {
    server.fault('/03759ned/TableInfos', { status: 400, body: '{"odata.error":{}}' });
    const { c, waits } = client();
    const err = await caught(c.metadata('03759ned'));
    expect(err).toMatchObject({ kind: 'client', status: 400 });
    expect(waits).toEqual([]);
  });

  it('stops on a page that is not JSON', async () => {
    server.fault('/03759ned/TypedDataSet', { status: 200, body: '{"odata.metadata":"x","value":[{"ID":0,' });
    const pages: string[] = [];
    const { c } = client({ onPage: (url) => void pages.push(url) });
    const err = await caught(drain(c.observations('03759ned')));
    expect(err).toMatchObject({ kind: 'malformed' });
    expect(err.messageNl).toContain('geen geldige JSON');
    // The broken page was not handed on as a snapshot.
    expect(pages.some((u) => u.includes('/TypedDataSet'))).toBe(false);
  });

  it('stops on a page without a value array', async () => {
    server.fault('/03759ned/Observations', { status: 200, body: '{"@odata.context":"x"}' });
    const err = await caught(drain(client({ api: 'v4' }).c.observations('03759ned')));
    expect(err).toMatchObject({ kind: 'malformed' });
    expect(err.messageEn).toContain('the "value" array is missing');
  });

  it('reports a network error after its retries', async () => {
    const { c, waits } = client({ v3Url: 'http://127.0.0.1:1/ODataApi/odata', maxRetries: 1 });
    const err = await caught(c.metadata('03759ned'));
    expect(err).toMatchObject({ kind: 'network', status: null });
    expect(waits).toEqual([10]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-05-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 May 2024 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
