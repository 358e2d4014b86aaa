// Federated partners (migration 0175): the registration rows, and the postgres_fdw objects of each partner (foreign
// server, user mapping, foreign tables over the aggregate view and over the remote information_schema). SQL only.
// DDL takes no parameters: every name here was checked against a strict pattern by src/federation/model.ts and is
// quoted as an identifier besides; the one free text (the password) is quoted as a literal.
import type { PartnerConfig, RemoteFacts } from '../federation/model.ts';
import type { Queryable } from './connection.ts';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export interface PartnerRow extends PartnerConfig {
  serverName: string;
  foreignTable: string;
  addedAt: string;
  checkedAt: string | null;
  checkStatus: 'ok' | 'refused' | 'unavailable' | null;
  checkMessage: string | null;
}

/** The local objects of a partner: the server name is database-wide, so it carries the schema. */
export function objectNames(schema: string, partner: string) {
  return {
    serverName: `jpfed_${schema}_${partner}`.slice(0, 63),
    foreignTable: `fed_${partner}`,
    tablesTable: `fed_${partner}__tables`,
    columnsTable: `fed_${partner}__columns`,
  };
}

export async function currentSchema(db: Queryable): Promise<string> {
  const [row] = await db.query<{ schema: string }>('SELECT current_schema() AS schema');
  return row!.schema;
}

/** Whether postgres_fdw is installed in this database. */
export async function hasFdw(db: Queryable): Promise<boolean> {
  return (await db.query("SELECT 1 FROM pg_extension WHERE extname = 'postgres_fdw'")).length > 0;
}

export async function createFdwExtension(db: Queryable): Promise<void> {
  await db.query('CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public');
}

export async function createLink(
  tx: Queryable,
  names: ReturnType<typeof objectNames>,
  config: PartnerConfig,
  password: string,
): Promise<void> {
  const server = ident(names.serverName);
  // keep_connections off: every read opens a fresh connection, so a partner that restarted is never met through a
  // stale cached one (and no partner connection stays open between reads).
  await tx.query(
    `CREATE SERVER ${server} FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host ${literal(config.host)}, port ${literal(String(config.port))}, dbname ${literal(config.dbname)}, connect_timeout '5', application_name 'juisteplek-federatie', fetch_size '10000', keep_connections 'off')`,
  );
  await tx.query(
    `CREATE USER MAPPING FOR CURRENT_USER SERVER ${server} OPTIONS (user ${literal(config.user)}, password ${literal(password)})`,
  );
  // The aggregate view: n as numeric so that a fraction or a null is seen (and refused), not rounded away.
  await tx.query(
    `CREATE FOREIGN TABLE ${ident(names.foreignTable)} (gemeente text, periode text, indicator text, n numeric, waarde numeric)
     SERVER ${server} OPTIONS (schema_name ${literal(config.schema)}, table_name ${literal(config.view)})`,
  );
  // What the partner's role can see of its own catalogue: only objects it has a privilege on.
  await tx.query(
    `CREATE FOREIGN TABLE ${ident(names.tablesTable)} (table_schema text, table_name text, table_type text)
     SERVER ${server} OPTIONS (schema_name 'information_schema', table_name 'tables')`,
  );
  await tx.query(
    `CREATE FOREIGN TABLE ${ident(names.columnsTable)} (table_schema text, table_name text, column_name text, ordinal_position integer)
     SERVER ${server} OPTIONS (schema_name 'information_schema', table_name 'columns')`,
  );
}

export async function dropLink(tx: Queryable, serverName: string): Promise<void> {
  await tx.query(`DROP SERVER IF EXISTS ${ident(serverName)} CASCADE`);
}

