// Health figures of issue 12: the Gezondheidsmonitor 2022 per GGD-regio (85563NED), life expectancy per
// GGD-regio 2019–2022 (RIVM/VZinfo, with RIVM's own comparison with Nederland kept verbatim), and ervaren
// gezondheid per gemeente, wijk and buurt (RIVM 50120NED) on the 2022 indeling, converted to today's gemeenten.
// Pure.
import { type ConversionRow, changedGemeenten, describeConversion, harmonise } from '../../geo/harmonise.ts';
import { NATIONAL_CODE } from '../../geo/regionTypes.ts';
import type { ObservationRecord } from '../../indicators/observation.ts';
import { parsePeriod } from '../../indicators/period.ts';
import { BundleError, dutchDecimal, matching, readCsv, wholeNumber } from './csv.ts';
import type { BundleFile } from './manifest.ts';
import type { BundleContent } from './parse.ts';
import { type Context, observation, requireIndicator } from './records.ts';

/** GGD names as StatLine and VZinfo write them → the names of our GGD-regio's (CBS statnaam). */
export function normaliseGgdName(name: string): string {
  return name
    .replace(/ \(GG\)$/, '')
    .replace(/^Veiligh\. en Gez\. /, 'Veiligheids- en Gezondheidsregio ')
    .trim();
}

function ggdCodes(content: BundleContent): Map<string, string> {
  return new Map(content.regions.filter((r) => r.type === 'ggdregio').map((r) => [r.name, r.code] as const));
}

/** 85563NED columns → indicator ids. */
export const GGD_MONITOR_COLUMNS: readonly [string, string][] = [
  ['Ervaren_gezondheid_(goed/zeer_goed)', 'gezondheidsmonitor-ggd-ervaren-gezondheid'],
  ['Psychische_klachten_(MHI-5<=60)', 'gezondheidsmonitor-ggd-psychische-klachten'],
  ['Eén_of_meer_langdurige_aandoeningen', 'gezondheidsmonitor-ggd-langdurige-aandoening'],
  ['Bewegen_en_sport|Voldoet_aan_beweegrichtlijn', 'gezondheidsmonitor-ggd-beweegrichtlijn'],
  ['Bewegen_en_sport|Wekelijkse_sporters', 'gezondheidsmonitor-ggd-wekelijks-sporten'],
  ['Rokers', 'gezondheidsmonitor-ggd-roker'],
  ['Alcoholgebruik|Voldoet_aan_richtlijn_alcoholgebruik', 'gezondheidsmonitor-ggd-alcoholrichtlijn'],
  ['Alcoholgebruik|Overmatige_drinkers_onder_bevolking', 'gezondheidsmonitor-ggd-overmatig-drinken'],
];

function regionOfRow(file: string, row: number, column: string, name: string, codes: Map<string, string>) {
  if (name === 'Nederland') return NATIONAL_CODE;
  const code = codes.get(normaliseGgdName(name));
  if (!code) throw new BundleError(file, row, column, `'${name}' is geen GGD-regio van de indeling`);
  return code;
}

function requireAll(file: string, seen: Set<string>, codes: Map<string, string>, column: string) {
  const missing = [...codes].filter(([, code]) => !seen.has(code)).map(([name]) => name);
  if (missing.length > 0) throw new BundleError(file, null, column, `geen rij voor ${missing.join(', ')}`);
}

export function parseGgdMonitor(
  file: BundleFile,
  text: string,
  snapshotId: string,
  content: BundleContent,
  ctx: Context,
): void {
  const rows = readCsv(file.path, text, ['Regio', ...GGD_MONITOR_COLUMNS.map(([c]) => c)], {
    delimiter: ';',
  });
  for (const [column, id] of GGD_MONITOR_COLUMNS) requireIndicator(ctx, file.path, 1, column, id, 'totaal');
  const codes = ggdCodes(content);
  const seen = new Set<string>();
  const period = parsePeriod(String(file.year))!;
  for (const row of rows) {
    const code = regionOfRow(file.path, row.row, 'Regio', row.get('Regio'), codes);
    if (seen.has(code))
      throw new BundleError(file.path, row.row, 'Regio', `${row.get('Regio')} staat er twee keer in`);
    seen.add(code);
    for (const [column, indicatorId] of GGD_MONITOR_COLUMNS) {
      const value = dutchDecimal(file.path, row, column);
      if (value < 0 || value > 100)
        throw new BundleError(file.path, row.row, column, `${value} ligt niet tussen 0 en 100`);
      ctx.observations.push(
        observation({
          indicatorId,
          regionCode: code,
          period,
          value,
          flags: ['estimate'],
          note: 'gewogen schatting uit de Gezondheidsmonitor Volwassenen en Ouderen 2022 (18+)',
          snapshotId,
          transformation: `CBS ${file.table}: kolom '${column}' overgenomen (${row.get('Regio')})`,
        }),
      );
    }
  }
  requireAll(file.path, seen, codes, 'Regio');
}

