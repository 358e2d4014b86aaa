import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CbsClient, type CbsObservation } from '../../../src/sources/cbs/index.ts';
import { type CbsReplayServer, startCbsReplayServer } from '../../support/cbs-replay-server.ts';

let server: CbsReplayServer;
beforeAll(async () => {
  server = await startCbsReplayServer({ feedPageSize: 4_000, v4PageSize: 3_000 });
});
afterAll(() => server.close());

/** Counts rows and distinct cells without keeping the rows. */
async function tally(rows: AsyncIterable<CbsObservation>) {
  const cells = new Set<string>();
  let n = 0;
  let flagged = 0;
  for await (const r of rows) {
    n++;
    if (r.flag) flagged++;
    cells.add(`${r.measure}|${r.dimensions.RegioS}|${r.dimensions.Perioden}`);
  }
  return { n, distinct: cells.size, flagged };
}

describe('synthetic tables in the real shape', () => {
  it('v3: pages a 12,345-row table through the API, every cell once', async () => {
    const { longRows } = server.addSyntheticTable({ api: 'v3', tableId: 'SYN12345', rows: 12_345 });
    const progress: number[] = [];
    const client = new CbsClient({
      env: { CBS_ODATA_V3_URL: server.v3Url },
      onProgress: (d) => void progress.push(d),
    });
    const result = await tally(client.observations('SYN12345'));
    expect(result).toEqual({ n: longRows, distinct: longRows, flagged: Math.floor(12_345 / 50) });
    // 4 columns a row, 10,000 cells a request: 2,500 rows a page.
    expect(progress).toHaveLength(5);
    expect(progress.at(-1)).toBe(longRows);
  });

  it('v3: the same through the bulk Feed', async () => {
    const { longRows } = server.addSyntheticTable({ api: 'v3', tableId: 'SYN9000', rows: 9_000 });
    const client = new CbsClient({ v3Url: server.v3Url, bulk: true });
    expect(await tally(client.observations('SYN9000'))).toMatchObject({ n: longRows, distinct: longRows });
  });

  it('v4: follows nextLink through a 20,000-observation dataset', async () => {
    const { longRows } = server.addSyntheticTable({ api: 'v4', tableId: 'SYN20000', rows: 20_000 });
    const client = new CbsClient({ api: 'v4', env: { CBS_ODATA_V4_URL: server.v4Url } });
    const meta = await client.metadata('SYN20000');
    expect(meta.observationCount).toBe(20_000);
    expect(await tally(client.observations('SYN20000', { metadata: meta }))).toEqual({
      n: longRows,
      distinct: longRows,
      flagged: 400,
    });
  });
});

describe('configuration', () => {
  it('prefers constructor options over env vars over the CBS defaults', () => {
    const env = { CBS_ODATA_V3_URL: 'http://env/ODataApi/odata/', CBS_ODATA_V4_URL: 'http://env/v4' };
    const fromEnv = new CbsClient({ env });
    expect(fromEnv.v3).toMatchObject({
      apiUrl: 'http://env/ODataApi/odata',
      feedUrl: 'http://env/ODataFeed/odata',
    });
    expect(fromEnv.v4.baseUrl).toBe('http://env/v4');
    expect(new CbsClient({ env, v3Url: 'http://opt/x', v4Url: 'http://opt/y' }).v3.apiUrl).toBe(
      'http://opt/x',
    );
    const defaults = new CbsClient({ env: {} });
    expect(defaults.v3.apiUrl).toBe('https://opendata.cbs.nl/ODataApi/odata');
    expect(defaults.v3.feedUrl).toBe('https://opendata.cbs.nl/ODataFeed/odata');
    expect(defaults.v4.baseUrl).toBe('https://datasets.cbs.nl/odata/v1/CBS');
  });

  it('hands every raw body to onPage, metadata included', async () => {
    const bodies = new Map<string, string>();
    const client = new CbsClient({
      api: 'v4',
      v4Url: server.v4Url,
      onPage: (url, body) => void bodies.set(url, body),
    });
    for await (const _ of client.observations('03759ned'));
    expect([...bodies.keys()].map((u) => u.slice(server.v4Url.length))).toEqual([
      '/03759ned/Properties',
      '/03759ned/MeasureCodes',
      '/03759ned/Dimensions',
      '/03759ned/BurgerlijkeStaatCodes',
      '/03759ned/GeslachtCodes',
      '/03759ned/LeeftijdCodes',
      '/03759ned/RegioSCodes',
      '/03759ned/PeriodenCodes',
      '/03759ned/Observations',
    ]);
    expect(JSON.parse(bodies.get(`${server.v4Url}/03759ned/Observations`)!).value).toHaveLength(176);
  });
});
