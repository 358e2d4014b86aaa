// Issue 17 item 2: observations and staged import cells are written with COPY. On PGlite and PostgreSQL the rows
// read back are exactly the ones written (NULLs, empty texts, quotes, commas, newlines, flags), the upsert of an
// import replaces earlier rows as the INSERT did, and one bad row — also one in a later chunk — writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openApp } from '../../../src/app/context.ts';
import { syncCatalog } from '../../../src/db/catalogStore.ts';
import {
  copyAreaObservations,
  readAllObservations,
  readAreaObservations,
  saveObservations,
  saveSnapshots,
} from '../../../src/db/observationStore.ts';
import { upsertObservations } from '../../../src/db/sourceStore.ts';
import type { ObservationRecord } from '../../../src/indicators/observation.ts';
import { testDatabases } from '../../support/database.ts';
import { caught, tableCounts } from './helpers.ts';

const snapshot = (id: string) => ({
  id,
  source: 'test',
  tableId: 'copy-test',
  api: 'none',
  title: 'COPY test',
  licence: 'CC BY 4.0',
  attribution: 'test',
  retrievedAt: '2026-01-01T00:00:00.000Z',
  contentHash: id,
  bytes: 0,
  location: 'test/integration/import/copy.test.ts',
});

/** n observations of indicator `bevolking` over made-up gemeente codes, with every awkward value somewhere. */
function records(n: number, snapshotId: string, indicatorId = 'bevolking'): ObservationRecord[] {
  const notes = [null, '', 'a "quoted", comma', 'line\nbreak', 'back\\slash', 'ÿ € 😀', 'NULL'];
  return Array.from({ length: n }, (_, i) => ({
    indicatorId,
    regionCode: `GM${String(i).padStart(6, '0')}`,
    period: { code: '2023', type: 'year', start: '2023-01-01', end: '2023-12-31' },
    breakdown: i % 3 === 0 ? 'totaal' : `leeftijd ${i % 3}, "x"`,
    value: i % 5 === 0 ? null : i / 7,
    count: i % 4 === 0 ? null : i,
    denominator: i % 4 === 0 ? null : -i * 1.5,
    lower: i % 6 === 0 ? 0 : null,
    upper: i % 6 === 0 ? 1e-12 : null,
    flags: i % 2 === 0 ? [] : i % 3 === 0 ? ['partial-period', 'suppressed-by-source'] : ['partial-period'],
    note: notes[i % notes.length]!,
    snapshotId,
    transformation: `row ${i}; "t"`,
    publishedSignificance: i % 7 === 0 ? 'boven, 99% zeker' : null,
  })) as ObservationRecord[];
}

const byKey = (a: ObservationRecord, b: ObservationRecord) =>
  `${a.regionCode}|${a.breakdown}`.localeCompare(`${b.regionCode}|${b.breakdown}`);
const sorted = (list: ObservationRecord[]) =>
  [...list].sort(byKey).map((o) => ({ ...o, publishedSignificance: o.publishedSignificance ?? null }));

for (const database of testDatabases()) {
  describe(`COPY of observations on ${database.name}`, () => {
    let ctx: AppContext;

    beforeAll(async () => {
      ctx = await openApp(await database.config(), { loadData: false });
      await syncCatalog(ctx.db, ctx.catalog);
      await saveSnapshots(ctx.db, [snapshot('copy-a'), snapshot('copy-b')]);
    });
    afterAll(async () => {
      await ctx?.db.close();
      await database.cleanup();
    });

    it('reads back exactly the rows written, over several chunks', async () => {
      const written = records(45_000, 'copy-a');
      await ctx.db.transaction((tx) => saveObservations(tx, written));
      expect(sorted(await readAllObservations(ctx.db))).toEqual(sorted(written));
    });

    it('upserts like the INSERT did: an import replaces its earlier rows, a conflict key is written once', async () => {
      const newer = records(1000, 'copy-b').map((o) => ({ ...o, value: 42, note: 'nieuw' }));
      const written = await ctx.db.transaction((tx) => upsertObservations(tx, newer));
      expect(written).toBe(1000);
      const all = await readAllObservations(ctx.db);
      expect(all).toHaveLength(45_000);
      const replaced = all.filter((o) => o.snapshotId === 'copy-b');
      expect(sorted(replaced)).toEqual(sorted(newer));
    });

    it('a bad row in a later chunk writes nothing (one transaction)', async () => {
      const before = await tableCounts(ctx.db);
      const rows = records(30_000, 'copy-a').map((o) => ({ ...o, breakdown: 'andere' }));
      rows[25_000] = { ...rows[25_000]!, indicatorId: 'bestaat-niet' }; // the foreign key refuses it
      const error = await caught(ctx.db.transaction((tx) => saveObservations(tx, rows)));
      expect(error.message).toMatch(/foreign key|observation_indicator_id_fkey/i);
      expect(await tableCounts(ctx.db)).toEqual(before);
    });

    it('a bad row in the upsert path writes nothing either', async () => {
      const before = await tableCounts(ctx.db);
      const rows = records(500, 'copy-b').map((o) => ({ ...o, breakdown: 'nog een' }));
      rows[499] = { ...rows[499]!, snapshotId: 'bestaat-niet' };
      await caught(ctx.db.transaction((tx) => upsertObservations(tx, rows)));
      expect(await tableCounts(ctx.db)).toEqual(before);
    });

    it('area observations: read back per gemeente exactly as written; a NULL code aborts all of it', async () => {
      const areas = records(3000, 'copy-a').map((o, i) => ({
        ...o,
        regionCode: `BU${String(i).padStart(8, '0')}`,
      }));
      const gemeente = (code: string) => (Number(code.slice(2)) % 2 === 0 ? 'GM0001' : 'GM0002');
      await ctx.db.transaction((tx) => copyAreaObservations(tx, areas, gemeente, { chunk: 1000 }));
      const back = await readAreaObservations(ctx.db, ['GM0001'], 'buurt');
      expect(sorted(back)).toEqual(sorted(areas.filter((o) => gemeente(o.regionCode) === 'GM0001')));

      const before = await tableCounts(ctx.db);
      const bad = areas.map((o) => ({ ...o, breakdown: 'b' }));
      await caught(
        ctx.db.transaction((tx) =>
          copyAreaObservations(
            tx,
            bad,
            (code) => (code === bad[2500]!.regionCode ? (null as never) : 'GM0003'),
            {
              chunk: 1000,
            },
          ),
        ),
      );
      expect(await tableCounts(ctx.db)).toEqual(before);
    });
  });
}
