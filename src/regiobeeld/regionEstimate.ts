// The value of one indicator for one region at one period and breakdown: the region's own observation where the
// source publishes one, otherwise aggregated from its gemeenten by the indicator's aggregation rule. Pure.
import type { ObservationFlag, ObservationRecord } from '../indicators/observation.ts';
import type { Indicator } from '../indicators/schema.ts';
import { applySuppression, partsLeftOut } from '../privacy/suppression.ts';
import { estimateFromTotals, populationWeightedMean } from '../stats/aggregate.ts';
import { weightedMeanBounds } from '../stats/bounds.ts';
import { poissonRate, wilson } from '../stats/intervals.ts';
import type { Estimate, Level, Reason } from '../stats/types.ts';

export type EstimateMethod =
  | 'observed'
  | 'sum-counts'
  | 'population-weighted-mean'
  | 'not-aggregable'
  | 'no-data';

export interface RegionEstimate {
  value: number | null;
  /** 95 % limits */
  lower: number | null;
  upper: number | null;
  /** 99.8 % limits */
  lower998: number | null;
  upper998: number | null;
  count: number | null;
  denominator: number | null;
  flags: ObservationFlag[];
  suppressed: boolean;
  /** Why the value is suppressed or missing. */
  reason: Reason | null;
  /** Anything else the reader must know (partial coverage of gemeenten, interval method). */
  note: Reason | null;
  method: EstimateMethod;
  gemeenten: number;
  gemeentenWithData: number;
  snapshots: string[];
  /** Instead of a value: the range a source's suppression allows (a suppressed cell '<=5', or a region with one). */
  bounds: { lower: number; upper: number } | null;
  /** A figure converted from an earlier gemeentelijke indeling: how (the observation's note). */
  conversion?: string | null;
}

const NO_DATA: Reason = { nl: 'Geen gegevens voor deze periode.', en: 'No data for this period.' };
const ROUNDED_ABOVE_DENOMINATOR: Reason = {
  nl: 'Geen waarde: de afgeronde aantallen van de gemeenten zijn samen groter dan de noemer.',
  en: 'No value: the rounded counts of the municipalities add up to more than the denominator.',
};

/** Confidence limits for a count-based observation, by the indicator's interval method. */
export function intervalFor(
  indicator: Indicator,
  count: number | null,
  denominator: number | null,
  level: Level,
): Estimate | null {
  if (count === null || denominator === null) return null;
  // A count the method cannot take (negative, or above the denominator of a proportion) gives no interval
  // rather than an error on every page that shows the indicator; imports refuse such rows.
  if (count < 0 || denominator < 0 || (indicator.intervalMethod === 'wilson' && count > denominator))
    return null;
  if (indicator.intervalMethod === 'wilson') return wilson(count, denominator, level, indicator.multiplier);
  if (indicator.intervalMethod === 'byar-exact-poisson')
    return poissonRate(count, denominator, level, indicator.multiplier);
  return null;
}

function empty(method: EstimateMethod, gemeenten: number, reason: Reason | null): RegionEstimate {
  return {
    value: null,
    lower: null,
    upper: null,
    lower998: null,
    upper998: null,
    count: null,
    denominator: null,
    flags: [],
    suppressed: false,
    reason,
    note: null,
    method,
    gemeenten,
    gemeentenWithData: 0,
    snapshots: [],
    bounds: null,
  };
}

/** Applies the indicator's suppression rule to a finished estimate (its count and denominator). */
function suppressOutput(indicator: Indicator, estimate: RegionEstimate): RegionEstimate {
  const result = applySuppression(estimate, indicator.suppression);
  if (!result.suppressed) return { ...estimate, count: result.count };
  return {
    ...estimate,
    value: null,
    lower: null,
    upper: null,
    lower998: null,
    upper998: null,
    count: null,
    denominator: result.denominator,
    suppressed: true,
    reason: result.reason,
  };
}

