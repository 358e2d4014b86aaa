import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CbsClient, type CbsObservation } from '../../../src/sources/cbs/index.ts';
import { type CbsReplayServer, startCbsReplayServer } from '../../support/cbs-replay-server.ts';

let server: CbsReplayServer;
beforeAll(async () => {
  server = await startCbsReplayServer();
});
afterAll(() => server.close());

const collect = async (rows: AsyncIterable<CbsObservation>) => {
  const all: CbsObservation[] = [];
  for await (const row of rows) all.push(row);
  return all;
};
const keyOf = (r: CbsObservation) => `${r.measure}|${Object.values(r.dimensions).join('|')}`;
const find = (rows: CbsObservation[], measure: string, dims: Record<string, string>) =>
  rows.filter((r) => r.measure === measure && Object.entries(dims).every(([k, v]) => r.dimensions[k] === v));

describe('CBS v3 (03759ned)', () => {
  it('reads metadata: title, measures, dimensions with trimmed codes', async () => {
    const meta = await new CbsClient({ v3Url: server.v3Url }).metadata('03759ned');
    expect(meta).toMatchObject({
      tableId: '03759ned',
      api: 'v3',
      title: 'Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio',
      modified: '2024-06-28T02:00:00',
      period: '1988 - 2024',
      observationCount: 96,
    });
    expect(meta.measures).toEqual([
      { key: 'BevolkingOp1Januari_1', title: 'Bevolking op 1 januari', unit: 'aantal', decimals: 0 },
      { key: 'GemiddeldeBevolking_2', title: 'Gemiddelde bevolking', unit: 'aantal', decimals: 0 },
    ]);
    expect(meta.dimensions.map((d) => [d.key, d.kind])).toEqual([
      ['Geslacht', 'other'],
      ['Leeftijd', 'other'],
      ['BurgerlijkeStaat', 'other'],
      ['RegioS', 'region'],
      ['Perioden', 'period'],
    ]);
    const regio = meta.dimensions.find((d) => d.key === 'RegioS')!;
    expect(regio.codes).toContainEqual({ key: 'GM0363', title: 'Amsterdam' });
    expect(meta.dimensions[0]!.codes.map((c) => c.key)).toEqual(['T001038', '3000', '4000']);
  });

  it('pages by the cell limit and yields every cell exactly once, unpivoted, keys trimmed', async () => {
    const pages: string[] = [];
    const progress: [number, number | undefined][] = [];
    // 7 columns per row, 70 cells per request: 10 rows a page, so 48 rows take 5 pages.
    const client = new CbsClient({
      v3Url: server.v3Url,
      cellLimit: 70,
      onPage: (url) => void pages.push(url),
      onProgress: (done, total) => void progress.push([done, total]),
    });
    const meta = await client.metadata('03759ned');
    pages.length = 0;
    const rows = await collect(client.observations('03759ned', { metadata: meta }));

    expect(rows).toHaveLength(96);
    expect(new Set(rows.map(keyOf)).size).toBe(96);
    expect(pages.filter((u) => u.includes('/TypedDataSet'))).toHaveLength(5);
    expect(new Set(pages).size).toBe(pages.length);
    expect(progress).toEqual([
      [20, 96],
      [40, 96],
      [60, 96],
      [80, 96],
      [96, 96],
    ]);

    const [amsterdam] = find(rows, 'BevolkingOp1Januari_1', {
      Geslacht: 'T001038',
      Leeftijd: '10000',
      RegioS: 'GM0363',
      Perioden: '2023JJ00',
    });
    expect(amsterdam).toMatchObject({ value: 918117, flag: null });
    expect(amsterdam!.dimensions).toEqual({
      Geslacht: 'T001038',
      Leeftijd: '10000',
      BurgerlijkeStaat: 'T001019',
      RegioS: 'GM0363',
      Perioden: '2023JJ00',
    });
    expect((amsterdam!.raw as Record<string, unknown>).RegioS).toBe('GM0363    ');
    for (const r of rows) for (const v of Object.values(r.dimensions)) expect(v).toBe(v.trim());
  });

  it('keeps empty TypedDataSet cells as null with a flag, never 0', async () => {
    const rows = await collect(new CbsClient({ v3Url: server.v3Url }).observations('03759ned'));
    const empty = rows.filter((r) => r.value === null);
    expect(empty).toHaveLength(9);
    expect(empty.every((r) => r.flag === 'not-available')).toBe(true);
    expect(rows.filter((r) => r.flag !== null)).toHaveLength(9);
  });

  it('reads the StatLine symbols from the UntypedDataSet as flags', async () => {
    const rows = await collect(
      new CbsClient({ v3Url: server.v3Url, dataSet: 'UntypedDataSet' }).observations('03759ned'),
    );
    const at = (measure: string, dims: Record<string, string>) => find(rows, measure, dims)[0]!;
    const small = { Leeftijd: '10010', RegioS: 'GM0014', Perioden: '2023JJ00' };
    expect(at('BevolkingOp1Januari_1', { ...small, Geslacht: '4000' })).toMatchObject({
      value: null,
      flag: 'secret',
    });
    expect(at('BevolkingOp1Januari_1', { ...small, Geslacht: '3000' })).toMatchObject({
      value: null,
      flag: 'unreliable',
    });
    expect(
      at('GemiddeldeBevolking_2', {
        Geslacht: 'T001038',
        Leeftijd: '10010',
        RegioS: 'GM0518',
        Perioden: '2022JJ00',
      }),
    ).toMatchObject({ value: null, flag: 'nil' });
    expect(rows.filter((r) => r.flag === 'not-available')).toHaveLength(6);
    expect(
      at('BevolkingOp1Januari_1', {
        Geslacht: 'T001038',
        Leeftijd: '10000',
        RegioS: 'NL01',
        Perioden: '2022JJ00',
      }),
    ).toMatchObject({ value: 17590672, flag: null });
  });

  it('downloads from the bulk Feed by following odata.nextLink', async () => {
    const feed = await startCbsReplayServer({ feedPageSize: 20 });
    try {
      const pages: string[] = [];
      const client = new CbsClient({ v3Url: feed.v3Url, bulk: true, onPage: (url) => void pages.push(url) });
      const rows = await collect(client.observations('03759NED'));
      expect(new Set(rows.map(keyOf)).size).toBe(96);
      expect(rows).toHaveLength(96);
      const data = pages.filter((u) => u.includes('/TypedDataSet'));
      expect(data).toHaveLength(3);
      expect(data.every((u) => u.includes('/ODataFeed/odata/'))).toBe(true);
    } finally {
      await feed.close();
    }
  });

  it('follows a nextLink when the API cuts a window short', async () => {
    // The client asks for 10 rows per window (70 cells) but the server allows only 35 cells per answer.
    const tight = await startCbsReplayServer({ cellLimit: 35 });
    try {
      const client = new CbsClient({ v3Url: tight.v3Url, cellLimit: 70 });
      const rows = await collect(client.observations('03759ned'));
      expect(rows).toHaveLength(96);
      expect(new Set(rows.map(keyOf)).size).toBe(96);
      expect(tight.requests.filter((u) => u.includes('/TypedDataSet'))).toHaveLength(10);
    } finally {
      await tight.close();
    }
  });

  it('sends a $filter with the padded v3 keys matched by startswith', async () => {
    const filter = "startswith(RegioS,'GM0363') and Perioden eq '2023JJ00'";
    const rows = await collect(new CbsClient({ v3Url: server.v3Url }).observations('03759ned', { filter }));
    expect(decodeURIComponent(server.requests.at(-1)!)).toContain(
      `/TypedDataSet?$format=json&$filter=${filter}&`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.dimensions.RegioS === 'GM0363' && r.dimensions.Perioden === '2023JJ00')).toBe(
      true,
    );
  });

  it('falls back to TypedDataSet when a table has no UntypedDataSet (404), and says so', async () => {
    server.fault('/03759ned/UntypedDataSet', { status: 404, times: 100 });
    const before = server.requests.length;
    const used: string[] = [];
    const c = new CbsClient({ v3Url: server.v3Url, dataSet: 'UntypedDataSet' });
    const rows = await collect(c.observations('03759ned', { onDataSet: (d) => void used.push(d) }));
    expect(rows).toHaveLength(96);
    expect(used).toEqual(['TypedDataSet']);
    expect(server.requests.slice(before).filter((r) => r.includes('/UntypedDataSet'))).toHaveLength(1);
  });
});
