// Turns the bundle's files into regions, memberships, boundaries and observations. Pure: the caller reads the
// files and writes the result; every problem is a BundleError naming file, row and column.
import { LANDSDELEN, MEMBERSHIP_TYPES, NATIONAL_CODE } from '../../geo/regionTypes.ts';
import type { ObservationFlag, ObservationRecord } from '../../indicators/observation.ts';
import { type Period, parsePeriod, periodFullyCovered } from '../../indicators/period.ts';
import { boundsOfLabel } from '../../stats/bounds.ts';
import {
  BundleError,
  type CsvRow,
  decimalNumber,
  matching,
  optionalWholeNumber,
  readCsv,
  wholeNumber,
} from './csv.ts';
import type { BundleFile, BundleManifest } from './manifest.ts';
import { parseKwbAreas } from './parseAreas.ts';
import { parseConversion, parseGgdMonitor, parseHealthAreas, parseLifeExpectancy } from './parseHealth.ts';
import { parseAgeHouseholds } from './parseHouseholds.ts';
import { type Context, observation, requireIndicator } from './records.ts';

export interface RegionRecord {
  code: string;
  type: string;
  name: string;
  validFrom: number;
  snapshotId: string;
  /** A wijk's gemeente, a buurt's wijk; null for regions made of gemeenten. */
  parentCode?: string | null;
}

export interface MembershipRecord {
  gemeenteCode: string;
  regionCode: string;
  year: number;
  snapshotId: string;
}

export interface BoundaryRecord {
  regionType: string;
  year: number;
  topojson: string;
  snapshotId: string;
}

export interface BundleContent {
  regions: RegionRecord[];
  memberships: MembershipRecord[];
  boundaries: BoundaryRecord[];
  observations: ObservationRecord[];
  /** Rows a file has that the bundle does not load, with the reason (logged, and said in data/README.md). */
  skipped: { file: string; rows: number; reason: string }[];
}

export interface BundleInput {
  manifest: BundleManifest;
  /** File text by bundle path. */
  texts: Map<string, string>;
  /** Snapshot id (content hash) by bundle path. */
  snapshots: Map<string, string>;
  /** Ids of the catalogue's indicators, with their breakdown codes. */
  indicators: Map<string, Set<string>>;
}

const GM = /^GM\d{4}$/;
const COVID_MEASURES = ['meldingen', 'ziekenhuisopnames', 'overleden'] as const;
const VACCINATION_INDICATORS: Record<string, string> = {
  minstens_1_vaccinatie: 'vaccinatie-minstens-1',
  basisserie_voltooid: 'vaccinatie-basisserie',
  boostervaccinatie: 'vaccinatie-booster',
  najaarsronde_2022: 'vaccinatie-najaarsronde-2022',
};

