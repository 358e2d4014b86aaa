// `juisteplek import cbs` and `juisteplek import file` as a user runs them: a real child process, the CBS URLs
// pointing at the replay server started here, on a PGlite data directory and on a PostgreSQL schema.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/regiobeeld/profileTypes.ts';
import { type CbsReplayServer, startCbsReplayServer } from '../../support/cbs-replay-server.ts';
import { runCli } from '../../support/cli.ts';
import { testDatabases } from '../../support/database.ts';
import { importFixtures } from './helpers.ts';

const upload = (name: string) => fileURLToPath(new URL(`../../fixtures/upload/${name}`, import.meta.url));
const monitor = fileURLToPath(new URL('../../fixtures/import/upload/monitor.csv', import.meta.url));
const statlineCsv = fileURLToPath(
  new URL('../../fixtures/cbs/statline-csv/03759ned_bevolking_2022-2026.csv', import.meta.url),
);

for (const database of testDatabases()) {
  describe(`juisteplek import on ${database.name}`, () => {
    let env: NodeJS.ProcessEnv;
    let replay: CbsReplayServer;
    let fixtures: ReturnType<typeof importFixtures>;
    let dir: string;
    let NEW: number;
    const cli = (args: string[]) => runCli(args, env);

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'jp-import-cli-'));
      const config = await database.config();
      env = config.databaseUrl
        ? { DATABASE_URL: config.databaseUrl, DATABASE_SCHEMA: config.databaseSchema }
        : { DATABASE_URL: '', JUISTEPLEK_DATA_DIR: join(dir, 'data') };
      // The first run loads the bundle; its last year of population tells which year the import brings.
      const profile = JSON.parse((await cli(['profile', 'GM0363', '--json'])).stdout) as Profile;
      NEW = Number(profile.indicators.find((i) => i.id === 'bevolking')!.period) + 1;
      fixtures = importFixtures({ years03759: [NEW - 1, NEW] });
      replay = await startCbsReplayServer({ fixturesDir: fixtures.dir });
      env = { ...env, CBS_ODATA_V3_URL: replay.v3Url, CBS_ODATA_V4_URL: replay.v4Url };
    });
    afterAll(async () => {
      await replay?.close();
      fixtures?.remove();
      rmSync(dir, { recursive: true, force: true });
      await database.cleanup();
    });

    it('imports a mapped CBS table with a progress line, and says so when nothing changed', async () => {
      const first = await cli(['import', 'cbs', '03759ned']);
      expect(first.stderr).toContain(
        "\r03759ned  1/3 pagina's\r03759ned  2/3 pagina's\r03759ned  3/3 pagina's\n",
      );
      expect(first.code).toBe(0);
      const lines = first.stdout.trim().split('\n');
      expect(lines[0]).toMatch(
        /^03759ned \(v3\): 6\.480 cellen geïmporteerd in snapshot cbs:03759ned:[0-9a-f]{16} \(10 pagina's, \d+ kB\)\.$/,
      );
      expect(lines[1]).toMatch(
        /^Koppeling catalog\/mappings\/03759ned\.json: bevolking \d, bevolking-gemiddeld \d, bevolking-leeftijd 480 waarnemingen; 1 regiocode overgeslagen \(niet in de regiotabel\)(; \d zonder volledige gegevens)?(; \d niet overschreven \(uit de meegeleverde bundel\))?\.$/,
      );
      const snapshot = /snapshot (\S+) /.exec(lines[0]!)![1];

      const again = await cli(['import', 'cbs', '03759NED', '--json']);
      expect(again.code).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({
        status: 'unchanged',
        snapshotId: snapshot,
        cells: 6480,
      });
      const text = await cli(['import', 'cbs', '03759ned']);
      expect(text.stdout).toMatch(
        new RegExp(`^03759ned \\(v3\\): niets gewijzigd; dezelfde inhoud als snapshot ${snapshot}`),
      );

      const profile = JSON.parse((await cli(['profile', 'GM0363', '--json'])).stdout) as Profile;
      expect(profile.indicators.find((i) => i.id === 'bevolking')!.period).toBe(String(NEW));
    });

    it('ends with one clear line and exit code 1 when CBS fails, and 2 for wrong usage', async () => {
      const missing = await cli(['import', 'cbs', '12345XXX']);
      expect(missing.code).toBe(1);
      expect(missing.stderr.trim()).toBe(
        'juisteplek: Tabel 12345XXX bestaat niet bij CBS (404) / Table 12345XXX does not exist at CBS (404)',
      );
      replay.fault(/70072ned\/UntypedDataSet/, { status: 200, body: 'geen json' });
      const malformed = await cli(['import', 'cbs', '70072ned']);
      expect(malformed.code).toBe(1);
      expect(malformed.stderr.trim().split('\n')).toHaveLength(1);
      expect(malformed.stderr).toMatch(
        /^juisteplek: CBS stuurde een onbruikbare pagina \(geen geldige JSON\)/,
      );
      const sources = JSON.parse((await cli(['import', 'cbs', '70072ned', '--json'])).stdout);
      expect(sources).toMatchObject({ status: 'imported', previousSnapshotId: null });

      const api = await cli(['import', 'cbs', '03759ned', '--api', 'v5']);
      expect(api.code).toBe(2);
      expect(api.stderr.trim()).toBe("juisteplek: --api: 'v5' moet v3 of v4 zijn");
      const id = await cli(['import', 'cbs', '../etc']);
      expect(id.code).toBe(2);
    });

    it('imports part of the real 03759ned and a StatLine CSV; a filter or file that does not fit is exit 2', async () => {
      const real = await startCbsReplayServer(); // the real recordings of test/fixtures/cbs/
      try {
        const base = ['import', 'cbs', '03759ned', '--api', 'v4', '--base-url', real.v4Url];
        const part = await cli([...base, '--regions', 'gemeente', '--periods', '2025-2026']);
        expect(part.code).toBe(0);
        expect(part.stdout).toMatch(/^03759ned \(v4\): 32 cellen geïmporteerd in snapshot cbs:03759ned:/);
        expect(part.stdout).toContain(
          "\nFilter: (Perioden eq '2025JJ00' or Perioden eq '2026JJ00') and (startswith(RegioS,'GM'))\n",
        );
        const wrong = await cli([...base, '--regions', 'GM9999']);
        expect(wrong.code).toBe(2);
        expect(wrong.stderr.trim()).toBe(
          "juisteplek: Tabel 03759ned: --regions: code 'GM9999' staat niet in dimensie 'RegioS' van tabel 03759ned / Table 03759ned: bad filter",
        );
        const refused = await cli([...base, '--filter', "substringof('GM',RegioS)"]);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain(
          "CBS weigerde het verzoek (400) \"An unknown function with name 'substringof'",
        );

        const csv = await cli(['import', 'statline-csv', statlineCsv, '--table', '03759ned']);
        expect(csv.code).toBe(0);
        expect(csv.stdout).toMatch(
          /^03759ned \(v4\): 50 cellen geïmporteerd in snapshot cbs:03759ned:[0-9a-f]{16} \(1 pagina's/,
        );
        const broken = join(dir, 'kapot.csv');
        writeFileSync(broken, readFileSync(statlineCsv, 'utf8').replace('"GM0363    "', '"GM9999    "'));
        const bad = await cli(['import', 'statline-csv', broken, '--table', '03759ned']);
        expect(bad.code).toBe(2);
        expect(bad.stderr.trim()).toBe(
          "juisteplek: kapot.csv, rij 12, kolom 'Regio's': code 'GM9999' staat niet in de codelijst van dimensie 'RegioS' van tabel 03759ned; niets geïmporteerd",
        );
      } finally {
        await real.close();
      }
    });

    it('reads the file in a worker under the real command, with the JUISTEPLEK_UPLOAD_* limits', async () => {
      const limited = await runCli(['import', 'file', monitor, '--mapping', upload('mapping-comma.json')], {
        ...env,
        JUISTEPLEK_UPLOAD_MAX_ROWS: '1',
      });
      expect(limited.code).toBe(2);
      expect(limited.stderr).toContain(
        'monitor.csv, rij 3: het bestand heeft meer dan 1 rijen met gegevens (grens rijen, JUISTEPLEK_UPLOAD_MAX_ROWS); splits het bestand',
      );
      const wrong = await runCli(['import', 'file', monitor, '--mapping', upload('mapping-comma.json')], {
        ...env,
        JUISTEPLEK_UPLOAD_MAX_ROWS: 'veel',
      });
      expect(wrong.stderr).toContain("JUISTEPLEK_UPLOAD_MAX_ROWS: 'veel' is geen positief geheel getal");
      expect(wrong.code).not.toBe(0);
    });

    it('imports a good file and refuses a broken one row by row with exit code 2', async () => {
      const good = await cli(['import', 'file', monitor, '--mapping', upload('mapping-comma.json')]);
      expect(good.code).toBe(0);
      expect(good.stdout).toMatch(
        /^monitor\.csv: 4 waarnemingen geïmporteerd \(gezondheidsmonitor-ervaren-gezondheid 2, gezondheidsmonitor-eenzaam 1, aandeel-65plus 1\) met snapshot upload:[0-9a-f]{16}\.\n$/,
      );

      const bad = await cli([
        'import',
        'file',
        upload('row-problems.csv'),
        '--mapping',
        upload('mapping-comma.json'),
      ]);
      expect(bad.code).toBe(2);
      const lines = bad.stderr.trim().split('\n');
      expect(lines).toContain("row-problems.csv, rij 2, kolom 'teller': een aantal kan niet negatief zijn");
      expect(lines.at(-1)).toBe(
        `juisteplek: row-problems.csv: ${lines.length - 1} fouten; niets geïmporteerd`,
      );
      for (const line of lines.slice(0, -1))
        expect(line).toMatch(/^row-problems\.csv, rij \d+(, kolom '[^']+')?: /);

      const many = join(dir, 'veel-fouten.csv');
      const header = readFileSync(monitor, 'utf8').split('\n')[0];
      writeFileSync(
        many,
        [
          header,
          ...Array.from({ length: 230 }, (_, i) => `gezondheidsmonitor-roker,GM0363,2024-${13 + i},,1,,,,`),
        ].join('\n'),
      );
      const lots = await cli(['import', 'file', many, '--mapping', upload('mapping-comma.json')]);
      const out = lots.stderr.trim().split('\n');
      expect(lots.code).toBe(2);
      expect(out).toHaveLength(202);
      expect(out[200]).toBe('… en nog 30 fouten');
      expect(out[201]).toBe('juisteplek: veel-fouten.csv: 230 fouten; niets geïmporteerd');

      const json = await cli([
        'import',
        'file',
        upload('unknown-region.csv'),
        '--mapping',
        upload('mapping-comma.json'),
        '--json',
      ]);
      expect(json.code).toBe(2);
      expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, errorCount: 3, file: 'unknown-region.csv' });
    });
  });
}
