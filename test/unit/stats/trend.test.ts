import { describe, expect, it } from 'vitest';
import { TREND_CHI_SQUARE, trendTest } from '../../../src/stats/trend.ts';

const pts = (v: number[], l: number[], u: number[]) =>
  v.map((value, i) => ({ value, lower: l[i]!, upper: u[i]! }));
// Fingertips divides the 95 % width by 3.92; we use 2·1.959964. χ² scales with the weights, so multiplying our χ² by
// (3.92 / 3.919928)² gives Fingertips' number.
const toFingertips = (chi: number) => chi * (3.92 / (2 * 1.959963984540054)) ** 2;

describe('trendTest', () => {
  it('Fingertips TrendMarkerCalculatorTest data set 1 (2014–2018): significant, χ² 46.77', () => {
    // PholioVisualisation.AnalysisTest TrendMarkerCalculatorTest.TestIsSignificantReturnsTrue asserts χ² rounds to 46.77;
    // numpy WLS gives slope 1.75157 and χ² 46.7636 with our divisor.
    const r = trendTest(
      pts(
        [24.67, 24.6, 28, 30.2, 30.6],
        [23.16, 23.15, 26.44, 28.63, 28.98],
        [26.25, 26.19, 29.64, 31.9, 32.25],
      ),
      'lower-is-better',
    );
    expect(r.marker).toBe('increasing');
    expect(r.direction).toBe('getting-worse');
    expect(r.slope).toBeCloseTo(1.751566222662946, 10);
    expect(r.chiSquare).toBeCloseTo(46.76359716054979, 8);
    expect(Math.round(toFingertips(r.chiSquare!) * 100) / 100).toBe(46.77);
    expect(r.pointsUsed).toBe(5);
    expect(r.reason).toBeNull();
  });
  it('Fingertips data set 2: not significant (χ² 0.464, numpy)', () => {
    const r = trendTest(
      pts(
        [20.5506, 19.5952, 19.0349, 21.3966, 18.4372],
        [18.1803, 17.3444, 16.8421, 19.0918, 16.2925],
        [23.1427, 22.0602, 21.4394, 23.8975, 20.7941],
      ),
      'higher-is-better',
    );
    expect(r.marker).toBe('no-significant-change');
    expect(r.direction).toBeNull();
    expect(r.chiSquare).toBeCloseTo(0.4642260241428727, 8);
  });
  it('FingertipsNext test "preventable sight loss from diabetic eye disease" 2020–2024: increasing despite the 2021 dip', () => {
    const r = trendTest(
      pts(
        [2.935, 1.93028, 2.7567, 2.8701, 3.0121],
        [2.7841, 1.8085, 2.6113, 2.7225, 2.8616],
        [3.0919, 2.058, 2.9082, 3.0237, 3.1683],
      ),
      'neutral',
    );
    expect(r.marker).toBe('increasing');
    expect(r.direction).toBeNull(); // neutral polarity
    expect(r.chiSquare).toBeCloseTo(33.48455006684091, 7);
  });
  it('significant χ² but not robust to leaving one point out → no significant change', () => {
    // A steep fall driven by one very precise last point: without it the slope turns positive.
    const r = trendTest(
      [
        { value: 10, lower: 8, upper: 12 },
        { value: 10.5, lower: 8.5, upper: 12.5 },
        { value: 11, lower: 9, upper: 13 },
        { value: 11.5, lower: 9.5, upper: 13.5 },
        { value: 2, lower: 1.99, upper: 2.01 },
      ],
      'higher-is-better',
    );
    expect(r.chiSquare!).toBeGreaterThan(TREND_CHI_SQUARE);
    expect(r.marker).toBe('no-significant-change');
  });
  it('uses the last five points only', () => {
    const rising = [1, 2, 3, 4, 5].map((v) => ({ value: v, lower: v - 0.1, upper: v + 0.1 }));
    const r = trendTest([{ value: 100, lower: 99, upper: 101 }, ...rising], 'higher-is-better');
    expect(r.marker).toBe('increasing');
    expect(r.direction).toBe('getting-better');
    expect(r.slope).toBeCloseTo(1, 12);
  });
  it('cannot be calculated with fewer than five points or missing/zero-width limits', () => {
    const four = trendTest(
      [1, 2, 3, 4].map((v) => ({ value: v, lower: v - 1, upper: v + 1 })),
      'neutral',
    );
    expect(four.marker).toBe('cannot-be-calculated');
    expect(four.pointsUsed).toBe(4);
    expect(four.reason?.nl).toMatch(/Te weinig/);
    const gap = [1, 2, 3, 4, 5].map((v) => ({ value: v, lower: v === 3 ? null : v - 1, upper: v + 1 }));
    expect(trendTest(gap, 'neutral').marker).toBe('cannot-be-calculated');
    const flat = [1, 2, 3, 4, 5].map((v) => ({ value: v, lower: v, upper: v }));
    expect(trendTest(flat, 'neutral')).toMatchObject({
      marker: 'cannot-be-calculated',
      slope: null,
      chiSquare: null,
    });
  });
});
