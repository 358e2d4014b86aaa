// The herindelingen 2019–2026 as CBS describes them in 03759ned's RegioS code list (the real recording), the
// shipped table data/regions/gemeente_herindelingen_2019_2026.csv checked against it, and the conversion of one
// merger and one split by hand with CBS's 1-1-2020 figures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { harmonise } from '../../../src/geo/harmonise.ts';
import { conversionRows, herindelingenFromCodes } from '../../../src/geo/herindelingen.ts';
import { readHerindelingen } from '../../../src/sources/cbs/importMapping.ts';

const recording = (file: string) =>
  JSON.parse(
    readFileSync(
      fileURLToPath(new URL(`../../../data/cbs-recordings/03759ned/${file}`, import.meta.url)),
      'utf8',
    ),
  ).value;
const codes = (
  recording('codes-RegioS.json') as { Identifier: string; Title: string; Description: string }[]
).map((c) => ({ key: c.Identifier, title: c.Title, description: c.Description }));
const observations = recording('observations-page-1.json') as {
  RegioS: string;
  Perioden: string;
  Measure: string;
  Value: number | null;
}[];
const today = new Set(
  observations
    .filter((o) => o.Perioden === '2026JJ00' && o.RegioS.startsWith('GM') && o.Value !== null)
    .map((o) => o.RegioS),
);
const derived = herindelingenFromCodes(codes, '2019-01-01', today);

describe('herindelingen from the RegioS code list of 03759ned', () => {
  it('is the shipped table, row for row', () => {
    expect(readHerindelingen()).toEqual(derived);
  });

  it('covers every gemeente that has figures in 2019–2022 but is not a gemeente of today', () => {
    const former = new Set(
      observations
        .filter((o) => o.RegioS.startsWith('GM') && o.Value !== null && !today.has(o.RegioS))
        .map((o) => o.RegioS),
    );
    expect(former.size).toBe(18);
    for (const code of former) expect(derived.some((h) => h.from === code && h.to !== code)).toBe(true);
  });

  it('reads mergers, a split and the continuing part as CBS states them', () => {
    expect(derived.filter((h) => h.to === 'GM1979')).toEqual([
      {
        from: 'GM0003',
        fromName: 'Appingedam',
        to: 'GM1979',
        toName: 'Eemsdelta',
        date: '2021-01-01',
        inhabitants: 11496,
      },
      {
        from: 'GM0010',
        fromName: 'Delfzijl',
        to: 'GM1979',
        toName: 'Eemsdelta',
        date: '2021-01-01',
        inhabitants: 24596,
      },
      {
        from: 'GM0024',
        fromName: 'Loppersum',
        to: 'GM1979',
        toName: 'Eemsdelta',
        date: '2021-01-01',
        inhabitants: 9495,
      },
    ]);
    // Haaren went to four gemeenten; Tilburg's own part is not quantified by CBS.
    expect(derived.filter((h) => h.from === 'GM0788').map((h) => [h.to, h.inhabitants])).toEqual([
      ['GM0757', 2149],
      ['GM0824', 5827],
      ['GM0855', 1442],
      ['GM0865', 4900],
    ]);
    expect(derived.find((h) => h.from === 'GM0855')).toMatchObject({ to: 'GM0855', inhabitants: null });
    expect(derived.find((h) => h.from === 'GM0363')).toMatchObject({ to: 'GM0363', inhabitants: 882633 });
    expect(derived.some((h) => h.date <= '2019-01-01')).toBe(false);
  });

  it('sums a merger and shares a split out by inhabitants (1 January 2020, by hand)', () => {
    // Shares are computed over all of Haaren's parts, then the two gemeenten of today are taken.
    const rows = conversionRows(derived).filter((r) => ['GM1979', 'GM0855'].includes(r.to));
    // CBS 03759ned M000352 2020JJ00: Appingedam 11,642, Delfzijl 24,678, Loppersum 9,537; Haaren 14,370,
    // Tilburg 219,789.
    const values = new Map([
      ['GM0003', { value: 11642, count: 11642 }],
      ['GM0010', { value: 24678, count: 24678 }],
      ['GM0024', { value: 9537, count: 9537 }],
      ['GM0788', { value: 14370, count: 14370 }],
      ['GM0855', { value: 219789, count: 219789 }],
    ]);
    const { results, missing } = harmonise(rows, values, 'sum');
    expect(missing).toEqual([]);
    // 11,642 + 24,678 + 9,537 = 45,857
    expect(results.find((r) => r.code === 'GM1979')).toMatchObject({
      value: 45857,
      count: 45857,
      estimated: false,
    });
    // 219,789 + 14,370 × 1,442 / (2,149 + 5,827 + 1,442 + 4,900) = 219,789 + 1,447.24 = 221,236 (rounded)
    expect(results.find((r) => r.code === 'GM0855')).toMatchObject({
      value: 221236,
      count: 221236,
      estimated: true,
    });
    // A mean weighted by inhabitants needs every part's weight: Tilburg's own part has none.
    expect(harmonise(rows, values, 'population-weighted-mean').missing).toEqual([
      { code: 'GM0855', from: 'GM0855' },
    ]);
  });
});
