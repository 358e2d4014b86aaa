// The regiobeeld engine: estimates for any region (standard or composed of gemeenten), benchmarks, ranks and
// trends, computed from the observations in memory. Estimates of standard regions are cached per
// (indicator, period, breakdown), because ranks and spine charts need all regions of a type at once.

import { isSubMunicipalType, NATIONAL_CODE } from '../geo/regionTypes.ts';
import type { ObservationRecord } from '../indicators/observation.ts';
import type { Period } from '../indicators/period.ts';
import type { Catalog, Indicator } from '../indicators/schema.ts';
import { type Distribution, distributionOf } from '../stats/distribution.ts';
import { ObservationIndex } from './observationIndex.ts';
import { buildPartColumns, type PartColumns, sumFromColumns } from './partColumns.ts';
import { estimateRegion, type RegionEstimate } from './regionEstimate.ts';

export interface RegionInfo {
  code: string;
  name: string;
  type: string;
  /** A wijk's gemeente, a buurt's wijk (regions made of gemeenten have none). */
  parent?: string | null;
}

export interface Geography {
  regions: RegionInfo[];
  /** Gemeenten of each standard region (a gemeente: itself). */
  members: Map<string, string[]>;
}

export type AreaType = 'wijk' | 'buurt';

/** Reads the observations of the wijken or the buurten of some gemeenten (kept out of memory until asked for). */
export type AreaLoader = (gemeenten: string[], type: AreaType) => Promise<ObservationRecord[]>;

export class RegiobeeldEngine {
  readonly index: ObservationIndex;
  readonly regionsByCode: Map<string, RegionInfo>;
  private readonly cache = new Map<string, Map<string, RegionEstimate>>();
  /** The values of all standard regions of a type, sorted, per (indicator, period, breakdown): ranks and spines. */
  private readonly distributions = new Map<string, Distribution>();
  private readonly adHocEstimates = new WeakMap<readonly string[], Map<string, RegionEstimate>>();
  /** Gemeente → its position in the part columns; the columns per (indicator, period, breakdown), null if not plain. */
  private readonly gemeentePositions: ReadonlyMap<string, number>;
  /** Each gemeente as the one member of itself (one array per gemeente, so caches per member array hold). */
  private readonly gemeenteAlone: ReadonlyMap<string, string[]>;
  private readonly columns = new Map<string, PartColumns | null>();
  private readonly memberPositions = new WeakMap<readonly string[], Int32Array | null>();
  private readonly populationCache = new Map<number, Map<string, number>>();
  /** Finished answers (e.g. serialised profiles), bounded; they live as long as the engine, i.e. until an import. */
  private readonly answers = new Map<string, string>();
  static readonly MAX_ANSWERS = 300;
  private readonly byType = new Map<string, RegionInfo[]>();
  /** The regions made of gemeenten (all but wijken and buurten): the ones aggregated, ranked and containing. */
  readonly standardRegions: RegionInfo[];
  private readonly memberSets = new Map<string, ReadonlySet<string>>();
  private readonly children = new Map<string, RegionInfo[]>();
  /** Observations of the wijken, or the buurten, per gemeente (key `gemeente|type`), read on first use: a wijk's
   *  profile needs the wijken of its gemeente only (its rank), a buurt's the buurten. At most MAX_AREA_GEMEENTEN
   *  kept and at most MAX_AREA_OBSERVATIONS observations in all (the one read longest ago is dropped first). */
  private readonly readyAreas = new Map<string, ObservationIndex>();
  /** Per read area group (same key): the values of the areas with one parent, sorted, per slice (their ranks). */
  private readonly areaDistributions = new Map<string, Map<string, Distribution>>();
  private readonly loadingAreas = new Map<string, Promise<ObservationIndex>>();
  private areaObservations = 0;
  static readonly MAX_AREA_GEMEENTEN = 800;
  /** With 100 indicators × 10 periods the country has ~17.6M area observations (~10 GB as records): the bound keeps
   *  the engine under 2 GB (issue 17, bench/scale.bench.ts: RSS 2.0 GB with 1.47M of them, hence 1M). */
  static readonly MAX_AREA_OBSERVATIONS = 1_000_000;

  constructor(
    readonly catalog: Catalog,
    readonly geography: Geography,
    observations: Iterable<ObservationRecord>,
    private readonly loadAreas: AreaLoader = async () => [],
    private readonly maxAreaObservations = RegiobeeldEngine.MAX_AREA_OBSERVATIONS,
  ) {
    this.index = new ObservationIndex(observations);
    this.regionsByCode = new Map(geography.regions.map((r) => [r.code, r]));
    this.standardRegions = geography.regions.filter((r) => !isSubMunicipalType(r.type));
    const gemeenten = geography.regions.filter((r) => r.type === 'gemeente');
    this.gemeentePositions = new Map(gemeenten.map((r, i) => [r.code, i]));
    this.gemeenteAlone = new Map(gemeenten.map((r) => [r.code, [r.code]]));
    for (const region of geography.regions) {
      pushTo(this.byType, region.type, region);
      if (region.parent) pushTo(this.children, region.parent, region);
    }
  }

