// Agreement statistics against hand-computed and published worked values.
import { describe, expect, it } from 'vitest';
import {
  cohenKappa,
  disagrees,
  krippendorffAlphaNominal,
  labelAgreement,
  multiLabelAlpha,
  percentAgreement,
} from '../../../src/kennisagenda/agreement.ts';

const bools = (s: string) => [...s].map((c) => c === '1');

describe("Cohen's kappa and percent agreement (binary)", () => {
  it('matches the 2×2 worked example (20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no: p_o 0.7, p_e 0.5, κ 0.4)', () => {
    const a = [
      ...Array(20).fill(true),
      ...Array(5).fill(true),
      ...Array(10).fill(false),
      ...Array(15).fill(false),
    ];
    const b = [
      ...Array(20).fill(true),
      ...Array(5).fill(false),
      ...Array(10).fill(true),
      ...Array(15).fill(false),
    ];
    expect(percentAgreement({ a, b }).value).toBeCloseTo(0.7, 12);
    expect(cohenKappa({ a, b }).value).toBeCloseTo(0.4, 12);
  });

  it('hand-computed: 10 items, 8 agree, both coders 50% yes → κ = (0.8 − 0.5)/(1 − 0.5) = 0.6', () => {
    const pair = { a: bools('1111100000'), b: bools('1111010000') };
    expect(percentAgreement(pair).value).toBe(0.8);
    expect(cohenKappa(pair).value).toBeCloseTo(0.6, 12);
  });

  it('perfect agreement with variation gives κ = 1', () => {
    const pair = { a: bools('1100101'), b: bools('1100101') };
    expect(cohenKappa(pair)).toEqual({ value: 1, reason: null });
  });

  it('systematic disagreement gives κ below zero (−1 for exact opposites at 50%)', () => {
    expect(cohenKappa({ a: bools('1010'), b: bools('0101') }).value).toBeCloseTo(-1, 12);
  });

  it('all items in one category for both coders: p_e = 1, κ undefined (not 0, not 1), agreement 100%', () => {
    const pair = { a: bools('0000'), b: bools('0000') };
    expect(cohenKappa(pair)).toEqual({ value: null, reason: 'no-variation' });
    expect(percentAgreement(pair).value).toBe(1);
    expect(cohenKappa({ a: bools('111'), b: bools('111') }).reason).toBe('no-variation');
  });

  it('no items: both undefined with the reason', () => {
    expect(cohenKappa({ a: [], b: [] })).toEqual({ value: null, reason: 'no-items' });
    expect(percentAgreement({ a: [], b: [] })).toEqual({ value: null, reason: 'no-items' });
  });

  it('refuses codings of different items', () => {
    expect(() => percentAgreement({ a: [true], b: [] })).toThrow(/same items/);
  });
});

describe("Krippendorff's alpha (nominal), Krippendorff 2011 'Computing Krippendorff's alpha-reliability'", () => {
  it('§A binary data, two observers, no missing values: α = 0.095', () => {
    const A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const units = A.map((a, i) => [a, B[i]!]);
    expect(krippendorffAlphaNominal(units).value).toBeCloseTo(0.095, 3);
  });

  it('§B nominal data, two observers, no missing values: α = 0.692', () => {
    const A = 'aabbdcccedda'.split('');
    const B = 'babbbccceddd'.split('');
    const units = A.map((a, i) => [a, B[i]!]);
    expect(krippendorffAlphaNominal(units).value).toBeCloseTo(0.692, 3);
  });

  it('§C nominal data, four observers, missing values: α = 0.743', () => {
    const _ = null;
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3];
    const C = [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _];
    const units = A.map((a, i) => [a, B[i]!, C[i]!, D[i]!]);
    expect(krippendorffAlphaNominal(units).value).toBeCloseTo(0.743, 3);
  });

  it('is undefined without pairable values, or when every value is the same', () => {
    expect(krippendorffAlphaNominal([])).toEqual({ value: null, reason: 'no-pairable-values' });
    expect(
      krippendorffAlphaNominal([
        [1, null],
        [null, 2],
      ]),
    ).toEqual({ value: null, reason: 'no-pairable-values' });
    expect(
      krippendorffAlphaNominal([
        [1, 1],
        [1, 1],
      ]),
    ).toEqual({ value: null, reason: 'no-variation' });
    expect(
      krippendorffAlphaNominal([
        [1, 1],
        [2, 2],
      ]).value,
    ).toBe(1);
  });
});

describe('multi-label agreement', () => {
  const codings = [
    { first: ['samenwerking', 'juridisch'], second: ['samenwerking'] },
    { first: ['ict_data'], second: ['ict_data'] },
    { first: [], second: ['juridisch'] },
    { first: ['samenwerking'], second: ['samenwerking'] },
  ];

  it('per label: the 2×2 counts, percent agreement and kappa', () => {
    const juridisch = labelAgreement('juridisch', codings);
    expect(juridisch).toMatchObject({ items: 4, both: 0, onlyFirst: 1, onlySecond: 1 });
    expect(juridisch.percentAgreement.value).toBe(0.5);
    // p_a = p_b = 1/4 → p_e = 1/16 + 9/16 = 10/16; κ = (8/16 − 10/16)/(6/16) = −1/3
    expect(juridisch.kappa.value).toBeCloseTo(-1 / 3, 12);
    expect(labelAgreement('samenwerking', codings).kappa.value).toBe(1);
    expect(labelAgreement('praktijkleren', codings).kappa.reason).toBe('no-variation');
  });

  it('alpha over all labels treats every item × label as one binary unit', () => {
    const labels = ['samenwerking', 'juridisch', 'ict_data'];
    const units = codings.flatMap((c) => labels.map((l) => [c.first.includes(l), c.second.includes(l)]));
    expect(multiLabelAlpha(labels, codings)).toEqual(krippendorffAlphaNominal(units));
    // By hand: 3 units yes-yes (o_TT = 6), 7 no-no (o_FF = 14), 2 mixed (o_TF = o_FT = 2); n_T = 8, n_F = 16,
    // n = 24; α = 1 − (n − 1)(o_TF + o_FT)/(2·n_T·n_F) = 1 − 23·4/256.
    expect(multiLabelAlpha(labels, codings).value).toBeCloseTo(1 - 92 / 256, 12);
  });

  it('disagrees compares label sets, not their order', () => {
    expect(disagrees({ first: ['a', 'b'], second: ['b', 'a'] })).toBe(false);
    expect(disagrees({ first: ['a'], second: ['a', 'b'] })).toBe(true);
  });
});
