// Writing and reading observations and their source snapshots.
import type { ObservationRecord } from '../indicators/observation.ts';
import type { Period, PeriodType } from '../indicators/period.ts';
import { type CopyColumn, copyMany, insertMany } from './bulk.ts';
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

const OBSERVATION_COLUMNS: CopyColumn<ObservationRecord>[] = [
  { name: 'indicator_id', get: (o) => o.indicatorId },
  { name: 'region_code', get: (o) => o.regionCode },
  { name: 'period', get: (o) => o.period.code },
  { name: 'period_type', get: (o) => o.period.type },
  { name: 'period_start', get: (o) => o.period.start },
  { name: 'period_end', get: (o) => o.period.end },
  { name: 'breakdown', get: (o) => o.breakdown },
  { name: 'value', get: (o) => o.value },
  { name: 'count', get: (o) => o.count },
  { name: 'denominator', get: (o) => o.denominator },
  { name: 'lower', get: (o) => o.lower },
  { name: 'upper', get: (o) => o.upper },
  { name: 'flags', get: (o) => o.flags },
  { name: 'note', get: (o) => o.note },
  { name: 'snapshot_id', get: (o) => o.snapshotId },
  { name: 'transformation', get: (o) => o.transformation },
  { name: 'published_significance', get: (o) => o.publishedSignificance ?? null },
];

/**
 * Writes observations with COPY (issue 17: several times faster than INSERT on both drivers, memory flat). With
 * `onConflict` (… ON CONFLICT … of an INSERT INTO observation) the rows are copied into a temporary table first and
 * moved over with one INSERT … SELECT. `tx` must be a transaction: a bad row then leaves nothing written.
 */
export async function saveObservations(
  tx: Queryable,
  observations: readonly ObservationRecord[],
  options: { onProgress?: (done: number) => void; onConflict?: string } = {},
): Promise<void> {
  if (observations.length === 0) return;
  if (!options.onConflict) {
    await copyMany(tx, 'observation', OBSERVATION_COLUMNS, observations, options);
    return;
  }
  const names = OBSERVATION_COLUMNS.map((c) => c.name).join(', ');
  await tx.query(`CREATE TEMP TABLE observation_stage AS SELECT ${names} FROM observation WITH NO DATA`);
  try {
    await copyMany(tx, 'observation_stage', OBSERVATION_COLUMNS, observations, options);
    await tx.query(
      `INSERT INTO observation (${names}) SELECT ${names} FROM observation_stage ${options.onConflict}`,
    );
  } finally {
    await tx.query('DROP TABLE IF EXISTS observation_stage').catch(() => {});
  }
}

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
  const columns: CopyColumn<ObservationRecord>[] = [...OBSERVATION_COLUMNS];
  columns.splice(2, 0, { name: 'gemeente_code', get: (o) => gemeenteOf(o.regionCode) });
  await copyMany(tx, 'area_observation', columns, observations, options);
}

const SELECT_COLUMNS = `indicator_id, region_code, period, period_type, period_start::text AS period_start,
            period_end::text AS period_end, breakdown, value, count, denominator, lower, upper,
            flags, note, snapshot_id, transformation, published_significance`;

/** The observations of every wijk, or every buurt, of some gemeenten (the engine reads them per gemeente). */
export async function readAreaObservations(
  db: Queryable,
  gemeenten: readonly string[],
  type: 'wijk' | 'buurt',
): Promise<ObservationRecord[]> {
  const rows = await db.query<ObservationRow>(
    `SELECT ${SELECT_COLUMNS} FROM area_observation
     WHERE gemeente_code = ANY($1::text[]) AND left(region_code, 2) = $2`, // area_observation_level_idx (0195)
    [gemeenten, type === 'wijk' ? 'WK' : 'BU'],
  );
  return rows.map(recordReader());
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
  return rows.map(recordReader());
}

/** The periods and breakdowns with wijk or buurt figures of one indicator (the map of all buurten offers these). */
export async function areaIndicatorSlices(
  db: Queryable,
  indicatorId: string,
  prefix: 'WK' | 'BU',
): Promise<{ period: string; period_end: string; breakdown: string }[]> {
  return db.query(
    `SELECT DISTINCT period, period_end::text AS period_end, breakdown FROM area_observation
     WHERE indicator_id = $1 AND region_code LIKE $2 || '%' ORDER BY period_end, period, breakdown`,
    [indicatorId, prefix],
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
  published_significance?: string | null;
}

const isoDate = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/**
 * Turns rows into records, sharing what repeats between rows (indicator, period, breakdown, snapshot,
 * transformation, flags): the engine keeps up to millions of records, and the driver gives every row its own
 * copies of these texts. Records are never changed after reading, so sharing is safe.
 */
function recordReader(): (row: ObservationRow) => ObservationRecord {
  const texts = new Map<string, string>();
  const periods = new Map<string, Period>();
  const flagLists = new Map<string, ObservationRecord['flags']>();
  const shared = <T extends string | null | undefined>(text: T): T => {
    if (text === null || text === undefined) return text;
    const known = texts.get(text);
    if (known !== undefined) return known as T;
    texts.set(text, text);
    return text;
  };
  return (row) => {
    const start = isoDate(row.period_start);
    const end = isoDate(row.period_end);
    const periodKey = `${row.period}|${row.period_type}|${start}|${end}`;
    let period = periods.get(periodKey);
    if (!period) {
      period = { code: row.period, type: row.period_type, start, end };
      periods.set(periodKey, period);
    }
    const flagKey = row.flags.join(',');
    let flags = flagLists.get(flagKey);
    if (!flags) {
      flags = row.flags as ObservationRecord['flags'];
      flagLists.set(flagKey, flags);
    }
    return {
      indicatorId: shared(row.indicator_id),
      regionCode: row.region_code,
      period,
      breakdown: shared(row.breakdown),
      value: row.value,
      count: row.count,
      denominator: row.denominator,
      lower: row.lower,
      upper: row.upper,
      flags,
      note: shared(row.note),
      snapshotId: shared(row.snapshot_id),
      transformation: shared(row.transformation),
      publishedSignificance: shared(row.published_significance) ?? null,
    };
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
  return rows.map(recordReader());
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
