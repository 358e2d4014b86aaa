// Assembling a region profile: every indicator with its value and interval, Nederland and the parent region as
// benchmarks, the trend, and the rank among regions of the same type. One shape for API, CLI and web.
import { NATIONAL_CODE } from '../geo/regionTypes.ts';
import type { Period } from '../indicators/period.ts';
import type { Indicator } from '../indicators/schema.ts';
import { compareWithBenchmark } from '../stats/compare.ts';
import { quantileGroup, rankIn } from '../stats/distribution.ts';
import { TREND_POINTS, trendTest } from '../stats/trend.ts';
import type { RegiobeeldEngine, RegionInfo } from './engine.ts';
import type {
  BenchmarkComparison,
  Profile,
  ProfileIndicator,
  ProfileRegion,
  TrendPointOut,
} from './profileTypes.ts';
import { publishedComparison } from './publishedSignificance.ts';
import type { RegionEstimate } from './regionEstimate.ts';

export interface RegionRef {
  /** Standard region code, or null for an ad-hoc region. */
  code: string | null;
  name: string;
  type: string;
  gemeenten: readonly string[];
}

/** A wijk or buurt: its wijk (for a buurt) and gemeente, then the regions that contain the gemeente. */
function areaChain(engine: RegiobeeldEngine, code: string): RegionInfo[] {
  const chain: RegionInfo[] = [];
  let parent = engine.regionsByCode.get(code)?.parent;
  while (parent) {
    const info = engine.regionsByCode.get(parent);
    if (!info) break;
    chain.push(info);
    parent = info.parent;
  }
  const gemeente = chain.find((r) => r.type === 'gemeente');
  if (!gemeente) return chain;
  const gemeenteRef = {
    code: gemeente.code,
    name: gemeente.name,
    type: 'gemeente',
    gemeenten: [gemeente.code],
  };
  return [...chain, ...containingRegions(engine, gemeenteRef)];
}

/** The standard regions that contain every gemeente of the region, smallest first (with the same gemeenten too). */
export function containingRegions(engine: RegiobeeldEngine, region: RegionRef): RegionInfo[] {
  if (engine.isArea(region.code)) return areaChain(engine, region.code!);
  const found = engine.standardRegions.filter((candidate) => {
    if (candidate.type === 'gemeente' || candidate.code === region.code) return false;
    const members = engine.memberSet(candidate.code);
    return region.gemeenten.length > 0 && region.gemeenten.every((g) => members.has(g));
  });
  return found.sort((a, b) => engine.membersOf(a.code).length - engine.membersOf(b.code).length);
}

/** The region compared with besides Nederland: the smallest provincie or landsdeel that contains the region and
 *  more (a region with exactly the same gemeenten would only be compared with itself; regions of other types cut
 *  across provinces and make no natural parent). */
export function parentRegion(engine: RegiobeeldEngine, region: RegionRef): RegionInfo | null {
  // A wijk or buurt is compared with its gemeente.
  if (engine.isArea(region.code))
    return areaChain(engine, region.code!).find((r) => r.type === 'gemeente') ?? null;
  return (
    containingRegions(engine, region).find(
      (r) =>
        (r.type === 'provincie' || r.type === 'landsdeel') &&
        engine.membersOf(r.code).length > region.gemeenten.length,
    ) ?? null
  );
}

/** The periods shown for an indicator: those of its main period type, oldest first. */
function periodsOf(engine: RegiobeeldEngine, indicator: Indicator): readonly Period[] {
  const all = engine.index.periods(indicator.id);
  const main = all.filter((p) => p.type === indicator.periodType);
  return main.length > 0 ? main : all;
}

const isPartial = (e: RegionEstimate) => e.flags.includes('partial-period');
const hasValue = (e: RegionEstimate) => e.value !== null || e.suppressed;

function choosePeriod(
  engine: RegiobeeldEngine,
  indicator: Indicator,
  region: RegionRef,
  breakdown: string,
  requested: string | null,
): Period | null {
  if (requested) return engine.index.periods(indicator.id).find((p) => p.code === requested) ?? null;
  const periods = periodsOf(engine, indicator);
  // Asked for lazily, from the latest period back: usually only the latest is needed.
  const estimates: (RegionEstimate | undefined)[] = [];
  const estimate = (i: number) =>
    (estimates[i] ??= engine.estimate(indicator, region, periods[i]!, breakdown));
  // The latest full period with data; a partial period only when nothing else exists.
  for (let i = periods.length - 1; i >= 0; i--)
    if (hasValue(estimate(i)) && !isPartial(estimate(i))) return periods[i]!;
  for (let i = periods.length - 1; i >= 0; i--) if (hasValue(estimate(i))) return periods[i]!;
  return periods.at(-1) ?? null;
}

