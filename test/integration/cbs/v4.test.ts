// The v4 client on real CBS recordings (test/fixtures/cbs/v4/, cut from ../shared/data/cbs-recordings/): 03759ned
// (population; five dimensions, the real Leeftijd code list), 83625NED (house prices; region and period only) and
// 37789ksz (social security; months, no region), served with CBS's paging and $filter by the replay server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CbsClient, type CbsObservation } from '../../../src/sources/cbs/index.ts';
import { type CbsReplayServer, startCbsReplayServer } from '../../support/cbs-replay-server.ts';

let server: CbsReplayServer;
beforeAll(async () => {
  // 176 observations of 03759ned in pages of 50: four pages joined by @odata.nextLink.
  server = await startCbsReplayServer({ v4PageSize: 50 });
});
afterAll(() => server.close());

const collect = async (rows: AsyncIterable<CbsObservation>) => {
  const all: CbsObservation[] = [];
  for await (const row of rows) all.push(row);
  return all;
};
const client = () => new CbsClient({ api: 'v4', v4Url: server.v4Url });

describe('CBS v4 on the real 03759ned recording', () => {
  it('reads metadata from Properties, MeasureCodes, Dimensions and the code lists', async () => {
    const meta = await client().metadata('03759ned');
    expect(meta).toMatchObject({
      tableId: '03759ned',
      api: 'v4',
      title: 'Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio',
      modified: '2026-06-23T00:00:00+02:00',
      period: '1988 - 2026',
      observationCount: 100_741_875,
    });
    expect(meta.measures.map((m) => [m.key, m.unit, m.decimals])).toEqual([
      ['M000352', 'aantal', 0],
      ['M000365', 'aantal', 1],
    ]);
    expect(meta.dimensions.map((d) => [d.key, d.kind, d.codes.length])).toEqual([
      ['BurgerlijkeStaat', 'other', 5],
      ['Geslacht', 'other', 3],
      ['Leeftijd', 'other', 108],
      ['RegioS', 'region', 11],
      ['Perioden', 'period', 39],
    ]);
    // The real age codes: 95+ is 22000, 100-104 are 19901-19905, 105+ is 22300; there is no 20000-20500.
    const ages = meta.dimensions.find((d) => d.key === 'Leeftijd')!.codes;
    expect(ages).toContainEqual({ key: '22000', title: '95 jaar of ouder' });
    expect(ages).toContainEqual({ key: '19905', title: '104 jaar' });
    expect(ages).toContainEqual({ key: '22300', title: '105 jaar of ouder' });
    expect(ages.some((c) => /^20[0-5]00$/.test(c.key))).toBe(false);
  });

  it('follows @odata.nextLink, yields every observation once, calls progress per page', async () => {
    const pages: string[] = [];
    const progress: [number, number | undefined][] = [];
    const c = new CbsClient({ api: 'v4', v4Url: server.v4Url, onPage: (url) => void pages.push(url) });
    const meta = await c.metadata('03759ned');
    const rows = await collect(
      c.observations('03759ned', { metadata: meta, onProgress: (d, t) => void progress.push([d, t]) }),
    );
    expect(rows).toHaveLength(176);
    expect(new Set(rows.map((r) => (r.raw as { Id: number }).Id)).size).toBe(176);
    expect(pages.filter((u) => u.includes('/Observations'))).toHaveLength(4);
    expect(progress.map(([done]) => done)).toEqual([50, 100, 150, 176]);
    expect(rows.find((r) => r.dimensions.RegioS === 'NL01' && r.dimensions.Perioden === '2024JJ00')).toEqual({
      measure: 'M000352',
      dimensions: {
        BurgerlijkeStaat: 'T001019',
        Geslacht: 'T001038',
        Leeftijd: '10000',
        RegioS: 'NL01',
        Perioden: '2024JJ00',
      },
      value: 17_942_942,
      flag: null,
      raw: expect.objectContaining({ ValueAttribute: 'None' }),
    });
  });

  it("keeps ValueAttribute 'Impossible' as a flag with a null value (a gemeente in a year it did not exist)", async () => {
    const rows = await collect(client().observations('03759ned'));
    const weesp = rows.filter((r) => r.dimensions.RegioS === 'GM0457' && r.measure === 'M000352');
    expect(weesp.filter((r) => r.value !== null).map((r) => r.dimensions.Perioden)).toEqual([
      '2019JJ00',
      '2020JJ00',
      '2021JJ00',
      '2022JJ00',
    ]);
    expect(weesp.find((r) => r.dimensions.Perioden === '2023JJ00')).toMatchObject({
      value: null,
      flag: 'impossible',
    });
    expect(rows.filter((r) => r.flag !== null).every((r) => r.value === null)).toBe(true);
  });

  it('sends a $filter and gets only the cells it selects', async () => {
    const filter = "startswith(RegioS,'GM') and Perioden ge '2025JJ00' and Measure eq 'M000352'";
    const rows = await collect(client().observations('03759ned', { filter }));
    expect(decodeURIComponent(server.requests.at(-1)!)).toContain(`/Observations?$filter=${filter}`);
    expect(rows).toHaveLength(8 * 2); // 8 gemeenten × 2025, 2026
    expect(new Set(rows.map((r) => r.dimensions.Perioden))).toEqual(new Set(['2025JJ00', '2026JJ00']));
  });
});

describe('CBS v4 on the real 83625NED and 37789ksz recordings', () => {
  it('reads a table with only a region and a period dimension', async () => {
    const meta = await client().metadata('83625NED');
    expect(meta.dimensions.map((d) => [d.key, d.kind])).toEqual([
      ['RegioS', 'region'],
      ['Perioden', 'period'],
    ]);
    const rows = await collect(client().observations('83625NED', { metadata: meta }));
    expect(rows).toHaveLength(88);
    expect(
      rows.find((r) => r.dimensions.RegioS === 'NL01' && r.dimensions.Perioden === '2015JJ00'),
    ).toMatchObject({ measure: 'M001534', value: 230_194, flag: null });
  });

  it('reads a table without a region dimension, with months', async () => {
    const meta = await client().metadata('37789ksz');
    expect(meta.dimensions.map((d) => [d.key, d.kind])).toEqual([['Perioden', 'period']]);
    expect(meta.measures.length).toBeGreaterThan(10);
    const rows = await collect(client().observations('37789ksz', { metadata: meta }));
    expect(rows).toHaveLength(221);
    expect(rows.every((r) => r.dimensions.Perioden?.startsWith('2024'))).toBe(true);
  });
});