function fromObservation(indicator: Indicator, o: ObservationRecord, gemeenten: number): RegionEstimate {
  const at95 = intervalFor(indicator, o.count, o.denominator, 0.95);
  const at998 = intervalFor(indicator, o.count, o.denominator, 0.998);
  const sourceSuppressed = o.flags.includes('suppressed-by-source');
  // A suppressed cell's lower and upper are the bounds of its label ('<=5' → 0–5), not confidence limits.
  const bounds =
    sourceSuppressed && o.lower !== null && o.upper !== null ? { lower: o.lower, upper: o.upper } : null;
  return suppressOutput(indicator, {
    value: o.value,
    lower: sourceSuppressed ? null : (at95?.lower ?? o.lower),
    upper: sourceSuppressed ? null : (at95?.upper ?? o.upper),
    lower998: at998?.lower ?? null,
    upper998: at998?.upper ?? null,
    count: o.count,
    denominator: o.denominator,
    flags: o.flags,
    suppressed: sourceSuppressed,
    reason: sourceSuppressed
      ? {
          nl: `De bron publiceert hier geen getal (${o.note ?? 'privacy'}).`,
          en: `The source publishes no number here (${o.note ?? 'privacy'}).`,
        }
      : null,
    note: null,
    method: 'observed',
    gemeenten,
    gemeentenWithData: 1,
    snapshots: [o.snapshotId],
    bounds,
    conversion: o.flags.includes('harmonised') ? o.note : null,
  });
}

const isSuppressed = (o: ObservationRecord) => o.flags.includes('suppressed-by-source');

/**
 * A region with a source-suppressed part (issue 12, Urk's vaccination '<=5'): never a point value that silently
 * leaves the part out. A weighted mean gets the range the suppression labels allow, flagged; without bounds, or
 * for counts, the region is suppressed with the reason.
 */
function withSuppressedParts(
  indicator: Indicator,
  members: ObservationRecord[],
  gemeenten: number,
  population: ReadonlyMap<string, number>,
  flags: ObservationFlag[],
  snapshots: string[],
): RegionEstimate {
  const hidden = members.filter(isSuppressed).length;
  const parts = members.map((m) => ({
    value: isSuppressed(m) ? null : m.value,
    lower: m.lower,
    upper: m.upper,
    weight: population.get(m.regionCode) ?? Number.NaN,
  }));
  const bounds =
    indicator.aggregation === 'population-weighted-mean' && parts.every((p) => Number.isFinite(p.weight))
      ? weightedMeanBounds(parts)
      : null;
  const which = `${hidden} van de ${gemeenten} gemeenten`;
  const whichEn = `${hidden} of the ${gemeenten} municipalities`;
  return {
    ...empty(
      indicator.aggregation === 'sum-counts' ? 'sum-counts' : 'population-weighted-mean',
      gemeenten,
      null,
    ),
    flags: [...flags, 'suppressed-member'],
    suppressed: bounds === null,
    bounds,
    reason: bounds
      ? {
          nl: `Geen puntwaarde: bij ${which} schermt de bron de waarde af; met het bereik dat de bron daarvoor noemt ligt de waarde van de regio tussen de getoonde grenzen.`,
          en: `No point value: for ${whichEn} the source withholds the value; with the range the source gives for it, the region's value lies between the bounds shown.`,
        }
      : {
          nl: `Afgeschermd: bij ${which} schermt de bron de waarde af, dus een waarde voor de regio zou die gemeente(n) weglaten.`,
          en: `Suppressed: for ${whichEn} the source withholds the value, so a value for the region would leave it out.`,
        },
    gemeentenWithData: members.length - hidden,
    snapshots,
  };
}

function coverageNote(withData: number, total: number): Reason | null {
  if (withData === total) return null;
  return {
    nl: `${total - withData} van de ${total} gemeenten hebben geen gegevens; de waarde gaat over de andere ${withData}.`,
    en: `${total - withData} of ${total} municipalities have no data; the value covers the other ${withData}.`,
  };
}

/**
 * @param regionCode the region's own code when it is a standard region (its published observation wins)
 * @param gemeenten the gemeenten the region consists of
 * @param slice the observations of this indicator, period and breakdown by region code
 * @param population inhabitants per gemeente (weights for the population-weighted mean)
 */
