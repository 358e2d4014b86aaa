// Writing and reading observations and their source snapshots.
import type { ObservationRecord } from '../indicators/observation.ts';
import type { Period, PeriodType } from '../indicators/period.ts';
import { insertMany } from './bulk.ts';
import type { Queryable } from './connection.ts';

export interface SnapshotRecord {
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
}

export async function saveSnapshots(db: Queryable, snapshots: SnapshotRecord[]): Promise<void> {
  await insertMany(
    db,
    'source_snapshot',
    [
      { name: 'id', type: 'text[]', get: (s) => s.id },
      { name: 'source', type: 'text[]', get: (s) => s.source },
      { name: 'table_id', type: 'text[]', get: (s) => s.tableId },
      { name: 'api', type: 'text[]', get: (s) => s.api },
      { name: 'title', type: 'text[]', get: (s) => s.title },
      { name: 'licence', type: 'text[]', get: (s) => s.licence },
      { name: 'attribution', type: 'text[]', get: (s) => s.attribution },
      { name: 'retrieved_at', type: 'timestamptz[]', get: (s) => s.retrievedAt },
      { name: 'content_hash', type: 'text[]', get: (s) => s.contentHash },
      { name: 'bytes', type: 'int8[]', get: (s) => s.bytes },
      { name: 'location', type: 'text[]', get: (s) => s.location },
    ],
    snapshots,
    // Snapshots are immutable and addressed by content: the same content is the same snapshot.
    { onConflict: 'ON CONFLICT (id) DO NOTHING' },
  );
}

export async function saveObservations(
  db: Queryable,
  observations: readonly ObservationRecord[],
  options: { onProgress?: (done: number) => void; onConflict?: string } = {},
): Promise<void> {
  await insertMany(
    db,
    'observation',
    [
      { name: 'indicator_id', type: 'text[]', get: (o) => o.indicatorId },
      { name: 'region_code', type: 'text[]', get: (o) => o.regionCode },
      { name: 'period', type: 'text[]', get: (o) => o.period.code },
      { name: 'period_type', type: 'text[]', get: (o) => o.period.type },
      { name: 'period_start', type: 'date[]', get: (o) => o.period.start },
      { name: 'period_end', type: 'date[]', get: (o) => o.period.end },
      { name: 'breakdown', type: 'text[]', get: (o) => o.breakdown },
      { name: 'value', type: 'float8[]', get: (o) => o.value },
      { name: 'count', type: 'float8[]', get: (o) => o.count },
      { name: 'denominator', type: 'float8[]', get: (o) => o.denominator },
      { name: 'lower', type: 'float8[]', get: (o) => o.lower },
      { name: 'upper', type: 'float8[]', get: (o) => o.upper },
      // unnest flattens a 2-D array, so flags travel as one comma-separated text and are split back.
      {
        name: 'flags',
        type: 'text[]',
        get: (o) => o.flags.join(','),
        expression: (v) => `coalesce(string_to_array(nullif(${v}, ''), ','), '{}')`,
      },
      { name: 'note', type: 'text[]', get: (o) => o.note },
      { name: 'snapshot_id', type: 'text[]', get: (o) => o.snapshotId },
      { name: 'transformation', type: 'text[]', get: (o) => o.transformation },
      { name: 'published_significance', type: 'text[]', get: (o) => o.publishedSignificance ?? null },
    ],
    observations,
    options,
  );
}

const AREA_COLUMNS = [
  'indicator_id',
  'region_code',
  'gemeente_code',
  'period',
  'period_type',
  'period_start',
  'period_end',
  'breakdown',
  'value',
  'count',
  'denominator',
  'lower',
  'upper',
  'flags',
  'note',
  'snapshot_id',
  'transformation',
  'published_significance',
] as const;

/** A CSV field for COPY: empty and unquoted is NULL, everything else quoted. */
const csvField = (v: string | number | null | undefined) =>
  v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : `"${v.replaceAll('"', '""')}"`;

/**
 * Bulk load of the observations of wijken and buurten (~170,000 rows in the bundle) into area_observation: COPY,
 * which is several times faster than row inserts on both drivers. The caller has removed the earlier rows.
 */
export async function copyAreaObservations(
  tx: Queryable,
  observations: readonly ObservationRecord[],
  gemeenteOf: (regionCode: string) => string,
  options: { onProgress?: (done: number) => void; chunk?: number } = {},
): Promise<void> {
  const chunk = options.chunk ?? 20000;
  for (let start = 0; start < observations.length; start += chunk) {
    const lines = observations
      .slice(start, start + chunk)
      .map((o) =>
        [
          o.indicatorId,
          o.regionCode,
          gemeenteOf(o.regionCode),
          o.period.code,
          o.period.type,
          o.period.start,
          o.period.end,
          o.breakdown,
          o.value,
          o.count,
          o.denominator,
          o.lower,
          o.upper,
          `{${o.flags.join(',')}}`,
          o.note,
          o.snapshotId,
          o.transformation,
          o.publishedSignificance ?? null,
        ]
          .map(csvField)
          .join(','),
      );
    await tx.copyCsv('area_observation', AREA_COLUMNS, lines.join('\n'));
    options.onProgress?.(Math.min(start + chunk, observations.length));
  }
}

const SELECT_COLUMNS = `indicator_id, region_code, period, period_type, period_start::text AS period_start,
            period_end::text AS period_end, breakdown, value, count, denominator, lower, upper,
            flags, note, snapshot_id, transformation, published_significance`;

