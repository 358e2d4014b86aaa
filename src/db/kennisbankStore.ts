// Kennisbank items, their versions and the redacteuren: SQL only. Search uses PostgreSQL's Dutch configuration
// (works the same on PGlite): the generated tsvector of migration 0160, ts_rank and ts_headline.
import { MARK_END, MARK_START } from '../kennisbank/highlight.ts';
import type { Item, ItemInput } from '../kennisbank/schema.ts';
import type { ItemOrigin, ItemStatus } from '../kennisbank/vocabulary.ts';
import type { Queryable } from './connection.ts';

interface ItemRow {
  id: string;
  kind: string;
  status: string;
  title: string;
  summary: string;
  source: Item['source'];
  owner: string | null;
  format: string | null;
  phases: number[];
  principles: string[];
  quintuple_aims: string[];
  themes: string[];
  knowledge_themes: string[];
  care_shift_forms: string[];
  building_blocks: string[];
  perspectives: string[];
  indicators: string[];
  origin: string;
  version: number;
  last_editor: string | null;
  updated_at: string | Date;
}

export interface StoredItem extends Item {
  lastEditor: string | null;
}

const COLUMNS = `id, kind, status, title, summary, source, owner, format, phases, principles, quintuple_aims, themes,
  knowledge_themes, care_shift_forms, building_blocks, perspectives, indicators, origin, version, last_editor,
  updated_at`;

