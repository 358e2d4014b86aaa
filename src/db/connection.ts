// One database interface over two drivers: embedded PGlite (default, a data directory on disk) and a real
// PostgreSQL server (when DATABASE_URL is set). Both speak the same SQL, so migrations and queries are shared.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataDirLockedError, lockDataDir } from './dataDirLock.ts';

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

/** The database was reachable but the connection broke (terminated backend, restart, network): retry later. */
export class DatabaseUnavailableError extends DatabaseError {}

// Connection classes of PostgreSQL's error codes: 08 connection exception, 57P01–57P03 shutdown/cannot connect.
const LOST_CONNECTION_CODES = /^(08|57P0[1-3])/;
const LOST_CONNECTION_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);

/** Whether an error of a driver means the connection is gone (rather than a bad query). */
export function isLostConnection(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  const code = typeof e.code === 'string' ? e.code : '';
  if (LOST_CONNECTION_CODES.test(code) || LOST_CONNECTION_NODE_CODES.has(code)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error|PGlite is closed/i.test(
    message,
  );
}

/** Rethrows a lost connection as DatabaseUnavailableError, anything else unchanged. */
function translate(error: unknown): never {
  if (error instanceof DatabaseError) throw error;
  if (isLostConnection(error)) {
    throw new DatabaseUnavailableError('De verbinding met de database is verbroken.', { cause: error });
  }
  throw error;
}

export async function connect(options: ConnectOptions): Promise<Database> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.schema);
  return connectPglite(options.dataDir ?? '.juisteplek');
}

async function connectPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  let lock: { release(): void } | undefined;
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    try {
      lock = lockDataDir(dataDir);
    } catch (error) {
      if (error instanceof DataDirLockedError) throw new DatabaseError(error.message);
      throw error;
    }
  }
  let db: PGlite;
  try {
    db = await PGlite.create(inMemory ? undefined : dataDir);
  } catch (error) {
    lock?.release();
    throw new DatabaseError(
      `Kan de ingebouwde database in '${dataDir}' niet openen (is er al een juisteplek-proces actief op deze map?): ${String(error)}`,
    );
  }
  const run = async <T>(q: Pick<PGlite, 'query'>, text: string, params?: Params) =>
    (await q.query<T>(text, params as unknown[] | undefined).catch(translate)).rows;
  // PGlite reads COPY input from a virtual file '/dev/blob'.
  const copy = async (q: Pick<PGlite, 'query'>, table: string, columns: readonly string[], csv: string) => {
    await q
      .query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`, [], {
        blob: new Blob([csv]),
      })
      .catch(translate);
  };
  return {
    kind: 'pglite',
    query: (text, params) => run(db, text, params),
    copyCsv: (table, columns, csv) => copy(db, table, columns, csv),
    transaction: (work) =>
      db
        .transaction((tx) =>
          work({
            query: (text, params) => run(tx, text, params),
            copyCsv: (table, columns, csv) => copy(tx, table, columns, csv),
          }),
        )
        .catch(translate),
    close: async () => {
      try {
        await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function connectPostgres(url: string, schema?: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client whose backend ends emits 'error' on the pool: the pool drops that client and opens a new one
  // on the next request, so there is nothing to do but not let the event end the process.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    // Only when missing: CREATE SCHEMA needs a right the application role does not have, even with IF NOT EXISTS.
    if (
      schema &&
      (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 0
    )
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
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
    query: async (text, params) =>
      (await pool.query(text, params as unknown[] | undefined).catch(translate)).rows,
    copyCsv: async (table, columns, csv) => {
      const client = await pool.connect().catch(translate);
      try {
        await copy(client, table, columns, csv);
      } finally {
        client.release();
      }
    },
    transaction: async (work) => {
      const client = await pool.connect().catch(translate);
      // A checked-out client has no listener of the pool: without this one a backend that ends between two
      // statements of the transaction emits an unhandled 'error' and ends the process.
      let broken: Error | undefined;
      const onError = (error: Error) => {
        broken = error;
      };
      client.on('error', onError);
      const q = async (text: string, params?: Params) =>
        (await client.query(text, params as unknown[] | undefined)).rows;
      try {
        await q('BEGIN');
        const result = await work({
          query: (text, params) => q(text, params) as never,
          copyCsv: (table, columns, csv) => copy(client, table, columns, csv),
        });
        await q('COMMIT');
        return result;
      } catch (error) {
        if (!broken && isLostConnection(error)) broken = error as Error;
        if (!broken) await q('ROLLBACK').catch(() => {});
        return translate(broken && !isLostConnection(error) ? broken : error);
      } finally {
        client.removeListener('error', onError);
        // A broken client is destroyed, not returned: the pool opens a fresh one for the next request.
        client.release(broken ?? undefined);
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
