// Fast multi-row inserts that work the same on PGlite and PostgreSQL: one statement per chunk, columns passed as
// arrays and expanded with unnest().
import type { Queryable } from './connection.ts';

export interface BulkColumn<T> {
  name: string;
  /** PostgreSQL array type of the column, e.g. 'text[]', 'float8[]', 'date[]'. */
  type: string;
  get(row: T): unknown;
  /** SQL that turns the unnested column into the stored value, e.g. (v) => `string_to_array(${v}, ',')`. */
  expression?: (unnested: string) => string;
}

export async function insertMany<T>(
  db: Queryable,
  table: string,
  columns: BulkColumn<T>[],
  rows: readonly T[],
  options: { chunk?: number; onConflict?: string; onProgress?: (done: number) => void } = {},
): Promise<void> {
  const chunk = options.chunk ?? 5000;
  const names = columns.map((c) => c.name).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`);
  const selects = columns.map((c, i) => (c.expression ? c.expression(aliases[i]!) : aliases[i]));
  const statement =
    `INSERT INTO ${table} (${names}) SELECT ${selects.join(', ')} FROM unnest(${unnest}) AS u(${aliases.join(', ')}) ` +
    (options.onConflict ?? '');
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    await db.query(
      statement,
      columns.map((c) => part.map((row) => c.get(row))),
    );
    options.onProgress?.(Math.min(start + chunk, rows.length));
  }
}

export interface CopyColumn<T> {
  name: string;
  /** The value: string, number, boolean, null, or an array of strings (a text[] column). */
  get(row: T): string | number | boolean | null | undefined | readonly string[];
}

/** A CSV field for COPY … WITH (FORMAT csv): empty and unquoted is NULL, every text quoted (so '' stays ''). */
export function csvField(v: string | number | boolean | null | undefined | readonly string[]): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  const text = typeof v === 'string' ? v : arrayLiteral(v);
  return `"${text.replaceAll('"', '""')}"`;
}

/** A PostgreSQL array literal of texts: {"a","b \"c\""}. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((s) => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/**
 * Bulk load with COPY (issue 17: ≥ 50,000 rows/s on PostgreSQL, memory flat): the rows go as CSV in chunks, so
 * only one chunk's text is held at a time. Inside a transaction a bad row aborts it: nothing is written. On
 * PostgreSQL, call it with a transaction's Queryable (COPY runs on that transaction's connection).
 */
export async function copyMany<T>(
  db: Queryable,
  table: string,
  columns: readonly CopyColumn<T>[],
  rows: readonly T[],
  options: { chunk?: number; onProgress?: (done: number) => void } = {},
): Promise<void> {
  const chunk = options.chunk ?? 20000;
  const names = columns.map((c) => c.name);
  for (let start = 0; start < rows.length; start += chunk) {
    const end = Math.min(start + chunk, rows.length);
    const lines: string[] = [];
    for (let i = start; i < end; i++) {
      const row = rows[i]!;
      lines.push(columns.map((c) => csvField(c.get(row))).join(','));
    }
    await db.copyCsv(table, names, lines.join('\n'));
    options.onProgress?.(end);
  }
}