const toItem = (r: ItemRow): StoredItem => ({
  id: r.id,
  kind: r.kind as Item['kind'],
  status: r.status as Item['status'],
  title: r.title,
  summary: r.summary,
  source: typeof r.source === 'string' ? JSON.parse(r.source) : r.source,
  owner: r.owner,
  format: r.format as Item['format'],
  phases: r.phases.map(Number) as Item['phases'],
  principles: r.principles as Item['principles'],
  quintupleAims: r.quintuple_aims as Item['quintupleAims'],
  themes: r.themes,
  knowledgeThemes: r.knowledge_themes as Item['knowledgeThemes'],
  careShiftForms: r.care_shift_forms as Item['careShiftForms'],
  buildingBlocks: r.building_blocks as Item['buildingBlocks'],
  perspectives: r.perspectives as Item['perspectives'],
  indicators: r.indicators,
  origin: r.origin as Item['origin'],
  version: Number(r.version),
  lastEditor: r.last_editor,
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** The public shape (without who edited last). */
export const publicItem = ({ lastEditor: _lastEditor, ...item }: StoredItem): Item => item;

const contentParams = (item: ItemInput, search: { tags: string; compounds: string }) => [
  item.kind,
  item.title,
  item.summary,
  JSON.stringify(item.source),
  item.owner,
  item.format,
  item.phases,
  item.principles,
  item.quintupleAims,
  item.themes,
  item.knowledgeThemes,
  item.careShiftForms,
  item.buildingBlocks,
  item.perspectives,
  item.indicators,
  search.tags,
  search.compounds,
];

export async function insertItem(
  db: Queryable,
  row: {
    id: string;
    status: ItemStatus;
    origin: ItemOrigin;
    item: ItemInput;
    search: { tags: string; compounds: string };
    editor: string | null;
  },
): Promise<StoredItem> {
  const [inserted] = await db.query<ItemRow>(
    `INSERT INTO kennisbank_item (kind, title, summary, source, owner, format, phases, principles, quintuple_aims,
       themes, knowledge_themes, care_shift_forms, building_blocks, perspectives, indicators, tag_text, compound_text,
       id, status, origin, last_editor)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
     RETURNING ${COLUMNS}`,
    [...contentParams(row.item, row.search), row.id, row.status, row.origin, row.editor],
  );
  return toItem(inserted!);
}

/** Replaces the content of an item at `version` (null when the version is not the current one). */
export async function updateItemContent(
  db: Queryable,
  id: string,
  version: number,
  item: ItemInput,
  search: { tags: string; compounds: string },
  editor: string,
): Promise<StoredItem | null> {
  const [row] = await db.query<ItemRow>(
    `UPDATE kennisbank_item SET kind = $1, title = $2, summary = $3, source = $4, owner = $5, format = $6,
       phases = $7, principles = $8, quintuple_aims = $9, themes = $10, knowledge_themes = $11,
       care_shift_forms = $12, building_blocks = $13, perspectives = $14, indicators = $15, tag_text = $16,
       compound_text = $17, last_editor = $18, version = version + 1, updated_at = now()
     WHERE id = $19 AND version = $20 RETURNING ${COLUMNS}`,
    [...contentParams(item, search), editor, id, version],
  );
  return row ? toItem(row) : null;
}

export async function updateItemStatus(
  db: Queryable,
  id: string,
  version: number,
  status: ItemStatus,
): Promise<StoredItem | null> {
  const [row] = await db.query<ItemRow>(
    `UPDATE kennisbank_item SET status = $1, version = version + 1, updated_at = now()
     WHERE id = $2 AND version = $3 RETURNING ${COLUMNS}`,
    [status, id, version],
  );
  return row ? toItem(row) : null;
}

export async function getItem(db: Queryable, id: string): Promise<StoredItem | null> {
  const [row] = await db.query<ItemRow>(`SELECT ${COLUMNS} FROM kennisbank_item WHERE id = $1`, [id]);
  return row ? toItem(row) : null;
}

export async function lockItem(db: Queryable, id: string): Promise<StoredItem | null> {
  const [row] = await db.query<ItemRow>(`SELECT ${COLUMNS} FROM kennisbank_item WHERE id = $1 FOR UPDATE`, [
    id,
  ]);
  return row ? toItem(row) : null;
}

export async function itemIds(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>('SELECT id FROM kennisbank_item');
  return new Set(rows.map((r) => r.id));
}

/** The item (not retired) that has this title, ignoring case and surrounding spaces, other than `exceptId`. */
export async function findByTitle(
  db: Queryable,
  title: string,
  exceptId: string | null = null,
): Promise<{ id: string; status: string } | null> {
  const [row] = await db.query<{ id: string; status: string }>(
    `SELECT id, status FROM kennisbank_item
     WHERE lower(trim(title)) = lower(trim($1)) AND status <> 'retired' AND ($2::text IS NULL OR id <> $2)`,
    [title, exceptId],
  );
  return row ?? null;
}

export interface ItemFilter {
  statuses: readonly ItemStatus[];
  kind?: string;
  phase?: number;
  theme?: string;
  knowledgeTheme?: string;
}

const filterSql = (f: ItemFilter, first: number) => ({
  sql: `i.status = ANY($${first}::text[])
    AND ($${first + 1}::text IS NULL OR i.kind = $${first + 1})
    AND ($${first + 2}::int IS NULL OR $${first + 2} = ANY(i.phases))
    AND ($${first + 3}::text IS NULL OR $${first + 3} = ANY(i.themes))
    AND ($${first + 4}::text IS NULL OR $${first + 4} = ANY(i.knowledge_themes))`,
  params: [f.statuses, f.kind ?? null, f.phase ?? null, f.theme ?? null, f.knowledgeTheme ?? null],
});

/** Items by filter, by kind and title (browsing without search words). */
export async function listItems(
  db: Queryable,
  filter: ItemFilter,
  page: { limit: number; offset: number } = { limit: 10_000, offset: 0 },
): Promise<{ items: StoredItem[]; total: number }> {
  const where = filterSql(filter, 1);
  const rows = await db.query<ItemRow & { total: string | number }>(
    `SELECT ${COLUMNS.replace(/(\w+)/g, 'i.$1')}, count(*) OVER () AS total FROM kennisbank_item i
     WHERE ${where.sql} ORDER BY i.kind, i.title LIMIT $6 OFFSET $7`,
    [...where.params, page.limit, page.offset],
  );
  return { items: rows.map(toItem), total: rows.length > 0 ? Number(rows[0]!.total) : 0 };
}

/** Which of the words the Dutch configuration drops as stop words. */
export async function stopWords(db: Queryable, words: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ word: string }>(
    `SELECT w AS word FROM unnest($1::text[]) AS w WHERE numnode(to_tsquery('dutch', w)) = 0`,
    [words],
  );
  return rows.map((r) => r.word);
}

export interface SearchRow {
  item: StoredItem;
  rank: number;
  title: string;
  summary: string;
}

/**
 * Full-text search: `prefix` and `exact` are tsquery texts (src/kennisbank/searchQuery.ts). Rank = ts_rank of the
 * prefix query plus that of the exact query (weights D 0.1, C 0.2, B 0.4, A 1.0), normalised by document length
 * (option 1: divided by 1 + log(length)); headlines mark the matches.
 */
export async function searchItems(
  db: Queryable,
  query: { prefix: string; exact: string },
  filter: ItemFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: SearchRow[]; total: number }> {
  const where = filterSql(filter, 3);
  const options = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
  const rows = await db.query<
    ItemRow & { rank: number; title_hl: string; summary_hl: string; total: string | number }
  >(
    `WITH q AS (SELECT to_tsquery('dutch', $1) AS prefix, to_tsquery('dutch', $2) AS exact)
     SELECT ${COLUMNS.replace(/(\w+)/g, 'i.$1')},
       ts_rank(i.search, q.prefix, 1) + ts_rank(i.search, q.exact, 1) AS rank,
       ts_headline('dutch', i.title, q.prefix, '${options}, HighlightAll=true') AS title_hl,
       ts_headline('dutch', i.summary, q.prefix, '${options}, MaxWords=40, MinWords=20') AS summary_hl,
       count(*) OVER () AS total
     FROM kennisbank_item i, q
     WHERE i.search @@ q.prefix AND ${where.sql}
     ORDER BY rank DESC, i.title LIMIT $8 OFFSET $9`,
    [query.prefix, query.exact, ...where.params, page.limit, page.offset],
  );
  return {
    rows: rows.map((r) => ({
      item: toItem(r),
      rank: Number(r.rank),
      title: r.title_hl,
      summary: r.summary_hl,
    })),
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
  };
}

export interface ItemVersion {
  version: number;
  status: string;
  snapshot: Item;
  note: string;
  changedBy: string | null;
  changedByEmail: string | null;
  changedAt: string;
}

export async function recordItemVersion(
  db: Queryable,
  item: Item,
  changedBy: string | null,
  note: string,
): Promise<void> {
  await db.query(
    `INSERT INTO kennisbank_item_version (item_id, version, status, snapshot, note, changed_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [item.id, item.version, item.status, JSON.stringify(item), note, changedBy],
  );
}

export async function listItemVersions(db: Queryable, id: string): Promise<ItemVersion[]> {
  const rows = await db.query<{
    version: number;
    status: string;
    snapshot: Item | string;
    note: string;
    changed_by: string | null;
    email: string | null;
    changed_at: string | Date;
  }>(
    `SELECT v.version, v.status, v.snapshot, v.note, v.changed_by, a.email, v.changed_at
     FROM kennisbank_item_version v LEFT JOIN account a ON a.id = v.changed_by
     WHERE v.item_id = $1 ORDER BY v.version DESC`,
    [id],
  );
  return rows.map((r) => ({
    version: Number(r.version),
    status: r.status,
    snapshot: typeof r.snapshot === 'string' ? JSON.parse(r.snapshot) : r.snapshot,
    note: r.note,
    changedBy: r.changed_by,
    changedByEmail: r.email,
    changedAt: new Date(r.changed_at).toISOString(),
  }));
}

export async function isEditor(db: Queryable, accountId: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM kennisbank_editor WHERE account_id = $1', [accountId]);
  return rows.length > 0;
}

export async function grantEditor(db: Queryable, accountId: string, grantedBy: string): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO kennisbank_editor (account_id, granted_by) VALUES ($1, $2)
     ON CONFLICT (account_id) DO NOTHING RETURNING account_id`,
    [accountId, grantedBy],
  );
  return rows.length > 0;
}

export async function revokeEditor(db: Queryable, accountId: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM kennisbank_editor WHERE account_id = $1 RETURNING account_id', [
    accountId,
  ]);
  return rows.length > 0;
}

export async function listEditors(
  db: Queryable,
): Promise<{ accountId: string; email: string; grantedAt: string }[]> {
  const rows = await db.query<{ account_id: string; email: string; granted_at: string | Date }>(
    `SELECT e.account_id, a.email, e.granted_at FROM kennisbank_editor e JOIN account a ON a.id = e.account_id
     ORDER BY a.email`,
  );
  return rows.map((r) => ({
    accountId: r.account_id,
    email: r.email,
    grantedAt: new Date(r.granted_at).toISOString(),
  }));
}
