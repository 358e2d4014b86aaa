// The regiobeeld service: geography (region types, regions, boundaries, saved own regions) and profiles of any
// region, one indicator across regions and a trend series. Thin entry points over the engine and the region store;
// the routes and the command line call these.
import { randomUUID } from 'node:crypto';
import { invalid, notFound } from '../access/errors.ts';
import type { Database } from '../db/connection.ts';
import {
  areaIndicatorSlices,
  dataCounts,
  indicatorPeriods,
  observationsWithSource,
  readAreaObservationsOfIndicator,
  regionExists,
} from '../db/observationStore.ts';
import {
  getBoundary,
  getRegion,
  getUserRegion,
  latestMembershipYear,
  listRegions,
  listRegionTypes,
  listUserRegions,
  saveUserRegion,
} from '../db/regionStore.ts';
import { describeProblem, parseGemeenteList } from '../geo/adhoc.ts';
import { SEARCH_TYPE_ORDER, searchRegions as searchByName } from '../geo/regionSearch.ts';
import { parsePeriod } from '../indicators/period.ts';
import type { Catalog, Indicator } from '../indicators/schema.ts';
import type { AdHocProfileQuery, ProfileQuery, SeriesQuery, ValuesQuery } from './api.ts';
import { derivedRows } from './derivedObservations.ts';
import type { RegiobeeldEngine } from './engine.ts';
import { areaValues, indicatorSeries, indicatorValues } from './indicatorValues.ts';
import { buildProfile } from './profile.ts';
import { adHocRegion, adHocRegionForgiving, regionOrError, standardRegion } from './regionRef.ts';
import { subAreaRanking } from './subAreas.ts';
import type {
  CatalogAnswer,
  IndicatorDetail,
  RegionAnswer,
  RegionSummary,
  RegionType,
  UserRegion,
} from './views.ts';

/** The wijken (or buurten) of a gemeente, ranked per indicator, as JSON text. */
export async function subAreasJson(deps: RegiobeeldDeps, code: string, type: 'wijk' | 'buurt') {
  const engine = await deps.engine();
  const gemeente = code.toUpperCase();
  if (engine.regionsByCode.get(gemeente)?.type !== 'gemeente')
    throw notFound(`Gemeente '${code}' bestaat niet (wijken en buurten horen bij een gemeente)`);
  await engine.prepareAreas(gemeente, type);
  return engine.memo(`areas|${gemeente}|${type}`, () =>
    JSON.stringify(subAreaRanking(engine, gemeente, type)),
  );
}

export interface RegiobeeldDeps {
  db: Database;
  catalog: Catalog;
  engine(): Promise<RegiobeeldEngine>;
}

// ---------------------------------------------------------------------------------------------------- geography

export async function regionTypes(deps: RegiobeeldDeps): Promise<RegionType[]> {
  return (await listRegionTypes(deps.db)).map((t) => ({
    code: t.code,
    name: { nl: t.name_nl, en: t.name_en },
    codePrefix: t.code_prefix,
    regions: t.regions,
    hasBoundaries: t.has_boundaries,
  }));
}

/** Regions of a type, or those matching a search: common names, region-type words and small typos. */
export async function searchRegions(
  deps: RegiobeeldDeps,
  query: { type?: string; q?: string; limit?: number },
): Promise<RegionSummary[]> {
  const { type, q, limit } = query;
  const regions = await listRegions(deps.db, { type });
  if (!q) return limit ? regions.slice(0, limit) : regions;
  const found = searchByName(regions, q, { limit, typeOrder: SEARCH_TYPE_ORDER });
  // Wijken and buurten (~18,000) are not in the list without a type: the database searches them, from three
  // letters, and they come after the regions made of gemeenten.
  if (type || q.trim().length < 3) return found;
  const areas = (await listRegions(deps.db, { q }))
    .filter((r) => r.type === 'wijk' || r.type === 'buurt')
    .slice(0, 8);
  return [...found, ...areas].slice(0, limit ?? Number.MAX_SAFE_INTEGER);
}

/** The regions of one type for the command line; an unknown type is refused naming the known ones. */
export async function regionsOfType(deps: RegiobeeldDeps, type: string | undefined) {
  const types = (await listRegionTypes(deps.db)).map((t) => t.code);
  if (type && !types.includes(type))
    throw invalid('--type', `onbekend regiotype '${type}' (kies uit ${types.join(', ')})`);
  return listRegions(deps.db, { type });
}