  /** True for a wijk or buurt: its values are the source's own, kept per gemeente outside the main index. */
  isArea(code: string | null): boolean {
    return code !== null && isSubMunicipalType(this.regionsByCode.get(code)?.type);
  }

  /** The regions whose parent is this one (a gemeente's wijken, a wijk's buurten). */
  childrenOf(code: string, type?: string): RegionInfo[] {
    const list = this.children.get(code) ?? [];
    return type ? list.filter((r) => r.type === type) : list;
  }

  /** The gemeente a region lies in, when it is a gemeente, wijk or buurt. */
  gemeenteOf(code: string): string | null {
    let region = this.regionsByCode.get(code);
    // Up the parents: buurt → wijk → gemeente.
    while (region && region.type !== 'gemeente' && region.parent)
      region = this.regionsByCode.get(region.parent);
    return region?.type === 'gemeente' ? region.code : null;
  }

  /** Reads the observations of a gemeente's wijken or buurten, once (call before asking for their values). */
  async prepareAreas(gemeente: string, type: AreaType): Promise<void> {
    const key = areaGroup(gemeente, type);
    if (this.readyAreas.has(key)) return;
    let pending = this.loadingAreas.get(key);
    if (!pending) {
      pending = this.loadAreas([gemeente], type).then((records) => new ObservationIndex(records));
      this.loadingAreas.set(key, pending);
    }
    try {
      const index = await pending;
      if (this.readyAreas.has(key)) return; // two requests read it at once
      while (
        this.readyAreas.size > 0 &&
        (this.readyAreas.size >= RegiobeeldEngine.MAX_AREA_GEMEENTEN ||
          this.areaObservations + index.size > this.maxAreaObservations)
      ) {
        const [oldest, dropped] = this.readyAreas.entries().next().value!;
        this.readyAreas.delete(oldest);
        this.areaDistributions.delete(oldest);
        this.areaObservations -= dropped.size;
      }
      this.readyAreas.set(key, index);
      this.areaObservations += index.size;
    } finally {
      this.loadingAreas.delete(key);
    }
  }

  /** A wijk or buurt: reads what its profile needs (its gemeente's areas of its type); anything else: nothing. */
  async prepareAreasOf(code: string | null): Promise<void> {
    const type = code === null ? undefined : this.regionsByCode.get(code)?.type;
    const gemeente = code === null ? null : this.gemeenteOf(code);
    if ((type === 'wijk' || type === 'buurt') && gemeente) await this.prepareAreas(gemeente, type);
  }

  /** How many observations of wijken and buurten are in memory now. */
  areaObservationsInMemory(): number {
    return this.areaObservations;
  }

  /** The estimate for a wijk or buurt: its own observation, or no data (never derived from gemeenten).
   *  Its gemeente's areas must have been read with prepareAreas; until then it says so instead of a value. */
  areaEstimate(indicator: Indicator, code: string, period: Period, breakdown: string): RegionEstimate {
    const gemeente = this.gemeenteOf(code);
    const index = gemeente
      ? this.readyAreas.get(areaGroup(gemeente, this.regionsByCode.get(code)?.type))
      : undefined;
    if (!index) {
      const none = estimateRegion(indicator, code, [], new Map(), new Map());
      return {
        ...none,
        reason: {
          nl: 'Gegevens van wijken en buurten nog niet ingelezen.',
          en: 'District and neighbourhood data not read yet.',
        },
      };
    }
    return estimateRegion(indicator, code, [], index.slice(indicator.id, period.code, breakdown), new Map());
  }

  /** The values of the areas of one type with one parent (a gemeente's wijken, a wijk's buurten), sorted once. */
  siblingDistribution(
    indicator: Indicator,
    parent: string,
    type: string,
    period: Period,
    breakdown: string,
  ): Distribution {
    const group = areaGroup(this.gemeenteOf(parent), type);
    const compute = () =>
      distributionOf(
        this.childrenOf(parent, type)
          .map((r) => this.areaEstimate(indicator, r.code, period, breakdown).value)
          .filter((v): v is number => v !== null),
      );
    // Only while the group's observations are in memory (else the values say "not read yet" and are not kept).
    if (!this.readyAreas.has(group)) return compute();
    let distributions = this.areaDistributions.get(group);
    if (!distributions) {
      distributions = new Map();
      this.areaDistributions.set(group, distributions);
    }
    const key = `${ObservationIndex.key(indicator.id, period.code, breakdown)}|${parent}`;
    let distribution = distributions.get(key);
    if (!distribution) {
      distribution = compute();
      distributions.set(key, distribution);
    }
    return distribution;
  }

  indicator(id: string): Indicator | undefined {
    return this.catalog.indicators.find((i) => i.id === id);
  }

  membersOf(code: string): readonly string[] {
    const region = this.regionsByCode.get(code);
    if (region?.type === 'gemeente') return this.gemeenteAlone.get(code)!;
    return this.geography.members.get(code) ?? [];
  }

