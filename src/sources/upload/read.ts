// Reading a partner's CSV or XLSX file into rows of cell texts, numbered as the partner sees them in Excel
// (row 1 = header). Both are streamed (CSV by csv-parse, XLSX by ./xlsx.ts) and stopped at the limits of
// ./limits.ts: file size, rows, cells, columns, and for XLSX the size it unpacks to.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { pipeline, Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { UploadFileError } from './errors.ts';
import { UPLOAD_LIMIT_SETTINGS, type UploadLimits, uploadLimits, wholeNumber } from './limits.ts';
import { xlsxRows } from './xlsx.ts';

export interface SheetRow {
  /** 1-based row number; blank lines count, as in Excel. */
  row: number;
  cells: string[];
}

export type Delimiter = ',' | ';' | '\t';
export type DecimalSeparator = ',' | '.';

export interface ReadOptions {
  /** Largest file accepted, in bytes (default: limits.maxBytes, 20 MB). */
  maxBytes?: number;
  /** Rows, cells, columns, uncompressed size (defaults: DEFAULT_UPLOAD_LIMITS). */
  limits?: Partial<UploadLimits>;
  /** XLSX: sheet name (default: the first sheet). */
  sheet?: string;
  /** CSV: field separator (default: detected from the header line). */
  delimiter?: Delimiter;
  /** Default: ',' for a CSV separated by ';', '.' otherwise. XLSX number cells are written with it. */
  decimalSeparator?: DecimalSeparator;
}

export interface OpenedTable {
  format: 'csv' | 'xlsx';
  delimiter: Delimiter | null;
  /** The decimal separator the cells are to be read with. */
  decimalSeparator: DecimalSeparator;
  rows: AsyncIterable<SheetRow> | Iterable<SheetRow>;
}

const HEAD_BYTES = 64 * 1024;

/** Opens a .csv/.txt or .xlsx file; throws an UploadFileError for a file that cannot be read as a table. */
export async function openTable(path: string, options: ReadOptions = {}): Promise<OpenedTable> {
  const limits = uploadLimits({ ...options.limits, maxBytes: options.maxBytes ?? options.limits?.maxBytes });
  const { maxBytes } = limits;
  const size = await stat(path).then(
    (s) => s.size,
    () =>
      fail(`bestand '${path}' niet gevonden of niet leesbaar`, `file '${path}' not found or not readable`),
  );
  if (size > maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    fail(
      `het bestand is te groot (${mb(size)} MB; maximaal ${mb(maxBytes)} MB)`,
      `the file is too large (${mb(size)} MB; at most ${mb(maxBytes)} MB)`,
    );
  }
  if (size === 0) fail('het bestand is leeg', 'the file is empty');
  const head = await readHead(path).catch(() =>
    fail(`bestand '${path}' is niet leesbaar`, `file '${path}' cannot be read`),
  );
  const zip = head.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') {
    if (!zip) fail('dit is geen geldig Excel-bestand (.xlsx)', 'this is not a valid Excel file (.xlsx)');
    return openXlsx(path, options, limits);
  }
  if (ext === '.csv' || ext === '.txt') {
    if (zip) {
      fail(
        'dit lijkt een Excel-bestand; geef het de extensie .xlsx of sla het op als CSV',
        'this looks like an Excel file; name it .xlsx or save it as CSV',
      );
    }
    const table = openCsv(path, head, options);
    return { ...table, rows: bounded(table.rows as AsyncIterable<SheetRow>, limits) };
  }
  return fail(
    `bestandstype '${ext || '(geen)'}' wordt niet ondersteund; gebruik .csv of .xlsx`,
    `file type '${ext || '(none)'}' is not supported; use .csv or .xlsx`,
  );
}

