// A corrupt or missing bundle file ends with one clear error naming file, row and column, and nothing half-loaded.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../../src/db/connection.ts';
import { migrate } from '../../../src/db/migrate.ts';
import { syncRegionTypes } from '../../../src/db/regionStore.ts';
import { loadCatalog } from '../../../src/indicators/catalog.ts';
import { BundleError } from '../../../src/sources/bundle/csv.ts';
import { defaultDataDir, loadBundle } from '../../../src/sources/bundle/load.ts';

const dirs: string[] = [];
function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'jp-bundle-'));
  dirs.push(dir);
  cpSync(defaultDataDir, dir, { recursive: true });
  edit(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function loadInto(dataDir: string) {
  const db = await connect({ dataDir: 'memory://' });
  await migrate(db);
  await syncRegionTypes(db);
  const error = await loadBundle(db, loadCatalog(), { dataDir }).then(
    () => null,
    (e: unknown) => e,
  );
  const [counts = { regions: -1, observations: -1, loads: -1 }] = await db.query<{
    regions: number;
    observations: number;
    loads: number;
  }>(
    `SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM observation)::int AS observations,
            (SELECT count(*) FROM bundle_load)::int AS loads`,
  );
  await db.close();
  return { error, counts };
}

describe('loading a broken bundle', () => {
  it('names the file, row and column of a bad number and loads nothing', async () => {
    const dir = brokenCopy((d) => {
      const path = join(d, 'care/covid_gemeente_per_jaar.csv');
      const lines = readFileSync(path, 'utf8').split('\n');
      lines[99] = lines[99]!.replace(/^(GM\d{4},[^,]+,\d{4},)\d+/, '$1twaalf');
      writeFileSync(path, lines.join('\n'));
    });
    const { error, counts } = await loadInto(dir);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).message).toBe(
      "care/covid_gemeente_per_jaar.csv, rij 100, kolom 'meldingen': 'twaalf' is geen geheel getal ≥ 0",
    );
    expect(counts).toEqual({ regions: 0, observations: 0, loads: 0 });
  });

  it('names a missing file', async () => {
    const dir = brokenCopy((d) => rmSync(join(d, 'age/gemeente_65plus_2023.csv')));
    const { error, counts } = await loadInto(dir);
    expect((error as Error).message).toMatch(
      /age\/gemeente_65plus_2023\.csv: kan het bestand niet lezen \(ENOENT\)/,
    );
    expect(counts.observations).toBe(0);
  });

  it('refuses an unknown gemeente code', async () => {
    const dir = brokenCopy((d) => {
      const path = join(d, 'care/covid_vaccinatiegraad_gemeente.csv');
      writeFileSync(path, readFileSync(path, 'utf8').replace('GM0014,', 'GM9999,'));
    });
    const { error } = await loadInto(dir);
    expect((error as Error).message).toBe(
      "care/covid_vaccinatiegraad_gemeente.csv, rij 2, kolom 'gemeente_code': GM9999 is geen gemeente van de indeling",
    );
  });

  it('refuses a corrupt boundary file', async () => {
    const dir = brokenCopy((d) =>
      writeFileSync(join(d, 'boundaries/ggdregio_2024.topojson'), '{"type":"Topology",'),
    );
    const { error, counts } = await loadInto(dir);
    expect((error as Error).message).toMatch(/^boundaries\/ggdregio_2024\.topojson: geen geldige JSON/);
    expect(counts.regions).toBe(0);
  });
});
