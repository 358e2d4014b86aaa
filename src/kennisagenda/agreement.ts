// Inter-rater agreement of the four-eyes coding: percent agreement and Cohen's kappa per label (is the label there
// or not, for the items both coders coded), and Krippendorff's alpha over all labels. Pure.

/** A statistic that may be undefined for the data, with the reason in words (never a misleading number). */
export type Statistic =
  | { value: number; reason: null }
  | { value: null; reason: 'no-items' | 'no-variation' | 'no-pairable-values' };

/** Two coders' yes/no decision on one label for the same items (index i = item i). */
export interface BinaryPair {
  a: readonly boolean[];
  b: readonly boolean[];
}

/** Share of items on which both coders made the same decision, p_o. */
export function percentAgreement({ a, b }: BinaryPair): Statistic {
  if (a.length !== b.length) throw new Error('percentAgreement: both coders must rate the same items');
  if (a.length === 0) return { value: null, reason: 'no-items' };
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return { value: same / a.length, reason: null };
}

/**
 * Cohen's kappa for two coders and a binary decision (Cohen 1960):
 *   κ = (p_o − p_e) / (1 − p_e),  p_e = p_a·p_b + (1 − p_a)(1 − p_b)
 * with p_a, p_b each coder's share of "yes". When p_e = 1 (both coders gave one and the same answer to every item)
 * κ is 0/0: undefined, reported as 'no-variation' next to a percent agreement of 100%.
 */
export function cohenKappa({ a, b }: BinaryPair): Statistic {
  const po = percentAgreement({ a, b });
  if (po.value === null) return po;
  const n = a.length;
  const pa = a.filter(Boolean).length / n;
  const pb = b.filter(Boolean).length / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  if (Math.abs(1 - pe) < 1e-12) return { value: null, reason: 'no-variation' };
  return { value: (po.value - pe) / (1 - pe), reason: null };
}

/** One unit (an item, or an item × label) with the value each coder gave; null = that coder did not code it. */
export type ReliabilityUnit = readonly (string | number | boolean | null)[];

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed (Krippendorff 2011,
 * "Computing Krippendorff's alpha-reliability", section C): from the coincidence matrix o_ck of the pairable
 * values (units with at least two values), α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, where n_c are the
 * marginal sums and n the number of pairable values. Undefined when no unit has two values ('no-pairable-values')
 * or when every pairable value is the same ('no-variation').
 */
export function krippendorffAlphaNominal(units: readonly ReliabilityUnit[]): Statistic {
  const coincidence = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    const row = coincidence.get(c) ?? new Map<string, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    coincidence.set(c, row);
  };
  for (const unit of units) {
    const values = unit.filter((v) => v !== null).map(String);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++)
      for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  if (coincidence.size === 0) return { value: null, reason: 'no-pairable-values' };
  const marginal = new Map<string, number>();
  for (const [c, row] of coincidence)
    marginal.set(
      c,
      [...row.values()].reduce((s, v) => s + v, 0),
    );
  const n = [...marginal.values()].reduce((s, v) => s + v, 0);
  let observed = 0;
  for (const [c, row] of coincidence) for (const [k, o] of row) if (c !== k) observed += o;
  let expected = 0;
  for (const [c, nc] of marginal) for (const [k, nk] of marginal) if (c !== k) expected += nc * nk;
  if (expected === 0) return { value: null, reason: 'no-variation' };
  return { value: 1 - ((n - 1) * observed) / expected, reason: null };
}

/** Two codings of one item: the set of labels each coder chose. */
export interface DoubleCoding {
  first: readonly string[];
  second: readonly string[];
}

export interface LabelAgreement {
  label: string;
  /** items both coders coded */
  items: number;
  /** items where both chose the label, only the first, only the second */
  both: number;
  onlyFirst: number;
  onlySecond: number;
  percentAgreement: Statistic;
  kappa: Statistic;
}

/** Per label: the 2×2 table of the two codings and its percent agreement and kappa. */
export function labelAgreement(label: string, codings: readonly DoubleCoding[]): LabelAgreement {
  const a = codings.map((c) => c.first.includes(label));
  const b = codings.map((c) => c.second.includes(label));
  let both = 0;
  let onlyFirst = 0;
  let onlySecond = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && b[i]) both++;
    else if (a[i]) onlyFirst++;
    else if (b[i]) onlySecond++;
  }
  return {
    label,
    items: codings.length,
    both,
    onlyFirst,
    onlySecond,
    percentAgreement: percentAgreement({ a, b }),
    kappa: cohenKappa({ a, b }),
  };
}

/**
 * Krippendorff's alpha over all labels of a multi-label coding: every item × label is one binary unit (chosen or
 * not by each coder), and alpha is computed over all these units together.
 */
export function multiLabelAlpha(labels: readonly string[], codings: readonly DoubleCoding[]): Statistic {
  const units: ReliabilityUnit[] = [];
  for (const c of codings)
    for (const label of labels) units.push([c.first.includes(label), c.second.includes(label)]);
  return krippendorffAlphaNominal(units);
}

/** Items whose two codings are not the same set of labels. */
export const disagrees = (c: DoubleCoding): boolean =>
  c.first.length !== c.second.length || c.first.some((label) => !c.second.includes(label));