function benchmark(
  code: string,
  name: string,
  estimate: RegionEstimate,
  basis: BenchmarkComparison['basis'],
  own: RegionEstimate,
  indicator: Indicator,
): BenchmarkComparison {
  return {
    code,
    name,
    value: estimate.value,
    basis,
    at95: compareWithBenchmark(
      { value: own.value, lower: own.lower, upper: own.upper },
      estimate.value,
      indicator.polarity,
    ),
    at998: compareWithBenchmark(
      { value: own.value, lower: own.lower998, upper: own.upper998 },
      estimate.value,
      indicator.polarity,
    ),
  };
}

function trendPoints(
  engine: RegiobeeldEngine,
  indicator: Indicator,
  region: RegionRef,
  breakdown: string,
  type: string,
) {
  return engine.index
    .periods(indicator.id)
    .filter((p) => p.type === type)
    .map((p): TrendPointOut => {
      const e = engine.estimate(indicator, region, p, breakdown);
      return {
        period: p.code,
        value: e.value,
        lower: e.lower,
        upper: e.upper,
        partial: isPartial(e),
        conversion: e.conversion ?? null,
      };
    });
}

/**
 * The trend over the last five periods up to the one shown. A missing, suppressed or partial period among them
 * makes the trend not calculable: the test takes its points as equally spaced, so a gap would be bridged silently.
 */
function recentTrend(series: TrendPointOut[], indicator: Indicator) {
  const last = series.slice(-TREND_POINTS);
  if (last.length === TREND_POINTS && last.some((p) => p.value === null || p.partial)) {
    return {
      marker: 'cannot-be-calculated' as const,
      direction: null,
      reason: {
        nl: 'Een van de laatste vijf perioden ontbreekt of is onvolledig; een trend zou dat gat overbruggen.',
        en: 'One of the last five periods is missing or partial; a trend would bridge that gap.',
      },
    };
  }
  const result = trendTest(
    last.map((p) => ({ value: p.value!, lower: p.lower, upper: p.upper })),
    indicator.polarity,
  );
  return { marker: result.marker, direction: result.direction, reason: result.reason };
}

/** The one GGD-regio that contains the whole region, or null (none, or the region spans several). */
export function ggdRegionOf(engine: RegiobeeldEngine, region: RegionRef): RegionInfo | null {
  const gemeente = region.code ? engine.gemeenteOf(region.code) : null;
  const gemeenten = engine.isArea(region.code) && gemeente ? [gemeente] : region.gemeenten;
  if (gemeenten.length === 0) return null;
  return (
    engine.regionsOfType('ggdregio').find((ggd) => {
      const members = engine.memberSet(ggd.code);
      return gemeenten.every((g) => members.has(g));
    }) ?? null
  );
}

/**
 * Figures published per GGD-regio only: a gemeente, wijk, buurt or any region inside one GGD-regio shows that
 * GGD-regio's value, named as such, without a rank of its own; a region across GGD-regio's shows none. Never a
 * value split over gemeenten.
 */
function ggdOnlyEntry(
  engine: RegiobeeldEngine,
  indicator: Indicator,
  region: RegionRef,
  breakdown: string,
  requested: string | null,
): ProfileIndicator {
  const ggd = ggdRegionOf(engine, region);
  if (!ggd) {
    const entry = indicatorEntry(engine, indicator, region, null, breakdown, requested);
    return {
      ...entry,
      value: null,
      lower: null,
      upper: null,
      lower998: null,
      upper998: null,
      method: 'not-aggregable',
      rank: null,
      spine: null,
      national: entry.national && { ...entry.national, at95: 'not-compared', at998: 'not-compared' },
      trend: { marker: 'cannot-be-calculated', direction: null, reason: null, points: [] },
      reason: {
        nl: 'Alleen per GGD-regio gepubliceerd, en dit gebied ligt in meer dan één GGD-regio: een waarde zou de GGD-cijfers moeten verdelen of middelen, en dat doet Juiste Plek niet.',
        en: 'Published per GGD region only, and this area lies in more than one GGD region: a value would have to split or average the GGD figures, which Juiste Plek does not do.',
      },
    };
  }
  const ggdRef: RegionRef = {
    code: ggd.code,
    name: ggd.name,
    type: 'ggdregio',
    gemeenten: engine.membersOf(ggd.code),
  };
  const entry = indicatorEntry(engine, indicator, ggdRef, null, breakdown, requested);
  return {
    ...entry,
    valueOf: { code: ggd.code, name: ggd.name, type: ggd.type },
    rank: null,
    spine: null,
    // The comparison is the GGD-regio's, not this area's: it stays in words (publishedSignificance, the note)
    // and is not counted as this area's result.
    national: entry.national && { ...entry.national, at95: 'not-compared', at998: 'not-compared' },
    parent: null,
    note: {
      nl: `Waarde van de GGD-regio (${ggd.name}): de bron publiceert dit cijfer alleen per GGD-regio.`,
      en: `Value of the GGD region (${ggd.name}): the source publishes this figure per GGD region only.`,
    },
  };
}

