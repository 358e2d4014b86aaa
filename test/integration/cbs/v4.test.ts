import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CbsClient, type CbsObservation } from '../../../src/sources/cbs/index.ts';
import { type CbsReplayServer, startCbsReplayServer } from '../../support/cbs-replay-server.ts';

let server: CbsReplayServer;
beforeAll(async () => {
  // 72 observations in pages of 25: three pages joined by @odata.nextLink.
  server = await startCbsReplayServer({ v4PageSize: 25 });
});
afterAll(() => server.close());

const collect = async (rows: AsyncIterable<CbsObservation>) => {
  const all: CbsObservation[] = [];
  for await (const row of rows) all.push(row);
  return all;
};

describe('CBS v4 (50120NED)', () => {
  it('reads metadata from Properties, MeasureCodes, Dimensions and the code lists', async () => {
    const meta = await new CbsClient({ api: 'v4', v4Url: server.v4Url }).metadata('50120NED');
    expect(meta).toMatchObject({
      tableId: '50120NED',
      api: 'v4',
      title: 'Gezondheidsmonitor volwassenen en ouderen; gezondheid, leefstijl, regio',
      modified: '2023-06-27T02:00:00+02:00',
      period: '2020 - 2022',
      observationCount: 72,
    });
    expect(meta.measures[0]).toEqual({
      key: 'M005262',
      title: 'Ervaren gezondheid (zeer) goed',
      unit: '%',
      decimals: 1,
    });
    expect(meta.dimensions.map((d) => [d.key, d.kind, d.codes.length])).toEqual([
      ['Leeftijd', 'other', 1],
      ['Marges', 'other', 3],
      ['RegioS', 'region', 4],
      ['Perioden', 'period', 2],
    ]);
    expect(meta.dimensions[2]!.codes).toContainEqual({ key: 'GM0088', title: 'Schiermonnikoog' });
  });

  it('follows @odata.nextLink, yields every observation once, calls progress per page', async () => {
    const pages: string[] = [];
    const progress: [number, number | undefined][] = [];
    const client = new CbsClient({ api: 'v4', v4Url: server.v4Url, onPage: (url) => void pages.push(url) });
    const meta = await client.metadata('50120NED');
    const rows = await collect(
      client.observations('50120NED', { metadata: meta, onProgress: (d, t) => void progress.push([d, t]) }),
    );
    expect(rows).toHaveLength(72);
    expect(new Set(rows.map((r) => (r.raw as { Id: number }).Id)).size).toBe(72);
    expect(pages.filter((u) => u.includes('/Observations'))).toHaveLength(3);
    expect(progress).toEqual([
      [25, 72],
      [50, 72],
      [72, 72],
    ]);
    expect(rows[0]).toMatchObject({
      measure: 'M005262',
      dimensions: { Leeftijd: '20300', Marges: 'MW00000', RegioS: 'NL01', Perioden: '2020JJ00' },
      value: 79.6,
      flag: null,
    });
  });

  it('keeps ValueAttribute as a flag with a null value', async () => {
    const rows = await collect(new CbsClient({ api: 'v4', v4Url: server.v4Url }).observations('50120NED'));
    const count = (flag: string | null) => rows.filter((r) => r.flag === flag).length;
    expect(count('impossible')).toBe(12);
    expect(count('secret')).toBe(6);
    expect(count('not-available')).toBe(1);
    expect(rows.filter((r) => r.flag !== null).every((r) => r.value === null)).toBe(true);
    expect(rows.filter((r) => r.flag === null).every((r) => typeof r.value === 'number')).toBe(true);
    const schier = rows.find((r) => r.dimensions.RegioS === 'GM0088' && r.dimensions.Perioden === '2020JJ00');
    expect(schier).toMatchObject({ value: null, flag: 'secret' });
    expect((schier!.raw as { ValueAttribute: string }).ValueAttribute).toBe('Confidential');
  });
});