/** Inhabitants on 1 January of the latest year: the published figure, or the sum over the gemeenten. */
function regionPopulation(engine: RegiobeeldEngine, code: string): RegionAnswer['population'] {
  const indicator = engine.indicator('bevolking');
  const periods = indicator ? engine.index.periods(indicator.id).filter((p) => p.type === 'year') : [];
  for (const period of [...periods].reverse()) {
    const estimate = engine.estimate(
      indicator!,
      { code, gemeenten: engine.membersOf(code) },
      period,
      'totaal',
    );
    if (estimate.value !== null) {
      return {
        value: estimate.value,
        period: period.code,
        basis: estimate.method === 'observed' ? 'published' : 'sum',
      };
    }
  }
  return null;
}

export async function regionDetail(deps: RegiobeeldDeps, code: string): Promise<RegionAnswer> {
  const region = await getRegion(deps.db, code.toUpperCase());
  if (!region) throw notFound(`Regio '${code}' bestaat niet`);
  const engine = await deps.engine();
  await engine.prepareAreasOf(region.code);
  return { ...region, population: regionPopulation(engine, region.code) };
}

export async function boundaryOf(deps: RegiobeeldDeps, type: string) {
  const boundary = await getBoundary(deps.db, type);
  if (!boundary) throw notFound(`Geen kaartgrenzen voor regiotype '${type}'`);
  return boundary;
}

export async function saveOwnRegion(
  deps: RegiobeeldDeps,
  input: { name: string; gemeenten: string[] },
): Promise<UserRegion> {
  const year = (await latestMembershipYear(deps.db)) ?? new Date().getFullYear();
  const known = new Set((await listRegions(deps.db, { type: 'gemeente' })).map((r) => r.code));
  const parsed = parseGemeenteList(input.gemeenten, known);
  if ('problem' in parsed)
    throw invalid('gemeenten', describeProblem(parsed.problem).replace(/^gemeenten: /, ''));
  return saveUserRegion(deps.db, { id: randomUUID(), name: input.name, gemeenten: parsed.codes, year });
}

/** One page of the saved own regions, newest first, and how many there are in all. */
export const ownRegions = (deps: RegiobeeldDeps, page: { limit: number; offset: number }) =>
  listUserRegions(deps.db, page);

export async function ownRegion(deps: RegiobeeldDeps, id: string): Promise<UserRegion> {
  const region = await getUserRegion(deps.db, id);
  if (!region) throw notFound(`Eigen regio '${id}' bestaat niet`);
  return region;
}

// ----------------------------------------------------------------------------------------------------- profiles

function checkPeriod(period: string | undefined) {
  if (period !== undefined && !parsePeriod(period))
    throw invalid('period', `'${period}' is geen periode (gebruik bijv. 2023, 2023Q1 of 2020-2022)`);
}

/** A standard region's profile as JSON text (kept by the engine until the data change). */
export async function standardProfileJson(deps: RegiobeeldDeps, code: string, query: ProfileQuery) {
  checkPeriod(query.period);
  const engine = await deps.engine();
  const region = regionOrError(() => standardRegion(engine, code));
  await engine.prepareAreasOf(region.code);
  const key = `profile|${region.code}|${query.period ?? ''}`;
  return engine.memo(key, () => JSON.stringify(buildProfile(engine, region, { period: query.period })));
}

/** An own region's profile (a list of gemeenten) as JSON text. */
export async function adHocProfileJson(deps: RegiobeeldDeps, query: AdHocProfileQuery) {
  checkPeriod(query.period);
  const engine = await deps.engine();
  // Mistyped or unknown codes are left out and named in `skipped`; the rest still gets its profile.
  const { region, skipped } = regionOrError(() => adHocRegionForgiving(engine, query.gemeenten, query.name));
  const key = `profile|${region.gemeenten.join(',')}|${region.name}|${query.period ?? ''}|${skipped.map((s) => s.code).join(',')}`;
  return engine.memo(key, () =>
    JSON.stringify({ ...buildProfile(engine, region, { period: query.period }), skipped }),
  );
}

export async function valuesOf(deps: RegiobeeldDeps, indicatorId: string, query: ValuesQuery) {
  checkPeriod(query.period);
  const engine = await deps.engine();
  const indicator = engine.indicator(indicatorId);
  if (!indicator) throw notFound(`Indicator '${indicatorId}' bestaat niet`);
  const result =
    query.type === 'wijk' || query.type === 'buurt'
      ? await areaValuesOf(deps, engine, indicator, { ...query, type: query.type })
      : indicatorValues(engine, indicator, query);
  if ('problem' in result) throw invalid(result.parameter, result.problem);
  return result;
}