const SEXES: Record<string, string> = { Totaal: 'totaal', Mannen: 'man', Vrouwen: 'vrouw' };
const SIGNIFICANCE = /^(geen|(boven|onder), (95|99)% zeker)$/;
const LIFE_EXPECTANCY: readonly [string, string, string][] = [
  ['Bij geboorte', 'Afwijking bij geboorte', 'levensverwachting-bij-geboorte'],
  ['Bij 65 jaar', 'Afwijking bij 65 jaar', 'levensverwachting-op-65'],
];

export function parseLifeExpectancy(
  file: BundleFile,
  text: string,
  snapshotId: string,
  content: BundleContent,
  ctx: Context,
): void {
  const columns = ['GGD-regio', 'Geslacht', ...LIFE_EXPECTANCY.flatMap(([value, flag]) => [value, flag])];
  const rows = readCsv(file.path, text, columns, { delimiter: ';' });
  const codes = ggdCodes(content);
  const period = parsePeriod('2019-2022')!;
  const seen = new Set<string>();
  for (const row of rows) {
    const code = regionOfRow(file.path, row.row, 'GGD-regio', row.get('GGD-regio'), codes);
    const breakdown = SEXES[row.get('Geslacht')];
    if (!breakdown)
      throw new BundleError(file.path, row.row, 'Geslacht', `onbekend geslacht '${row.get('Geslacht')}'`);
    const key = `${code}|${breakdown}`;
    if (seen.has(key)) throw new BundleError(file.path, row.row, 'Geslacht', `${key} staat er twee keer in`);
    seen.add(key);
    for (const [valueColumn, flagColumn, indicatorId] of LIFE_EXPECTANCY) {
      requireIndicator(ctx, file.path, row.row, 'Geslacht', indicatorId, breakdown);
      const value = dutchDecimal(file.path, row, valueColumn);
      const significance = matching(
        file.path,
        row,
        flagColumn,
        SIGNIFICANCE,
        "aanduiding als 'boven, 99% zeker' of 'geen'",
      );
      ctx.observations.push(
        observation({
          indicatorId,
          regionCode: code,
          period,
          breakdown,
          value,
          publishedSignificance: significance,
          note: `RIVM vergelijkt met Nederland: ${significance}`,
          snapshotId,
          transformation: `RIVM/VZinfo: kolom '${valueColumn}' overgenomen, '${flagColumn}' ongewijzigd bewaard (${row.get('GGD-regio')}, ${row.get('Geslacht')})`,
        }),
      );
    }
  }
  for (const code of codes.values())
    for (const sex of Object.values(SEXES))
      if (!seen.has(`${code}|${sex}`))
        throw new BundleError(file.path, null, 'GGD-regio', `geen rij voor ${code} (${sex})`);
}

export interface ConversionTable {
  fromYear: number;
  toYear: number;
  rows: ConversionRow[];
}

export function parseConversion(file: BundleFile, text: string, ctx: Context): ConversionTable {
  const columns = ['code_2022', 'naam_2022', 'code_2024', 'bevolking_1jan2022'];
  const rows = readCsv(file.path, text, columns);
  const table = rows.map((row) => {
    const to = matching(file.path, row, 'code_2024', /^GM\d{4}$/, 'gemeentecode');
    if (!ctx.gemeenten.has(to))
      throw new BundleError(file.path, row.row, 'code_2024', `${to} is geen gemeente van de indeling`);
    return {
      from: matching(file.path, row, 'code_2022', /^GM\d{4}$/, 'gemeentecode'),
      fromName: row.get('naam_2022'),
      to,
      weight: wholeNumber(file.path, row, 'bevolking_1jan2022'),
    };
  });
  return { fromYear: file.indeling ?? 2022, toYear: file.year, rows: table };
}

const HEALTH_COLUMNS = ['Leeftijd', 'Marges', 'Perioden', 'SoortRegio_2', 'Codering_3'];
const HEALTH_MEASURE = 'ErvarenGezondheidGoedZeerGoed_4';