/** The shape of the remote object and the tables the role can read, through the information_schema tables. */
export async function remoteShape(
  db: Queryable,
  names: ReturnType<typeof objectNames>,
  config: PartnerConfig,
): Promise<Pick<RemoteFacts, 'objectType' | 'columns' | 'readableTables'>> {
  const tables = await db.query<{ table_schema: string; table_name: string; table_type: string }>(
    `SELECT table_schema, table_name, table_type FROM ${ident(names.tablesTable)}`,
  );
  const object = tables.find((t) => t.table_schema === config.schema && t.table_name === config.view);
  const columns = await db.query<{ column_name: string }>(
    `SELECT column_name FROM ${ident(names.columnsTable)} WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
    [config.schema, config.view],
  );
  const system = new Set(['pg_catalog', 'information_schema']);
  return {
    objectType: object?.table_type ?? null,
    columns: columns.map((c) => c.column_name),
    readableTables: tables
      .filter((t) => t.table_type !== 'VIEW' && !system.has(t.table_schema))
      .map((t) => `${t.table_schema}.${t.table_name}`)
      .sort(),
  };
}

/** The counts that tell an aggregate from rows, computed on the partner's side (the aggregates are pushed down). */
export async function remoteCounts(
  db: Queryable,
  foreignTable: string,
  minCell: number,
): Promise<Omit<RemoteFacts, 'objectType' | 'columns' | 'readableTables'>> {
  // One evaluation of the partner's view: the inner GROUP BY runs at the partner, the rest here on its keys.
  const [totals] = await db.query<Record<string, number>>(
    `SELECT coalesce(sum(k), 0)::int AS rows, count(DISTINCT gemeente)::int AS gemeenten,
            count(DISTINCT periode)::int AS perioden, count(DISTINCT indicator)::int AS indicatoren,
            (count(*) FILTER (WHERE k > 1))::int AS repeated, coalesce(sum(small), 0)::int AS small
     FROM (SELECT gemeente, periode, indicator, count(*) AS k,
                  count(*) FILTER (WHERE n IS NULL OR n < $1 OR n <> trunc(n)) AS small
           FROM ${ident(foreignTable)} GROUP BY gemeente, periode, indicator) keys`,
    [minCell],
  );
  return {
    rows: totals!.rows!,
    distinctGemeenten: totals!.gemeenten!,
    distinctPerioden: totals!.perioden!,
    distinctIndicatoren: totals!.indicatoren!,
    smallCells: totals!.small!,
    repeatedKeys: totals!.repeated!,
  };
}

export interface AggregateFilterSql {
  gemeenten?: readonly string[];
  perioden?: readonly string[];
  indicatoren?: readonly string[];
}

/** The read: a GROUP BY over the foreign table, which postgres_fdw sends to the partner (Remote SQL … GROUP BY). */
export function aggregateQuery(
  foreignTable: string,
  filter: AggregateFilterSql,
): { text: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [column, values] of [
    ['gemeente', filter.gemeenten],
    ['periode', filter.perioden],
    ['indicator', filter.indicatoren],
  ] as const) {
    if (!values || values.length === 0) continue;
    params.push([...values]);
    where.push(`${column} = ANY($${params.length}::text[])`);
  }
  return {
    text: `SELECT gemeente, periode, indicator, sum(n) AS n, sum(waarde) AS waarde FROM ${ident(foreignTable)}
           ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
           GROUP BY gemeente, periode, indicator ORDER BY gemeente, periode, indicator`,
    params,
  };
}

export async function readAggregates(
  db: Queryable,
  foreignTable: string,
  filter: AggregateFilterSql,
): Promise<Record<string, unknown>[]> {
  const q = aggregateQuery(foreignTable, filter);
  return db.query(q.text, q.params);
}

/** EXPLAIN VERBOSE of the read: shows the Remote SQL that the partner runs. */
export async function explainRead(
  db: Queryable,
  foreignTable: string,
  filter: AggregateFilterSql,
): Promise<string[]> {
  const q = aggregateQuery(foreignTable, filter);
  const rows = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (VERBOSE, COSTS OFF) ${q.text}`, q.params);
  return rows.map((r) => r['QUERY PLAN']);
}

const selectPartner = `SELECT name, host, port, dbname, remote_user AS "user", remote_schema AS "schema", remote_view AS "view",
  server_name AS "serverName", foreign_table AS "foreignTable", added_at AS "addedAt", checked_at AS "checkedAt",
  check_status AS "checkStatus", check_message AS "checkMessage" FROM federation_partner`;

const iso = (v: unknown) => (v === null ? null : v instanceof Date ? v.toISOString() : String(v));
const toPartner = (r: PartnerRow): PartnerRow => ({
  ...r,
  port: Number(r.port),
  addedAt: iso(r.addedAt)!,
  checkedAt: iso(r.checkedAt),
});

export async function listPartners(db: Queryable): Promise<PartnerRow[]> {
  return (await db.query<PartnerRow>(`${selectPartner} ORDER BY name`)).map(toPartner);
}

export async function getPartner(db: Queryable, name: string): Promise<PartnerRow | null> {
  const [row] = await db.query<PartnerRow>(`${selectPartner} WHERE name = $1`, [name]);
  return row ? toPartner(row) : null;
}

export async function insertPartner(
  tx: Queryable,
  config: PartnerConfig,
  names: ReturnType<typeof objectNames>,
): Promise<void> {
  await tx.query(
    `INSERT INTO federation_partner (name, server_name, foreign_table, host, port, dbname, remote_user, remote_schema,
       remote_view, checked_at, check_status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), 'ok')`,
    [
      config.name,
      names.serverName,
      names.foreignTable,
      config.host,
      config.port,
      config.dbname,
      config.user,
      config.schema,
      config.view,
    ],
  );
}

export async function recordCheck(
  db: Queryable,
  name: string,
  status: 'ok' | 'refused' | 'unavailable',
  message: string | null,
): Promise<void> {
  await db.query(
    'UPDATE federation_partner SET checked_at = now(), check_status = $2, check_message = $3 WHERE name = $1',
    [name, status, message],
  );
}

export async function deletePartner(tx: Queryable, name: string): Promise<void> {
  await tx.query('DELETE FROM federation_partner WHERE name = $1', [name]);
}
