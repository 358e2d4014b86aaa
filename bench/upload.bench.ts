// Issue 18 item 5 "Bounded uploads": reading and checking a partner file of 1.1 million rows, as CSV and as XLSX
// (the size that took 2.6 GB and blocked the server ~17 s before): time, peak resident memory of the process
// (sampled every 20 ms) and the longest stall of the main thread's event loop while the worker reads. Limits are
// raised for the run so the whole file is read; then the same files with the default limits (refused at the row
// limit). Reference: reading the same bytes with a plain stream, on the same machine.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { parseUploadOffThread } from '../src/sources/upload/index.ts';
import { ms, report, time } from './measure.ts';

const ROWS = 1_100_000;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const GEMEENTEN = Array.from({ length: 342 }, (_, i) => `GM${String(i + 1).padStart(4, '0')}`);
const RAISED = {
  maxBytes: 200 * 1024 * 1024,
  maxRows: 2_000_000,
  maxCells: 20_000_000,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  workerMemoryMb: 4096,
};

function* rows(): Generator<(string | number)[]> {
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(2000, 0, 1 + Math.floor(i / GEMEENTEN.length)));
    yield [GEMEENTEN[i % GEMEENTEN.length]!, day.toISOString().slice(0, 10), 5 + (i % 50), 1000];
  }
}

async function measure(label: string, file: string, mapping: string, limits: Partial<typeof RAISED>) {
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const before = process.memoryUsage.rss();
  const { ms: took, result } = await time(() =>
    parseUploadOffThread(file, mapping, {
      file: label,
      knownRegions: new Set(GEMEENTEN),
      indicators: new Map([
        [
          'covid-ziekenhuisopnames',
          { id: 'covid-ziekenhuisopnames', valueType: 'proportion', multiplier: 1000 },
        ],
      ]),
      limits,
    }),
  );
  loop.disable();
  clearInterval(sampler);
  const outcome = result.ok ? `${result.observations.length} observations` : result.errors[0]?.message.nl;
  report(`${label}: read and checked off-thread`, ms(took));
  report(`${label}: peak RSS (before ${mb(before)})`, mb(peak));
  report(`${label}: longest main-thread event-loop stall`, ms(loop.max / 1e6));
  console.log(`  ${outcome}`);
}

async function plainRead(file: string): Promise<number> {
  const { ms: took } = await time(async () => {
    for await (const _ of createReadStream(file)) {
      /* bytes only */
    }
  });
  return took;
}

export default async function (): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'jp-bench-upload-'));
  try {
    const mapping = join(dir, 'mapping.json');
    await writeFile(
      mapping,
      JSON.stringify({
        indicator: 'covid-ziekenhuisopnames',
        region: { column: 'regio' },
        period: { column: 'periode' },
        count: { column: 'teller' },
        denominator: { column: 'noemer' },
      }),
    );
    const header = ['regio', 'periode', 'teller', 'noemer'];
    const csv = join(dir, 'groot.csv');
    const lines = [header.join(',')];
    for (const r of rows()) lines.push(r.join(','));
    await writeFile(csv, `${lines.join('\n')}\n`);
    lines.length = 0;

    const xlsx = join(dir, 'groot.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: false });
    const sheet = writer.addWorksheet('Data');
    sheet.addRow(header).commit();
    for (const r of rows()) sheet.addRow(r).commit();
    await sheet.commit();
    await writer.commit();

    for (const [label, file] of [
      ['CSV 1.1 M rows', csv],
      ['XLSX 1.1 M rows', xlsx],
    ] as const) {
      report(`${label}: file size`, mb((await stat(file)).size));
      report(`${label}: reference, plain stream read of the bytes`, ms(await plainRead(file)));
      await measure(label, file, mapping, RAISED);
      await measure(`${label}, default limits`, file, mapping, { maxBytes: RAISED.maxBytes });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
