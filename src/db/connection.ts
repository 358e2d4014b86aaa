// One database interface over two drivers: embedded PGlite (default, a data directory on disk) and a real
// PostgreSQL server (when DATABASE_URL is set). Both speak the same SQL, so migrations and queries are shared.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Params = readonly unknown[];

/** The part of a connection that queries run on; a transaction has the same shape. */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: Params): Promise<T[]>;
  /** Bulk load with COPY … FROM STDIN (CSV, empty unquoted field = NULL): many times faster than INSERT. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it is committed, or none of it. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres://… ; when absent, embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory; `memory://` for an in-memory database (tests). */
  dataDir?: string;
  /** PostgreSQL schema to work in (tests isolate each run in its own schema). */
  schema?: string;
}

export class DatabaseError extends Error {}

export async function connect(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.schema);
  return connectPglite(options.dataDir ?? '.juisteplek');
}

async function connectPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir.startsWith('memory://') ? undefined : dataDir);
  } catch (error) {
    throw new DatabaseError(
      `Kan de ingebouwde database in '${dataDir}' niet openen (is er al een juisteplek-proces actief op deze map?): ${String(error)}`,
    );
  }
  const run = async <T>(q: Pick<PGlite, 'query'>, text: string, params?: Params) =>
    (await q.query<T>(text, params as unknown[] | undefined)).rows;
  // PGlite reads COPY input from a virtual file '/dev/blob'.
  const copy = async (q: Pick<PGlite, 'query'>, table: string, columns: readonly string[], csv: string) => {
    await q.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
      blob: new Blob([csv]),
    });
  };
  return {
    kind: 'pglite',
    query: (text, params) => run(db, text, params),
    copyCsv: (table, columns, csv) => copy(db, table, columns, csv),
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: (text, params) => run(tx, text, params),
          copyCsv: (table, columns, csv) => copy(tx, table, columns, csv),
        }),
      ),
    close: () => db.close(),
  };
}

async function connectPostgres(url: string, schema?: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // node-postgres returns bigint/numeric as strings; our counts fit in a double.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new DatabaseError(`PostgreSQL op ${redact(url)} is niet bereikbaar: ${(error as Error).message}`);
  }
  const copy = async (client: pg.PoolClient, table: string, columns: readonly string[], csv: string) => {
    const stream = client.query(
      copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`),
    );
    await new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.on('finish', resolve);
      stream.end(csv);
    });
  };
  return {
    kind: 'postgres',
    query: async (text, params) => (await pool.query(text, params as unknown[] | undefined)).rows,
    copyCsv: async (table, columns, csv) => {
      const client = await pool.connect();
      try {
        await copy(client, table, columns, csv);
      } finally {
        client.release();
      }
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (text, params) => (await client.query(text, params as unknown[] | undefined)).rows,
          copyCsv: (table, columns, csv) => copy(client, table, columns, csv),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Hides the password of a connection URL in messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(ongeldige DATABASE_URL)';
  }
}
