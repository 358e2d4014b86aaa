// Bad input in the new bundle files (issue 12) ends with one error naming file, row and column, and nothing is
// loaded (the parse runs before the one transaction). Real files, each broken in one place.
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
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'jp-bundle12-'));
  dirs.push(dir);
  cpSync(defaultDataDir, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

async function loadInto(dataDir: string) {
  const db = await connect({ dataDir: 'memory://' });
  await migrate(db);
  await syncRegionTypes(db);
  const error = await loadBundle(db, loadCatalog(), { dataDir }).then(
    () => null,
    (e: unknown) => e,
  );
  const [counts] = await db.query<{ regions: number; observations: number; areas: number }>(
    `SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM observation)::int AS observations,
            (SELECT count(*) FROM area_observation)::int AS areas`,
  );
  await db.close();
  return { error, counts };
}

describe('broken issue 12 bundle files', () => {
  it('names the kwb row and column of a count that is not a number', async () => {
    const dir = brokenCopy('population/kwb2024_85984NED_bevolking_leeftijd_geslacht.csv', (text) =>
      text.replace(
        '"Verspreide huizen Annen";"Aa en Hunze                             ";"Buurt     ";"BU16800009";"1";140;',
        '"Verspreide huizen Annen";"Aa en Hunze                             ";"Buurt     ";"BU16800009";"1";honderd;',
      ),
    );
    const { error, counts } = await loadInto(dir);
    expect(error).toBeInstanceOf(BundleError);
    expect((error as BundleError).message).toBe(
      "population/kwb2024_85984NED_bevolking_leeftijd_geslacht.csv, rij 6, kolom 'Bevolking/Aantal inwoners (aantal)': 'honderd' is geen geheel getal ≥ 0",
    );
    expect(counts).toEqual({ regions: 0, observations: 0, areas: 0 });
  });

  it('names a GGD-regio it does not know', async () => {
    const dir = brokenCopy('health/ggd_gezondheidsmonitor_2022_85563NED.csv', (text) =>
      text.replace('GGD Drenthe (GG)', 'GGD Drente (GG)'),
    );
    const { error, counts } = await loadInto(dir);
    expect((error as BundleError).message).toBe(
      "health/ggd_gezondheidsmonitor_2022_85563NED.csv, rij 4, kolom 'Regio': 'GGD Drente (GG)' is geen GGD-regio van de indeling",
    );
    expect(counts!.observations).toBe(0);
  });

  it('refuses a former gemeente that the conversion table does not cover', async () => {
    const dir = brokenCopy('regions/gemeente_omzetting_2022_2024.csv', (text) =>
      text.replace(/\nGM0457,Weesp,GM0363,Amsterdam,20766,2022-03-24/, ''),
    );
    const { error, counts } = await loadInto(dir);
    expect((error as BundleError).message).toMatch(
      /^health\/rivm50120NED_2022_ervaren_gezondheid_gm_wk_bu\.csv, rij \d+, kolom 'Codering_3': GM0457 is geen gemeente van de indeling en staat niet in de omzettingstabel$/,
    );
    expect(counts!.areas).toBe(0);
  });

  it('refuses a life-expectancy comparison that is not in RIVM’s words', async () => {
    const dir = brokenCopy('health/ggd_levensverwachting_2019_2022.csv', (text) =>
      text.replace('1010;GGD Groningen;Totaal;80,9;onder, 99% zeker', '1010;GGD Groningen;Totaal;80,9;lager'),
    );
    const { error } = await loadInto(dir);
    expect((error as BundleError).message).toBe(
      "health/ggd_levensverwachting_2019_2022.csv, rij 2, kolom 'Afwijking bij geboorte': 'lager' is geen aanduiding als 'boven, 99% zeker' of 'geen'",
    );
  });
});
