// Issue 12 ("CBS imports on real tables"): a filtered 03759ned import (gemeenten, 2023-2026) from the local replay
// of CBS's real v4 recording (data/cbs-recordings/03759ned, served with CBS's paging and $filter by the replay
// server), in rows per second, next to the same recording unfiltered; and the bundle load cold (migrate + load,
// including the replay of the recording) on a fresh PGlite data directory, next to reading and parsing the
// recording's files alone.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../src/app/context.ts';
import { importCbsTable } from '../src/sources/cbs/import.ts';
import { startCbsReplayServer } from '../test/support/cbs-replay-server.ts';
import { ms, report, time } from './measure.ts';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const recording = join(dataDir, 'cbs-recordings', '03759ned');

export default async function (): Promise<void> {
  const config = (dataDir: string) => ({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl: undefined,
    databaseSchema: undefined,
  });
  // The replay server reads <dir>/v4/<table>/: point it at the shipped recording.
  const fixtures = mkdtempSync(join(tmpdir(), 'jp-bench-cbs-'));
  mkdirSync(join(fixtures, 'v4'));
  symlinkSync(recording, join(fixtures, 'v4', '03759ned'));
  const replay = await startCbsReplayServer({ fixturesDir: fixtures });
  try {
    for (const [label, options] of [
      ['filtered: --regions gemeente --periods 2023-2026', { regions: 'gemeente', periods: '2023-2026' }],
      ['reference: the whole recording (no filter)', {}],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'jp-bench-cbs-db-'));
      // The mapping needs the regions: the app opens with the bundle loaded (not timed), then the import runs.
      const app = await openApp(config(dir));
      try {
        const run = await time(() =>
          importCbsTable(app, '03759ned', { api: 'v4', baseUrl: replay.v4Url, ...options }),
        );
        report(
          `PGlite, 03759ned ${label}`,
          `${Math.round(run.result.cells / (run.ms / 1000)).toLocaleString('en')} rows/s`,
        );
        report(`  ${run.result.cells.toLocaleString('en')} cells, with the mapping`, ms(run.ms));
      } finally {
        await app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await replay.close();
    rmSync(fixtures, { recursive: true, force: true });
  }

  const dir = mkdtempSync(join(tmpdir(), 'jp-bench-bundle-'));
  try {
    const cold = await time(async () => {
      const app = await openApp(config(dir));
      await app.close();
    });
    report('bundle load cold (new PGlite directory: migrate + load + replay)', ms(cold.ms));
    // The same bundle without its replay step: a copy of data/ whose manifest lists no recordings.
    const copy = mkdtempSync(join(tmpdir(), 'jp-bench-bundle-data-'));
    const withoutDir = mkdtempSync(join(tmpdir(), 'jp-bench-bundle-db-'));
    try {
      cpSync(dataDir, copy, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(copy, 'bundle.json'), 'utf8'));
      writeFileSync(join(copy, 'bundle.json'), JSON.stringify({ ...manifest, replays: [] }));
      const without = await time(async () => {
        const app = await openApp(config(withoutDir), { dataDir: copy });
        await app.close();
      });
      report('  reference: the same without the replay of 03759ned', ms(without.ms));
    } finally {
      rmSync(copy, { recursive: true, force: true });
      rmSync(withoutDir, { recursive: true, force: true });
    }
    const parse = await time(() => {
      for (const f of readdirSync(recording)) JSON.parse(readFileSync(join(recording, f), 'utf8'));
    });
    report('  reference: read and parse the 03759ned recording only', ms(parse.ms));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
