// Declarative mappings from a CBS table onto catalogue indicators (`catalog/mappings/<tableId>.json`): which
// measure and dimension codes give which indicator, where value, count, denominator and limits come from, and
// which dimension gives the breakdown. Checked against the catalogue when read and against the table's structure
// before anything is written; applied in SQL inside the import's transaction.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import {
  type CellGroup,
  formerGemeenten,
  type GroupedCells,
  groupCells,
  snapshotPeriods,
  upsertObservations,
} from '../../db/sourceStore.ts';
import { type HarmoniseMethod, harmonise, type PartValue } from '../../geo/harmonise.ts';
import { conversionRows, type Herindeling } from '../../geo/herindelingen.ts';
import type { ObservationFlag, ObservationRecord } from '../../indicators/observation.ts';
import { type Period, parsePeriod } from '../../indicators/period.ts';
import type { Catalog, Indicator } from '../../indicators/schema.ts';
import { parseCbsPeriod } from './periods.ts';
import type { CbsApi, CbsMetadata } from './types.ts';

export const defaultMappingsDir = fileURLToPath(new URL('../../../catalog/mappings/', import.meta.url));

/** The gemeentelijke herindelingen 2019–2026 (made from 03759ned's RegioS code list; see data/README.md). */
export const defaultHerindelingenFile = fileURLToPath(
  new URL('../../../data/regions/gemeente_herindelingen_2019_2026.csv', import.meta.url),
);
const HERINDELING_COLUMNS = 'code_oud,naam_oud,code_nu,naam_nu,ingang,inwoners_overgegaan';