export function estimateRegion(
  indicator: Indicator,
  regionCode: string | null,
  gemeenten: readonly string[],
  slice: ReadonlyMap<string, ObservationRecord>,
  population: ReadonlyMap<string, number>,
): RegionEstimate {
  const estimate = estimateFromParts(indicator, regionCode, gemeenten, slice, population);
  // A region made of gemeenten of which some were converted to today's indeling says so on its figure too.
  if (estimate.conversion || !estimate.flags.includes('harmonised')) return estimate;
  return { ...estimate, conversion: conversionOfParts(gemeenten, slice) };
}

/** "2 van de 9 gemeenten omgerekend naar de huidige indeling: <the notes of those gemeenten>". */
function conversionOfParts(
  gemeenten: readonly string[],
  slice: ReadonlyMap<string, ObservationRecord>,
): string | null {
  const converted = gemeenten.flatMap((code) => {
    const o = slice.get(code);
    return o?.flags.includes('harmonised') ? [o.note ?? code] : [];
  });
  if (converted.length === 0) return null;
  const which = `${converted.length} van de ${gemeenten.length} gemeenten`;
  return `${which} omgerekend naar de huidige gemeentelijke indeling: ${[...new Set(converted)].join('; ')}`;
}

/** publishedPart: the part cannot be summed (no count, or one the method cannot take; see intervalFor). */
export const UNUSABLE_PART = -1;
/** publishedPart: the suppression rule hides the part. */
export const SUPPRESSED_PART = -2;

/**
 * What one gemeente adds to a sum of counts: its published count (after the suppression rule, rounded as the rule
 * says: suppression before aggregation), or UNUSABLE_PART / SUPPRESSED_PART. An unusable part counts as a gemeente
 * without data.
 */
export function publishedPart(indicator: Indicator, o: ObservationRecord): number {
  if (
    o.count === null ||
    o.count < 0 ||
    (indicator.valueType !== 'count' &&
      (o.denominator === null ||
        o.denominator < 0 ||
        (indicator.intervalMethod === 'wilson' && o.count > o.denominator)))
  )
    return UNUSABLE_PART;
  const published = applySuppression(o, indicator.suppression);
  return published.suppressed ? SUPPRESSED_PART : published.count!;
}

/** The parts of a sum of counts, counted: those with data, the usable ones, the kept ones and their totals. */
export interface PartTotals {
  members: number;
  usable: number;
  kept: number;
  count: number;
  denominator: number;
}

/** Adds one gemeente's part (its publishedPart and denominator) to the totals of a sum of counts. */
export function addPart(totals: PartTotals, part: number, denominator: number): void {
  totals.members++;
  if (part === UNUSABLE_PART) return;
  totals.usable++;
  if (part === SUPPRESSED_PART) return;
  totals.kept++;
  totals.count += part;
  totals.denominator += denominator;
}

/** The estimate of a region whose gemeenten's counts and denominators were summed (sum-counts). */
export function sumOfParts(
  indicator: Indicator,
  gemeenten: number,
  totals: PartTotals,
  flags: ObservationFlag[],
  snapshots: string[],
): RegionEstimate {
  const { usable, kept, count, denominator } = totals;
  if (totals.members === 0) return empty('no-data', gemeenten, NO_DATA);
  if (kept === 0) return empty('sum-counts', gemeenten, NO_DATA);
  const complete = kept === gemeenten;
  const note = partsLeftOut(usable - kept, usable) ?? coverageNote(kept, gemeenten);
  if (indicator.valueType === 'count') {
    // A sum over only some gemeenten would understate the region: show nothing rather than a wrong total.
    return {
      ...empty('sum-counts', gemeenten, complete ? null : note),
      value: complete ? count : null,
      count: complete ? count : null,
      flags,
      gemeentenWithData: kept,
      snapshots,
    };
  }
  if (indicator.intervalMethod === 'wilson' && count > denominator) {
    // Counts rounded by the suppression rule (3 of 3 → 5) can add up to more than the denominator: no proportion.
    return {
      ...empty('sum-counts', gemeenten, ROUNDED_ABOVE_DENOMINATOR),
      flags,
      gemeentenWithData: kept,
      snapshots,
    };
  }
  const method = indicator.intervalMethod === 'wilson' ? 'wilson' : 'byar-exact-poisson';
  const at95 = estimateFromTotals(count, denominator, method, indicator.multiplier, 0.95);
  const at998 = estimateFromTotals(count, denominator, method, indicator.multiplier, 0.998);
  const limits = indicator.intervalMethod === 'none' ? null : at95;
  return suppressOutput(indicator, {
    value: at95.value,
    lower: limits?.lower ?? null,
    upper: limits?.upper ?? null,
    lower998: limits ? at998.lower : null,
    upper998: limits ? at998.upper : null,
    count: at95.count,
    denominator: at95.denominator,
    flags,
    suppressed: false,
    reason: null,
    note,
    method: 'sum-counts',
    gemeenten,
    gemeentenWithData: kept,
    snapshots,
    bounds: null,
  });
}