export function parseBundle(input: BundleInput): BundleContent {
  const content: BundleContent = {
    regions: [],
    memberships: [],
    boundaries: [],
    observations: [],
    skipped: [],
  };
  const byKind = (kind: BundleFile['kind']) => input.manifest.files.filter((file) => file.kind === kind);
  const text = (path: string) => {
    const value = input.texts.get(path);
    if (value === undefined) throw new BundleError(path, null, null, 'bestand ontbreekt in de bundel');
    return value;
  };
  const snapshot = (path: string) => input.snapshots.get(path) ?? path;

  for (const file of byKind('region-membership'))
    parseRegions(file, text(file.path), snapshot(file.path), content);
  const gemeenten = new Set(content.regions.filter((r) => r.type === 'gemeente').map((r) => r.code));
  const regionCodes = new Set(content.regions.map((r) => r.code));
  const ctx = { gemeenten, regionCodes, indicators: input.indicators, observations: content.observations };

  // Population per gemeente by year, the denominators of the rates.
  const population = new Map<number, Map<string, number>>();
  for (const file of byKind('population-gemeente')) {
    const values = parseGemeentePopulation(file, text(file.path), snapshot(file.path), ctx);
    population.set(file.year, values);
  }
  for (const file of byKind('age-65plus')) {
    population.set(file.year, parseAge(file, text(file.path), snapshot(file.path), ctx));
  }
  for (const file of byKind('population-region'))
    parseRegionPopulation(file, text(file.path), snapshot(file.path), ctx);
  for (const file of byKind('covid-counts')) {
    parseCovid(file, text(file.path), snapshot(file.path), input.manifest, population, ctx);
  }
  for (const file of byKind('vaccination')) parseVaccination(file, text(file.path), snapshot(file.path), ctx);
  for (const file of byKind('indicator-values'))
    parseIndicatorValues(file, text(file.path), snapshot(file.path), ctx);
  for (const file of byKind('national-values'))
    parseNationalValues(file, text(file.path), snapshot(file.path), ctx);

  // Issue 12: wijken and buurten with their age structure, age groups and households, GGD-regio figures, and
  // the Gezondheidsmonitor per gemeente, wijk and buurt on the 2022 indeling, converted to today's gemeenten.
  for (const file of byKind('kwb-areas'))
    parseKwbAreas(file, text(file.path), snapshot(file.path), content, ctx);
  for (const file of byKind('age-households'))
    parseAgeHouseholds(file, text(file.path), snapshot(file.path), content, ctx);
  for (const file of byKind('ggd-monitor'))
    parseGgdMonitor(file, text(file.path), snapshot(file.path), content, ctx);
  for (const file of byKind('ggd-life-expectancy'))
    parseLifeExpectancy(file, text(file.path), snapshot(file.path), content, ctx);
  for (const file of byKind('health-areas')) {
    const conversion = input.manifest.files.find((f) => f.path === file.conversion);
    if (conversion?.kind !== 'gemeente-conversion')
      throw new BundleError(
        file.path,
        null,
        null,
        `omzettingstabel '${file.conversion ?? ''}' ontbreekt in bundle.json`,
      );
    const table = parseConversion(conversion, text(conversion.path), ctx);
    parseHealthAreas(file, text(file.path), snapshot(file.path), table, content, ctx);
  }

  for (const layer of input.manifest.boundaries) {
    const topojson = text(layer.path);
    checkBoundary(layer.path, topojson, layer.object, content.regions, layer.regionType);
    content.boundaries.push({
      regionType: layer.regionType,
      year: input.manifest.year,
      topojson,
      snapshotId: snapshot(layer.path),
    });
  }
  return content;
}

function parseRegions(file: BundleFile, text: string, snapshotId: string, content: BundleContent): void {
  const columns = [
    'gemeente_code',
    'gemeente_naam',
    ...MEMBERSHIP_TYPES.flatMap((t) => [`${t}_code`, `${t}_naam`]),
  ];
  const rows = readCsv(file.path, text, columns);
  const seen = new Map<string, RegionRecord>();
  const add = (code: string, type: string, name: string, row: CsvRow, column: string) => {
    const existing = seen.get(code);
    if (existing && (existing.type !== type || existing.name !== name)) {
      throw new BundleError(file.path, row.row, column, `code ${code} heeft twee namen of typen`);
    }
    if (!existing) {
      const record = { code, type, name, validFrom: file.year, snapshotId, parentCode: null };
      seen.set(code, record);
      content.regions.push(record);
    }
  };
  add(NATIONAL_CODE, 'land', 'Nederland', { row: 0, get: () => '' }, 'n.v.t.');
  for (const row of rows) {
    const gemeente = matching(file.path, row, 'gemeente_code', GM, 'gemeentecode (GM0000)');
    if (seen.has(gemeente))
      throw new BundleError(file.path, row.row, 'gemeente_code', `${gemeente} staat er twee keer in`);
    add(gemeente, 'gemeente', row.get('gemeente_naam'), row, 'gemeente_naam');
    content.memberships.push({
      gemeenteCode: gemeente,
      regionCode: NATIONAL_CODE,
      year: file.year,
      snapshotId,
    });
    for (const type of MEMBERSHIP_TYPES) {
      const code = matching(file.path, row, `${type}_code`, /^[A-Z]{2}\d{2,4}$/, 'regiocode');
      add(code, type, row.get(`${type}_naam`), row, `${type}_code`);
      content.memberships.push({ gemeenteCode: gemeente, regionCode: code, year: file.year, snapshotId });
      if (type === 'provincie') {
        const landsdeel = Object.entries(LANDSDELEN).find(([, ld]) => ld.provinces.includes(code));
        if (!landsdeel)
          throw new BundleError(file.path, row.row, 'provincie_code', `onbekende provincie ${code}`);
        add(landsdeel[0], 'landsdeel', landsdeel[1].name, row, 'provincie_code');
        content.memberships.push({
          gemeenteCode: gemeente,
          regionCode: landsdeel[0],
          year: file.year,
          snapshotId,
        });
      }
    }
  }
}

