// The regiobeeld engine: estimates for any region (standard or composed of gemeenten), benchmarks, ranks and
// trends, computed from the observations in memory. Estimates of standard regions are cached per
// (indicator, period, breakdown), because ranks and spine charts need all regions of a type at once.

import { NATIONAL_CODE } from '../geo/regionTypes.ts';
import type { ObservationRecord } from '../indicators/observation.ts';
import type { Period } from '../indicators/period.ts';
import type { Catalog, Indicator } from '../indicators/schema.ts';
import { ObservationIndex } from './observationIndex.ts';
import { estimateRegion, type RegionEstimate } from './regionEstimate.ts';

export interface RegionInfo {
  code: string;
  name: string;
  type: string;
}

export interface Geography {
  regions: RegionInfo[];
  /** Gemeenten of each standard region (a gemeente: itself). */
  members: Map<string, string[]>;
}

export class RegiobeeldEngine {
  readonly index: ObservationIndex;
  readonly regionsByCode: Map<string, RegionInfo>;
  private readonly cache = new Map<string, Map<string, RegionEstimate>>();
  private readonly populationCache = new Map<number, Map<string, number>>();
  /** Finished answers (e.g. serialised profiles), bounded; they live as long as the engine, i.e. until an import. */
  private readonly answers = new Map<string, string>();
  static readonly MAX_ANSWERS = 300;

  constructor(
    readonly catalog: Catalog,
    readonly geography: Geography,
    observations: Iterable<ObservationRecord>,
  ) {
    this.index = new ObservationIndex(observations);
    this.regionsByCode = new Map(geography.regions.map((r) => [r.code, r]));
  }

  indicator(id: string): Indicator | undefined {
    return this.catalog.indicators.find((i) => i.id === id);
  }

  membersOf(code: string): string[] {
    const region = this.regionsByCode.get(code);
    if (region?.type === 'gemeente') return [code];
    return this.geography.members.get(code) ?? [];
  }

  regionsOfType(type: string): RegionInfo[] {
    return this.geography.regions.filter((r) => r.type === type);
  }

  /** Inhabitants per gemeente on 1 January of the year nearest to the period (weights for weighted means);
   *  only years with figures per gemeente count (some years have only provincial totals). */
  population(period: Period): Map<string, number> {
    const year = Number(period.start.slice(0, 4));
    const years = this.gemeentePopulationYears();
    if (years.length === 0) return new Map();
    const nearest = years.reduce((best, y) => (Math.abs(y - year) < Math.abs(best - year) ? y : best));
    return this.populationCache.get(nearest)!;
  }

  private gemeentePopulationYears(): number[] {
    if (this.populationCache.size === 0) {
      for (const p of this.index.periods('bevolking').filter((x) => x.type === 'year')) {
        const byGemeente = new Map<string, number>();
        for (const [code, o] of this.index.slice('bevolking', p.code, 'totaal')) {
          if (o.value !== null && this.regionsByCode.get(code)?.type === 'gemeente')
            byGemeente.set(code, o.value);
        }
        if (byGemeente.size > 0) this.populationCache.set(Number(p.code), byGemeente);
      }
    }
    return [...this.populationCache.keys()].sort();
  }

  /** Estimates for every standard region (and Nederland) at one period and breakdown, cached. */
  standardEstimates(indicator: Indicator, period: Period, breakdown: string): Map<string, RegionEstimate> {
    const key = ObservationIndex.key(indicator.id, period.code, breakdown);
    let estimates = this.cache.get(key);
    if (!estimates) {
      estimates = new Map();
      const slice = this.index.slice(indicator.id, period.code, breakdown);
      const population = this.population(period);
      for (const region of this.geography.regions) {
        estimates.set(
          region.code,
          estimateRegion(indicator, region.code, this.membersOf(region.code), slice, population),
        );
      }
      this.cache.set(key, estimates);
    }
    return estimates;
  }

  /** The estimate for a standard region (code) or an ad-hoc set of gemeenten (code null). */
  estimate(
    indicator: Indicator,
    region: { code: string | null; gemeenten: string[] },
    period: Period,
    breakdown: string,
  ) {
    if (region.code !== null && this.regionsByCode.has(region.code)) {
      return this.standardEstimates(indicator, period, breakdown).get(region.code)!;
    }
    return estimateRegion(
      indicator,
      null,
      region.gemeenten,
      this.index.slice(indicator.id, period.code, breakdown),
      this.population(period),
    );
  }

  /** Nederland's value: the published national figure where the source has one, else all gemeenten summed. */
  national(indicator: Indicator, period: Period, breakdown: string) {
    const estimate = this.standardEstimates(indicator, period, breakdown).get(NATIONAL_CODE);
    if (!estimate) return null;
    return {
      estimate,
      basis: estimate.method === 'observed' ? ('published' as const) : ('aggregate' as const),
    };
  }

  /** The answer for a key, computed once; the oldest answers are dropped beyond MAX_ANSWERS. */
  memo(key: string, compute: () => string): string {
    let answer = this.answers.get(key);
    if (answer === undefined) {
      answer = compute();
      if (this.answers.size >= RegiobeeldEngine.MAX_ANSWERS)
        this.answers.delete(this.answers.keys().next().value!);
      this.answers.set(key, answer);
    }
    return answer;
  }

  /** Recomputes every indicator × standard region × period × breakdown (the benchmark's "whole country"). */
  recomputeAll(): number {
    this.cache.clear();
    let n = 0;
    for (const { indicatorId, period, breakdown } of this.index.keys()) {
      const indicator = this.indicator(indicatorId);
      const p = this.index.periods(indicatorId).find((x) => x.code === period);
      if (!indicator || !p) continue;
      n += this.standardEstimates(indicator, p, breakdown).size;
    }
    return n;
  }
}
