// Checking rows of cell texts against the mapping and the catalogue, and turning them into observations. Pure.
import type { RowObservation } from '../../indicators/observation.ts';
import { parsePeriod } from '../../indicators/period.ts';
import { NUMBER_RANGE } from '../../indicators/ranges.ts';
import type { Text } from '../../indicators/schema.ts';
import { shorten, type UploadError } from './errors.ts';
import { parseNumber, regionCode } from './fields.ts';
import type { UploadMapping } from './mapping.ts';
import type { SheetRow } from './read.ts';
import { looksLikeFormula } from './sanitize.ts';

/** The observation of one row (defined in core, where the stores can use it too). */
export type Observation = RowObservation;

export interface IndicatorInfo {
  id: string;
  valueType: string;
  multiplier: number;
}

export interface ValidationContext {
  /** File name shown in errors. */
  file: string;
  knownRegions: ReadonlySet<string>;
  indicators: ReadonlyMap<string, IndicatorInfo>;
  /** Errors kept (all are counted); default 200. */
  maxErrors?: number;
}

export interface ValidationResult {
  /** Observations from the rows without errors. */
  observations: Observation[];
  /** The first `maxErrors` errors, in row order. */
  errors: UploadError[];
  errorCount: number;
  /** Data rows seen (blank rows and the header not counted). */
  rowCount: number;
}

type Role = 'indicator' | 'region' | 'period' | 'breakdown' | NumberRole;
type NumberRole = 'value' | 'count' | 'denominator' | 'lower' | 'upper';
const codeRoles = ['indicator', 'region', 'period', 'breakdown'] as const;
const numberRoles = ['value', 'count', 'denominator', 'lower', 'upper'] as const;

const roleName: Record<Role, Text> = {
  indicator: { nl: 'indicator', en: 'indicator' },
  region: { nl: 'regio', en: 'region' },
  period: { nl: 'periode', en: 'period' },
  breakdown: { nl: 'uitsplitsing', en: 'breakdown' },
  value: { nl: 'waarde', en: 'value' },
  count: { nl: 'aantal', en: 'count' },
  denominator: { nl: 'noemer', en: 'denominator' },
  lower: { nl: 'ondergrens', en: 'lower limit' },
  upper: { nl: 'bovengrens', en: 'upper limit' },
};

const periodHelp: Text = {
  nl: 'gebruik 2023, 2023Q1, 2023-04, 2022-06-19 of 2020-2022',
  en: 'use 2023, 2023Q1, 2023-04, 2022-06-19 or 2020-2022',
};

/** A number as Dutch readers write it in a message: 78,5. */
const nl = (n: number) => String(n).replace('.', ',');
/** A bound of a range as Dutch readers write it: 1e9 → 1.000.000.000. */
const nlRange = (n: number) => n.toLocaleString('nl-NL');

/** Outside NUMBER_RANGE; a negative count or a denominator ≤ 0 have messages of their own (below). */
const outsideRange = (role: NumberRole, n: number) =>
  n > NUMBER_RANGE[role].max || (role !== 'count' && role !== 'denominator' && n < NUMBER_RANGE[role].min);

