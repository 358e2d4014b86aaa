// Probability distributions needed by the interval methods: normal, gamma/chi-square and beta/Student t.
// Everything is implemented here (no dependencies) to double precision or close to it; the tests compare with
// values computed independently at 50 digits (test/unit/stats/reference-values.py).

const EPS = 1e-15;
const TINY = 1e-300;

/**
 * Natural logarithm of the gamma function for x > 0.
 * Lanczos approximation, g = 7, n = 9 (Numerical Recipes 3rd ed. §6.1; Godfrey's coefficients), with the
 * reflection formula for x < 0.5. Relative error ≈ 1e-15.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const c = [
    0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
    12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
  ];
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Regularised lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a), a > 0, x ≥ 0.
 * Series for x < a + 1, Lentz continued fraction for Q otherwise (Numerical Recipes §6.2).
 */
export function gammaP(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError(`gammaP needs a > 0 and x >= 0, got ${a}, ${x}`);
  if (x === 0) return 0;
  if (x === Number.POSITIVE_INFINITY) return 1;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularised upper incomplete gamma function Q(a, x) = 1 − P(a, x), computed without cancellation. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) throw new RangeError(`gammaQ needs a > 0 and x >= 0, got ${a}, ${x}`);
  if (x === 0) return 1;
  if (x === Number.POSITIVE_INFINITY) return 0;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

function gammaSeries(a: number, x: number): number {
  let ap = a;
  let term = 1 / a;
  let sum = term;
  for (let n = 0; n < 10_000; n++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Gamma(a, 1) density at x. */
function gammaDensity(a: number, x: number): number {
  return Math.exp((a - 1) * Math.log(x) - x - logGamma(a));
}

/**
 * Inverse of P(a, ·): the x with P(a, x) = p. Starting value from Numerical Recipes §6.2.1 (invgammp), then
 * Halley steps safeguarded by a bisection bracket; converges to full double precision.
 */
export function gammaPInv(a: number, p: number): number {
  if (!(a > 0) || !(p >= 0 && p <= 1)) throw new RangeError(`gammaPInv needs a > 0, 0 <= p <= 1`);
  if (p === 0) return 0;
  if (p === 1) return Number.POSITIVE_INFINITY;
  let x: number;
  if (a > 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    x = Math.max(1e-3, a * (1 - 1 / (9 * a) - z / (3 * Math.sqrt(a))) ** 3);
  } else {
    const t = 1 - a * (0.253 + a * 0.12);
    x = p < t ? (p / t) ** (1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
  }
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 200; i++) {
    const f = gammaP(a, x) - p;
    if (f < 0) lo = x;
    else hi = x;
    const dens = gammaDensity(a, x);
    let next = x;
    if (dens > 0) {
      const u = f / dens;
      next = x - u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - 1)));
    }
    if (!(next > lo && next < hi)) next = Number.isFinite(hi) ? (lo + hi) / 2 : Math.max(2 * x, 1);
    if (Math.abs(next - x) <= 1e-15 * Math.max(x, 1e-300)) return next;
    x = next;
  }
  return x;
}

/** Chi-square distribution function with k > 0 degrees of freedom: P(k/2, x/2). */
export function chiSquareCdf(x: number, k: number): number {
  return x <= 0 ? 0 : gammaP(k / 2, x / 2);
}

/**
 * Chi-square quantile (R `qchisq(p, k)`): 2·P⁻¹(k/2, p). For k = 0 returns 0, as R does (the distribution is a
 * point mass at 0); this is what makes the exact Poisson lower limit for 0 events equal 0.
 */
export function chiSquareQuantile(p: number, k: number): number {
  if (k === 0) return 0;
  if (!(k > 0)) throw new RangeError(`chiSquareQuantile needs k >= 0, got ${k}`);
  return 2 * gammaPInv(k / 2, p);
}