/** Reads the table of herindelingen; a row that does not fit names file, row and column. */
export function readHerindelingen(path = defaultHerindelingenFile): Herindeling[] {
  const file = display(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new MappingError(`${file}: niet leesbaar (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  if (header !== HERINDELING_COLUMNS)
    throw new MappingError(`${file}, rij 1: kolommen moeten ${HERINDELING_COLUMNS} zijn`);
  const columns = HERINDELING_COLUMNS.split(',');
  return lines.map((line, i) => {
    const cells = line.split(',');
    const bad = (column: string, why: string): never => {
      throw new MappingError(`${file}, rij ${i + 2}, kolom '${column}': ${why}`);
    };
    if (cells.length !== columns.length) bad('(rij)', `${cells.length} velden, ${columns.length} verwacht`);
    const [from, fromName, to, toName, date, inhabitants] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    for (const [column, code] of [
      ['code_oud', from],
      ['code_nu', to],
    ] as const)
      if (!/^GM\d{4}$/.test(code)) bad(column, `'${code}' is geen gemeentecode`);
    if (!/^\d{4}-\d\d-\d\d$/.test(date)) bad('ingang', `'${date}' is geen datum (JJJJ-MM-DD)`);
    if (inhabitants !== '' && !/^\d+$/.test(inhabitants))
      bad('inwoners_overgegaan', `'${inhabitants}' is geen aantal`);
    return { from, fromName, to, toName, date, inhabitants: inhabitants === '' ? null : Number(inhabitants) };
  });
}

/** A measure key, the same for both APIs or per API (v3 Topic keys and v4 Measure codes differ). */
const measureRef = z.union([
  z.string().min(1),
  z.strictObject({ v3: z.string().min(1).optional(), v4: z.string().min(1).optional() }),
]);
type MeasureRef = z.infer<typeof measureRef>;

/** Dimension key → the one code to take. */
const filter = z.record(z.string().min(1), z.string().min(1));

/** Where one number comes from: by default the indicator's measure and filter; a part's filter replaces the codes
 *  of those dimensions, including breakdown dimensions (then the part is the same for every breakdown). */
const part = z.strictObject({ measure: measureRef.optional(), filter: filter.optional() });
type Part = z.infer<typeof part>;

const breakdownDimension = z.strictObject({
  dimension: z.string().min(1),
  /** Breakdown label → the source codes it stands for (several codes are summed). Label "" adds nothing to the
   *  breakdown code (e.g. the total of a sex dimension). Codes not listed are left out. */
  codes: z.record(z.string().regex(/^[a-z0-9+.-]*$/), z.array(z.string().min(1)).min(1)),
  /** Codes of the dimension that are deliberately left out (e.g. single years inside a group the mapping takes).
   *  When given, every other code of the table's code list must be in `codes` or a filter: a code CBS adds later
   *  stops the import instead of silently missing from the sums. */
  ignore: z.array(z.string().min(1)).optional(),
});

const indicatorMapping = z.strictObject({
  indicator: z.string().regex(/^[a-z0-9-]+$/),
  measure: measureRef,
  filter: filter.default({}),
  /** Breakdown codes are the labels of each dimension joined with ':' ("vrouw:65-69"); none → "totaal". */
  breakdown: z.array(breakdownDimension).default([]),
  /** Default: count ÷ denominator × the indicator's multiplier when both are given, else the selected cell. */
  value: part.optional(),
  count: part.optional(),
  denominator: part.optional(),
  lower: part.optional(),
  upper: part.optional(),
  /** Flags on every observation, e.g. "estimate" for survey estimates. */
  flags: z.array(z.enum(['estimate'])).default([]),
});
type IndicatorMapping = z.infer<typeof indicatorMapping>;

const periodType = z.enum(['year', 'quarter', 'month', 'date', 'multi-year']);

export const cbsMapping = z.strictObject({
  $comment: z.string().optional(),
  tableId: z.string().regex(/^[A-Za-z0-9]{1,20}$/),
  title: z.string().optional(),
  source: z
    .strictObject({
      /** Where the table lives when it is not on CBS's main StatLine (e.g. the RIVM catalogue on dataderden). */
      v3Url: z.url().optional(),
      v4Url: z.url().optional(),
      licence: z.string().min(1).optional(),
      attribution: z.string().min(1).optional(),
    })
    .default({}),
  region: z
    .strictObject({
      dimension: z.string().min(1).optional(),
      /** Region types to keep (default: every region Juiste Plek knows). */
      types: z.array(z.string().min(1)).optional(),
    })
    .default({}),
  period: z
    .strictObject({
      dimension: z.string().min(1).optional(),
      /** Period types to keep (default: each indicator's periodType). */
      types: z.array(periodType).optional(),
    })
    .default({}),
  indicators: z.array(indicatorMapping).min(1),
});
export type CbsMapping = z.infer<typeof cbsMapping>;

export interface LoadedMapping {
  /** Path relative to the project (e.g. catalog/mappings/03759ned.json), for messages and provenance. */
  file: string;
  hash: string;
  mapping: CbsMapping;
}

/** A mapping file that cannot be used as it is (exit code 1: the catalogue needs fixing, not the command). */
export class MappingError extends Error {
  override readonly name = 'MappingError';
}

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const display = (path: string) => {
  const rel = relative(projectRoot, path);
  return rel.startsWith('..') ? path : rel;
};

/** The mapping file for a table (file names are matched case-insensitively), checked against the catalogue. */
export function findMapping(
  tableId: string,
  catalog: Catalog,
  dir = defaultMappingsDir,
): LoadedMapping | null {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const name = names.find((n) => n.toLowerCase() === `${tableId.toLowerCase()}.json`);
  return name ? readMapping(join(dir, name), catalog) : null;
}

/** Every mapping file in the directory (for checks). */
export function loadAllMappings(catalog: Catalog, dir = defaultMappingsDir): LoadedMapping[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => readMapping(join(dir, n), catalog));
}

export function readMapping(path: string, catalog: Catalog): LoadedMapping {
  const file = display(path);
  let text: string;
  let json: unknown;
  try {
    text = readFileSync(path, 'utf8');
    json = JSON.parse(text);
  } catch (error) {
    throw new MappingError(`Koppelbestand ${file} is niet leesbaar: ${(error as Error).message}`);
  }
  const parsed = cbsMapping.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(bestand)'}: ${i.message}`);
    throw new MappingError(`Koppelbestand ${file}: ${issues.join('; ')}`);
  }
  const mapping = parsed.data;
  const expected = file
    .split('/')
    .pop()!
    .replace(/\.json$/, '');
  if (expected.toLowerCase() !== mapping.tableId.toLowerCase()) {
    throw new MappingError(`Koppelbestand ${file}: tableId '${mapping.tableId}' hoort bij een ander bestand`);
  }
  const problems = checkAgainstCatalog(mapping, catalog);
  if (problems.length > 0) throw new MappingError(`Koppelbestand ${file}: ${problems.join('; ')}`);
  return { file, hash: createHash('sha256').update(text).digest('hex'), mapping };
}