function indicatorEntry(
  engine: RegiobeeldEngine,
  indicator: Indicator,
  region: RegionRef,
  parent: RegionInfo | null,
  breakdown: string,
  requested: string | null,
): ProfileIndicator {
  const nationalOnly = indicator.geography === 'nederland' && region.code !== NATIONAL_CODE;
  const lookup: RegionRef = nationalOnly
    ? { code: NATIONAL_CODE, name: 'Nederland', type: 'land', gemeenten: [] }
    : region;
  const period = choosePeriod(engine, indicator, lookup, breakdown, requested);
  // Every field, so that each entry below is this object with some fields replaced: V8 copies an object spread
  // fast only when the fields after it already exist (a new field after a spread cost ~30 µs and ~18 KB per entry).
  const blank: ProfileIndicator = {
    id: indicator.id,
    name: indicator.name,
    shortName: indicator.shortName,
    category: indicator.category,
    theme: indicator.theme,
    unit: indicator.unit,
    valueType: indicator.valueType,
    polarity: indicator.polarity,
    decimals: indicator.decimals,
    breakdown,
    breakdownLabel: indicator.breakdowns.find((b) => b.code === breakdown)?.label ?? null,
    availability: nationalOnly ? 'national-only' : 'regional',
    source: indicator.source,
    valueOf: null,
    period: null,
    periodType: null,
    value: null,
    lower: null,
    upper: null,
    lower998: null,
    upper998: null,
    count: null,
    denominator: null,
    flags: [],
    suppressed: false,
    bounds: null,
    publishedSignificance: null,
    reason: null,
    note: null,
    method: 'no-data',
    national: null,
    parent: null,
    trend: { marker: 'cannot-be-calculated', direction: null, reason: null, points: [] },
    rank: null,
    spine: null,
    snapshots: [],
  };

  if (!period) {
    const label = requested ? ` ${requested}` : '';
    return {
      ...blank,
      period: requested,
      reason:
        requested || engine.index.periods(indicator.id).length > 0
          ? { nl: `Geen gegevens voor periode${label}.`, en: `No data for period${label}.` }
          : {
              // Plain words for a public page; the table and how to import it are in the "Bron" details and the API.
              nl: `Nog geen cijfers beschikbaar (bron: ${indicator.source.publisher}).`,
              en: `No figures available yet (source: ${indicator.source.publisher}).`,
            },
    };
  }
  const national = engine.national(indicator, period, breakdown);
  if (nationalOnly) {
    const points = trendPoints(engine, indicator, lookup, breakdown, period.type).filter(
      (p) => p.value !== null,
    );
    return {
      ...blank,
      period: period.code,
      periodType: period.type,
      reason: {
        nl: 'Alleen landelijk beschikbaar: de bron publiceert geen cijfers per gemeente of regio.',
        en: 'Only available nationally: the source publishes no figures per municipality or region.',
      },
      national: national
        ? {
            code: NATIONAL_CODE,
            name: 'Nederland',
            value: national.estimate.value,
            basis: national.basis,
            at95: 'not-compared',
            at998: 'not-compared',
          }
        : null,
      trend: { marker: 'cannot-be-calculated', direction: null, reason: null, points },
      snapshots: national?.estimate.snapshots ?? [],
    };
  }

  const own = engine.estimate(indicator, region, period, breakdown);
  const series = trendPoints(engine, indicator, region, breakdown, period.type);
  const points = series.filter((p) => p.value !== null);
  const trend = recentTrend(
    series.slice(0, series.findIndex((p) => p.period === period.code) + 1),
    indicator,
  );

  let rankInfo: ProfileIndicator['rank'] = null;
  let spine: ProfileIndicator['spine'] = null;
  const info = region.code ? engine.regionsByCode.get(region.code) : undefined;
  const type = info?.type;
  if (type && type !== 'land') {
    // A wijk or buurt is ranked among those of the same gemeente (or wijk), not among all of the country.
    const distribution =
      engine.isArea(region.code) && info?.parent
        ? engine.siblingDistribution(indicator, info.parent, type, period, breakdown)
        : engine.typeDistribution(indicator, period, breakdown, type);
    spine = distribution.spine;
    if (own.value !== null && distribution.count > 1) {
      const position = rankIn(distribution, own.value, indicator.polarity);
      rankInfo =
        position === null
          ? null
          : {
              position,
              of: distribution.count,
              quintile: quantileGroup(own.value, distribution.quintileBreaks),
            };
    }
  }

  const parentEstimate = parent
    ? engine.estimate(indicator, { code: parent.code, gemeenten: [] }, period, breakdown)
    : null;
  const publishedSignificance =
    own.method === 'observed' && region.code
      ? (engine.index.get(indicator.id, region.code, period.code, breakdown)?.publishedSignificance ?? null)
      : null;
  const published = publishedComparison(publishedSignificance, indicator.polarity);
  const nationalComparison =
    national && region.code !== NATIONAL_CODE
      ? benchmark(NATIONAL_CODE, 'Nederland', national.estimate, national.basis, own, indicator)
      : null;
  return {
    ...blank,
    period: period.code,
    periodType: period.type,
    value: own.value,
    lower: own.lower,
    upper: own.upper,
    lower998: own.lower998,
    upper998: own.upper998,
    count: own.count,
    denominator: own.denominator,
    flags: own.flags,
    suppressed: own.suppressed,
    bounds: own.bounds,
    publishedSignificance,
    reason: own.reason,
    note: own.note,
    method: own.method,
    // The source's own test wins where it published one (no national figure needed for it).
    national: published
      ? {
          code: NATIONAL_CODE,
          name: 'Nederland',
          value: nationalComparison?.value ?? null,
          basis: nationalComparison?.basis ?? 'none',
          ...published,
        }
      : nationalComparison,
    parent:
      parent && parentEstimate
        ? benchmark(
            parent.code,
            parent.name,
            parentEstimate,
            parentEstimate.method === 'observed' ? 'published' : 'aggregate',
            own,
            indicator,
          )
        : null,
    trend: { marker: trend.marker, direction: trend.direction, reason: trend.reason, points },
    rank: rankInfo,
    spine,
    snapshots: own.snapshots,
  };
}