function period(file: string, row: CsvRow, column: string, code: string): Period {
  const parsed = parsePeriod(code);
  if (!parsed) throw new BundleError(file, row.row, column, `'${code}' is geen geldige periode`);
  return parsed;
}

function gemeente(file: string, row: CsvRow, ctx: Context): string {
  const code = matching(file, row, 'gemeente_code', GM, 'gemeentecode (GM0000)');
  if (!ctx.gemeenten.has(code)) {
    throw new BundleError(file, row.row, 'gemeente_code', `${code} is geen gemeente van de indeling`);
  }
  return code;
}

function parseGemeentePopulation(file: BundleFile, text: string, snapshotId: string, ctx: Context) {
  const rows = readCsv(file.path, text, ['gemeente_code', 'bevolking_1jan2022']);
  requireIndicator(ctx, file.path, 1, 'bevolking_1jan2022', 'bevolking', 'totaal');
  const values = new Map<string, number>();
  for (const row of rows) {
    const code = gemeente(file.path, row, ctx);
    const inhabitants = wholeNumber(file.path, row, 'bevolking_1jan2022');
    values.set(code, inhabitants);
    ctx.observations.push(
      observation({
        indicatorId: 'bevolking',
        regionCode: code,
        period: parsePeriod(String(file.year))!,
        value: inhabitants,
        count: inhabitants,
        note: `peildatum 1 januari ${file.year}`,
        snapshotId,
        transformation: `kolom bevolking_1jan2022 overgenomen`,
      }),
    );
  }
  return values;
}

function parseAge(file: BundleFile, text: string, snapshotId: string, ctx: Context) {
  const columns = ['gemeente_code', 'bevolking_1jan2023', 'bevolking_65plus_1jan2023', 'pct_65plus_1jan2023'];
  const rows = readCsv(file.path, text, columns);
  requireIndicator(ctx, file.path, 1, 'pct_65plus_1jan2023', 'aandeel-65plus', 'totaal');
  const values = new Map<string, number>();
  const year = parsePeriod(String(file.year))!;
  for (const row of rows) {
    const code = gemeente(file.path, row, ctx);
    const inhabitants = wholeNumber(file.path, row, 'bevolking_1jan2023');
    const older = wholeNumber(file.path, row, 'bevolking_65plus_1jan2023');
    const share = decimalNumber(file.path, row, 'pct_65plus_1jan2023');
    if (older > inhabitants) {
      throw new BundleError(file.path, row.row, 'bevolking_65plus_1jan2023', 'meer 65-plussers dan inwoners');
    }
    values.set(code, inhabitants);
    const note = `peildatum 1 januari ${file.year}`;
    ctx.observations.push(
      observation({
        indicatorId: 'bevolking',
        regionCode: code,
        period: year,
        value: inhabitants,
        count: inhabitants,
        note,
        snapshotId,
        transformation: 'kolom bevolking_1jan2023 overgenomen',
      }),
      observation({
        indicatorId: 'aandeel-65plus',
        regionCode: code,
        period: year,
        value: share,
        count: older,
        denominator: inhabitants,
        note,
        snapshotId,
        transformation:
          'waarde = kolom pct_65plus_1jan2023 (CBS-aandeel); teller = bevolking_65plus_1jan2023',
      }),
    );
  }
  return values;
}

