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
    ],
    observations,
    options,
  );
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
  };
}

/** All observations, for the in-memory profile engine (the whole country is small: tens of thousands of rows). */
export async function readAllObservations(db: Queryable): Promise<ObservationRecord[]> {
  const rows = await db.query<ObservationRow>(
    `SELECT indicator_id, region_code, period, period_type, period_start::text AS period_start,
            period_end::text AS period_end, breakdown, value, count, denominator, lower, upper,
            flags, note, snapshot_id, transformation
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
  return db.query(
    `SELECT o.indicator_id AS indicator, o.region_code AS region, o.period, o.period_type AS "periodType",
            o.breakdown, o.value, o.count, o.denominator, o.lower, o.upper, o.flags, o.note,
            o.transformation, o.snapshot_id AS "snapshotId", s.table_id AS "sourceTable", s.title AS "sourceTitle",
            s.licence, s.attribution, s.location AS "sourceLocation", s.retrieved_at AS "retrievedAt"
     FROM observation o JOIN source_snapshot s ON s.id = o.snapshot_id
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