/** The observations of every wijk and buurt of some gemeenten (the engine reads them per gemeente). */
export async function readAreaObservations(
  db: Queryable,
  gemeenten: readonly string[],
): Promise<ObservationRecord[]> {
  const rows = await db.query<ObservationRow>(
    `SELECT ${SELECT_COLUMNS} FROM area_observation WHERE gemeente_code = ANY($1::text[])`,
    [gemeenten],
  );
  return rows.map(toRecord);
}

/** The observations of one indicator (and period, when given) for every wijk or buurt in the country (type by code
 *  prefix): the map of all buurten. Served by area_observation_indicator_idx (migration 0170). */
export async function readAreaObservationsOfIndicator(
  db: Queryable,
  indicatorId: string,
  prefix: 'WK' | 'BU',
  period?: string,
): Promise<ObservationRecord[]> {
  const rows = await db.query<ObservationRow>(
    `SELECT ${SELECT_COLUMNS} FROM area_observation
     WHERE indicator_id = $1 AND ($3::text IS NULL OR period = $3) AND region_code LIKE $2 || '%'`,
    [indicatorId, prefix, period ?? null],
  );
  return rows.map(toRecord);
}

interface ObservationRow {
  indicator_id: string;
  region_code: string;
  period: string;
  period_type: PeriodType;
  period_start: string | Date;
  period_end: string | Date;
  breakdown: string;
  value: number | null;
  count: number | null;
  denominator: number | null;
  lower: number | null;
  upper: number | null;
  flags: string[];
  note: string | null;
  snapshot_id: string;
  transformation: string;
  published_significance?: string | null;
}

const isoDate = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export function toRecord(row: ObservationRow): ObservationRecord {
  const period: Period = {
    code: row.period,
    type: row.period_type,
    start: isoDate(row.period_start),
    end: isoDate(row.period_end),
  };
  return {
    indicatorId: row.indicator_id,
    regionCode: row.region_code,
    period,
    breakdown: row.breakdown,
    value: row.value,
    count: row.count,
    denominator: row.denominator,
    lower: row.lower,
    upper: row.upper,
    flags: row.flags as ObservationRecord['flags'],
    note: row.note,
    snapshotId: row.snapshot_id,
    transformation: row.transformation,
    publishedSignificance: row.published_significance ?? null,
  };
}

/** All observations, for the in-memory profile engine (the whole country is small: tens of thousands of rows). */
export async function readAllObservations(db: Queryable): Promise<ObservationRecord[]> {
  const rows = await db.query<ObservationRow>(
    `SELECT indicator_id, region_code, period, period_type, period_start::text AS period_start,
            period_end::text AS period_end, breakdown, value, count, denominator, lower, upper,
            flags, note, snapshot_id, transformation, published_significance
     FROM observation`,
  );
  return rows.map(toRecord);
}

/** Stored observations with their source snapshot, filtered (null: any), in a stable order. */
export async function observationsWithSource(
  db: Queryable,
  filter: {
    indicator: string | null;
    region: string | null;
    period: string | null;
    breakdown: string | null;
  },
  limit: number,
): Promise<Record<string, unknown>[]> {
  // Wijken and buurten have their own table (migration 0120).
  return db.query(
    `SELECT o.indicator_id AS indicator, o.region_code AS region, o.period, o.period_type AS "periodType",
            o.breakdown, o.value, o.count, o.denominator, o.lower, o.upper, o.flags, o.note,
            o.transformation, o.snapshot_id AS "snapshotId", s.table_id AS "sourceTable", s.title AS "sourceTitle",
            s.licence, s.attribution, s.location AS "sourceLocation", s.retrieved_at AS "retrievedAt"
     FROM ${filter.region && /^(WK|BU)/i.test(filter.region) ? 'area_observation' : 'observation'} o
     JOIN source_snapshot s ON s.id = o.snapshot_id
     WHERE ($1::text IS NULL OR o.indicator_id = $1) AND ($2::text IS NULL OR o.region_code = $2)
       AND ($3::text IS NULL OR o.period = $3) AND ($4::text IS NULL OR o.breakdown = $4)
     ORDER BY o.indicator_id, o.region_code, o.period_end, o.breakdown
     LIMIT $5`,
    [filter.indicator, filter.region, filter.period, filter.breakdown, limit],
  );
}

/** The periods an indicator has data for, with the number of regions and whether a period is partial. */
export async function indicatorPeriods(db: Queryable, indicatorId: string) {
  return db.query<{ period: string; type: string; regions: number; partial: boolean }>(
    `SELECT period, period_type AS type, count(DISTINCT region_code)::int AS regions,
            bool_or('partial-period' = ANY(flags)) AS partial
     FROM observation WHERE indicator_id = $1
     GROUP BY period, period_type, period_end ORDER BY period_end, period`,
    [indicatorId],
  );
}

/** How much is loaded: regions, indicators and observations (GET /api/health). */
export async function dataCounts(db: Queryable) {
  const [row] = await db.query<{ regions: number; indicators: number; observations: number }>(
    `SELECT (SELECT count(*) FROM region)::int AS regions, (SELECT count(*) FROM indicator)::int AS indicators,
            (SELECT count(*) FROM observation)::int AS observations`,
  );
  return row!;
}

export async function regionExists(db: Queryable, code: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM region WHERE code = $1', [code])).length > 0;
}
