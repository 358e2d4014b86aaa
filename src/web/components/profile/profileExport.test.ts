// The profile CSV: every existing column stays where it was; the suppression bounds, the GGD-regio whose figure is
// shown, and the conversion of a trend point are columns of their own.
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileIndicator } from '../../../regiobeeld/profileTypes.ts';
import { toCsv } from '../../lib/csv.ts';
import { TREND_COLUMNS, trendRows, VALUE_COLUMNS, valueRow } from './profileExport.ts';

const profile = { region: { code: 'ZK07', name: 'Zwolle', gemeenten: [] } } as unknown as Profile;
const base = {
  id: 'covid-vaccinatiegraad',
  name: { nl: 'Vaccinatiegraad', en: 'Vaccination' },
  unit: { nl: '%', en: '%' },
  breakdown: 'totaal',
  period: '2022',
  value: null,
  lower: null,
  upper: null,
  lower998: null,
  upper998: null,
  count: null,
  denominator: null,
  national: null,
  parent: null,
  rank: null,
  flags: ['suppressed-member'],
  suppressed: true,
  reason: { nl: 'Urk: <=5', en: 'Urk: <=5' },
  method: 'sum-counts',
  source: { publisher: 'RIVM', title: 'Vaccinatie', table: 'x', licence: 'Publiek domein' },
  snapshots: ['bundle:1'],
  bounds: { lower: 21.3, upper: 21.8 },
  valueOf: null,
  trend: { points: [] },
} as unknown as ProfileIndicator;
const cell = (row: ProfileIndicator, column: string) =>
  valueRow(profile, row, 'nl')[VALUE_COLUMNS.indexOf(column)];

describe('profile CSV', () => {
  it('keeps the existing columns first, in their order', () => {
    expect(VALUE_COLUMNS.slice(0, 6)).toEqual([
      'region_code',
      'region_name',
      'indicator',
      'indicator_name',
      'breakdown',
      'period',
    ]);
    expect(VALUE_COLUMNS.indexOf('snapshots')).toBe(28);
    expect(VALUE_COLUMNS.slice(29)).toEqual([
      'suppressed_lower',
      'suppressed_upper',
      'value_of_code',
      'value_of_name',
    ]);
    expect(valueRow(profile, base, 'nl')).toHaveLength(VALUE_COLUMNS.length);
  });

  it('gives the bounds a suppression allows instead of a value', () => {
    expect(cell(base, 'value')).toBeNull();
    expect(cell(base, 'suppressed_lower')).toBe(21.3);
    expect(cell(base, 'suppressed_upper')).toBe(21.8);
    expect(cell(base, 'value_of_name')).toBeNull();
  });

  it('names the GGD-regio whose figure a gemeente shows', () => {
    const ggd = {
      ...base,
      value: 24.1,
      bounds: null,
      suppressed: false,
      valueOf: { code: 'GG3406', name: 'GGD Amsterdam', type: 'ggdregio' },
    } as ProfileIndicator;
    expect(cell(ggd, 'value_of_code')).toBe('GG3406');
    expect(cell(ggd, 'value_of_name')).toBe('GGD Amsterdam');
    expect(cell(ggd, 'suppressed_lower')).toBeNull();
    const csv = toCsv(VALUE_COLUMNS, [valueRow(profile, ggd, 'nl')]);
    expect(csv).toContain(',GG3406,GGD Amsterdam');
  });

  it('says on a trend point that it was converted to today’s indeling', () => {
    const row = {
      ...base,
      trend: {
        points: [
          {
            period: '2020',
            value: 45857,
            lower: null,
            upper: null,
            partial: false,
            conversion: 'omgerekend naar …',
          },
          { period: '2021', value: 45587, lower: null, upper: null, partial: false, conversion: null },
        ],
      },
    } as unknown as ProfileIndicator;
    const rows = trendRows('Eemsdelta', [row]);
    expect(rows.map((r) => r[TREND_COLUMNS.indexOf('conversion')])).toEqual(['omgerekend naar …', null]);
  });
});
