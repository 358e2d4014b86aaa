// Small-number suppression: a per-source rule (minimum numerator, minimum denominator, rounding) applied to each
// observation before anything is aggregated or shown, with the reason in plain language.
import type { SuppressionRule } from '../indicators/schema.ts';
import type { Reason } from '../stats/types.ts';

export type { SuppressionRule };

export interface Observation {
  count: number | null;
  denominator: number | null;
  value: number | null;
}

export interface SuppressionResult {
  suppressed: boolean;
  reason: Reason | null;
  /** The count that may be shown: null when suppressed, rounded to a multiple of `roundTo` otherwise. */
  count: number | null;
  /** Null when the denominator rule suppressed the observation. */
  denominator: number | null;
  /** Null when suppressed (a value with its denominator would give the hidden count away). */
  value: number | null;
}

const round = (x: number, to: number | undefined) => (to ? Math.round(x / to) * to : x);

/**
 * Applies a suppression rule to one observation:
 * - count < minNumerator → suppressed (count and value hidden; zero counts too, as "no one" can also disclose);
 * - denominator < minDenominator → suppressed (count, denominator and value hidden);
 * - otherwise the count is rounded to the nearest multiple of roundTo (halves up); the value is left as is.
 * A missing count or denominator cannot be checked and does not trigger its rule: sources that publish only a
 * value have applied their own disclosure control.
 */
export function applySuppression(obs: Observation, rule: SuppressionRule): SuppressionResult {
  const { count, denominator, value } = obs;
  const { minNumerator, minDenominator, roundTo } = rule;
  if (minNumerator !== undefined && count !== null && count < minNumerator) {
    return {
      suppressed: true,
      reason: {
        nl: `Minder dan ${minNumerator} gevallen: niet getoond om personen te beschermen`,
        en: `Fewer than ${minNumerator} cases: not shown to protect people's privacy`,
      },
      count: null,
      denominator,
      value: null,
    };
  }
  if (minDenominator !== undefined && denominator !== null && denominator < minDenominator) {
    return {
      suppressed: true,
      reason: {
        nl: `Minder dan ${minDenominator} personen in de groep: niet getoond om personen te beschermen`,
        en: `Fewer than ${minDenominator} people in the group: not shown to protect people's privacy`,
      },
      count: null,
      denominator: null,
      value: null,
    };
  }
  return {
    suppressed: false,
    reason: null,
    count: count === null ? null : round(count, roundTo),
    denominator,
    value,
  };
}

/**
 * Suppression before aggregation: applies the rule to every part (e.g. each gemeente of a custom region).
 * `kept` holds the parts that may be used, carrying their published (rounded) count; `complete` is false when a
 * part was suppressed, so an aggregate over `kept` covers only part of the region (the `note` says so).
 */
export function suppressParts<T extends Observation>(
  parts: readonly T[],
  rule: SuppressionRule,
): { results: SuppressionResult[]; kept: T[]; suppressed: number; complete: boolean; note: Reason | null } {
  const results = parts.map((p) => applySuppression(p, rule));
  const kept = parts.flatMap((p, i) => (results[i]!.suppressed ? [] : [{ ...p, count: results[i]!.count }]));
  const suppressed = parts.length - kept.length;
  return {
    results,
    kept,
    suppressed,
    complete: suppressed === 0,
    note: partsLeftOut(suppressed, parts.length),
  };
}

/** The note on an aggregate some of whose parts the rule suppressed (null when none was). */
export function partsLeftOut(suppressed: number, parts: number): Reason | null {
  if (suppressed === 0) return null;
  return {
    nl: `${suppressed} van de ${parts} delen niet meegeteld: te kleine aantallen om te tonen`,
    en: `${suppressed} of ${parts} parts left out: numbers too small to show`,
  };
}
