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
