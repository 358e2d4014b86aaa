// Reading geography: region types, regions, membership of gemeenten, boundaries, user-defined regions.
import { REGION_TYPES } from '../geo/regionTypes.ts';
import type { RegionDetail, RegionSummary, UserRegion } from '../regiobeeld/views.ts';
import type { Database, Queryable } from './connection.ts';

export type { RegionDetail, RegionSummary, UserRegion };

export async function syncRegionTypes(db: Database): Promise<void> {
  for (const type of REGION_TYPES) {
    await db.query(
      `INSERT INTO region_type (code, name_nl, name_en, code_prefix, sort_order) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (code) DO UPDATE SET name_nl = EXCLUDED.name_nl, name_en = EXCLUDED.name_en,
         code_prefix = EXCLUDED.code_prefix, sort_order = EXCLUDED.sort_order`,
      [type.code, type.name.nl, type.name.en, type.codePrefix, type.order],
    );
  }
}

export async function latestMembershipYear(db: Queryable): Promise<number | null> {
  const [row] = await db.query<{ year: number | null }>('SELECT max(year) AS year FROM region_membership');
  return row?.year ?? null;
}

export async function listRegionTypes(db: Queryable) {
  return db.query<{
    code: string;
    name_nl: string;
    name_en: string;
    code_prefix: string;
    regions: number;
    has_boundaries: boolean;
  }>(
    `SELECT t.code, t.name_nl, t.name_en, t.code_prefix, count(r.code)::int AS regions,
            EXISTS (SELECT 1 FROM boundary b WHERE b.region_type = t.code) AS has_boundaries
     FROM region_type t LEFT JOIN region r ON r.type = t.code
     GROUP BY t.code ORDER BY t.sort_order`,
  );
}

const ACCENTED = 'âäáàãéëèêïíìîóöòôõúüùûçñý';
const PLAIN = 'aaaaaeeeeiiiiooooouuuucny';
/** Lower case without accents, in SQL (PGlite has no unaccent extension). */
const FOLD = (expression: string) => `translate(lower(${expression}), '${ACCENTED}', '${PLAIN}')`;

export async function listRegions(
  db: Queryable,
  filter: { type?: string; q?: string },
): Promise<RegionSummary[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.type) {
    params.push(filter.type);
    where.push(`type = $${params.length}`);
  } else if (!filter.q) {
    // The full list without a search text stays the ~450 regions made of gemeenten; wijken and buurten
    // (~18,000) are found by searching or by asking for their type.
    where.push(`type NOT IN ('wijk', 'buurt')`);
  }
  if (filter.q) {
    // Name or code, case- and accent-insensitive ("fryslan" finds Fryslân), or Dutch full-text search.
    params.push(filter.q.trim());
    const p = `$${params.length}`;
    where.push(
      `(code ILIKE ${p} || '%' OR ${FOLD('name')} LIKE '%' || ${FOLD(p)} || '%'
        OR to_tsvector('dutch', name) @@ plainto_tsquery('dutch', ${p}))`,
    );
  }
  // With a search text: exact name first, then names that start with it.
  const q = `$${params.length}`;
  const relevance = filter.q
    ? `${FOLD('name')} = ${FOLD(q)} DESC, ${FOLD('name')} LIKE ${FOLD(q)} || '%' DESC, `
    : '';
  const rows = await db.query<RegionSummary & { gemeente: string | null }>(
    `SELECT code, name, type,
            CASE WHEN type IN ('wijk', 'buurt')
              THEN (SELECT g.name FROM region g WHERE g.code = 'GM' || substr(region.code, 3, 4)) END AS gemeente
     FROM region ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${relevance}(SELECT sort_order FROM region_type WHERE code = region.type), name
     ${filter.q && !filter.type ? 'LIMIT 500' : ''}`,
    params,
  );
  return rows.map((r) =>
    r.gemeente == null ? { code: r.code, name: r.name, type: r.type } : { ...r, gemeente: r.gemeente },
  );
}

export async function getRegion(db: Queryable, code: string): Promise<RegionDetail | null> {
  const [region] = await db.query<{
    code: string;
    name: string;
    type: string;
    valid_from: number;
    valid_to: number | null;
    parent_code: string | null;
  }>('SELECT code, name, type, valid_from, valid_to, parent_code FROM region WHERE code = $1', [code]);
  if (!region) return null;
  if (region.parent_code) return areaDetail(db, region);
  const year = (await latestMembershipYear(db)) ?? region.valid_from;
  const gemeenten =
    region.type === 'gemeente'
      ? [{ code: region.code, name: region.name, type: region.type }]
      : await db.query<RegionSummary>(
          `SELECT r.code, r.name, r.type FROM region_membership m JOIN region r ON r.code = m.gemeente_code
           WHERE m.region_code = $1 AND m.year = $2 ORDER BY r.name`,
          [code, year],
        );
  const partOf =
    region.type === 'gemeente'
      ? await db.query<RegionSummary>(
          `SELECT r.code, r.name, r.type FROM region_membership m JOIN region r ON r.code = m.region_code
           JOIN region_type t ON t.code = r.type
           WHERE m.gemeente_code = $1 AND m.year = $2 ORDER BY t.sort_order`,
          [code, year],
        )
      : await regionsContaining(
          db,
          gemeenten.map((g) => g.code),
          year,
          code,
        );
  return {
    code: region.code,
    name: region.name,
    type: region.type,
    validFrom: region.valid_from,
    validTo: region.valid_to,
    year,
    gemeenten,
    partOf,
  };
}

