import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCbsPeriod } from '../../../src/sources/cbs/index.ts';

describe('parseCbsPeriod', () => {
  it('maps years, quarters and months onto our codes with first and last day', () => {
    expect(parseCbsPeriod('2023JJ00')).toEqual({
      code: '2023',
      cbsCode: '2023JJ00',
      type: 'year',
      start: '2023-01-01',
      end: '2023-12-31',
      label: '2023',
    });
    expect(parseCbsPeriod('2021KW02')).toMatchObject({
      code: '2021Q2',
      type: 'quarter',
      start: '2021-04-01',
      end: '2021-06-30',
      label: '2021 2e kwartaal',
    });
    expect(parseCbsPeriod('2022MM04')).toMatchObject({
      code: '2022-04',
      type: 'month',
      start: '2022-04-01',
      end: '2022-04-30',
      label: '2022 april',
    });
  });

  it('knows leap years and the last quarter', () => {
    expect(parseCbsPeriod('2024MM02').end).toBe('2024-02-29');
    expect(parseCbsPeriod('2023MM02').end).toBe('2023-02-28');
    expect(parseCbsPeriod('2020KW04')).toMatchObject({ start: '2020-10-01', end: '2020-12-31' });
  });

  it('trims padded codes and reads v4 day codes', () => {
    expect(parseCbsPeriod('2023JJ00  ').code).toBe('2023');
    expect(parseCbsPeriod('20220619')).toMatchObject({
      code: '2022-06-19',
      type: 'date',
      label: '19 juni 2022',
    });
  });

  it('reads multi-year periods from the title, or from an n-year average code', () => {
    expect(parseCbsPeriod('2020X000', '2017-2020')).toMatchObject({
      code: '2017-2020',
      type: 'multi-year',
      start: '2017-01-01',
      end: '2020-12-31',
    });
    expect(parseCbsPeriod('2019G200')).toMatchObject({ code: '2018-2019', type: 'multi-year' });
    expect(() => parseCbsPeriod('2020X000')).toThrow(/titel van de periode/);
  });

  it('rejects codes it does not know, naming the code', () => {
    for (const bad of ['2023KW05', '2023MM13', '2023JJ01', '2023W101', '2023SJ00', '20230230', 'abc', '']) {
      expect(() => parseCbsPeriod(bad), bad).toThrow(RangeError);
    }
    expect(() => parseCbsPeriod('2023KW05')).toThrow(/"2023KW05"/);
  });

  it('every month lies inside its quarter and its year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const m = parseCbsPeriod(`${year}MM${String(month).padStart(2, '0')}`);
        const q = parseCbsPeriod(`${year}KW0${Math.ceil(month / 3)}`);
        const y = parseCbsPeriod(`${year}JJ00`);
        expect(q.start <= m.start && m.end <= q.end).toBe(true);
        expect(y.start <= q.start && q.end <= y.end).toBe(true);
        // The day after the month's end is the first of the next month.
        const next = new Date(`${m.end}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(next.getUTCDate()).toBe(1);
      }),
    );
  });
});
