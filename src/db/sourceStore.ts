// Imported sources in the database: staging a download inside its transaction, keeping it as an immutable,
// content-addressed snapshot (raw pages, structure, long rows), writing the indicator observations derived from it,
// and reading it all back for the API.
import type { ObservationRecord } from '../indicators/observation.ts';
import { copyMany, insertMany } from './bulk.ts';
import type { Queryable } from './connection.ts';
import { type SnapshotRecord, saveObservations, saveSnapshots } from './observationStore.ts';

/** One long row of a download, before its snapshot id is known. */
export interface StagedRow {
  measure: string;
  dims: Record<string, string>;
  region: string | null;
  period: string | null;
  periodCbs: string | null;
  value: number | null;
  flag: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Staging. A download is written to temporary tables first: its snapshot id is the hash of all its pages, known
// only at the end. The temporary tables live in the import's transaction and vanish with it (commit or rollback).

export async function createStage(tx: Queryable): Promise<void> {
  // A transaction may hold several imports (the bundle replays each of its recordings): start each stage empty.
  await tx.query('DROP TABLE IF EXISTS pg_temp.import_page');
  await tx.query('DROP TABLE IF EXISTS pg_temp.import_row');
  await tx.query(
    'CREATE TEMP TABLE import_page (seq integer, url text, sha256 text, body text) ON COMMIT DROP',
  );
  await tx.query(
    `CREATE TEMP TABLE import_row (measure text, dims jsonb, region text, period text, period_cbs text,
       value double precision, flag text) ON COMMIT DROP`,
  );
}

export async function stagePage(
  tx: Queryable,
  page: { seq: number; url: string; sha256: string; body: string },
): Promise<void> {
  await tx.query('INSERT INTO import_page (seq, url, sha256, body) VALUES ($1, $2, $3, $4)', [
    page.seq,
    page.url,
    page.sha256,
    page.body,
  ]);
}

export async function stageRows(tx: Queryable, rows: readonly StagedRow[]): Promise<void> {
  // COPY (issue 17): the staged cells are the bulk of an import.
  await copyMany(
    tx,
    'import_row',
    [
      { name: 'measure', get: (r) => r.measure },
      { name: 'dims', get: (r) => JSON.stringify(r.dims) },
      { name: 'region', get: (r) => r.region },
      { name: 'period', get: (r) => r.period },
      { name: 'period_cbs', get: (r) => r.periodCbs },
      { name: 'value', get: (r) => r.value },
      { name: 'flag', get: (r) => r.flag },
    ],
    rows,
  );
}

/** A cell that came twice (same measure and dimension codes): paging went wrong. */
export async function firstDuplicateCell(
  tx: Queryable,
): Promise<{ measure: string; dims: string; times: number } | null> {
  const [row] = await tx.query<{ measure: string; dims: string; times: number }>(
    `SELECT measure, dims::text AS dims, count(*)::int AS times FROM import_row
     GROUP BY measure, dims HAVING count(*) > 1 LIMIT 1`,
  );
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Snapshots of CBS tables.

export interface CurrentTable {
  tableKey: string;
  tableId: string;
  snapshotId: string;
  api: string;
  mappingHash: string | null;
}

export async function currentTable(db: Queryable, tableKey: string): Promise<CurrentTable | null> {
  const [row] = await db.query<{
    table_key: string;
    table_id: string;
    snapshot_id: string;
    api: string;
    mapping_hash: string | null;
  }>(
    `SELECT t.table_key, t.table_id, t.snapshot_id, s.api, t.mapping_hash
     FROM cbs_table t JOIN cbs_snapshot s ON s.snapshot_id = t.snapshot_id WHERE t.table_key = $1`,
    [tableKey],
  );
  return row
    ? {
        tableKey: row.table_key,
        tableId: row.table_id,
        snapshotId: row.snapshot_id,
        api: row.api,
        mappingHash: row.mapping_hash,
      }
    : null;
}

/** The structure of a table's current snapshot, as the CBS client would give it (for reading a CSV onto it). */
export async function currentStructure(
  db: Queryable,
  tableKey: string,
): Promise<{
  tableId: string;
  api: string;
  title: string;
  modified: string | null;
  period: string | null;
  measures: { key: string; title: string; unit: string; decimals: number | null }[];
  dimensions: { key: string; title: string; kind: string; codes: { key: string; title: string }[] }[];
} | null> {
  const [snapshot] = await db.query<{
    snapshot_id: string;
    table_id: string;
    api: string;
    title: string;
    modified: string | null;
    period: string | null;
  }>(
    `SELECT s.snapshot_id, s.table_id, s.api, s.title, s.modified, s.period
     FROM cbs_table t JOIN cbs_snapshot s ON s.snapshot_id = t.snapshot_id WHERE t.table_key = $1`,
    [tableKey],
  );
  if (!snapshot) return null;
  const id = snapshot.snapshot_id;
  const measures = await db.query<{ key: string; title: string; unit: string; decimals: number | null }>(
    'SELECT key, title, unit, decimals FROM cbs_measure WHERE snapshot_id = $1 ORDER BY position',
    [id],
  );
  const dimensions = await db.query<{ key: string; title: string; kind: string }>(
    'SELECT key, title, kind FROM cbs_dimension WHERE snapshot_id = $1 ORDER BY position',
    [id],
  );
  const codes = await db.query<{ dimension: string; key: string; title: string }>(
    'SELECT dimension, key, title FROM cbs_code WHERE snapshot_id = $1 ORDER BY dimension, position',
    [id],
  );
  return {
    tableId: snapshot.table_id,
    api: snapshot.api,
    title: snapshot.title,
    modified: snapshot.modified,
    period: snapshot.period,
    measures,
    dimensions: dimensions.map((d) => ({
      ...d,
      codes: codes.filter((c) => c.dimension === d.key).map(({ key, title }) => ({ key, title })),
    })),
  };
}

export async function snapshotRetrievedAt(db: Queryable, snapshotId: string): Promise<string | null> {
  const [row] = await db.query<{ retrieved_at: string | Date }>(
    'SELECT retrieved_at FROM source_snapshot WHERE id = $1',
    [snapshotId],
  );
  return row ? new Date(row.retrieved_at).toISOString() : null;
}

/** Measure keys and dimension keys of a stored snapshot (to notice a table whose structure changed). */
export async function snapshotStructure(
  db: Queryable,
  snapshotId: string,
): Promise<{ measures: string[]; dimensions: string[] }> {
  const measures = await db.query<{ key: string }>(
    'SELECT key FROM cbs_measure WHERE snapshot_id = $1 ORDER BY position',
    [snapshotId],
  );
  const dimensions = await db.query<{ key: string }>(
    'SELECT key FROM cbs_dimension WHERE snapshot_id = $1 ORDER BY position',
    [snapshotId],
  );
  return { measures: measures.map((m) => m.key), dimensions: dimensions.map((d) => d.key) };
}

export interface CbsSnapshotContent {
  record: SnapshotRecord;
  tableKey: string;
  title: string;
  modified: string | null;
  period: string | null;
  /** The OData $filter of the download, null for the whole table. */
  filter: string | null;
  pages: number;
  observations: number;
  measures: { key: string; title: string; unit: string; decimals: number | null }[];
  dimensions: {
    key: string;
    title: string;
    kind: string;
    codes: { key: string; title: string; period: string | null }[];
  }[];
}

/** Keeps a new snapshot: its provenance record, the staged raw pages, and the table's structure. */
export async function saveCbsSnapshot(tx: Queryable, content: CbsSnapshotContent): Promise<void> {
  const id = content.record.id;
  await saveSnapshots(tx, [content.record]);
  await tx.query(
    'INSERT INTO snapshot_page (snapshot_id, seq, url, sha256, body) SELECT $1, seq, url, sha256, body FROM import_page',
    [id],
  );
  await tx.query(
    `INSERT INTO cbs_snapshot (snapshot_id, table_key, table_id, api, title, modified, period, pages, observations,
       filter)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      content.tableKey,
      content.record.tableId,
      content.record.api,
      content.title,
      content.modified,
      content.period,
      content.pages,
      content.observations,
      content.filter,
    ],
  );
  await insertMany(
    tx,
    'cbs_measure',
    [
      { name: 'snapshot_id', type: 'text[]', get: () => id },
      { name: 'position', type: 'int[]', get: (m) => m.position },
      { name: 'key', type: 'text[]', get: (m) => m.key },
      { name: 'title', type: 'text[]', get: (m) => m.title },
      { name: 'unit', type: 'text[]', get: (m) => m.unit },
      { name: 'decimals', type: 'int[]', get: (m) => m.decimals },
    ],
    content.measures.map((m, position) => ({ ...m, position })),
  );
  await insertMany(
    tx,
    'cbs_dimension',
    [
      { name: 'snapshot_id', type: 'text[]', get: () => id },
      { name: 'position', type: 'int[]', get: (d) => d.position },
      { name: 'key', type: 'text[]', get: (d) => d.key },
      { name: 'title', type: 'text[]', get: (d) => d.title },
      { name: 'kind', type: 'text[]', get: (d) => d.kind },
    ],
    content.dimensions.map((d, position) => ({ ...d, position })),
  );
  await insertMany(
    tx,
    'cbs_code',
    [
      { name: 'snapshot_id', type: 'text[]', get: () => id },
      { name: 'dimension', type: 'text[]', get: (c) => c.dimension },
      { name: 'position', type: 'int[]', get: (c) => c.position },
      { name: 'key', type: 'text[]', get: (c) => c.key },
      { name: 'title', type: 'text[]', get: (c) => c.title },
      { name: 'period', type: 'text[]', get: (c) => c.period },
    ],
    content.dimensions.flatMap((d) => d.codes.map((c, position) => ({ ...c, dimension: d.key, position }))),
  );
}

/** Makes `snapshotId` the table's current snapshot: its long rows replace those of the previous one. */
export async function replaceCurrentRows(
  tx: Queryable,
  previousSnapshotId: string | null,
  snapshotId: string,
): Promise<void> {
  if (previousSnapshotId)
    await tx.query('DELETE FROM cbs_observation WHERE snapshot_id = $1', [previousSnapshotId]);
  await tx.query(
    `INSERT INTO cbs_observation (snapshot_id, measure, dims, region, period, period_cbs, value, flag)
     SELECT $1, measure, dims, region, period, period_cbs, value, flag FROM import_row`,
    [snapshotId],
  );
}

export async function setCurrentTable(
  tx: Queryable,
  table: {
    tableKey: string;
    tableId: string;
    snapshotId: string;
    mappingFile: string | null;
    mappingHash: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO cbs_table (table_key, table_id, snapshot_id, imported_at, mapping_file, mapping_hash)
     VALUES ($1, $2, $3, now(), $4, $5)
     ON CONFLICT (table_key) DO UPDATE SET table_id = EXCLUDED.table_id, snapshot_id = EXCLUDED.snapshot_id,
       imported_at = EXCLUDED.imported_at, mapping_file = EXCLUDED.mapping_file, mapping_hash = EXCLUDED.mapping_hash`,
    [table.tableKey, table.tableId, table.snapshotId, table.mappingFile, table.mappingHash],
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Mapped tables: grouped cells for one indicator part, and the indicator observations derived from them.

export interface CellGroup {
  /** Dimension key, the source codes and the label each code counts towards. */
  dimension: string;
  codes: string[];
  labels: string[];
}

export interface GroupedCells {
  region: string;
  labels: string[];
  /** Sum of the values ('-' nihil counted as 0); null when no cell had a value. */
  value: number | null;
  cells: number;
  valued: number;
  /** A cell was secret or unreliable: the source withheld it. */
  withheld: boolean;
  nil: boolean;
}

/**
 * The cells of one measure and period with the given dimension codes, summed per region and per label of each
 * group (a label may stand for several codes, e.g. the single years of an age band). Runs in SQL, so a large
 * table never needs to fit in memory.
 */
export async function groupCells(
  db: Queryable,
  query: {
    snapshotId: string;
    measure: string;
    periodCbs: string;
    filter: Record<string, string>;
    groups: CellGroup[];
    regions: readonly string[];
  },
): Promise<GroupedCells[]> {
  const params: unknown[] = [
    query.snapshotId,
    query.measure,
    query.periodCbs,
    JSON.stringify(query.filter),
    query.regions,
  ];
  const joins = query.groups.map((g, i) => {
    params.push(g.codes, g.labels, g.dimension);
    const n = params.length;
    return `JOIN unnest($${n - 2}::text[], $${n - 1}::text[]) AS g${i}(code, label) ON g${i}.code = o.dims->>$${n}`;
  });
  const labels = query.groups.map((_, i) => `g${i}.label`);
  const rows = await db.query<{
    region: string;
    labels: string[];
    value: number | null;
    cells: number;
    valued: number;
    withheld: boolean;
    nil: boolean;
  }>(
    `SELECT o.region, ARRAY[${labels.length > 0 ? labels.join(', ') : ''}]::text[] AS labels,
            sum(CASE WHEN o.flag = 'nil' THEN 0 ELSE o.value END) AS value,
            count(*)::int AS cells,
            count(CASE WHEN o.flag = 'nil' THEN 0 ELSE o.value END)::int AS valued,
            coalesce(bool_or(o.flag IN ('secret', 'unreliable')), false) AS withheld,
            coalesce(bool_or(o.flag = 'nil'), false) AS nil
     FROM cbs_observation o ${joins.join(' ')}
     WHERE o.snapshot_id = $1 AND o.measure = $2 AND o.period_cbs = $3 AND o.dims @> $4::jsonb
       AND o.region = ANY($5::text[])
     GROUP BY o.region${labels.length > 0 ? `, ${labels.join(', ')}` : ''}`,
    params,
  );
  return rows;
}

/** The CBS period codes a snapshot has cells for (a filtered download has few of the code list's periods). */
export async function snapshotPeriods(db: Queryable, snapshotId: string): Promise<Set<string>> {
  const rows = await db.query<{ period_cbs: string }>(
    'SELECT DISTINCT period_cbs FROM cbs_observation WHERE snapshot_id = $1 AND period_cbs IS NOT NULL',
    [snapshotId],
  );
  return new Set(rows.map((r) => r.period_cbs));
}

/**
 * Per CBS period: gemeente codes with a value that are not in `known` (e.g. Weesp in 2021). Such a period is on
 * another gemeentelijke indeling than the region table, so its gemeente figures do not belong in today's series.
 */
export async function formerGemeenten(
  db: Queryable,
  snapshotId: string,
  known: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await db.query<{ period_cbs: string; codes: string[] }>(
    `SELECT period_cbs, array_agg(DISTINCT region ORDER BY region) AS codes FROM cbs_observation
     WHERE snapshot_id = $1 AND region LIKE 'GM%' AND value IS NOT NULL AND NOT (region = ANY($2::text[]))
     GROUP BY period_cbs`,
    [snapshotId, known],
  );
  return new Map(rows.map((r) => [r.period_cbs, r.codes]));
}

/** Removes the indicator observations that earlier snapshots of this table produced for these indicators. */
export async function deleteDerivedObservations(
  tx: Queryable,
  tableKey: string,
  indicatorIds: string[],
): Promise<number> {
  const rows = await tx.query<{ n: number }>(
    `WITH gone AS (
       DELETE FROM observation WHERE indicator_id = ANY($2::text[])
         AND snapshot_id IN (SELECT snapshot_id FROM cbs_snapshot WHERE table_key = $1)
       RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [tableKey, indicatorIds],
  );
  return rows[0]?.n ?? 0;
}

/**
 * Inserts observations, replacing any with the same indicator, region, period and breakdown that an earlier import
 * wrote (the newer source wins) — but never one that came from the shipped bundle: the bundle loader deletes and
 * re-inserts its own rows whenever the bundle or the catalogue changes, and a key taken by an import would make that
 * fail. Returns how many rows were written. The rows must not repeat a key among themselves.
 */
export async function upsertObservations(
  tx: Queryable,
  observations: readonly ObservationRecord[],
): Promise<number> {
  if (observations.length === 0) return 0;
  await saveObservations(tx, observations, {
    onConflict: `ON CONFLICT (indicator_id, region_code, period, breakdown) DO UPDATE SET
      period_type = EXCLUDED.period_type, period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end,
      value = EXCLUDED.value, count = EXCLUDED.count, denominator = EXCLUDED.denominator,
      lower = EXCLUDED.lower, upper = EXCLUDED.upper, flags = EXCLUDED.flags, note = EXCLUDED.note,
      snapshot_id = EXCLUDED.snapshot_id, transformation = EXCLUDED.transformation
      WHERE observation.snapshot_id NOT IN (SELECT id FROM source_snapshot WHERE source = 'bundle')`,
  });
  // Written: the keys that now carry one of these snapshot ids (new rows, and rows of earlier imports replaced).
  const snapshots = [...new Set(observations.map((o) => o.snapshotId))];
  const [written] = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM observation o
     JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS k(indicator_id, region_code, period, breakdown)
       ON o.indicator_id = k.indicator_id AND o.region_code = k.region_code AND o.period = k.period
          AND o.breakdown = k.breakdown
     WHERE o.snapshot_id = ANY($5::text[])`,
    [
      observations.map((o) => o.indicatorId),
      observations.map((o) => o.regionCode),
      observations.map((o) => o.period.code),
      observations.map((o) => o.breakdown),
      snapshots,
    ],
  );
  return written?.n ?? 0;
}

/** A snapshot of an uploaded file, with the file itself (base64) as its one page. */
export async function saveFileSnapshot(
  tx: Queryable,
  record: SnapshotRecord,
  file: { url: string; sha256: string; base64: string },
): Promise<void> {
  await saveSnapshots(tx, [record]);
  await tx.query(
    `INSERT INTO snapshot_page (snapshot_id, seq, url, sha256, body) VALUES ($1, 0, $2, $3, $4)
     ON CONFLICT (snapshot_id, seq) DO NOTHING`,
    [record.id, file.url, file.sha256, file.base64],
  );
}

export async function regionCodes(db: Queryable): Promise<Map<string, string>> {
  const rows = await db.query<{ code: string; type: string }>('SELECT code, type FROM region');
  return new Map(rows.map((r) => [r.code, r.type]));
}

// ---------------------------------------------------------------------------------------------------------------
// Reading for the API.

export interface SnapshotSummary {
  id: string;
  source: string;
  tableId: string;
  api: string;
  title: string;
  licence: string;
  attribution: string;
  retrievedAt: string;
  contentHash: string;
  bytes: number;
  location: string;
  pages: number;
  /** Indicator observations that carry this snapshot id. */
  observations: number;
}

const SNAPSHOT_COLUMNS = `s.id, s.source, s.table_id AS "tableId", s.api, s.title, s.licence, s.attribution,
  s.retrieved_at AS "retrievedAt", s.content_hash AS "contentHash", s.bytes::float8 AS bytes, s.location,
  (SELECT count(*) FROM snapshot_page p WHERE p.snapshot_id = s.id)::int AS pages,
  coalesce((SELECT count(*) FROM observation o WHERE o.snapshot_id = s.id), 0)::int AS observations`;

function snapshotOut(row: SnapshotSummary & { retrievedAt: string | Date }): SnapshotSummary {
  return { ...row, bytes: Number(row.bytes), retrievedAt: new Date(row.retrievedAt).toISOString() };
}

export interface SourceTableSummary {
  tableId: string;
  api: string;
  title: string;
  snapshotId: string;
  importedAt: string;
  cells: number;
  /** The OData $filter of the current snapshot, null when it holds the whole table. */
  filter: string | null;
  mappingFile: string | null;
  snapshots: (SnapshotSummary & { current: boolean; filter: string | null })[];
}

async function tableSnapshots(db: Queryable, tableKey: string | null) {
  const rows = await db.query<
    SnapshotSummary & { retrievedAt: string | Date; tableKey: string; filter: string | null }
  >(
    `SELECT ${SNAPSHOT_COLUMNS}, c.table_key AS "tableKey", c.filter
     FROM source_snapshot s JOIN cbs_snapshot c ON c.snapshot_id = s.id
     WHERE ($1::text IS NULL OR c.table_key = $1) ORDER BY s.retrieved_at DESC, s.id`,
    [tableKey],
  );
  return rows.map(({ tableKey, filter, ...r }) => ({ ...snapshotOut(r), tableKey, filter }));
}

export async function listSourceTables(db: Queryable): Promise<SourceTableSummary[]> {
  const tables = await db.query<{
    table_key: string;
    table_id: string;
    api: string;
    title: string;
    snapshot_id: string;
    imported_at: string | Date;
    cells: number;
    filter: string | null;
    mapping_file: string | null;
  }>(
    `SELECT t.table_key, t.table_id, s.api, s.title, t.snapshot_id, t.imported_at, s.observations AS cells,
            s.filter, t.mapping_file
     FROM cbs_table t JOIN cbs_snapshot s ON s.snapshot_id = t.snapshot_id ORDER BY t.table_key`,
  );
  const snapshots = await tableSnapshots(db, null);
  return tables.map((t) => ({
    tableId: t.table_id,
    api: t.api,
    title: t.title,
    snapshotId: t.snapshot_id,
    importedAt: new Date(t.imported_at).toISOString(),
    cells: t.cells,
    filter: t.filter,
    mappingFile: t.mapping_file,
    snapshots: snapshots
      .filter((s) => s.tableKey === t.table_key)
      .map(({ tableKey: _, ...s }) => ({ ...s, current: s.id === t.snapshot_id })),
  }));
}

/** Snapshots of files: the shipped bundle and uploads, grouped by where the file lives. */
export async function listSourceFiles(
  db: Queryable,
): Promise<{ source: string; location: string; title: string; snapshots: SnapshotSummary[] }[]> {
  const rows = await db.query<SnapshotSummary & { retrievedAt: string | Date }>(
    `SELECT ${SNAPSHOT_COLUMNS} FROM source_snapshot s
     WHERE NOT EXISTS (SELECT 1 FROM cbs_snapshot c WHERE c.snapshot_id = s.id)
     ORDER BY s.source, s.location, s.retrieved_at DESC`,
  );
  const files = new Map<
    string,
    { source: string; location: string; title: string; snapshots: SnapshotSummary[] }
  >();
  for (const row of rows.map(snapshotOut)) {
    const key = `${row.source}\u0000${row.location}`;
    const file = files.get(key) ?? {
      source: row.source,
      location: row.location,
      title: row.title,
      snapshots: [],
    };
    file.snapshots.push(row);
    files.set(key, file);
  }
  return [...files.values()];
}

export interface SourceTableDetail extends SourceTableSummary {
  modified: string | null;
  period: string | null;
  measures: { key: string; title: string; unit: string; decimals: number | null }[];
  dimensions: {
    key: string;
    title: string;
    kind: string;
    codes: { key: string; title: string; period: string | null }[];
  }[];
}

export async function getSourceTable(db: Queryable, tableId: string): Promise<SourceTableDetail | null> {
  const key = tableId.toLowerCase();
  const summary = (await listSourceTables(db)).find((t) => t.tableId.toLowerCase() === key);
  if (!summary) return null;
  const [snapshot] = await db.query<{ modified: string | null; period: string | null }>(
    'SELECT modified, period FROM cbs_snapshot WHERE snapshot_id = $1',
    [summary.snapshotId],
  );
  const measures = await db.query<{ key: string; title: string; unit: string; decimals: number | null }>(
    'SELECT key, title, unit, decimals FROM cbs_measure WHERE snapshot_id = $1 ORDER BY position',
    [summary.snapshotId],
  );
  const dimensions = await db.query<{ key: string; title: string; kind: string }>(
    'SELECT key, title, kind FROM cbs_dimension WHERE snapshot_id = $1 ORDER BY position',
    [summary.snapshotId],
  );
  const codes = await db.query<{ dimension: string; key: string; title: string; period: string | null }>(
    'SELECT dimension, key, title, period FROM cbs_code WHERE snapshot_id = $1 ORDER BY dimension, position',
    [summary.snapshotId],
  );
  return {
    ...summary,
    modified: snapshot?.modified ?? null,
    period: snapshot?.period ?? null,
    measures,
    dimensions: dimensions.map((d) => ({
      ...d,
      codes: codes.filter((c) => c.dimension === d.key).map(({ dimension: _, ...c }) => c),
    })),
  };
}

export interface SourceCell {
  measure: string;
  dimensions: Record<string, string>;
  region: string | null;
  period: string | null;
  periodCbs: string | null;
  value: number | null;
  flag: string | null;
}

export async function sourceCells(
  db: Queryable,
  snapshotId: string,
  filter: { measure?: string; region?: string; periodCbs?: string[]; limit: number; offset: number },
): Promise<{ total: number; cells: SourceCell[] }> {
  const params = [
    snapshotId,
    filter.measure ?? null,
    filter.region ?? null,
    filter.periodCbs ?? null,
    filter.limit,
    filter.offset,
  ];
  const where = `snapshot_id = $1 AND ($2::text IS NULL OR measure = $2) AND ($3::text IS NULL OR region = $3)
    AND ($4::text[] IS NULL OR period_cbs = ANY($4::text[]))`;
  const [count] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM cbs_observation WHERE ${where}`,
    params.slice(0, 4),
  );
  const cells = await db.query<SourceCell>(
    `SELECT measure, dims AS dimensions, region, period, period_cbs AS "periodCbs", value, flag
     FROM cbs_observation WHERE ${where}
     ORDER BY measure, period_cbs, region, dims::text LIMIT $5 OFFSET $6`,
    params,
  );
  return { total: count?.n ?? 0, cells };
}