const labelsOf = (m: IndicatorMapping) => m.breakdown.map((b) => Object.keys(b.codes));

/** Every breakdown code a mapping can produce. */
export function breakdownCodes(m: IndicatorMapping): string[] {
  let combos: string[][] = [[]];
  for (const labels of labelsOf(m)) combos = combos.flatMap((c) => labels.map((l) => [...c, l]));
  return combos.map(breakdownCode);
}

const breakdownCode = (labels: readonly string[]) => labels.filter((l) => l !== '').join(':') || 'totaal';

const summing = (m: IndicatorMapping) =>
  m.breakdown.some((b) => Object.values(b.codes).some((c) => c.length > 1));

function checkAgainstCatalog(mapping: CbsMapping, catalog: Catalog): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  mapping.indicators.forEach((m, i) => {
    const at = `indicators[${i}]`;
    const indicator = catalog.indicators.find((x) => x.id === m.indicator);
    if (!indicator) {
      problems.push(`${at}.indicator: onbekende indicator '${m.indicator}'`);
      return;
    }
    if (seen.has(m.indicator))
      problems.push(`${at}.indicator: '${m.indicator}' staat twee keer in de koppeling`);
    seen.add(m.indicator);
    const declared = new Set(['totaal', ...indicator.breakdowns.map((b) => b.code)]);
    const undeclared = breakdownCodes(m).filter((c) => !declared.has(c));
    if (undeclared.length > 0) {
      problems.push(
        `${at}.breakdown: uitsplitsing ${undeclared.slice(0, 3).join(', ')} staat niet in de catalogus bij '${m.indicator}'`,
      );
    }
    const dims = m.breakdown.map((b) => b.dimension);
    if (new Set(dims).size !== dims.length)
      problems.push(`${at}.breakdown: een dimensie staat er twee keer in`);
    for (const d of dims) {
      if (d in m.filter) problems.push(`${at}.filter: '${d}' is ook een uitsplitsing`);
    }
    m.breakdown.forEach((b, j) => {
      const all = Object.values(b.codes).flat();
      const twice = all.find((c, k) => all.indexOf(c) !== k);
      if (twice) problems.push(`${at}.breakdown[${j}].codes: code '${twice}' staat bij twee labels`);
    });
    if (summing(m)) {
      // Several cells summed into one: only counts add up.
      if (!m.value && !(m.count && m.denominator) && indicator.valueType !== 'count') {
        problems.push(`${at}: cellen optellen kan alleen voor aantallen (geef count en denominator)`);
      }
      if (m.value && indicator.valueType !== 'count') {
        problems.push(`${at}.value: cellen optellen kan alleen bij valueType 'count'`);
      }
      for (const limit of ['lower', 'upper'] as const) {
        if (m[limit] && !keepsNoSummedDimension(m, m[limit])) {
          problems.push(`${at}.${limit}: grenzen kunnen niet worden opgeteld`);
        }
      }
    }
    if (m.denominator && !m.count) problems.push(`${at}.count: een noemer zonder teller`);
  });
  return problems;
}

function keepsNoSummedDimension(m: IndicatorMapping, p: Part): boolean {
  return m.breakdown.every(
    (b) => (p.filter && b.dimension in p.filter) || Object.values(b.codes).every((c) => c.length === 1),
  );
}

export const measureFor = (ref: MeasureRef, api: CbsApi): string | undefined =>
  typeof ref === 'string' ? ref : ref[api];