/** A wijk or buurt: its gemeente is its one gemeente; it lies in its wijk (a buurt), its gemeente and the
 *  regions of that gemeente. */
async function areaDetail(
  db: Queryable,
  area: {
    code: string;
    name: string;
    type: string;
    valid_from: number;
    valid_to: number | null;
    parent_code: string | null;
  },
): Promise<RegionDetail | null> {
  const chain: RegionSummary[] = [];
  let parent = area.parent_code;
  while (parent) {
    const [row] = await db.query<RegionSummary & { parent_code: string | null }>(
      'SELECT code, name, type, parent_code FROM region WHERE code = $1',
      [parent],
    );
    if (!row) break;
    chain.push({ code: row.code, name: row.name, type: row.type });
    parent = row.parent_code;
  }
  const gemeente = chain.find((r) => r.type === 'gemeente');
  const above = gemeente ? await getRegion(db, gemeente.code) : null;
  return {
    code: area.code,
    name: area.name,
    type: area.type,
    validFrom: area.valid_from,
    validTo: area.valid_to,
    year: above?.year ?? area.valid_from,
    gemeenten: gemeente ? [gemeente] : [],
    partOf: [...chain, ...(above?.partOf ?? [])],
  };
}

/** Regions (of any type) that contain every one of the given gemeenten. */
export async function regionsContaining(
  db: Queryable,
  gemeenten: string[],
  year: number,
  except?: string,
): Promise<RegionSummary[]> {
  if (gemeenten.length === 0) return [];
  return db.query<RegionSummary>(
    `SELECT r.code, r.name, r.type FROM region_membership m JOIN region r ON r.code = m.region_code
     JOIN region_type t ON t.code = r.type
     WHERE m.gemeente_code = ANY($1::text[]) AND m.year = $2 AND r.code <> coalesce($3, '')
     GROUP BY r.code, r.name, r.type, t.sort_order HAVING count(*) = $4 ORDER BY t.sort_order`,
    [gemeenten, year, except ?? null, gemeenten.length],
  );
}

/** Membership of every gemeente per region for one year, for the profile engine. */
export async function readMemberships(db: Queryable, year: number): Promise<Map<string, string[]>> {
  const rows = await db.query<{ region_code: string; gemeenten: string[] }>(
    'SELECT region_code, array_agg(gemeente_code ORDER BY gemeente_code) AS gemeenten FROM region_membership WHERE year = $1 GROUP BY region_code',
    [year],
  );
  return new Map(rows.map((row) => [row.region_code, row.gemeenten]));
}

export async function getBoundary(db: Queryable, regionType: string) {
  const [row] = await db.query<{ topojson: string; year: number; snapshot_id: string }>(
    'SELECT topojson, year, snapshot_id FROM boundary WHERE region_type = $1 ORDER BY year DESC LIMIT 1',
    [regionType],
  );
  return row ?? null;
}

export async function saveUserRegion(
  db: Queryable,
  region: Omit<UserRegion, 'createdAt'>,
): Promise<UserRegion> {
  const [row] = await db.query<{ created_at: Date | string }>(
    'INSERT INTO user_region (id, name, gemeenten, year) VALUES ($1, $2, $3, $4) RETURNING created_at',
    [region.id, region.name, region.gemeenten, region.year],
  );
  return { ...region, createdAt: new Date(row!.created_at).toISOString() };
}

export async function getUserRegion(db: Queryable, id: string): Promise<UserRegion | null> {
  const [row] = await db.query<{
    id: string;
    name: string;
    gemeenten: string[];
    year: number;
    created_at: Date | string;
  }>('SELECT id, name, gemeenten, year, created_at FROM user_region WHERE id = $1', [id]);
  return row
    ? {
        id: row.id,
        name: row.name,
        gemeenten: row.gemeenten,
        year: row.year,
        createdAt: new Date(row.created_at).toISOString(),
      }
    : null;
}

export async function listUserRegions(
  db: Queryable,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: UserRegion[] }> {
  const [count] = await db.query<{ n: string | number }>('SELECT count(*) AS n FROM user_region');
  const rows = await db.query<{
    id: string;
    name: string;
    gemeenten: string[];
    year: number;
    created_at: Date | string;
  }>(
    'SELECT id, name, gemeenten, year, created_at FROM user_region ORDER BY created_at DESC, id LIMIT $1 OFFSET $2',
    [page.limit, page.offset],
  );
  const items = rows.map((row) => ({
    id: row.id,
    name: row.name,
    gemeenten: row.gemeenten,
    year: row.year,
    createdAt: new Date(row.created_at).toISOString(),
  }));
  return { total: Number(count?.n ?? 0), items };
}
