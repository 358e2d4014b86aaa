import { describe, expect, it } from 'vitest';
import { multiYearAverage, percentagePointChange, relativeChange } from '../../../src/stats/change.ts';

describe('change', () => {
  it('percentage points and relative change (hand-computed)', () => {
    expect(percentagePointChange(12.5, 15)).toBe(2.5);
    expect(percentagePointChange(null, 15)).toBeNull();
    expect(relativeChange(40, 50)).toBe(25);
    expect(relativeChange(50, 40)).toBe(-20);
    expect(relativeChange(-10, -5)).toBe(50); // from −10 up to −5 is an increase
    expect(relativeChange(0, 5)).toBeNull();
    expect(relativeChange(5, null)).toBeNull();
  });
  it('multi-year average pools counts where every point has them (hand-computed)', () => {
    // (10 + 30) / (100 + 900) = 4 %, not the mean of 10 % and 3.33 %.
    const pooled = multiYearAverage(
      [
        { count: 10, denominator: 100 },
        { count: 30, denominator: 900 },
      ],
      100,
    );
    expect(pooled).toEqual({ value: 4, method: 'pooled-counts', count: 40, denominator: 1000 });
    expect(multiYearAverage([{ count: 0, denominator: 0 }]).value).toBeNull();
  });
  it('otherwise the mean of the values', () => {
    expect(multiYearAverage([1, 2, 6])).toEqual({
      value: 3,
      method: 'mean-of-values',
      count: null,
      denominator: null,
    });
    const mixed = multiYearAverage([{ count: 1, denominator: 10, value: 10 }, { value: 20 }]);
    expect(mixed).toMatchObject({ value: 15, method: 'mean-of-values' });
    expect(multiYearAverage([]).method).toBe('none');
    expect(multiYearAverage([{ value: null }]).value).toBeNull();
  });
});