/** Whether the mapping has measure keys for this API (v3 keys and v4 codes differ). */
export function mappingCovers(mapping: CbsMapping, api: CbsApi): boolean {
  return mapping.indicators.every(
    (m) =>
      measureFor(m.measure, api) !== undefined &&
      (['value', 'count', 'denominator', 'lower', 'upper'] as const).every((k) => {
        const p = m[k];
        return !p?.measure || measureFor(p.measure, api) !== undefined;
      }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Resolving a mapping against the structure of the table that was downloaded.

type PartName = 'value' | 'count' | 'denominator' | 'lower' | 'upper';

interface ResolvedPart {
  name: PartName;
  measure: string;
  filter: Record<string, string>;
  /** Breakdown dimensions this part is split by (those its own filter does not fix). */
  groups: (CellGroup & { index: number; sizes: Map<string, number> })[];
  describe: (labels: readonly string[]) => string;
}

interface ResolvedIndicator {
  indicator: Indicator;
  mapping: IndicatorMapping;
  parts: Partial<Record<PartName, ResolvedPart>>;
  primary: ResolvedPart;
  computed: boolean;
}

export interface ResolvedMapping {
  regionDimension: string;
  periodDimension: string;
  indicators: ResolvedIndicator[];
}

/** The table no longer fits the mapping (or the mapping never fitted it): nothing is written. */
export class MappingMismatch extends Error {
  override readonly name = 'MappingMismatch';
}

export function resolveMapping(loaded: LoadedMapping, meta: CbsMetadata, catalog: Catalog): ResolvedMapping {
  const { mapping, file } = loaded;
  const fail = (nl: string, en: string): never => {
    throw new MappingMismatch(
      `Tabel ${meta.tableId} past niet bij ${file}: ${nl} / Table ${meta.tableId} does not fit ${file}: ${en}`,
    );
  };
  const dims = new Map(meta.dimensions.map((d) => [d.key, d]));
  const codeSets = new Map(meta.dimensions.map((d) => [d.key, new Set(d.codes.map((c) => c.key))]));
  const measures = new Set(meta.measures.map((m) => m.key));

  const pickDimension = (given: string | undefined, kind: 'region' | 'period') => {
    const key = given ?? meta.dimensions.find((d) => d.kind === kind)?.key;
    if (!key) return fail(`geen ${kind === 'region' ? 'regio' : 'perioden'}dimensie`, `no ${kind} dimension`);
    const dim = dims.get(key);
    if (!dim) return fail(`dimensie '${key}' ontbreekt`, `dimension '${key}' is missing`);
    // The import keeps the codes of the first region and period dimension in columns of their own; those it must be.
    if (meta.dimensions.find((d) => d.kind === kind)?.key !== key)
      fail(
        `dimensie '${key}' is niet de ${kind === 'region' ? 'regio' : 'perioden'}dimensie van de tabel`,
        `dimension '${key}' is not the table's ${kind} dimension`,
      );
    return key;
  };
  const regionDimension = pickDimension(mapping.region.dimension, 'region');
  const periodDimension = pickDimension(mapping.period.dimension, 'period');

  const checkCode = (dimension: string, code: string) => {
    const codes = codeSets.get(dimension);
    if (!codes) fail(`dimensie '${dimension}' ontbreekt`, `dimension '${dimension}' is missing`);
    else if (!codes.has(code))
      fail(
        `code '${code}' ontbreekt in dimensie '${dimension}'`,
        `code '${code}' is missing from '${dimension}'`,
      );
  };
  const checkMeasure = (ref: MeasureRef): string => {
    const key = measureFor(ref, meta.api);
    if (key === undefined) return fail(`geen meetwaarde voor ${meta.api}`, `no measure for ${meta.api}`);
    if (!measures.has(key)) fail(`meetwaarde '${key}' ontbreekt`, `measure '${key}' is missing`);
    return key;
  };

  const indicators = mapping.indicators.map((m): ResolvedIndicator => {
    const indicator = catalog.indicators.find((i) => i.id === m.indicator)!;
    for (const b of m.breakdown) for (const c of Object.values(b.codes).flat()) checkCode(b.dimension, c);
    for (const b of m.breakdown) {
      if (!b.ignore) continue;
      const used = (p?: Part) => (p?.filter?.[b.dimension] ? [p.filter[b.dimension]!] : []);
      const known = new Set([
        ...Object.values(b.codes).flat(),
        ...b.ignore,
        ...(['value', 'count', 'denominator', 'lower', 'upper'] as const).flatMap((k) => used(m[k])),
      ]);
      const extra = dims.get(b.dimension)?.codes.find((c) => !known.has(c.key));
      if (extra)
        fail(
          `code '${extra.key}' (${extra.title}) van dimensie '${b.dimension}' staat niet in de koppeling van ${m.indicator} (niet in codes, niet in ignore)`,
          `code '${extra.key}' of dimension '${b.dimension}' is not in the mapping of ${m.indicator}`,
        );
    }

    const resolvePart = (name: PartName, p: Part): ResolvedPart => {
      const measure = checkMeasure(p.measure ?? m.measure);
      const own = p.filter ?? {};
      const filter = { ...m.filter, ...own };
      for (const [d, c] of Object.entries(filter)) checkCode(d, c);
      const groups = m.breakdown
        .map((b, index) => ({ b, index }))
        .filter(({ b }) => !(b.dimension in own))
        .map(({ b, index }) => {
          const entries = Object.entries(b.codes).flatMap(([label, codes]) =>
            codes.map((code) => ({ code, label })),
          );
          const sizes = new Map(Object.entries(b.codes).map(([label, codes]) => [label, codes.length]));
          return {
            dimension: b.dimension,
            codes: entries.map((e) => e.code),
            labels: entries.map((e) => e.label),
            index,
            sizes,
          };
        });
      // Every other dimension must be fixed, or cells of different meaning would be added up.
      const fixed = new Set([
        regionDimension,
        periodDimension,
        ...Object.keys(filter),
        ...groups.map((g) => g.dimension),
      ]);
      for (const d of meta.dimensions) {
        if (!fixed.has(d.key))
          fail(
            `dimensie '${d.key}' staat niet in filter of uitsplitsing van ${m.indicator}`,
            `dimension '${d.key}' is in neither filter nor breakdown of ${m.indicator}`,
          );
      }
      const describe = (labels: readonly string[]) => {
        const codes = Object.entries(filter).map(([d, c]) => `${d}=${c}`);
        for (const g of groups) {
          const label = labels[g.index]!;
          const members = g.codes.filter((_, i) => g.labels[i] === label);
          codes.push(`${g.dimension}=${members.join('+')}`);
        }
        const summed = groups.some((g) => (g.sizes.get(labels[g.index]!) ?? 1) > 1);
        return `${measure}${codes.length ? ` [${codes.join(', ')}]` : ''}${summed ? ' (opgeteld)' : ''}`;
      };
      return { name, measure, filter, groups, describe };
    };

    const parts: Partial<Record<PartName, ResolvedPart>> = {};
    for (const name of ['value', 'count', 'denominator', 'lower', 'upper'] as const) {
      const p = m[name];
      if (p) parts[name] = resolvePart(name, p);
    }
    const computed = !m.value && m.count !== undefined && m.denominator !== undefined;
    if (!computed && !parts.value) parts.value = resolvePart('value', {});
    const primary = computed ? parts.count! : parts.value!;
    return { indicator, mapping: m, parts, primary, computed };
  });
  return { regionDimension, periodDimension, indicators };
}

// ---------------------------------------------------------------------------------------------------------------
// Applying it: per period, every part grouped in SQL, joined here, upserted.

export interface MappingResult {
  file: string;
  /** Observations written per indicator. */
  indicators: Record<string, number>;
  /** Region codes in the table that Juiste Plek does not know (e.g. wijken, COROP, old gemeenten): left out. */
  skippedRegions: number;
  /** Cells that could not make an observation (a value missing from a sum, a missing denominator). */
  incomplete: number;
  /** Observations left as they were because the shipped bundle has them (see upsertObservations). */
  keptFromBundle: number;
  /** Periods whose gemeente figures were left out: the table has them on another gemeentelijke indeling (it has
   *  values for gemeenten that no longer exist) that the table of herindelingen does not cover, so they would
   *  break today's series. Totals of other regions stay. */
  otherIndeling: { period: string; formerGemeenten: string[] }[];
  /** Periods on an earlier indeling whose gemeente figures were converted to today's gemeenten (flagged
   *  'harmonised', the rule in each transformation): the gemeenten of today that were computed. */
  harmonised: { period: string; gemeenten: string[] }[];
}

const WITHHELD_NOTE = 'CBS publiceert dit cijfer niet (geheim of onvoldoende betrouwbaar)';

export async function applyMapping(
  tx: Queryable,
  input: {
    loaded: LoadedMapping;
    resolved: ResolvedMapping;
    meta: CbsMetadata;
    snapshotId: string;
    regions: ReadonlyMap<string, string>;
    /** The herindelingen to convert an earlier indeling with (default: the shipped table). */
    herindelingen?: readonly Herindeling[];
  },
): Promise<MappingResult> {
  const { loaded, resolved, meta, snapshotId } = input;
  const { mapping } = loaded;
  const regionDim = meta.dimensions.find((d) => d.key === resolved.regionDimension)!;
  const periodDim = meta.dimensions.find((d) => d.key === resolved.periodDimension)!;
  const keep = (code: string) => {
    const type = input.regions.get(code);
    return type !== undefined && (!mapping.region.types || mapping.region.types.includes(type));
  };
  const regions = regionDim.codes.map((c) => c.key).filter(keep);
  const result: MappingResult = {
    file: loaded.file,
    indicators: {},
    skippedRegions: regionDim.codes.length - regions.length,
    incomplete: 0,
    keptFromBundle: 0,
    otherIndeling: [],
    harmonised: [],
  };
  const gemeenten = [...input.regions].filter(([, type]) => type === 'gemeente').map(([code]) => code);
  const former = await formerGemeenten(tx, snapshotId, gemeenten);
  const todays = regions.filter((code) => input.regions.get(code) !== 'gemeente');
  const present = await snapshotPeriods(tx, snapshotId);
  const herindelingen = former.size > 0 ? (input.herindelingen ?? readHerindelingen()) : [];
  interface PeriodPlan {
    cbsCode: string;
    type: ReturnType<typeof parseCbsPeriod>['type'];
    period: Period;
    regions: string[];
    conversion: PeriodConversion | null;
  }
  const periods = periodDim.codes.flatMap((c): PeriodPlan[] => {
    if (!present.has(c.key)) return [];
    try {
      const cbs = parseCbsPeriod(c.key, c.title);
      const period = parsePeriod(cbs.code);
      if (!period) return [];
      const gone = former.get(c.key);
      if (!gone) return [{ cbsCode: c.key, type: cbs.type, period, regions, conversion: null }];
      // An earlier indeling: converted when the table of herindelingen covers every former gemeente in it.
      const conversion = conversionFor(herindelingen, gone);
      if (!conversion) {
        result.otherIndeling.push({ period: period.code, formerGemeenten: gone });
        return [{ cbsCode: c.key, type: cbs.type, period, regions: todays, conversion: null }];
      }
      return [{ cbsCode: c.key, type: cbs.type, period, regions: [...regions, ...gone], conversion }];
    } catch {
      return [];
    }
  });
  // The indeling the figures are converted to: that of the latest period without former gemeenten.
  const toYear =
    periods
      .filter((p) => !former.has(p.cbsCode))
      .map((p) => p.period.code.slice(0, 4))
      .sort()
      .at(-1) ??
    herindelingen
      .map((h) => h.date.slice(0, 4))
      .sort()
      .at(-1);
  const converted = new Map<string, Set<string>>();
  const source = `CBS ${meta.tableId} (${meta.api}, snapshot ${snapshotId})`;

  for (const ri of resolved.indicators) {
    const types = mapping.period.types ?? [ri.indicator.periodType];
    let written = 0;
    for (const p of periods.filter((x) => types.includes(x.type))) {
      const grouped = new Map<PartName, Map<string, GroupedCells>>();
      for (const part of Object.values(ri.parts)) {
        const rows = await groupCells(tx, {
          snapshotId,
          measure: part.measure,
          periodCbs: p.cbsCode,
          filter: part.filter,
          groups: part.groups,
          regions: p.regions,
        });
        grouped.set(part.name, new Map(rows.map((r) => [`${r.region}|${r.labels.join('|')}`, r])));
      }
      let records = buildRecords(ri, grouped, p.period, snapshotId, source, result);
      if (p.conversion) {
        records = convertIndeling(ri, records, p.conversion, `${toYear}`, source, result);
        const done = converted.get(p.period.code) ?? new Set<string>();
        for (const r of records) if (r.flags.includes('harmonised')) done.add(r.regionCode);
        converted.set(p.period.code, done);
      }
      const n = await upsertObservations(tx, records);
      written += n;
      result.keptFromBundle += records.length - n;
    }
    result.indicators[ri.indicator.id] = written;
  }
  for (const [period, gemeenten] of converted)
    if (gemeenten.size > 0) result.harmonised.push({ period, gemeenten: [...gemeenten].sort() });
  return result;
}

interface PeriodConversion {
  rows: ReturnType<typeof conversionRows>;
  herindelingen: Herindeling[];
}

/**
 * The herindelingen that take a period's former gemeenten to today's: every herindeling (gemeente of today and
 * date) with a former gemeente among them, with the continuing parts. Null when a former gemeente is in none.
 */
function conversionFor(
  herindelingen: readonly Herindeling[],
  gone: readonly string[],
): PeriodConversion | null {
  const formers = new Set(gone);
  if (!gone.every((code) => herindelingen.some((h) => h.from === code && h.from !== h.to))) return null;
  const events = new Set(herindelingen.filter((h) => formers.has(h.from)).map((h) => `${h.to}|${h.date}`));
  const used = herindelingen.filter((h) => events.has(`${h.to}|${h.date}`));
  return { rows: conversionRows(used), herindelingen: used };
}

/**
 * Today's gemeenten from the records of an earlier indeling, by CBS's conversion: counts (and the count and
 * denominator of a share) are the sum of the former gemeenten, a split gemeente's count shared out by the
 * inhabitants that went over; an estimate without counts is the mean weighted by those inhabitants. The records
 * of former gemeenten are dropped; gemeenten the herindelingen did not touch stay as they are.
 */
function convertIndeling(
  ri: ResolvedIndicator,
  records: ObservationRecord[],
  conversion: PeriodConversion,
  toYear: string,
  source: string,
  result: MappingResult,
): ObservationRecord[] {
  const involved = new Set(conversion.rows.flatMap((r) => [r.from, r.to]));
  const kept = records.filter((r) => !involved.has(r.regionCode));
  const method: HarmoniseMethod =
    ri.indicator.valueType === 'count' || ri.computed ? 'sum' : 'population-weighted-mean';
  const byBreakdown = new Map<string, Map<string, ObservationRecord>>();
  for (const r of records) {
    if (!involved.has(r.regionCode)) continue;
    const map = byBreakdown.get(r.breakdown) ?? new Map<string, ObservationRecord>();
    map.set(r.regionCode, r);
    byBreakdown.set(r.breakdown, map);
  }
  const nf = (v: number) => v.toLocaleString('nl-NL', { maximumFractionDigits: 4 });
  for (const [breakdown, parts] of byBreakdown) {
    const values = new Map<string, PartValue>(
      [...parts].map(([code, r]) => [
        code,
        {
          value: r.value,
          count: r.count,
          denominator: r.denominator,
          suppressed: r.flags.includes('suppressed-by-source'),
        },
      ]),
    );
    const { results, missing } = harmonise(conversion.rows, values, method);
    result.incomplete += missing.length;
    for (const h of results) {
      const first = parts.get(h.parts[0]!.code)!;
      const events = conversion.herindelingen.filter((x) => x.to === h.code);
      const date = events[0]!.date.split('-').reverse().join('-');
      const names = h.parts.map((p) => p.name);
      const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : names[0]!;
      const rule =
        method === 'sum'
          ? h.estimated
            ? 'opgeteld, het deel van een gesplitste gemeente naar inwoners geschat (CBS-omrekening)'
            : 'opgeteld (CBS-omrekening)'
          : 'gemiddelde gewogen naar inwoners';
      const note = `omgerekend naar de gemeentelijke indeling van ${toYear}: ${list} ${rule}; herindeling per ${date}`;
      const terms = h.parts
        .map((p) => {
          const share =
            p.share === 1
              ? ''
              : ` × ${(p.share * 100).toLocaleString('nl-NL', { maximumFractionDigits: 2 })} % (${nf(p.weight ?? 0)} inw. over)`;
          const weight = method === 'sum' ? '' : ` × ${nf(p.weight!)} inw.`;
          return `${p.name} ${p.code} (${p.value === null ? '–' : nf(p.value)})${share}${weight}`;
        })
        .join(' + ');
      let value = h.value;
      if (ri.computed && !h.suppressed)
        value =
          h.count !== null && h.denominator !== null && h.denominator > 0
            ? (h.count / h.denominator) * ri.indicator.multiplier
            : null;
      const flags: ObservationFlag[] = [
        ...ri.mapping.flags,
        ...(h.suppressed ? (['suppressed-by-source'] as const) : []),
        ...(h.estimated && !ri.mapping.flags.includes('estimate') ? (['estimate'] as const) : []),
        'harmonised',
      ];
      kept.push({
        ...first,
        regionCode: h.code,
        breakdown,
        value,
        count: ri.parts.count ? h.count : null,
        denominator: ri.parts.denominator ? h.denominator : null,
        // Confidence limits of the former gemeenten do not add up; the interval is recomputed where counts exist.
        lower: null,
        upper: null,
        flags,
        note: `${h.suppressed ? `${WITHHELD_NOTE}; ` : ''}${note}; afgeleid door Juiste Plek`,
        transformation: `${source}: ${note}. ${method === 'sum' ? 'Som' : 'Gewogen gemiddelde'} van ${terms}${ri.computed ? `; waarde = teller / noemer × ${ri.indicator.multiplier}` : ''}. Per deel: ${first.transformation.slice(source.length + 2)}`,
      });
    }
  }
  return kept;
}

type CellState =
  | { state: 'value'; value: number; nil: boolean }
  | { state: 'withheld' }
  | { state: 'missing' };

function cellState(
  part: ResolvedPart,
  cells: GroupedCells | undefined,
  labels: readonly string[],
): CellState {
  if (!cells) return { state: 'missing' };
  const expected = part.groups.reduce((n, g) => n * (g.sizes.get(labels[g.index]!) ?? 1), 1);
  if (cells.withheld) return { state: 'withheld' };
  if (cells.cells < expected || cells.valued < cells.cells || cells.value === null)
    return { state: 'missing' };
  return { state: 'value', value: cells.value, nil: cells.nil };
}

function buildRecords(
  ri: ResolvedIndicator,
  grouped: Map<PartName, Map<string, GroupedCells>>,
  period: Period,
  snapshotId: string,
  source: string,
  result: MappingResult,
): ObservationRecord[] {
  const records: ObservationRecord[] = [];
  const primaryCells = grouped.get(ri.primary.name)!;
  const allLabels = ri.mapping.breakdown.length;
  for (const cells of primaryCells.values()) {
    // Labels in breakdown order (the primary part keeps every breakdown dimension unless its filter fixes it).
    const labels: string[] = Array.from({ length: allLabels }, () => '');
    ri.primary.groups.forEach((g, i) => {
      labels[g.index] = cells.labels[i]!;
    });
    const lookup = (name: PartName): CellState => {
      const part = ri.parts[name];
      if (!part) return { state: 'missing' };
      const key = `${cells.region}|${part.groups.map((g) => labels[g.index]).join('|')}`;
      return cellState(part, grouped.get(name)!.get(key), labels);
    };
    const primary = lookup(ri.primary.name);
    if (primary.state === 'missing') {
      if (cells.cells > 0) result.incomplete += 1;
      continue;
    }
    const flags: ObservationFlag[] = [...ri.mapping.flags];
    const nils: boolean[] = [];
    const num = (s: CellState) => {
      if (s.state !== 'value') return null;
      nils.push(s.nil);
      return s.value;
    };
    const count = ri.parts.count ? lookup('count') : null;
    const denominator = ri.parts.denominator ? lookup('denominator') : null;
    const withheld =
      primary.state === 'withheld' || count?.state === 'withheld' || denominator?.state === 'withheld';
    let value: number | null;
    if (withheld) {
      value = null;
      flags.push('suppressed-by-source');
    } else if (ri.computed) {
      const c = num(count!);
      const d = num(denominator!);
      if (c === null || d === null || d <= 0) {
        result.incomplete += 1;
        continue;
      }
      value = (c / d) * ri.indicator.multiplier;
    } else value = num(primary);
    const parts = (['value', 'count', 'denominator', 'lower', 'upper'] as const)
      .filter((n) => ri.parts[n])
      .map(
        (n) =>
          `${n === 'value' ? 'waarde' : n === 'count' ? 'teller' : n === 'denominator' ? 'noemer' : n === 'lower' ? 'ondergrens' : 'bovengrens'} = ${ri.parts[n]!.describe(labels)}`,
      );
    const formula = ri.computed ? `; waarde = teller / noemer × ${ri.indicator.multiplier}` : '';
    records.push({
      indicatorId: ri.indicator.id,
      regionCode: cells.region,
      period,
      breakdown: breakdownCode(labels),
      value,
      count: withheld ? null : count ? num(count) : null,
      denominator: withheld ? null : denominator ? num(denominator) : null,
      lower: withheld ? null : num(lookup('lower')),
      upper: withheld ? null : num(lookup('upper')),
      flags,
      note: withheld ? WITHHELD_NOTE : nils.some(Boolean) ? "CBS-teken '-' (nihil) geteld als 0" : null,
      snapshotId,
      transformation: `${source}: ${parts.join('; ')}${formula}`,
    });
  }
  return records;
}