/** A validator fed one row at a time (the first non-blank row is the header), so a file can be streamed. */
export function createValidator(mapping: UploadMapping, context: ValidationContext) {
  const maxErrors = context.maxErrors ?? 200;
  const decimal = mapping.decimalSeparator ?? '.';
  const mapped = (role: Role): string | undefined => {
    const m = mapping[role];
    return typeof m === 'object' ? m?.column : undefined;
  };
  const fixedIndicator = typeof mapping.indicator === 'string' ? mapping.indicator : null;
  const observations: Observation[] = [];
  const errors: UploadError[] = [];
  const seen = new Map<string, number>();
  let errorCount = 0;
  let rowCount = 0;
  let header: SheetRow | null = null;
  let columns: Map<Role, { index: number; name: string }> | null = null;

  function keep(error: UploadError) {
    errorCount += 1;
    if (errors.length < maxErrors) errors.push(error);
  }

  function report(row: number | null, column: string | null, value: string | null, message: Text) {
    const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
    if (row === null) message = { nl: capital(message.nl), en: capital(message.en) };
    const at =
      row === null
        ? { nl: '', en: '' }
        : column === null
          ? { nl: `Rij ${row}: `, en: `Row ${row}: ` }
          : { nl: `Rij ${row}, kolom '${column}': `, en: `Row ${row}, column '${column}': ` };
    const text = value === null ? null : shorten(value);
    keep({
      file: context.file,
      row,
      column,
      value: text,
      message: { nl: at.nl + message.nl, en: at.en + message.en },
    });
  }

  function readHeader(row: SheetRow) {
    header = row;
    const names = row.cells.map((c) => c.trim().toLowerCase());
    const found = new Map<Role, { index: number; name: string }>();
    for (const role of [...codeRoles, ...numberRoles]) {
      const name = mapped(role);
      if (name === undefined) continue;
      const index = names.indexOf(name.toLowerCase());
      const what = roleName[role];
      if (index < 0) {
        const present = shorten(row.cells.map((c) => `'${c.trim()}'`).join(', '), 200);
        report(row.row, name, null, {
          nl: `kolom ontbreekt in de kopregel (nodig voor ${what.nl}); gevonden: ${present}`,
          en: `column missing from the header (needed for ${what.en}); found: ${present}`,
        });
      } else if (names.lastIndexOf(name.toLowerCase()) !== index) {
        report(row.row, name, null, {
          nl: 'kolom staat twee keer in de kopregel',
          en: 'column appears twice in the header',
        });
      } else found.set(role, { index, name: row.cells[index]!.trim() });
    }
    if (fixedIndicator !== null && !context.indicators.has(fixedIndicator)) {
      report(null, null, fixedIndicator, {
        nl: `onbekende indicator '${fixedIndicator}' in het koppelbestand`,
        en: `unknown indicator '${fixedIndicator}' in the mapping file`,
      });
    }
    if (errorCount === 0) columns = found;
  }

  function readRow(row: SheetRow, cols: Map<Role, { index: number; name: string }>) {
    const before = errorCount;
    const cell = (role: Role) => {
      const c = cols.get(role);
      return c === undefined ? '' : (row.cells[c.index] ?? '');
    };
    const problem = (role: Role, message: Text) =>
      report(row.row, cols.get(role)?.name ?? null, cell(role), message);
    const missing = (role: Role) =>
      problem(role, { nl: `${roleName[role].nl} ontbreekt`, en: `${roleName[role].en} is missing` });

    const formula = new Set<Role>();
    for (const role of codeRoles) {
      if (cols.has(role) && looksLikeFormula(cell(role))) {
        formula.add(role);
        problem(role, {
          nl: 'een formule (begint met =, +, -, @, tab of regeleinde) is hier niet toegestaan',
          en: 'a formula (starting with =, +, -, @, tab or carriage return) is not allowed here',
        });
      }
    }

    const indicatorId = fixedIndicator ?? cell('indicator').trim();
    const indicator = context.indicators.get(indicatorId);
    if (!formula.has('indicator') && indicator === undefined) {
      if (indicatorId === '') missing('indicator');
      else
        problem('indicator', {
          nl: `onbekende indicator '${indicatorId}'`,
          en: `unknown indicator '${indicatorId}'`,
        });
    }

    const region = regionCode(cell('region'), mapping.region.codePrefix);
    if (!formula.has('region')) {
      if (region === '') missing('region');
      else if (!context.knownRegions.has(region)) {
        problem('region', { nl: `onbekende regiocode '${region}'`, en: `unknown region code '${region}'` });
      }
    }

    const period = cell('period').trim();
    if (!formula.has('period')) {
      if (period === '') missing('period');
      else if (parsePeriod(period) === null) {
        problem('period', {
          nl: `ongeldige periode '${period}'; ${periodHelp.nl}`,
          en: `invalid period '${period}'; ${periodHelp.en}`,
        });
      }
    }
    const breakdown = cell('breakdown').trim() || 'totaal';

    const numbersFrom = errorCount;
    const n: Record<NumberRole, number | null> = {
      value: null,
      count: null,
      denominator: null,
      lower: null,
      upper: null,
    };
    for (const role of numberRoles) {
      const parsed = parseNumber(cell(role), decimal);
      if (Number.isNaN(parsed)) {
        problem(role, {
          nl: `'${shorten(cell(role))}' is geen getal`,
          en: `'${shorten(cell(role))}' is not a number`,
        });
      } else if (parsed !== null && outsideRange(role, parsed)) {
        // Far outside anything real, and a sum of such numbers overflows: refused, never stored.
        const { min, max } = NUMBER_RANGE[role];
        problem(role, {
          nl: `'${shorten(cell(role))}' valt buiten het toegestane bereik voor ${roleName[role].nl} (${nlRange(min)} t/m ${nlRange(max)})`,
          en: `'${shorten(cell(role))}' is outside the allowed range for ${roleName[role].en} (${min} to ${max})`,
        });
      } else n[role] = parsed;
    }
    if (n.count !== null && n.count < 0) {
      problem('count', { nl: 'een aantal kan niet negatief zijn', en: 'a count cannot be negative' });
    }
    if (n.denominator !== null && n.denominator <= 0) {
      problem('denominator', {
        nl: 'de noemer moet groter dan 0 zijn',
        en: 'the denominator must be greater than 0',
      });
    }
    if (
      indicator?.valueType === 'proportion' &&
      n.count !== null &&
      n.denominator !== null &&
      n.count > n.denominator
    ) {
      problem('count', {
        nl: `het aantal (${nl(n.count)}) is groter dan de noemer (${nl(n.denominator)})`,
        en: `the count (${n.count}) is greater than the denominator (${n.denominator})`,
      });
    }

    let value = n.value;
    if (value === null && indicator !== undefined && n.count !== null) {
      if (n.denominator !== null && n.denominator > 0)
        value = (n.count / n.denominator) * indicator.multiplier;
      else if (indicator.valueType === 'count') value = n.count;
    }
    if (
      value !== null &&
      n.value === null &&
      (!Number.isFinite(value) || Math.abs(value) > NUMBER_RANGE.value.max)
    ) {
      problem('denominator', {
        nl: `aantal gedeeld door noemer geeft een waarde buiten het toegestane bereik (${nlRange(NUMBER_RANGE.value.min)} t/m ${nlRange(NUMBER_RANGE.value.max)})`,
        en: `count divided by denominator gives a value outside the allowed range (${NUMBER_RANGE.value.min} to ${NUMBER_RANGE.value.max})`,
      });
      value = null;
    }
    if (value === null && indicator !== undefined && errorCount === numbersFrom) {
      problem(cols.has('value') ? 'value' : 'count', {
        nl: 'geen waarde: vul een waarde in, of een aantal en een noemer',
        en: 'no value: give a value, or a count and a denominator',
      });
    }
    if (value !== null && n.lower !== null && n.lower > value) {
      problem('lower', {
        nl: `de ondergrens (${nl(n.lower)}) is groter dan de waarde (${nl(value)})`,
        en: `the lower limit (${n.lower}) is greater than the value (${value})`,
      });
    }
    if (value !== null && n.upper !== null && value > n.upper) {
      problem('upper', {
        nl: `de waarde (${nl(value)}) is groter dan de bovengrens (${nl(n.upper)})`,
        en: `the value (${value}) is greater than the upper limit (${n.upper})`,
      });
    }

    if (formula.size > 0) return;
    const key = [indicatorId, region, period, breakdown].join('\u0000');
    const first = seen.get(key);
    if (first !== undefined) {
      report(row.row, null, `${indicatorId} × ${region} × ${period} × ${breakdown}`, {
        nl: `dezelfde indicator, regio, periode en uitsplitsing staan ook in rij ${first}`,
        en: `the same indicator, region, period and breakdown also appear in row ${first}`,
      });
    } else seen.set(key, row.row);

    if (errorCount === before && value !== null) {
      observations.push({ row: row.row, indicatorId, regionCode: region, period, breakdown, ...n, value });
    }
  }

  return {
    add(row: SheetRow): void {
      if (row.cells.every((c) => c.trim() === '')) return;
      if (header === null) readHeader(row);
      else {
        rowCount += 1;
        if (columns !== null) readRow(row, columns);
      }
    },
    /** Records a problem found outside the validator (e.g. the file broke off halfway). */
    fail(error: UploadError): void {
      keep(error);
    },
    /** The result; at the end of the file, an empty file or one with only a header is an error too. */
    result(atEnd = true): ValidationResult {
      if (atEnd && header === null)
        report(null, null, null, { nl: 'Het bestand is leeg', en: 'The file is empty' });
      else if (atEnd && rowCount === 0) {
        report(null, null, null, {
          nl: 'Het bestand bevat alleen een kopregel, geen gegevens',
          en: 'The file contains only a header, no data',
        });
      }
      return { observations, errors, errorCount, rowCount };
    },
  };
}

/** Checks all rows (the first non-blank row is the header); never throws on bad cells, it returns errors. */
export function validateRows(
  rows: Iterable<SheetRow>,
  mapping: UploadMapping,
  context: ValidationContext,
): ValidationResult {
  const validator = createValidator(mapping, context);
  for (const row of rows) validator.add(row);
  return validator.result();
}
