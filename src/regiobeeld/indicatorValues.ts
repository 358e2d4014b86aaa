// One indicator across all regions of a type (for the map and the ranked list), and one region's series.
import { NATIONAL_CODE } from '../geo/regionTypes.ts';
import type { Indicator } from '../indicators/schema.ts';
import { compareWithBenchmark } from '../stats/compare.ts';
import { quantileBreaks, quantileGroup, rank, spineSummary } from '../stats/distribution.ts';
import type { RegiobeeldEngine } from './engine.ts';
import type { RegionRef } from './profile.ts';
import type { TrendPointOut } from './profileTypes.ts';

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
  const estimates = engine.standardEstimates(indicator, period, breakdown);
  const national = engine.national(indicator, period, breakdown);
  const regions = engine.regionsOfType(query.type);
  const values = regions
    .map((r) => estimates.get(r.code)?.value)
    .filter((v): v is number => v !== null && v !== undefined);
  const breaks = quantileBreaks(values, 5);
  return {
    indicator: {
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      polarity: indicator.polarity,
      decimals: indicator.decimals,
    },
    type: query.type,
    period: period.code,
    periods: periods.map((p) => p.code),
    breakdown,
    breakdowns,
    national: national
      ? {
          value: national.estimate.value,
          lower: national.estimate.lower,
          upper: national.estimate.upper,
          basis: national.basis,
        }
      : null,
    quintileBreaks: breaks,
    spine: spineSummary(values),
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
          rank: e.value === null ? null : rank(values, e.value, indicator.polarity),
          quintile: e.value === null ? null : quantileGroup(e.value, breaks),
        };
      })
      .sort(
        (a, b) =>
          (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
          a.name.localeCompare(b.name, 'nl'),
      ),
  };
}

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
