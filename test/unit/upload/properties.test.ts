// Properties of the parser and validator: arbitrary text never makes them throw, and every valid row that is
// written out (with csvSafe, in either Dutch or English notation) comes back as the same observation.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvSafe, parseUpload } from '../../../src/sources/upload/index.ts';
import { validateRows } from '../../../src/sources/upload/validate.ts';
import { context, knownRegions } from './context.ts';

const columns = ['indicator', 'regiocode', 'periode', 'geslacht', 'waarde', 'teller', 'noemer'];
const mapping = {
  indicator: { column: 'indicator' },
  region: { column: 'regiocode' },
  period: { column: 'periode' },
  breakdown: { column: 'geslacht' },
  value: { column: 'waarde' },
  count: { column: 'teller' },
  denominator: { column: 'noemer' },
};

let dir: string;
let mappingPath: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jp-props-'));
  mappingPath = join(dir, 'koppeling.json');
  await writeFile(mappingPath, JSON.stringify(mapping));
});

async function parseText(content: string | Uint8Array, extra: Partial<typeof mapping> & object = {}) {
  n += 1;
  const file = join(dir, `bestand-${n}.csv`);
  await writeFile(file, content);
  let map = mappingPath;
  if (Object.keys(extra).length > 0) {
    map = join(dir, `koppeling-${n}.json`);
    await writeFile(map, JSON.stringify({ ...mapping, ...extra }));
  }
  return parseUpload(file, map, context);
}

describe('never throws', () => {
  it('on arbitrary text or bytes as a CSV file', async () => {
    const header = columns.join(',');
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom(',', ';', '"', '\n', '\r', '\t', '=', '-', '1', '.', 'G', 'M', ' '),
        maxLength: 200,
      }),
      fc.string({ maxLength: 200 }).map((body) => `${header}\n${body}`),
    );
    const content = fc.oneof(text, fc.uint8Array({ maxLength: 300 }));
    await fc.assert(
      fc.asyncProperty(content, async (c) => {
        const result = await parseText(c);
        expect(result.ok).toBe(result.errorCount === 0);
        expect(result.errors.length).toBeLessThanOrEqual(result.errorCount);
        for (const e of result.errors) expect(e.message.nl.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('validateRows on arbitrary cells', () => {
    const cells = fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 9 });
    fc.assert(
      fc.property(fc.array(cells, { maxLength: 20 }), (rows) => {
        const sheet = [columns, ...rows].map((c, i) => ({ row: i + 1, cells: c }));
        const result = validateRows(sheet, mapping, { ...context, file: 'x.csv' });
        expect(result.observations.length + result.errorCount).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

const period = fc.oneof(
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}Q${q}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2030-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 1990, max: 2025 }), fc.integer({ min: 1, max: 5 }))
    .map(([y, k]) => `${y}-${y + k}`),
);

/** A number in hundredths, written with the decimal separator and optional thousands grouping. */
function write(hundredths: number, decimal: ',' | '.', grouped: boolean): string {
  const whole = String(Math.floor(hundredths / 100));
  const thousands = decimal === ',' ? '.' : ',';
  const int = grouped ? whole.replace(/\B(?=(\d{3})+$)/g, thousands) : whole;
  return `${int}${decimal}${String(hundredths % 100).padStart(2, '0')}`;
}

const row = fc.record({
  indicatorId: fc.constantFrom('ervaren-gezondheid', 'huisartscontacten', 'inwoners'),
  regionCode: fc.constantFrom(...knownRegions),
  period,
  breakdown: fc.constantFrom('totaal', 'man', 'vrouw', '65+', 'Zuid-Holland; "noord"'),
  hundredths: fc.integer({ min: 0, max: 1_000_000_000 }),
  grouped: fc.boolean(),
});

describe('round trip', () => {
  it('every valid generated row comes back as the same observation', async () => {
    const rows = fc.uniqueArray(row, {
      minLength: 1,
      maxLength: 15,
      selector: (r) => [r.indicatorId, r.regionCode, r.period, r.breakdown].join('|'),
    });
    const notation = fc.constantFrom([',', '.'] as const, [';', ','] as const, ['\t', '.'] as const);
    await fc.assert(
      fc.asyncProperty(rows, notation, fc.boolean(), async (rs, [delimiter, decimal], crlf) => {
        const lines = [columns.join(delimiter)];
        for (const r of rs) {
          const cells = [
            r.indicatorId,
            r.regionCode,
            r.period,
            r.breakdown,
            write(r.hundredths, decimal, r.grouped),
            '',
            '',
          ];
          lines.push(cells.map(csvSafe).join(delimiter));
        }
        const result = await parseText(lines.join(crlf ? '\r\n' : '\n'), {
          decimalSeparator: decimal,
        } as object);
        expect(result.errors).toEqual([]);
        expect(result.observations).toEqual(
          rs.map((r, i) => ({
            row: i + 2,
            indicatorId: r.indicatorId,
            regionCode: r.regionCode,
            period: r.period,
            breakdown: r.breakdown,
            value: r.hundredths / 100,
            count: null,
            denominator: null,
            lower: null,
            upper: null,
          })),
        );
      }),
      { numRuns: 100 },
    );
  });
});
