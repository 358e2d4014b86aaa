import { describe, expect, it } from 'vitest';
import type { ProfileIndicator } from '../../../regiobeeld/profileTypes.ts';
import { fiveYearBands, pyramidRows } from './pyramid.ts';

const row = (breakdown: string, value: number | null, national: number | null = null) =>
  ({
    id: 'bevolking-leeftijd',
    breakdown,
    value,
    national: national === null ? null : { value: national },
  }) as unknown as ProfileIndicator;

describe('population pyramid rows', () => {
  it('pairs men and women per age band, youngest first, with Nederland', () => {
    const rows = pyramidRows([
      row('95+', 0.2),
      row('man:5-9', 2.6, 2.7),
      row('vrouw:5-9', 2.5, 2.6),
      row('10-14', 5.1),
      row('man:10-14', 2.6),
      row('vrouw:10-14', 2.5),
      row('0-4', 5.0),
      row('5-9', 5.1),
      { ...row('totaal', 100), id: 'bevolking' },
    ]);
    expect(rows.map((r) => r.age)).toEqual(['0-4', '5-9', '10-14', '95+']);
    expect(rows[1]).toEqual({
      age: '5-9',
      men: 2.6,
      women: 2.5,
      all: 5.1,
      nationalMen: 2.7,
      nationalWomen: 2.6,
      nationalAll: null,
    });
    expect(rows[0]!.men).toBeNull();
  });

  it('is empty without age data (no numbers are made up)', () => {
    expect(pyramidRows([])).toEqual([]);
  });

  it('says five-year bands only when the groups shown are five-year bands', () => {
    // 03759ned: 0-4 … 90-94 and 95+.
    const bands = Array.from({ length: 19 }, (_, i) => `${i * 5}-${i * 5 + 4}`);
    expect(fiveYearBands([...bands, '95+'])).toBe(true);
    // 70072NED 2025: nine groups, the wider ones 25-44, 45-64, 65-79 and 80+.
    expect(fiveYearBands(['0-4', '5-9', '10-14', '15-19', '20-24', '25-44', '45-64', '65-79', '80+'])).toBe(
      false,
    );
    // kwb 2024: five groups.
    expect(fiveYearBands(['0-14', '15-24', '25-44', '45-64', '65+'])).toBe(false);
    expect(fiveYearBands([])).toBe(false);
  });
});
