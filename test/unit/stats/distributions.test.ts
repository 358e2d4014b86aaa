// Expected values: computed independently at 50 digits with mpmath 1.3 (see reference-values.py in this folder),
// unless noted otherwise. They agree with R's qnorm/qchisq/qt and with printed statistical tables.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betaRegularized,
  chiSquareCdf,
  chiSquareQuantile,
  gammaP,
  gammaPInv,
  gammaQ,
  logGamma,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
  zForLevel,
} from '../../../src/stats/distributions.ts';

const rel = (actual: number, expected: number, tol = 1e-12) =>
  expect(Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300)).toBeLessThan(tol);

describe('normal distribution', () => {
  it('quantiles (mpmath; z for 95 % and 99.8 % as in the brief)', () => {
    rel(normalQuantile(0.975), 1.95996398454005);
    rel(normalQuantile(0.999), 3.09023230616781);
    rel(normalQuantile(1e-10), -6.36134090240406);
    expect(normalQuantile(0.5)).toBe(0);
    expect(zForLevel(0.95)).toBeCloseTo(1.959963985, 9);
    expect(zForLevel(0.998)).toBeCloseTo(3.090232306, 9);
  });
  it('distribution function (mpmath)', () => {
    rel(normalCdf(1.5), 0.933192798731142);
    rel(normalCdf(-3), 0.00134989803163009);
    expect(normalCdf(0)).toBe(0.5);
  });
  it('Φ(Φ⁻¹(p)) = p', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-13 + 1e-12 * p);
      }),
    );
  });
});

describe('gamma functions', () => {
  it('log gamma (mpmath; lgamma(0.5) = ln √π)', () => {
    rel(logGamma(0.5), 0.5723649429247, 1e-12);
    rel(logGamma(10), Math.log(362880), 1e-14); // Γ(10) = 9!
    rel(logGamma(100.5), 361.435540467778);
  });
  it('regularised incomplete gamma (mpmath)', () => {
    rel(gammaP(3, 2), 0.323323583816937); // = 1 − 5e⁻²
    rel(gammaP(0.5, 0.1), 0.345279153981423);
    rel(gammaP(3, 2) + gammaQ(3, 2), 1, 1e-15);
    expect(gammaP(2, 0)).toBe(0);
  });
  it('gammaPInv inverts gammaP', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.double({ min: 1e-6, max: 0.999999, noNaN: true }),
        (a, p) => {
          expect(Math.abs(gammaP(a, gammaPInv(a, p)) - p)).toBeLessThan(1e-10);
        },
      ),
    );
  });
});

describe('chi-square quantile', () => {
  it('matches R qchisq (brief: qchisq(0.025, 2) = 0.05063562, qchisq(0.975, 22) = 36.78071; rest mpmath)', () => {
    rel(chiSquareQuantile(0.025, 2), 0.0506356159685798);
    rel(chiSquareQuantile(0.975, 22), 36.7807120840356);
    rel(chiSquareQuantile(0.001, 2), 0.00200100066716707); // = −2 ln(0.999)
    rel(chiSquareQuantile(0.999, 20), 45.3147466181259);
    rel(chiSquareQuantile(0.5, 1), 0.454936423119573);
    rel(chiSquareQuantile(0.025, 1), 0.000982069117175256);
    rel(chiSquareQuantile(0.975, 200), 241.057895506311);
    rel(chiSquareQuantile(0.001, 0.5), 1.34993957862308e-12, 1e-9);
    rel(chiSquareQuantile(0.998, 1), 9.54953570608324); // Fingertips' trend threshold
  });
  it('k = 0 gives 0 as in R', () => {
    expect(chiSquareQuantile(0.025, 0)).toBe(0);
  });
  it('cdf(quantile(p)) = p', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 1e-6, max: 0.999999, noNaN: true }),
        (k, p) => {
          expect(Math.abs(chiSquareCdf(chiSquareQuantile(p, k), k) - p)).toBeLessThan(1e-10);
        },
      ),
    );
  });
});

describe('Student t', () => {
  it('quantiles (mpmath; 12.706, 4.303, 2.228 are the printed t-table values)', () => {
    rel(studentTQuantile(0.975, 1), 12.7062047361747);
    rel(studentTQuantile(0.975, 2), 4.30265272974946);
    rel(studentTQuantile(0.975, 10), 2.22813885198627);
    rel(studentTQuantile(0.999, 5), 5.89342953135601);
    rel(studentTQuantile(0.999, 1), 318.30883898555);
    rel(studentTQuantile(0.975, 1000), 1.96233908082641);
    rel(studentTQuantile(0.6, 3), 0.27667066233269);
    rel(studentTQuantile(0.025, 10), -2.22813885198627);
  });
  it('cdf(quantile(p)) = p and I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 1e-5, max: 1 - 1e-5, noNaN: true }),
        (df, p) => {
          expect(Math.abs(studentTCdf(studentTQuantile(p, df), df) - p)).toBeLessThan(1e-10);
        },
      ),
    );
    rel(betaRegularized(0.3, 2, 5) + betaRegularized(0.7, 5, 2), 1, 1e-14);
    rel(betaRegularized(0.5, 1, 1), 0.5, 1e-14); // uniform distribution
  });
});