function fail(nl: string, en: string, row: number | null = null): never {
  const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const at = row === null ? { nl: '', en: '' } : { nl: `Rij ${row}: `, en: `Row ${row}: ` };
  throw new UploadFileError(
    { nl: at.nl + (row === null ? capital(nl) : nl), en: at.en + (row === null ? capital(en) : en) },
    row,
  );
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"), else Windows-1252 (older Excel). */
export function detectEncoding(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const control = head.filter((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d).length;
  if (head.includes(0) || control > head.length / 100) {
    fail('dit is geen tekstbestand (CSV)', 'this is not a text (CSV) file');
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The separator used most in the header line (outside quotes); ',' when none is found. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as Delimiter))
      counts.set(ch as Delimiter, counts.get(ch as Delimiter)! + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function openCsv(path: string, head: Buffer, options: ReadOptions): OpenedTable {
  const encoding = detectEncoding(head);
  const delimiter =
    options.delimiter ?? detectDelimiter(new TextDecoder(encoding).decode(head, { stream: true }));
  const decimalSeparator = options.decimalSeparator ?? (delimiter === ';' ? ',' : '.');
  return { format: 'csv', delimiter, decimalSeparator, rows: csvRows(path, encoding, delimiter) };
}

async function* decode(path: string, encoding: string): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of createReadStream(path)) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function* csvRows(path: string, encoding: string, delimiter: Delimiter): AsyncGenerator<SheetRow> {
  const parser = parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true });
  const records = pipeline(Readable.from(decode(path, encoding)), parser, () => {});
  let row = 0;
  try {
    for await (const cells of records) {
      row += 1;
      yield { row, cells: cells as string[] };
    }
  } catch (error) {
    if (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED') {
      fail('een aanhalingsteken (") wordt niet gesloten', 'a quote (") is never closed', row + 1);
    }
    const reason = (error as Error).message;
    fail(
      `het CSV-bestand is hier niet leesbaar (${reason})`,
      `the CSV file cannot be read here (${reason})`,
      row + 1,
    );
  }
}

async function openXlsx(path: string, options: ReadOptions, limits: UploadLimits): Promise<OpenedTable> {
  const decimalSeparator = options.decimalSeparator ?? '.';
  const rows = xlsxRows(path, {
    sheet: options.sheet,
    decimalSeparator,
    maxUncompressedBytes: limits.maxUncompressedBytes,
    maxColumns: limits.maxColumns,
  });
  // Read up to the first row now, so a damaged file or a missing sheet is refused by openTable itself.
  const first = await rows.next();
  async function* all(): AsyncGenerator<SheetRow> {
    if (first.done) return;
    yield first.value;
    yield* rows;
  }
  return { format: 'xlsx', delimiter: null, decimalSeparator, rows: bounded(all(), limits) };
}

/** Stops a table at the row and cell limits, naming the limit and the row where it was passed. */
async function* bounded(rows: AsyncIterable<SheetRow>, limits: UploadLimits): AsyncGenerator<SheetRow> {
  let dataRows = -1; // the first non-blank row is the header
  let cells = 0;
  for await (const row of rows) {
    if (row.cells.length > limits.maxColumns) {
      fail(
        `meer dan ${limits.maxColumns} kolommen (grens kolommen, ${UPLOAD_LIMIT_SETTINGS.maxColumns})`,
        `more than ${limits.maxColumns} columns (column limit, ${UPLOAD_LIMIT_SETTINGS.maxColumns})`,
        row.row,
      );
    }
    cells += row.cells.length;
    if (cells > limits.maxCells) {
      const n = wholeNumber(limits.maxCells);
      fail(
        `het bestand heeft meer dan ${n.nl} cellen (grens cellen, ${UPLOAD_LIMIT_SETTINGS.maxCells}); splits het bestand`,
        `the file has more than ${n.en} cells (cell limit, ${UPLOAD_LIMIT_SETTINGS.maxCells}); split the file`,
        row.row,
      );
    }
    if (row.cells.some((c) => c.trim() !== '')) dataRows += 1;
    if (dataRows > limits.maxRows) {
      const n = wholeNumber(limits.maxRows);
      fail(
        `het bestand heeft meer dan ${n.nl} rijen met gegevens (grens rijen, ${UPLOAD_LIMIT_SETTINGS.maxRows}); splits het bestand`,
        `the file has more than ${n.en} data rows (row limit, ${UPLOAD_LIMIT_SETTINGS.maxRows}); split the file`,
        row.row,
      );
    }
    yield row;
  }
}
