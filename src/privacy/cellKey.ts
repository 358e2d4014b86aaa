// Cell-key perturbation of counts, after the ABS TableBuilder method (Fraser & Wooton 2005, "A proposed method
// for confidentialising tabular output to protect against differencing"; Thompson, Broadfoot & Elazar 2013).
// Each contributor (a record, or a gemeente's contribution to a cell) has a fixed pseudo-random key in [0, 1)
// derived from its id and a secret; a cell's key is the sum of its contributors' keys mod 1; a perturbation
// table (ptable) turns (count, cell key) into a small zero-mean noise. The same cell always gets the same noise,
// so repeating a query reveals nothing, while the noise of overlapping cells (region A vs A + one gemeente) is
// effectively independent, which defeats differencing.
import { createHmac } from 'node:crypto';

/** One ptable row: noise values and their probabilities, in a fixed order. */
export type PTableRow = readonly { readonly noise: number; readonly p: number }[];

export interface PTable {
  /** Rows for specific small counts. */
  rows: Readonly<Record<number, PTableRow>>;
  /** Row for every other count. */
  other: PTableRow;
}

/**
 * Default ptable, noise in −2..+2, every row with mean exactly 0 and count + noise ≥ 0:
 * 0 stays 0; 1 → 0 or 2 or 3 (never 1); 2 → 0, 1, 3 or 4 (never 2); ≥ 3 → symmetric 0.1/0.2/0.4/0.2/0.1.
 */
export const DEFAULT_PTABLE: PTable = {
  rows: {
    0: [{ noise: 0, p: 1 }],
    1: [
      { noise: -1, p: 0.55 },
      { noise: 1, p: 0.35 },
      { noise: 2, p: 0.1 },
    ],
    2: [
      { noise: -2, p: 0.1 },
      { noise: -1, p: 0.4 },
      { noise: 1, p: 0.4 },
      { noise: 2, p: 0.1 },
    ],
  },
  other: [
    { noise: -2, p: 0.1 },
    { noise: -1, p: 0.2 },
    { noise: 0, p: 0.4 },
    { noise: 1, p: 0.2 },
    { noise: 2, p: 0.1 },
  ],
};

const KEY_SPACE = 2 ** 48;

/** Integer key in [0, 2⁴⁸): the first 48 bits of HMAC-SHA256(secret, id). */
function integerKey(id: string, secret: string): number {
  return createHmac('sha256', secret).update(id).digest().readUIntBE(0, 6);
}

/** A contributor's fixed key in [0, 1). */
export function recordKey(id: string, secret: string): number {
  return integerKey(id, secret) / KEY_SPACE;
}

/**
 * A cell's key in [0, 1): (Σ contributor keys) mod 1, summed exactly as 48-bit integers so that it does not
 * depend on the order of the ids. Ids must be distinct and the secret non-empty.
 */
export function cellKey(contributorIds: readonly string[], secret: string): number {
  if (secret.length === 0) throw new RangeError('cellKey: the secret must not be empty');
  if (new Set(contributorIds).size !== contributorIds.length) throw new RangeError('cellKey: duplicate ids');
  let sum = 0;
  for (const id of contributorIds) sum = (sum + integerKey(id, secret)) % KEY_SPACE;
  return sum / KEY_SPACE;
}

/** Noise for a count and a cell key: the ptable entry whose cumulative probability interval holds the key. */
export function lookupNoise(count: number, key: number, ptable: PTable = DEFAULT_PTABLE): number {
  const row = ptable.rows[count] ?? ptable.other;
  let cumulative = 0;
  for (const entry of row) {
    cumulative += entry.p;
    if (key < cumulative) return entry.noise;
  }
  return row[row.length - 1]!.noise; // key within rounding of 1
}

/**
 * The published count of a cell: count + noise(count, cellKey(contributorIds, secret)).
 * Ids should identify the contribution to this table cell, e.g. `${indicator}|${period}|${gemeente}`.
 * A cell without contributors must have count 0 and stays 0. Counts must be non-negative integers.
 */
export function perturbCount(
  count: number,
  contributorIds: readonly string[],
  secret: string,
  ptable: PTable = DEFAULT_PTABLE,
): number {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError('perturbCount: count must be an integer >= 0');
  if (contributorIds.length === 0) {
    if (count !== 0) throw new RangeError('perturbCount: a non-zero count needs contributors');
    return 0;
  }
  const published = count + lookupNoise(count, cellKey(contributorIds, secret), ptable);
  if (published < 0) throw new RangeError('perturbCount: the ptable gives a negative count');
  return published;
}

/**
 * Checks a ptable for the counts 0..maxCount: probabilities sum to 1, mean noise 0, no negative result, and
 * counts 1 and 2 never published unchanged. Returns the problems found (empty when valid).
 */
export function validatePTable(ptable: PTable, maxCount = 100): string[] {
  const problems: string[] = [];
  for (let c = 0; c <= maxCount; c++) {
    const row = ptable.rows[c] ?? ptable.other;
    const total = row.reduce((s, e) => s + e.p, 0);
    const mean = row.reduce((s, e) => s + e.p * e.noise, 0);
    if (Math.abs(total - 1) > 1e-12) problems.push(`count ${c}: probabilities sum to ${total}`);
    if (Math.abs(mean) > 1e-12) problems.push(`count ${c}: mean noise ${mean}`);
    if (row.some((e) => e.p > 0 && c + e.noise < 0)) problems.push(`count ${c}: negative result possible`);
    if ((c === 1 || c === 2) && row.some((e) => e.p > 0 && e.noise === 0))
      problems.push(`count ${c}: published exactly`);
  }
  return problems;
}