/** The map of all wijken or buurten: their figures are read from the database for the answer (not kept). */
async function areaValuesOf(
  deps: RegiobeeldDeps,
  engine: RegiobeeldEngine,
  indicator: Indicator,
  query: ValuesQuery & { type: 'wijk' | 'buurt' },
) {
  const prefix = query.type === 'wijk' ? 'WK' : 'BU';
  const available = await areaIndicatorSlices(deps.db, indicator.id, prefix);
  if (available.length === 0)
    throw invalid(
      'type',
      `deze indicator heeft geen cijfers per ${query.type} (kies gemeente of een grotere regio)`,
    );
  const periodCode = query.period ?? available.at(-1)!.period;
  const observations = await readAreaObservationsOfIndicator(deps.db, indicator.id, prefix, periodCode);
  const period = observations[0]?.period;
  if (!period) {
    const codes = [...new Set(available.map((a) => a.period))].join(', ');
    throw invalid(
      'period',
      `geen cijfers per ${query.type} voor periode '${periodCode}' (beschikbaar: ${codes})`,
    );
  }
  return areaValues(engine, indicator, query, available, period, observations);
}

export async function seriesOf(deps: RegiobeeldDeps, indicatorId: string, query: SeriesQuery) {
  const engine = await deps.engine();
  const indicator = engine.indicator(indicatorId);
  if (!indicator) throw notFound(`Indicator '${indicatorId}' bestaat niet`);
  const { region, gemeenten, breakdown } = query;
  if (!region && !gemeenten)
    throw invalid('region', 'geef een regiocode (region=) of gemeenten (gemeenten=)');
  const ref = regionOrError(() =>
    region ? standardRegion(engine, region) : adHocRegion(engine, gemeenten!),
  );
  return indicatorSeries(engine, indicator, ref, breakdown);
}

// ------------------------------------------------------------------------------------- catalogue and observations

export async function health(deps: RegiobeeldDeps) {
  return { status: 'ok' as const, database: deps.db.kind, ...(await dataCounts(deps.db)) };
}

/** The catalogue, each indicator with the number of periods it has data for (0: defined, not loaded yet). */
export async function indicatorList(
  deps: RegiobeeldDeps,
  query: { category?: string; geography?: string },
): Promise<CatalogAnswer> {
  const engine = await deps.engine();
  return {
    categories: deps.catalog.categories,
    themes: deps.catalog.themes,
    indicators: deps.catalog.indicators
      .filter(
        (i) =>
          (!query.category || i.category === query.category) &&
          (!query.geography || i.geography === query.geography),
      )
      .map((i) => ({ ...i, periodsWithData: engine.index.periods(i.id).length })),
  };
}

export async function indicatorDetail(deps: RegiobeeldDeps, id: string): Promise<IndicatorDetail> {
  const indicator = deps.catalog.indicators.find((i) => i.id === id);
  if (!indicator) throw notFound(`Indicator '${id}' bestaat niet`);
  return { ...indicator, periods: await indicatorPeriods(deps.db, indicator.id) };
}

/** Long-format observations with their source; for a region made of gemeenten also the derived values. */
export async function observationsOf(
  deps: RegiobeeldDeps,
  query: { indicator?: string; region?: string; period?: string; breakdown?: string; limit: number },
) {
  const { indicator, region, period, breakdown, limit } = query;
  if (indicator && !deps.catalog.indicators.some((i) => i.id === indicator))
    throw notFound(`Indicator '${indicator}' bestaat niet`);
  if (region && !(await regionExists(deps.db, region.toUpperCase())))
    throw notFound(`Regio '${region}' bestaat niet`);
  if (period && !parsePeriod(period))
    throw invalid('period', `'${period}' is geen periode (gebruik bijv. 2023, 2023Q1 of 2020-2022)`);
  const rows = await observationsWithSource(
    deps.db,
    {
      indicator: indicator ?? null,
      region: region?.toUpperCase() ?? null,
      period: period ?? null,
      breakdown: breakdown ?? null,
    },
    limit,
  );
  const derived = region
    ? derivedRows(await deps.engine(), region.toUpperCase(), { indicator, period, breakdown }, rows)
    : [];
  const observations = [...rows.map((row) => ({ ...row, derived: false })), ...derived].slice(0, limit);
  return { count: observations.length, observations };
}
