// One indicator across all regions of a type (for the map and the ranked list), and one region's series.
import { NATIONAL_CODE } from '../geo/regionTypes.ts';
import type { ObservationRecord } from '../indicators/observation.ts';
import type { Period } from '../indicators/period.ts';
import type { Indicator } from '../indicators/schema.ts';
import { compareWithBenchmark } from '../stats/compare.ts';
import { distributionOf, quantileGroup, rankIn } from '../stats/distribution.ts';
import type { RegiobeeldEngine, RegionInfo } from './engine.ts';
import type { RegionRef } from './profile.ts';
import type { TrendPointOut } from './profileTypes.ts';
import { estimateRegion, type RegionEstimate } from './regionEstimate.ts';

export interface ValuesProblem {
  parameter: 'breakdown' | 'period';
  problem: string;
}

const problem = (parameter: ValuesProblem['parameter'], text: string): ValuesProblem => ({
  parameter,
  problem: text,
});

export function indicatorValues(
  engine: RegiobeeldEngine,
  indicator: Indicator,
  query: { type: string; period?: string; breakdown?: string },
) {
  const periods = engine.index.periods(indicator.id);
  const breakdowns = engine.index.breakdowns(indicator.id);
  if (periods.length === 0) {
    return problem(
      'period',
      `nog geen gegevens geladen voor deze indicator (bron: ${indicator.source.publisher}, tabel ${indicator.source.table})`,
    );
  }
  const breakdown = query.breakdown ?? breakdowns[0] ?? 'totaal';
  if (!breakdowns.includes(breakdown)) {
    return problem(
      'breakdown',
      `'${breakdown}' is geen uitsplitsing van deze indicator (kies uit ${breakdowns.join(', ')})`,
    );
  }
  const main = periods.filter((p) => p.type === indicator.periodType);
  const candidates = main.length > 0 ? main : periods;
  // Default: the latest period that is complete for Nederland.
  const period = query.period
    ? periods.find((p) => p.code === query.period)
    : ([...candidates].reverse().find((p) => {
        const national = engine.national(indicator, p, breakdown);
        return (
          national && national.estimate.value !== null && !national.estimate.flags.includes('partial-period')
        );
      }) ?? candidates.at(-1));
  if (!period) {
    return problem(
      'period',
      `geen gegevens voor periode '${query.period ?? ''}' (beschikbaar: ${periods.map((p) => p.code).join(', ')})`,
    );
  }
  return valuesAnswer(indicator, {
    type: query.type,
    period: period.code,
    periods: periods.map((p) => p.code),
    breakdown,
    breakdowns,
    national: engine.national(indicator, period, breakdown),
    regions: engine.regionsOfType(query.type),
    estimates: engine.standardEstimates(indicator, period, breakdown),
  });
}

/**
 * The map of all wijken or buurten of the country for one indicator: each area's own figure (read for this answer
 * from area_observation, never derived from gemeenten), ranked and grouped in quintiles among all areas of the type,
 * each with its gemeente. `observations` are the areas' observations of the chosen period (all breakdowns).
 */
