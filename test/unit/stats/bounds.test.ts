// Bounds of a weighted mean with a part suppressed by the source, with worked values.
import { describe, expect, it } from 'vitest';
import { boundsOfLabel, weightedMeanBounds } from '../../../src/stats/bounds.ts';

describe('bounds a suppression allows', () => {
  it('reads the range of a label', () => {
    expect(boundsOfLabel('<=5')).toEqual({ lower: 0, upper: 5 });
    expect(boundsOfLabel('< 10')).toEqual({ lower: 0, upper: 10 });
    expect(boundsOfLabel('>=95')).toEqual({ lower: 95, upper: 100 });
    expect(boundsOfLabel('.')).toBeNull();
    expect(boundsOfLabel('x')).toBeNull();
  });

  it('puts every suppressed part at its lowest and at its highest value', () => {
    // 20 % for 100 inhabitants and a part of 50 inhabitants with '<=5':
    // lower (20×100 + 0×50)/150 = 13.333…, upper (20×100 + 5×50)/150 = 15.
    const bounds = weightedMeanBounds([
      { value: 20, lower: null, upper: null, weight: 100 },
      { value: null, lower: 0, upper: 5, weight: 50 },
    ])!;
    expect(bounds.lower).toBeCloseTo(2000 / 150, 12);
    expect(bounds.upper).toBe(15);
  });

  it('equals the plain weighted mean without suppressed parts, and knows nothing without bounds', () => {
    expect(
      weightedMeanBounds([
        { value: 10, lower: null, upper: null, weight: 1 },
        { value: 40, lower: null, upper: null, weight: 2 },
      ]),
    ).toEqual({ lower: 30, upper: 30 });
    expect(weightedMeanBounds([{ value: null, lower: null, upper: null, weight: 5 }])).toBeNull();
    expect(weightedMeanBounds([])).toBeNull();
  });
});