/** Standard normal distribution function Φ(x) = ½·erfc(−x/√2), with erfc(y) = Q(½, y²) for y ≥ 0. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) throw new RangeError('normalCdf of NaN');
  const y = Math.abs(x) / Math.SQRT2;
  const tail = 0.5 * gammaQ(0.5, y * y);
  return x < 0 ? tail : 1 - tail;
}

/**
 * Standard normal quantile Φ⁻¹(p) (R `qnorm`). Algorithm AS 241 (Wichura 1988, PPND16), relative accuracy
 * about 1e-16. Returns ±Infinity at p = 0 and 1.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile needs 0 <= p <= 1, got ${p}`);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(AS241.a, r)) / poly(AS241.b, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let val: number;
  if (r <= 5) {
    r -= 1.6;
    val = poly(AS241.c, r) / poly(AS241.d, r);
  } else {
    r -= 5;
    val = poly(AS241.e, r) / poly(AS241.f, r);
  }
  return q < 0 ? -val : val;
}

/** Polynomial c[0] + c[1]·x + … by Horner's rule. */
function poly(c: readonly number[], x: number): number {
  let s = 0;
  for (let i = c.length - 1; i >= 0; i--) s = s * x + c[i]!;
  return s;
}

/** AS 241 coefficients, lowest power first, rounded to the nearest double. */
const AS241 = {
  a: [
    3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
    67265.7709270087, 33430.57558358813, 2509.0809287301227,
  ],
  b: [
    1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
    28729.085735721943, 5226.495278852546,
  ],
  c: [
    1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
    0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
  ],
  d: [
    1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
    0.0005475938084995345, 1.0507500716444169e-9,
  ],
  e: [
    6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
    0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
  ],
  f: [
    1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
    0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
  ],
} as const;

/** Two-sided z for a confidence level: Φ⁻¹(1 − (1 − level)/2); 1.959963985 at 0.95, 3.090232306 at 0.998. */
export function zForLevel(level: number): number {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
  return normalQuantile(1 - (1 - level) / 2);
}

/**
 * Regularised incomplete beta function I_x(a, b), a, b > 0, 0 ≤ x ≤ 1. Lentz continued fraction (Numerical
 * Recipes §6.4), using the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) where that converges faster. `y` = 1 − x may be
 * passed when the caller can compute it without cancellation.
 */
export function betaRegularized(x: number, a: number, b: number, y = 1 - x): number {
  if (!(a > 0 && b > 0) || !(x >= 0 && x <= 1)) throw new RangeError('betaRegularized: invalid arguments');
  if (x === 0) return 0;
  if (y === 0) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(y));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/**
 * Student t distribution function with df > 0 degrees of freedom:
 * P(T ≤ t) = 1 − ½·I_{df/(df+t²)}(df/2, ½) for t ≥ 0, symmetric for t < 0.
 */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) throw new RangeError('studentTCdf: invalid arguments');
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const s = df + t * t;
  const tail = 0.5 * betaRegularized(df / s, df / 2, 0.5, (t * t) / s);
  return t >= 0 ? 1 - tail : tail;
}

/** Student t density. */
function studentTDensity(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Student t quantile (R `qt(p, df)`): solves P(T ≤ t) = p by Newton steps on the upper tail, safeguarded by
 * bisection, starting from the normal quantile. Accurate to about 1e-12 relative.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(df > 0) || !(p >= 0 && p <= 1)) throw new RangeError('studentTQuantile: invalid arguments');
  if (p === 0.5) return 0;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const tailTarget = 1 - p; // solve for t > 0 with upper tail = 1 − p (avoids cancellation near p = 1)
  const upperTail = (t: number) => {
    const s = df + t * t;
    return 0.5 * betaRegularized(df / s, df / 2, 0.5, (t * t) / s);
  };
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  let t = Math.max(normalQuantile(p), 1e-8);
  for (let i = 0; i < 300; i++) {
    const f = upperTail(t) - tailTarget; // decreasing in t
    if (f > 0) lo = t;
    else hi = t;
    let next = t + f / studentTDensity(t, df);
    if (!(next > lo && next < hi)) next = Number.isFinite(hi) ? (lo + hi) / 2 : 2 * t;
    if (Math.abs(next - t) <= 1e-14 * t) return next;
    t = next;
  }
  return t;
}