export function areaValues(
  engine: RegiobeeldEngine,
  indicator: Indicator,
  query: { type: 'wijk' | 'buurt'; breakdown?: string },
  available: { period: string; breakdown: string }[],
  period: Period,
  observations: readonly ObservationRecord[],
) {
  const breakdowns = [...new Set(available.map((a) => a.breakdown))];
  const breakdown = query.breakdown ?? (breakdowns.includes('totaal') ? 'totaal' : breakdowns[0]!);
  if (!breakdowns.includes(breakdown)) {
    return problem(
      'breakdown',
      `'${breakdown}' is geen uitsplitsing van deze indicator voor een ${query.type} (kies uit ${breakdowns.join(', ')})`,
    );
  }
  const slice = new Map(observations.filter((o) => o.breakdown === breakdown).map((o) => [o.regionCode, o]));
  const regions = engine.regionsOfType(query.type).filter((r) => slice.has(r.code));
  const estimates = new Map(
    regions.map((r) => [r.code, estimateRegion(indicator, r.code, [], slice, new Map())]),
  );
  const answer = valuesAnswer(indicator, {
    type: query.type,
    period: period.code,
    periods: [...new Set(available.map((a) => a.period))],
    breakdown,
    breakdowns,
    national: engine.national(indicator, period, breakdown),
    regions,
    estimates,
  });
  // Area names repeat between gemeenten ("Centrum"): each row names its gemeente. The rows are this answer's own,
  // so the field is added in place (a spread adding a field is V8's slow path, here for ~14,500 rows).
  return {
    ...answer,
    regions: answer.regions.map((row) => {
      const gemeente = engine.gemeenteOf(row.code);
      const name = gemeente ? (engine.regionsByCode.get(gemeente)?.name ?? gemeente) : null;
      return Object.assign(row, { gemeente: gemeente ? { code: gemeente, name } : null });
    }),
  };
}

/** One indicator for some regions at one period: values, intervals, comparison with Nederland, rank, quintile. */
function valuesAnswer(
  indicator: Indicator,
  slice: {
    type: string;
    period: string;
    periods: string[];
    breakdown: string;
    breakdowns: readonly string[];
    national: ReturnType<RegiobeeldEngine['national']>;
    regions: readonly RegionInfo[];
    estimates: ReadonlyMap<string, RegionEstimate>;
  },
) {
  const { national, regions, estimates } = slice;
  const distribution = distributionOf(
    regions
      .map((r) => estimates.get(r.code)?.value)
      .filter((v): v is number => v !== null && v !== undefined),
  );
  const breaks = distribution.quintileBreaks;
  return {
    indicator: {
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      polarity: indicator.polarity,
      decimals: indicator.decimals,
    },
    type: slice.type,
    period: slice.period,
    periods: slice.periods,
    breakdown: slice.breakdown,
    breakdowns: slice.breakdowns,
    national: national
      ? {
          value: national.estimate.value,
          lower: national.estimate.lower,
          upper: national.estimate.upper,
          basis: national.basis,
        }
      : null,
    quintileBreaks: breaks,
    spine: distribution.spine,
    regions: regions
      .map((r) => {
        const e = estimates.get(r.code)!;
        return {
          code: r.code,
          name: r.name,
          value: e.value,
          lower: e.lower,
          upper: e.upper,
          count: e.count,
          denominator: e.denominator,
          comparison: compareWithBenchmark(e, national?.estimate.value ?? null, indicator.polarity),
          suppressed: e.suppressed,
          reason: e.reason,
          flags: e.flags,
          rank: e.value === null ? null : rankIn(distribution, e.value, indicator.polarity),
          quintile: e.value === null ? null : quantileGroup(e.value, breaks),
        };
      })
      .sort(
        (a, b) =>
          (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
          byName(a.name, b.name),
      ),
  };
}

const byName = new Intl.Collator('nl').compare;

export function indicatorSeries(
  engine: RegiobeeldEngine,
  indicator: Indicator,
  region: RegionRef,
  breakdown: string,
) {
  const periods = engine.index.periods(indicator.id);
  const point = (ref: { code: string | null; gemeenten: readonly string[] }) =>
    periods
      .map((p): TrendPointOut & { type: string } => {
        const e = engine.estimate(indicator, ref, p, breakdown);
        return {
          period: p.code,
          type: p.type,
          value: e.value,
          lower: e.lower,
          upper: e.upper,
          partial: e.flags.includes('partial-period'),
          conversion: e.conversion ?? null,
        };
      })
      .filter((p) => p.value !== null);
  return {
    indicator: indicator.id,
    breakdown,
    region: { code: region.code, name: region.name },
    points: point(region),
    national: point({ code: NATIONAL_CODE, gemeenten: [] }),
  };
}
