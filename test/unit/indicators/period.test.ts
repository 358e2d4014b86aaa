import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodFullyCovered } from '../../../src/indicators/period.ts';

describe('parsePeriod', () => {
  it('parses every period format to its first and last day', () => {
    expect(parsePeriod('2023')).toEqual({
      code: '2023',
      type: 'year',
      start: '2023-01-01',
      end: '2023-12-31',
    });
    expect(parsePeriod('2024Q1')).toEqual({
      code: '2024Q1',
      type: 'quarter',
      start: '2024-01-01',
      end: '2024-03-31',
    });
    expect(parsePeriod('2023Q4')?.end).toBe('2023-12-31');
    expect(parsePeriod('2024-02')).toEqual({
      code: '2024-02',
      type: 'month',
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(parsePeriod('2022-06-19')).toEqual({
      code: '2022-06-19',
      type: 'date',
      start: '2022-06-19',
      end: '2022-06-19',
    });
    expect(parsePeriod('2020-2022')).toEqual({
      code: '2020-2022',
      type: 'multi-year',
      start: '2020-01-01',
      end: '2022-12-31',
    });
  });

  it('refuses what is not a period', () => {
    for (const bad of [
      '',
      '23',
      '2023Q5',
      '2023K1',
      '2023-13',
      '2023-02-30',
      '2022-2020',
      '2023JJ00',
      ' 2023',
    ]) {
      expect(parsePeriod(bad)).toBeNull();
    }
  });

  it('always has start ≤ end (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 4 }), (year, quarter) => {
        const p = parsePeriod(`${year}Q${quarter}`)!;
        expect(p.start <= p.end).toBe(true);
        expect(p.start.startsWith(String(year))).toBe(true);
      }),
    );
  });
});

describe('periodFullyCovered', () => {
  const from = '2020-03-02';
  const to = '2023-03-31';
  it('says a period is partial when the series starts or ends inside it', () => {
    expect(periodFullyCovered(parsePeriod('2020')!, from, to)).toBe(false);
    expect(periodFullyCovered(parsePeriod('2020Q2')!, from, to)).toBe(true);
    expect(periodFullyCovered(parsePeriod('2023Q1')!, from, to)).toBe(true);
    expect(periodFullyCovered(parsePeriod('2023')!, from, to)).toBe(false);
  });
  it('says a period with a missing day is partial', () => {
    expect(periodFullyCovered(parsePeriod('2024Q1')!, '2020-01-01', '2024-03-31', ['2024-02-18'])).toBe(
      false,
    );
  });
});

describe('comparePeriods', () => {
  it('orders by end, then start', () => {
    const sorted = ['2022Q1', '2021', '2020-2022', '2022'].map((c) => parsePeriod(c)!).sort(comparePeriods);
    expect(sorted.map((p) => p.code)).toEqual(['2021', '2022Q1', '2020-2022', '2022']);
  });
});
