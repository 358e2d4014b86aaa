// What leaves a workspace: an aggregate of partner data over a set of gemeenten, protected twice.
// 1. Cell-key perturbation (src/privacy/cellKey.ts): the count and the denominator of the cell get a small
//    zero-mean noise fixed by the cell's contributors (one per gemeente with data) and the workspace's secret. The
//    same query always gives the same answer; region A and region A plus one small gemeente get independent noise,
//    so subtracting them does not give the small gemeente's count.
// 2. The indicator's suppression rule, with a floor for partner data (PARTNER_MIN_COUNT), applied to the
//    perturbed cell, so that the decision to suppress is itself noisy.
// Pure.
import { createHash } from 'node:crypto';
import { NUMBER_RANGE } from '../indicators/ranges.ts';
import type { Indicator } from '../indicators/schema.ts';
import { perturbCount } from '../privacy/cellKey.ts';
import { applySuppression } from '../privacy/suppression.ts';
import type { Reason } from '../stats/types.ts';

/** Partner data is never shown for fewer than this many cases, whatever the indicator's own rule says. */
export const PARTNER_MIN_COUNT = 5;
export const PARTNER_MIN_DENOMINATOR = 10;

export interface PartnerRow {
  regionCode: string;
  count: number | null;
  denominator: number | null;
  value: number | null;
}

export interface ProtectedAggregate {
  indicator: string;
  period: string;
  breakdown: string;
  gemeenten: number;
  gemeentenWithData: number;
  count: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
  reason: Reason | null;
  method: 'cell-key-perturbation';
}

/** Contributor id of one gemeente's contribution to a cell. */
export function contributorId(
  workspace: string,
  indicator: string,
  period: string,
  gemeente: string,
  breakdown = 'totaal',
): string {
  const id = `${workspace}|${indicator}|${period}|${gemeente}`;
  return breakdown === 'totaal' ? id : `${id}|${breakdown}`;
}

/**
 * The contributors of a cell: one per gemeente, plus one term for the cell as a whole (a digest of the sorted
 * gemeente ids). With gemeente keys alone the cell key of A + s is the key of A shifted by the fixed key of s, so
 * the noise of A + s follows from the noise of A and, for some secrets, nearly always equals it: differencing
 * would then give the small count away. The cell term makes the two keys independent, while the same set of
 * gemeenten (in any order) still gets the same key.
 */
export function cellContributors(ids: readonly string[]): string[] {
  const sorted = [...ids].sort();
  const digest = createHash('sha256').update(sorted.join('\n')).digest('hex');
  return [...sorted, `cell:${digest}`];
}

const NOT_COUNT_BASED: Reason = {
  nl: 'Alleen op aantallen gebaseerde partnergegevens kunnen buiten de werkruimte worden getoond.',
  en: 'Only count-based partner data can be shown outside the workspace.',
};

/** Said of a cell whose stored partner numbers lie outside NUMBER_RANGE (only possible for data uploaded before
 *  the range was checked). Outsiders see NOT_SHOWN instead (forOutsiders). */
export const OUT_OF_RANGE: Reason = {
  nl: `Niet berekend: de partnergegevens van deze cel bevatten een aantal of noemer boven ${NUMBER_RANGE.count.max.toLocaleString('nl-NL')}. Verwijder of vervang die upload.`,
  en: `Not computed: the partner data of this cell hold a count or denominator above ${NUMBER_RANGE.count.max.toLocaleString('en-GB')}. Delete or replace that upload.`,
};

export function protectedAggregate(input: {
  workspace: string;
  secret: string;
  indicator: Indicator;
  period: string;
  breakdown: string;
  gemeenten: readonly string[];
  rows: readonly PartnerRow[];
  /** false: the true sums (only for measuring the cost of protection; never sent out). */
  perturb?: boolean;
}): ProtectedAggregate {
  const { workspace, secret, indicator, period, breakdown } = input;
  const wanted = new Set(input.gemeenten);
  const rows = input.rows.filter((r) => wanted.has(r.regionCode));
  const base = {
    indicator: indicator.id,
    period,
    breakdown,
    gemeenten: wanted.size,
    gemeentenWithData: rows.length,
    method: 'cell-key-perturbation' as const,
  };
  const hidden = (reason: Reason): ProtectedAggregate => ({
    ...base,
    count: null,
    denominator: null,
    value: null,
    suppressed: true,
    reason,
  });
  if (rows.length === 0) return { ...hidden({ nl: 'Geen gegevens.', en: 'No data.' }), suppressed: false };
  const perCase = indicator.valueType !== 'count';
  if (rows.some((r) => r.count === null || !Number.isInteger(r.count) || r.count < 0))
    return hidden(NOT_COUNT_BASED);
  if (perCase && rows.some((r) => r.denominator === null || !Number.isInteger(r.denominator)))
    return hidden(NOT_COUNT_BASED);
  // Numbers stored before uploads were bounded (a count of 1e308) would overflow the sums: the cell is then not
  // computed and says why, instead of failing the whole answer.
  const outside = (n: number | null) => n !== null && n > NUMBER_RANGE.count.max;
  if (rows.some((r) => outside(r.count) || (perCase && outside(r.denominator)))) return hidden(OUT_OF_RANGE);
  const ids = cellContributors(
    rows.map((r) => contributorId(workspace, indicator.id, period, r.regionCode, breakdown)),
  );
  const trueCount = rows.reduce((s, r) => s + r.count!, 0);
  const trueDenominator = perCase ? rows.reduce((s, r) => s + r.denominator!, 0) : null;
  // Guard the sums too: an exact integer or no answer.
  if (
    !Number.isSafeInteger(trueCount) ||
    (trueDenominator !== null && !Number.isSafeInteger(trueDenominator))
  )
    return hidden(OUT_OF_RANGE);
  const perturb = input.perturb !== false;
  const count = perturb ? perturbCount(trueCount, ids, secret) : trueCount;
  const denominator =
    trueDenominator === null
      ? null
      : perturb
        ? perturbCount(
            trueDenominator,
            ids.map((id) => `${id}|denominator`),
            secret,
          )
        : trueDenominator;
  const rule = {
    ...indicator.suppression,
    minNumerator: Math.max(indicator.suppression.minNumerator ?? 0, PARTNER_MIN_COUNT),
    minDenominator: perCase
      ? Math.max(indicator.suppression.minDenominator ?? 0, PARTNER_MIN_DENOMINATOR)
      : indicator.suppression.minDenominator,
  };
  const result = applySuppression({ count, denominator, value: null }, rule);
  if (result.suppressed) return hidden(result.reason!);
  const shown = result.count!;
  const value =
    denominator === null ? shown : denominator > 0 ? (shown / denominator) * indicator.multiplier : null;
  return { ...base, count: shown, denominator, value, suppressed: false, reason: null };
}

/** What an outsider is told when nothing is shown: the same for "no data" as for "too few", by design. */
export const NOT_SHOWN: Reason = {
  nl: 'Niet getoond: geen of te weinig gegevens. Om privacyredenen zeggen we niet welke van de twee.',
  en: 'Not shown: no data or too little. For privacy we do not say which.',
};

/**
 * The aggregate as an outsider (no member of the workspace) sees it: whether a gemeente holds partner data is
 * itself private, so the number of gemeenten with data is left out and "no data" looks like "suppressed".
 */
export function forOutsiders(aggregate: ProtectedAggregate): Omit<ProtectedAggregate, 'gemeentenWithData'> {
  const { gemeentenWithData: _, ...rest } = aggregate;
  if (rest.count !== null) return rest;
  return { ...rest, suppressed: true, reason: NOT_SHOWN };
}