export function parseHealthAreas(
  file: BundleFile,
  text: string,
  snapshotId: string,
  conversion: ConversionTable,
  content: BundleContent,
  ctx: Context,
): void {
  const indicatorId = 'gezondheidsmonitor-ervaren-gezondheid';
  const rows = readCsv(file.path, text, [...HEALTH_COLUMNS, HEALTH_MEASURE], { delimiter: ';' });
  requireIndicator(ctx, file.path, 1, HEALTH_MEASURE, indicatorId, 'totaal');
  const year = file.indeling ?? file.year;
  const period = parsePeriod(String(file.year))!;
  const changed = changedGemeenten(conversion.rows);
  const formerCodes = new Set(conversion.rows.map((r) => r.from));
  const oldGemeenten = new Map<string, { value: number | null; suppressed: boolean }>();
  let unknownAreas = 0;
  const base = (
    regionCode: string,
    value: number | null,
    note: string,
    transformation: string,
  ): ObservationRecord =>
    observation({
      indicatorId,
      regionCode,
      period,
      value,
      flags: value === null ? ['suppressed-by-source', 'estimate'] : ['estimate'],
      note,
      snapshotId,
      transformation,
    });

  for (const row of rows) {
    for (const [column, expected] of [
      ['Leeftijd', '20300'],
      ['Marges', 'MW00000'],
      ['Perioden', `${file.year}JJ00`],
    ] as const)
      if (row.get(column) !== expected)
        throw new BundleError(
          file.path,
          row.row,
          column,
          `verwacht '${expected}', niet '${row.get(column)}'`,
        );
    const code = row.get('Codering_3');
    const raw = row.get(HEALTH_MEASURE);
    const value = raw === '.' ? null : dutchDecimal(file.path, row, HEALTH_MEASURE);
    if (value !== null && (value < 0 || value > 100))
      throw new BundleError(file.path, row.row, HEALTH_MEASURE, `${value} ligt niet tussen 0 en 100`);
    const kind = row.get('SoortRegio_2');
    const source = `RIVM ${file.table} (indeling ${year}): ${HEALTH_MEASURE}`;
    const suppressedNote = "de bron publiceert '.' (te weinig waarnemingen)";
    if (kind === 'Land') {
      ctx.observations.push(
        base(NATIONAL_CODE, value, 'modelschatting (SMAP), 18 jaar of ouder', `${source} overgenomen`),
      );
    } else if (kind === 'Gemeente') {
      if (formerCodes.has(code) || changed.has(code)) {
        oldGemeenten.set(code, { value, suppressed: value === null });
        continue;
      }
      if (!ctx.gemeenten.has(code))
        throw new BundleError(
          file.path,
          row.row,
          'Codering_3',
          `${code} is geen gemeente van de indeling en staat niet in de omzettingstabel`,
        );
      ctx.observations.push(
        base(
          code,
          value,
          value === null ? suppressedNote : 'modelschatting (SMAP), 18 jaar of ouder',
          `${source} overgenomen; gemeente ongewijzigd ${year}–${conversion.toYear}`,
        ),
      );
    } else if (kind === 'Wijk' || kind === 'Buurt') {
      // A wijk or buurt of the 2022 indeling counts as the area of today with the same CBS code (CBS gives an
      // area a new code when it changes); codes that no longer exist are left out and counted.
      if (!ctx.regionCodes.has(code)) {
        unknownAreas++;
        continue;
      }
      ctx.observations.push(
        base(
          code,
          value,
          value === null
            ? suppressedNote
            : `${kind.toLowerCase()} van de indeling ${year}, zelfde code in ${conversion.toYear}`,
          `${file.table} ${HEALTH_MEASURE} overgenomen`,
        ),
      );
    } else throw new BundleError(file.path, row.row, 'SoortRegio_2', `onbekende soort regio '${kind}'`);
  }

  // The changed gemeenten: estimates, so the mean of the former gemeenten weighted by their 2022 population.
  const { results, missing } = harmonise(conversion.rows, oldGemeenten, 'population-weighted-mean');
  if (missing.length > 0)
    throw new BundleError(
      file.path,
      null,
      'Codering_3',
      `geen waarde voor ${missing[0]!.from} (nodig voor ${missing[0]!.code})`,
    );
  for (const result of results) {
    const how = describeConversion(
      result,
      'population-weighted-mean',
      conversion.toYear,
      conversion.fromYear,
    );
    ctx.observations.push({
      ...base(result.code, result.value, `${how}; afgeleid door Juiste Plek`, `RIVM ${file.table}: ${how}`),
      flags: result.suppressed
        ? ['suppressed-by-source', 'estimate', 'harmonised']
        : ['estimate', 'harmonised'],
    });
  }
  if (unknownAreas > 0)
    content.skipped.push({
      file: file.path,
      rows: unknownAreas,
      reason: `wijken en buurten van de indeling ${year} waarvan de code in ${conversion.toYear} niet meer bestaat`,
    });
}