function estimateFromParts(
  indicator: Indicator,
  regionCode: string | null,
  gemeenten: readonly string[],
  slice: ReadonlyMap<string, ObservationRecord>,
  population: ReadonlyMap<string, number>,
): RegionEstimate {
  const own = regionCode === null ? undefined : slice.get(regionCode);
  if (own) return fromObservation(indicator, own, gemeenten.length);
  // One pass over the gemeenten (this runs for every region × indicator × period: no intermediate arrays).
  const members: ObservationRecord[] = [];
  const flagSet = new Set<ObservationFlag>();
  const snapshotSet = new Set<string>();
  let anySuppressed = false;
  for (const code of gemeenten) {
    const o = slice.get(code);
    if (!o) continue;
    members.push(o);
    for (const flag of o.flags) {
      if (flag === 'suppressed-by-source') anySuppressed = true;
      else flagSet.add(flag);
    }
    snapshotSet.add(o.snapshotId);
  }
  if (members.length === 0) return empty('no-data', gemeenten.length, NO_DATA);
  if (indicator.aggregation === 'not-aggregable') {
    return empty(
      'not-aggregable',
      gemeenten.length,
      indicator.aggregationNote ?? {
        nl: 'Deze indicator kan niet worden opgeteld over gemeenten.',
        en: 'This indicator cannot be aggregated over municipalities.',
      },
    );
  }
  const flags = [...flagSet];
  const snapshots = [...snapshotSet];
  if (anySuppressed)
    return withSuppressedParts(indicator, members, gemeenten.length, population, flags, snapshots);

  if (indicator.aggregation === 'sum-counts') {
    const totals = { members: 0, usable: 0, kept: 0, count: 0, denominator: 0 };
    for (const m of members) addPart(totals, publishedPart(indicator, m), m.denominator ?? 0);
    return sumOfParts(indicator, gemeenten.length, totals, flags, snapshots);
  }

  // population-weighted mean of estimates without counts
  const weighted = members.flatMap((m) => {
    const weight = population.get(m.regionCode);
    return m.value === null || weight === undefined
      ? []
      : [{ value: m.value, lower: m.lower, upper: m.upper, population: weight }];
  });
  if (weighted.length === 0) return empty('population-weighted-mean', gemeenten.length, NO_DATA);
  const at95 = populationWeightedMean(weighted, 0.95);
  const at998 = populationWeightedMean(weighted, 0.998);
  return {
    value: at95.value,
    lower: at95.lower,
    upper: at95.upper,
    lower998: at998.lower,
    upper998: at998.upper,
    count: null,
    denominator: null,
    flags,
    suppressed: false,
    reason: null,
    note:
      coverageNote(weighted.length, gemeenten.length) ??
      (indicator.intervalMethod === 'none' ? null : at95.note),
    method: 'population-weighted-mean',
    gemeenten: gemeenten.length,
    gemeentenWithData: weighted.length,
    snapshots,
    bounds: null,
  };
}
