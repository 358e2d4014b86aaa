import { describe, expect, it } from 'vitest';
import {
  cellKey,
  DEFAULT_PTABLE,
  lookupNoise,
  type PTable,
  perturbCount,
  recordKey,
  validatePTable,
} from '../../../src/privacy/cellKey.ts';

const regionA = ['GM0014', 'GM0034', 'GM0037', 'GM0047', 'GM0050'].map((g) => `ind-x|2023|${g}`);
const extra = 'ind-x|2023|GM0059';
const secrets = Array.from({ length: 2000 }, (_, i) => `secret-${i}`);

describe('keys', () => {
  it('record keys are fixed for an id and secret, lie in [0, 1) and change with the secret', () => {
    const k = recordKey('GM0014', 's1');
    expect(recordKey('GM0014', 's1')).toBe(k);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(k).toBeLessThan(1);
    expect(recordKey('GM0014', 's2')).not.toBe(k);
  });
  it('the cell key is the sum of record keys mod 1, independent of order', () => {
    const expected = (recordKey('a', 's') + recordKey('b', 's') + recordKey('c', 's')) % 1;
    expect(cellKey(['a', 'b', 'c'], 's')).toBeCloseTo(expected, 12);
    expect(cellKey(['c', 'a', 'b'], 's')).toBe(cellKey(['a', 'b', 'c'], 's'));
    expect(() => cellKey(['a', 'a'], 's')).toThrow(RangeError);
    expect(() => cellKey(['a'], '')).toThrow(RangeError);
  });
  it('cell keys are roughly uniform (each tenth of [0, 1) holds 10 % ± 3 % of 2000 keys)', () => {
    const bins = new Array(10).fill(0);
    for (const s of secrets) bins[Math.floor(cellKey(regionA, s) * 10)]++;
    for (const b of bins) expect(Math.abs(b / secrets.length - 0.1)).toBeLessThan(0.03);
  });
});

describe('ptable', () => {
  it('the default ptable is valid: zero mean, sums to 1, no negative counts, 1 and 2 never exact', () => {
    expect(validatePTable(DEFAULT_PTABLE)).toEqual([]);
  });
  it('validation catches a biased or unsafe table', () => {
    const bad: PTable = { rows: { 1: [{ noise: 0, p: 1 }] }, other: [{ noise: 1, p: 1 }] };
    const problems = validatePTable(bad, 3);
    expect(problems).toContain('count 1: published exactly');
    expect(problems.some((p) => p.startsWith('count 2: mean noise'))).toBe(true);
  });
  it('looks the noise up by cumulative probability', () => {
    expect(lookupNoise(50, 0)).toBe(-2);
    expect(lookupNoise(50, 0.15)).toBe(-1);
    expect(lookupNoise(50, 0.5)).toBe(0);
    expect(lookupNoise(50, 0.999999)).toBe(2);
    expect(lookupNoise(1, 0.2)).toBe(-1);
  });
});

describe('perturbCount', () => {
  it('same cell, same published count; noise bounded by ±2; zero stays zero', () => {
    for (const s of secrets.slice(0, 500)) {
      const p = perturbCount(37, regionA, s);
      expect(perturbCount(37, [...regionA].reverse(), s)).toBe(p);
      expect(Math.abs(p - 37)).toBeLessThanOrEqual(2);
      expect(perturbCount(0, regionA, s)).toBe(0);
    }
    expect(perturbCount(0, [], 's')).toBe(0);
    expect(() => perturbCount(3, [], 's')).toThrow(RangeError);
    expect(() => perturbCount(2.5, regionA, 's')).toThrow(RangeError);
  });
  it('counts 1 and 2 are never published as themselves and never below 0', () => {
    for (const s of secrets) {
      for (const c of [1, 2]) {
        const p = perturbCount(c, regionA, s);
        expect(p).not.toBe(c);
        expect(p).toBeGreaterThanOrEqual(0);
      }
    }
  });
  it('the noise averages out to about 0 over many secrets', () => {
    const mean = secrets.reduce((s, k) => s + perturbCount(37, regionA, k) - 37, 0) / secrets.length;
    expect(Math.abs(mean)).toBeLessThan(0.1); // sd of the mean ≈ 1.1/√2000 ≈ 0.025
  });
  it('differencing attack: (A + one gemeente with 3) − A does not reliably give 3', () => {
    // Region A has 41 cases; adding a gemeente with 3 cases gives 44. The attacker subtracts the published counts.
    let wrong = 0;
    const recovered = new Set<number>();
    for (const s of secrets) {
      const diff = perturbCount(44, [...regionA, extra], s) - perturbCount(41, regionA, s);
      if (diff !== 3) wrong++;
      recovered.add(diff);
      expect(Math.abs(diff - 3)).toBeLessThanOrEqual(4); // both noises are within ±2
      // Asking again gives the same answers, so repetition does not average the noise away.
      expect(perturbCount(44, [...regionA, extra], s) - perturbCount(41, regionA, s)).toBe(diff);
    }
    // Noises of the two cells are independent: P(equal) = Σp² = 0.26, so about 74 % of attacks fail.
    expect(wrong / secrets.length).toBeGreaterThan(0.65);
    expect(wrong / secrets.length).toBeLessThan(0.83);
    expect(recovered.size).toBeGreaterThanOrEqual(7);
  });
});