  /** membersOf as a set, built once per region. */
  memberSet(code: string): ReadonlySet<string> {
    let set = this.memberSets.get(code);
    if (!set) {
      set = new Set(this.membersOf(code));
      this.memberSets.set(code, set);
    }
    return set;
  }

  regionsOfType(type: string): RegionInfo[] {
    return this.byType.get(type) ?? [];
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
      for (const region of this.standardRegions) {
        // wijken and buurten: areaEstimate, per gemeente
        estimates.set(
          region.code,
          this.sumOrEstimate(indicator, region.code, this.membersOf(region.code), slice, population, key),
        );
      }
      this.cache.set(key, estimates);
    }
    return estimates;
  }

  /** The values of every standard region of one type at one period and breakdown, sorted once (cached). */
  typeDistribution(indicator: Indicator, period: Period, breakdown: string, type: string): Distribution {
    const key = `${ObservationIndex.key(indicator.id, period.code, breakdown)}|${type}`;
    let distribution = this.distributions.get(key);
    if (!distribution) {
      const all = this.standardEstimates(indicator, period, breakdown);
      const values: number[] = [];
      for (const region of this.regionsOfType(type)) {
        const value = all.get(region.code)?.value;
        if (value !== null && value !== undefined) values.push(value);
      }
      distribution = distributionOf(values);
      this.distributions.set(key, distribution);
    }
    return distribution;
  }

  /** The estimate for a standard region (code) or an ad-hoc set of gemeenten (code null). */
  estimate(
    indicator: Indicator,
    region: { code: string | null; gemeenten: readonly string[] },
    period: Period,
    breakdown: string,
  ) {
    if (this.isArea(region.code)) return this.areaEstimate(indicator, region.code!, period, breakdown);
    if (region.code !== null && this.regionsByCode.has(region.code)) {
      return this.standardEstimates(indicator, period, breakdown).get(region.code)!;
    }
    // An ad-hoc region: one profile asks for each estimate up to three times (period choice, trend, value), so
    // they are kept as long as the gemeenten array they were asked for lives.
    let estimates = this.adHocEstimates.get(region.gemeenten);
    if (!estimates) {
      estimates = new Map();
      this.adHocEstimates.set(region.gemeenten, estimates);
    }
    const key = ObservationIndex.key(indicator.id, period.code, breakdown);
    let estimate = estimates.get(key);
    if (!estimate) {
      estimate = this.sumOrEstimate(
        indicator,
        null,
        region.gemeenten,
        this.index.slice(indicator.id, period.code, breakdown),
        this.population(period),
        key,
      );
      estimates.set(key, estimate);
    }
    return estimate;
  }

  /** estimateRegion, from the part columns where the slice is plain and the region has no observation of its own. */
  private sumOrEstimate(
    indicator: Indicator,
    code: string | null,
    gemeenten: readonly string[],
    slice: ReadonlyMap<string, ObservationRecord>,
    population: ReadonlyMap<string, number>,
    key: string,
  ): RegionEstimate {
    if (code === null || !slice.has(code)) {
      let columns = this.columns.get(key);
      if (columns === undefined) {
        columns = buildPartColumns(indicator, slice, this.gemeentePositions);
        this.columns.set(key, columns);
      }
      const positions = columns && this.positionsOf(gemeenten);
      if (columns && positions) return sumFromColumns(indicator, positions, columns);
    }
    return estimateRegion(indicator, code, gemeenten, slice, population);
  }

  /** The positions of these gemeenten in the part columns (kept per array), or null when one is no gemeente. */
  private positionsOf(gemeenten: readonly string[]): Int32Array | null {
    let positions = this.memberPositions.get(gemeenten);
    if (positions === undefined) {
      positions = new Int32Array(gemeenten.length);
      for (let i = 0; i < gemeenten.length && positions; i++) {
        const position = this.gemeentePositions.get(gemeenten[i]!);
        if (position === undefined) positions = null;
        else positions[i] = position;
      }
      this.memberPositions.set(gemeenten, positions);
    }
    return positions;
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
    this.distributions.clear();
    this.columns.clear();
    let n = 0;
    for (const { indicatorId, period, breakdown } of this.index.keys()) {
      const indicator = this.indicator(indicatorId);
      const p = this.index.periods(indicatorId).find((x) => x.code === period);
      if (!indicator || !p) continue;
      n += this.standardEstimates(indicator, p, breakdown).size;
    }
    // Wijken and buurten whose data have been read: one estimate per observation (they are never aggregated).
    for (const index of this.readyAreas.values()) {
      for (const { indicatorId, period, breakdown } of index.keys()) {
        const indicator = this.indicator(indicatorId);
        const p = index.periods(indicatorId).find((x) => x.code === period);
        if (!indicator || !p) continue;
        for (const code of index.slice(indicatorId, period, breakdown).keys()) {
          this.areaEstimate(indicator, code, p, breakdown);
          n++;
        }
      }
    }
    return n;
  }
}

/** The key of the wijken, or the buurten, of one gemeente as they are read and kept together. */
const areaGroup = (gemeente: string | null, type: string | undefined) => `${gemeente}|${type}`;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