function parseRegionPopulation(file: BundleFile, text: string, snapshotId: string, ctx: Context) {
  const rows = readCsv(file.path, text, ['regio_code', 'peildatum', 'bevolking']);
  for (const row of rows) {
    const code = row.get('regio_code');
    if (!ctx.regionCodes.has(code))
      throw new BundleError(file.path, row.row, 'regio_code', `onbekende regio ${code}`);
    const date = matching(
      file.path,
      row,
      'peildatum',
      /^\d{4}-01-01$/,
      'peildatum op 1 januari (JJJJ-01-01)',
    );
    const inhabitants = wholeNumber(file.path, row, 'bevolking');
    ctx.observations.push(
      observation({
        indicatorId: 'bevolking',
        regionCode: code,
        period: parsePeriod(date.slice(0, 4))!,
        value: inhabitants,
        count: inhabitants,
        note: `peildatum ${date}; gepubliceerd totaal CBS ${file.table}`,
        snapshotId,
        transformation: `kolom bevolking overgenomen uit CBS ${file.table}`,
      }),
    );
  }
}

function parseCovid(
  file: BundleFile,
  text: string,
  snapshotId: string,
  manifest: BundleManifest,
  population: Map<number, Map<string, number>>,
  ctx: Context,
) {
  const periodColumn = file.periodColumn ?? 'jaar';
  const rows = readCsv(file.path, text, ['gemeente_code', periodColumn, ...COVID_MEASURES]);
  for (const measure of COVID_MEASURES)
    requireIndicator(ctx, file.path, 1, measure, `covid-${measure}`, 'totaal');
  const populationYears = [...population.keys()].sort();
  for (const row of rows) {
    const code = gemeente(file.path, row, ctx);
    const p = period(file.path, row, periodColumn, row.get(periodColumn));
    const year = Number(p.start.slice(0, 4));
    // The population on 1 January of the period's year, else the nearest year the bundle has.
    const denominatorYear = populationYears.reduce((best, y) =>
      Math.abs(y - year) < Math.abs(best - year) ? y : best,
    );
    const denominator = population.get(denominatorYear)?.get(code);
    if (denominator === undefined) {
      throw new BundleError(
        file.path,
        row.row,
        'gemeente_code',
        `geen bevolking voor ${code} in ${denominatorYear}`,
      );
    }
    for (const measure of COVID_MEASURES) {
      const count = optionalWholeNumber(file.path, row, measure);
      if (count === null) continue; // the series does not cover this period: no value, not zero
      const coverage = manifest.covidCoverage[measure];
      const flags: ObservationFlag[] = [];
      if (!periodFullyCovered(p, coverage.from, coverage.to, coverage.missingDays))
        flags.push('partial-period');
      if (denominatorYear !== year) flags.push('denominator-year-differs');
      ctx.observations.push(
        observation({
          indicatorId: `covid-${measure}`,
          regionCode: code,
          period: p,
          value: (count / denominator) * 100000,
          count,
          denominator,
          flags,
          note:
            `noemer: bevolking 1 januari ${denominatorYear}` +
            (flags.includes('partial-period') ? `; reeks loopt van ${coverage.from} tot ${coverage.to}` : ''),
          snapshotId,
          transformation: `${measure} / bevolking 1-1-${denominatorYear} × 100.000`,
        }),
      );
    }
  }
}

function parseVaccination(file: BundleFile, text: string, snapshotId: string, ctx: Context) {
  const columns = [
    'gemeente_code',
    'peildatum',
    'indicator',
    'leeftijdsgroep',
    'percentage',
    'percentage_label',
  ];
  const rows = readCsv(file.path, text, columns);
  for (const row of rows) {
    const code = gemeente(file.path, row, ctx);
    const indicatorId = VACCINATION_INDICATORS[row.get('indicator')];
    if (!indicatorId)
      throw new BundleError(file.path, row.row, 'indicator', `onbekende indicator '${row.get('indicator')}'`);
    const breakdown = row.get('leeftijdsgroep');
    requireIndicator(ctx, file.path, row.row, 'leeftijdsgroep', indicatorId, breakdown);
    const p = period(file.path, row, 'peildatum', row.get('peildatum'));
    const label = row.get('percentage_label');
    if (row.get('percentage') === '' && label === '') continue; // empty in the source: nothing to show
    const value = row.get('percentage') === '' ? null : decimalNumber(file.path, row, 'percentage');
    if (value !== null && (value < 0 || value > 100)) {
      throw new BundleError(file.path, row.row, 'percentage', `${value} ligt niet tussen 0 en 100`);
    }
    // A suppressed cell keeps the range its label allows ('<=5' → 0–5), so regions can show bounds (issue 12).
    const bounds = value === null ? boundsOfLabel(label) : null;
    ctx.observations.push(
      observation({
        indicatorId,
        regionCode: code,
        period: p,
        breakdown,
        value,
        lower: bounds?.lower ?? null,
        upper: bounds?.upper ?? null,
        flags: value === null ? ['suppressed-by-source'] : [],
        note:
          value === null
            ? `RIVM publiceert alleen '${label}' (privacy)`
            : `geboortejaren ${row.get('geboortejaren')}`,
        snapshotId,
        transformation: 'kolom percentage overgenomen (RIVM, hele procenten)',
      }),
    );
  }
}

