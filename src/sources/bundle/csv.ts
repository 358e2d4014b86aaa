// Reading the bundle's CSV files with errors that name the file, row and column.
import { parse } from 'csv-parse/sync';

export class BundleError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string | null,
    message: string,
  ) {
    super(
      `${file}${row === null ? '' : `, rij ${row}`}${field === null ? '' : `, kolom '${field}'`}: ${message}`,
    );
  }
}

export interface CsvRow {
  /** 1-based line in the file (the header is row 1). */
  row: number;
  get(column: string): string;
}

export function readCsv(
  file: string,
  text: string,
  requiredColumns: string[],
  options: { delimiter?: string } = {},
): CsvRow[] {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      delimiter: options.delimiter ?? ',',
    });
  } catch (error) {
    throw new BundleError(file, null, null, `geen geldig CSV-bestand (${(error as Error).message})`);
  }
  const header = records[0];
  if (!header) throw new BundleError(file, null, null, 'het bestand is leeg');
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  for (const column of requiredColumns) {
    if (!index.has(column)) throw new BundleError(file, 1, column, 'deze kolom ontbreekt in de kopregel');
  }
  return records.slice(1).map((cells, i) => ({
    row: i + 2,
    get: (column: string) => cells[index.get(column) ?? -1]?.trim() ?? '',
  }));
}

/** A whole, non-negative number; the error names the cell. */
export function wholeNumber(file: string, row: CsvRow, column: string): number {
  const raw = row.get(column);
  if (!/^\d+$/.test(raw)) throw new BundleError(file, row.row, column, `'${raw}' is geen geheel getal ≥ 0`);
  return Number(raw);
}

/** A whole, non-negative number, or null for an empty cell (empty means "not covered", never zero). */
export function optionalWholeNumber(file: string, row: CsvRow, column: string): number | null {
  return row.get(column) === '' ? null : wholeNumber(file, row, column);
}

export function decimalNumber(file: string, row: CsvRow, column: string): number {
  const raw = row.get(column);
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value))
    throw new BundleError(file, row.row, column, `'${raw}' is geen getal`);
  return value;
}

export function matching(file: string, row: CsvRow, column: string, pattern: RegExp, what: string): string {
  const raw = row.get(column);
  if (!pattern.test(raw)) throw new BundleError(file, row.row, column, `'${raw}' is geen ${what}`);
  return raw;
}

/** A number written with a decimal comma or point (StatLine downloads: "21,5"). */
export function dutchDecimal(file: string, row: CsvRow, column: string): number {
  const raw = row.get(column);
  const value = Number(raw.replace(',', '.'));
  if (raw === '' || !/^-?\d+([.,]\d+)?$/.test(raw) || !Number.isFinite(value))
    throw new BundleError(file, row.row, column, `'${raw}' is geen getal`);
  return value;
}