export function buildProfile(
  engine: RegiobeeldEngine,
  region: RegionRef,
  options: { period?: string } = {},
): Profile {
  const requested = options.period ?? null;
  const parent = region.code === NATIONAL_CODE ? null : parentRegion(engine, region);
  const categoryOrder = new Map(engine.catalog.categories.map((c) => [c.id, c.order]));
  const themeOrder = new Map(engine.catalog.themes.map((t) => [t.id, t.order]));
  const indicators = [...engine.catalog.indicators].sort(
    (a, b) =>
      categoryOrder.get(a.category)! - categoryOrder.get(b.category)! ||
      (themeOrder.get(a.theme ?? '') ?? 999) - (themeOrder.get(b.theme ?? '') ?? 999) ||
      a.id.localeCompare(b.id),
  );
  const entries = indicators.flatMap((indicator) => {
    const breakdowns = engine.index.breakdowns(indicator.id);
    const ggdOnly =
      indicator.geography === 'ggdregio' && region.type !== 'ggdregio' && region.code !== NATIONAL_CODE;
    return (breakdowns.length > 0 ? breakdowns : ['totaal']).map((breakdown) =>
      ggdOnly
        ? ggdOnlyEntry(engine, indicator, region, breakdown, requested)
        : indicatorEntry(engine, indicator, region, parent, breakdown, requested),
    );
  });

  const populationIndicator = engine.indicator('bevolking');
  // The latest year with a figure for this region (wijken and buurten have 2024 only).
  const populationPeriod =
    populationIndicator &&
    [...periodsOf(engine, populationIndicator)]
      .reverse()
      .find((p) => engine.estimate(populationIndicator, region, p, 'totaal').value !== null);
  const population =
    populationIndicator && populationPeriod
      ? engine.estimate(populationIndicator, region, populationPeriod, 'totaal').value
      : null;
  const names = engine.regionsByCode;
  const profileRegion: ProfileRegion = {
    code: region.code,
    name: region.name,
    type: region.type,
    gemeenten: region.gemeenten.map((code) => ({ code, name: names.get(code)?.name ?? code })),
    partOf: containingRegions(engine, region).map(({ code, name, type }) => ({ code, name, type })),
    population:
      population !== null && populationPeriod ? { value: population, period: populationPeriod.code } : null,
    parent: parent ? { code: parent.code, name: parent.name, type: parent.type } : null,
  };
  return {
    region: profileRegion,
    requestedPeriod: requested,
    categories: [...engine.catalog.categories]
      .sort((a, b) => a.order - b.order)
      .map(({ id, name, description }) => ({ id, name, description })),
    themes: [...engine.catalog.themes]
      .sort((a, b) => a.order - b.order)
      .map((t) => ({
        id: t.id,
        category: t.category,
        name: t.name,
        usableIndicator: t.usableIndicator,
        reason: t.reason ?? null,
        indicators: engine.catalog.indicators.filter((i) => i.theme === t.id).map((i) => i.id),
      })),
    indicators: entries,
    generatedAt: new Date().toISOString(),
  };
}