function parseNationalValues(file: BundleFile, text: string, snapshotId: string, ctx: Context) {
  const rows = readCsv(file.path, text, ['indicator', 'breakdown', 'period', 'value', 'source']);
  for (const row of rows) {
    const indicatorId = row.get('indicator');
    const breakdown = row.get('breakdown') || 'totaal';
    requireIndicator(ctx, file.path, row.row, 'indicator', indicatorId, breakdown);
    ctx.observations.push(
      observation({
        indicatorId,
        regionCode: NATIONAL_CODE,
        period: period(file.path, row, 'period', row.get('period')),
        breakdown,
        value: decimalNumber(file.path, row, 'value'),
        flags: ['estimate'],
        note: row.get('source'),
        snapshotId,
        transformation: `landelijke waarde overgenomen uit ${file.table}`,
      }),
    );
  }
}

/** Generic long format: region_code,indicator,breakdown,period,value,count,denominator,note (empty = none). */
function parseIndicatorValues(file: BundleFile, text: string, snapshotId: string, ctx: Context) {
  const columns = [
    'region_code',
    'indicator',
    'breakdown',
    'period',
    'value',
    'count',
    'denominator',
    'note',
  ];
  const rows = readCsv(file.path, text, columns);
  const optional = (row: CsvRow, column: string) =>
    row.get(column) === '' ? null : decimalNumber(file.path, row, column);
  for (const row of rows) {
    const regionCode = row.get('region_code');
    if (!ctx.regionCodes.has(regionCode)) {
      throw new BundleError(file.path, row.row, 'region_code', `${regionCode} is geen regio van de indeling`);
    }
    const indicatorId = row.get('indicator');
    const breakdown = row.get('breakdown') || 'totaal';
    requireIndicator(ctx, file.path, row.row, 'indicator', indicatorId, breakdown);
    const count = optional(row, 'count');
    const denominator = optional(row, 'denominator');
    if (count !== null && denominator !== null && count > denominator) {
      throw new BundleError(
        file.path,
        row.row,
        'count',
        `teller ${count} is groter dan noemer ${denominator}`,
      );
    }
    ctx.observations.push(
      observation({
        indicatorId,
        regionCode,
        period: period(file.path, row, 'period', row.get('period')),
        breakdown,
        value: optional(row, 'value'),
        count,
        denominator,
        note: row.get('note') || null,
        snapshotId,
        transformation: `kolom value overgenomen uit ${file.table}`,
      }),
    );
  }
}

function checkBoundary(path: string, text: string, object: string, regions: RegionRecord[], type: string) {
  let topology: { objects?: Record<string, { geometries?: { properties?: { statcode?: string } }[] }> };
  try {
    topology = JSON.parse(text);
  } catch (error) {
    throw new BundleError(path, null, null, `geen geldige JSON (${(error as Error).message})`);
  }
  const geometries = topology.objects?.[object]?.geometries;
  if (!geometries)
    throw new BundleError(path, null, `objects.${object}`, 'deze laag ontbreekt in het TopoJSON-bestand');
  const known = new Set(regions.filter((r) => r.type === type).map((r) => r.code));
  geometries.forEach((geometry, i) => {
    const code = geometry.properties?.statcode;
    if (!code || !known.has(code)) {
      throw new BundleError(path, i + 1, 'statcode', `'${code}' is geen ${type} van de indeling`);
    }
  });
}
