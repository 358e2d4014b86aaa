// The kennisagenda's tables (migration 0150): roles, taxonomy versions, corpora and items, codings, final labels,
// samples and reviews, the synthesis (threads, quotes, questions) and suggestion models. SQL only.
import type { KennisagendaRole } from '../kennisagenda/roles.ts';
import type { TaxonomyDocument } from '../kennisagenda/taxonomy.ts';
import { insertMany } from './bulk.ts';
import type { Queryable } from './connection.ts';

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());

// Roles ------------------------------------------------------------------------------------------------------

export interface RoleGrant {
  accountId: string;
  email: string;
  role: KennisagendaRole;
  grantedAt: string;
}

export async function rolesOf(db: Queryable, accountId: string): Promise<KennisagendaRole[]> {
  const rows = await db.query<{ role: KennisagendaRole }>(
    'SELECT role FROM kennisagenda_role WHERE account_id = $1 ORDER BY role',
    [accountId],
  );
  return rows.map((r) => r.role);
}

export async function listRoleGrants(db: Queryable): Promise<RoleGrant[]> {
  const rows = await db.query<RoleGrant>(
    `SELECT r.account_id AS "accountId", a.email, r.role, r.granted_at AS "grantedAt"
     FROM kennisagenda_role r JOIN account a ON a.id = r.account_id ORDER BY a.email, r.role`,
  );
  return rows.map((r) => ({ ...r, grantedAt: iso(r.grantedAt) }));
}

export async function grantRole(
  db: Queryable,
  accountId: string,
  role: KennisagendaRole,
  grantedBy: string,
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO kennisagenda_role (account_id, role, granted_by) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING role`,
    [accountId, role, grantedBy],
  );
  return rows.length > 0;
}

export async function revokeRole(db: Queryable, accountId: string, role: KennisagendaRole): Promise<boolean> {
  const rows = await db.query(
    'DELETE FROM kennisagenda_role WHERE account_id = $1 AND role = $2 RETURNING role',
    [accountId, role],
  );
  return rows.length > 0;
}

// Taxonomy ---------------------------------------------------------------------------------------------------

export interface StoredTaxonomy {
  version: number;
  document: TaxonomyDocument;
  author: string | null;
  note: string | null;
  createdAt: string;
}

const taxonomyColumns = `t.version, t.document, a.email AS author, t.note, t.created_at AS "createdAt"`;

export async function currentTaxonomy(db: Queryable): Promise<StoredTaxonomy | null> {
  const [row] = await db.query<StoredTaxonomy>(
    `SELECT ${taxonomyColumns} FROM kennisagenda_taxonomy t LEFT JOIN account a ON a.id = t.author_id
     ORDER BY t.version DESC LIMIT 1`,
  );
  return row ? { ...row, createdAt: iso(row.createdAt) } : null;
}

export async function taxonomyVersion(db: Queryable, version: number): Promise<StoredTaxonomy | null> {
  const [row] = await db.query<StoredTaxonomy>(
    `SELECT ${taxonomyColumns} FROM kennisagenda_taxonomy t LEFT JOIN account a ON a.id = t.author_id
     WHERE t.version = $1`,
    [version],
  );
  return row ? { ...row, createdAt: iso(row.createdAt) } : null;
}

export async function listTaxonomyVersions(db: Queryable): Promise<Omit<StoredTaxonomy, 'document'>[]> {
  const rows = await db.query<StoredTaxonomy>(
    `SELECT t.version, a.email AS author, t.note, t.created_at AS "createdAt"
     FROM kennisagenda_taxonomy t LEFT JOIN account a ON a.id = t.author_id ORDER BY t.version`,
  );
  return rows.map((r) => ({ ...r, createdAt: iso(r.createdAt) }));
}

/** Inserts a version; false when that version number exists already (someone else saved first). */
export async function insertTaxonomyVersion(
  db: Queryable,
  version: number,
  document: TaxonomyDocument,
  authorId: string | null,
  note: string | null,
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO kennisagenda_taxonomy (version, document, author_id, note) VALUES ($1, $2, $3, $4)
     ON CONFLICT (version) DO NOTHING RETURNING version`,
    [version, JSON.stringify(document), authorId, note],
  );
  return rows.length > 0;
}

// Corpora and items ------------------------------------------------------------------------------------------

export interface Corpus {
  id: string;
  name: string;
  description: string;
  screening: boolean;
  createdAt: string;
}

export interface CorpusCounts {
  items: number;
  relevant: number;
  notRelevant: number;
  unscreened: number;
  coded: number;
}

export async function createCorpus(
  db: Queryable,
  corpus: { id: string; name: string; description: string; screening: boolean },
  createdBy: string,
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO kennisagenda_corpus (id, name, description, screening, created_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (name) DO NOTHING RETURNING id`,
    [corpus.id, corpus.name, corpus.description, corpus.screening, createdBy],
  );
  return rows.length > 0;
}

const corpusColumns = 'id, name, description, screening, created_at AS "createdAt"';

export async function getCorpus(db: Queryable, id: string): Promise<Corpus | null> {
  const [row] = await db.query<Corpus>(`SELECT ${corpusColumns} FROM kennisagenda_corpus WHERE id = $1`, [
    id,
  ]);
  return row ? { ...row, createdAt: iso(row.createdAt) } : null;
}

export async function listCorpora(db: Queryable): Promise<(Corpus & CorpusCounts)[]> {
  const rows = await db.query<Corpus & Record<keyof CorpusCounts, string | number>>(
    `SELECT c.id, c.name, c.description, c.screening, c.created_at AS "createdAt",
       count(i.id) AS items,
       count(i.id) FILTER (WHERE i.relevant IS TRUE) AS relevant,
       count(i.id) FILTER (WHERE i.relevant IS FALSE) AS "notRelevant",
       count(i.id) FILTER (WHERE i.relevant IS NULL) AS unscreened,
       count(f.item_id) AS coded
     FROM kennisagenda_corpus c
     LEFT JOIN kennisagenda_item i ON i.corpus_id = c.id
     LEFT JOIN kennisagenda_final f ON f.item_id = i.id
     GROUP BY c.id ORDER BY c.created_at, c.name`,
  );
  return rows.map((r) => ({
    ...r,
    createdAt: iso(r.createdAt),
    items: Number(r.items),
    relevant: Number(r.relevant),
    notRelevant: Number(r.notRelevant),
    unscreened: Number(r.unscreened),
    coded: Number(r.coded),
  }));
}

export async function itemKeys(db: Queryable, corpusId: string): Promise<Set<string>> {
  const rows = await db.query<{ key: string }>(
    'SELECT text_key AS key FROM kennisagenda_item WHERE corpus_id = $1',
    [corpusId],
  );
  return new Set(rows.map((r) => r.key));
}

export interface NewItem {
  id: string;
  text: string;
  key: string;
  reference: string | null;
  sourceFile: string | null;
  sourceRow: number | null;
  importId: string | null;
  relevant: boolean | null;
}

/** Appends items after the corpus's last one (seq continues). */
export async function insertItems(
  db: Queryable,
  corpusId: string,
  items: readonly NewItem[],
  addedBy: string,
): Promise<void> {
  const [last] = await db.query<{ seq: number | null }>(
    'SELECT max(seq) AS seq FROM kennisagenda_item WHERE corpus_id = $1',
    [corpusId],
  );
  const start = Number(last?.seq ?? 0);
  const rows = items.map((item, i) => ({ ...item, seq: start + i + 1 }));
  await insertMany(
    db,
    'kennisagenda_item',
    [
      { name: 'id', type: 'text[]', get: (r) => r.id },
      { name: 'corpus_id', type: 'text[]', get: () => corpusId },
      { name: 'seq', type: 'int4[]', get: (r) => r.seq },
      { name: 'text', type: 'text[]', get: (r) => r.text },
      { name: 'text_key', type: 'text[]', get: (r) => r.key },
      { name: 'reference', type: 'text[]', get: (r) => r.reference },
      { name: 'source_file', type: 'text[]', get: (r) => r.sourceFile },
      { name: 'source_row', type: 'int4[]', get: (r) => r.sourceRow },
      { name: 'import_id', type: 'text[]', get: (r) => r.importId },
      { name: 'relevant', type: 'bool[]', get: (r) => r.relevant },
      { name: 'added_by', type: 'text[]', get: () => addedBy },
    ],
    rows,
  );
}

export interface Item {
  id: string;
  corpusId: string;
  seq: number;
  text: string;
  reference: string | null;
  sourceFile: string | null;
  sourceRow: number | null;
  relevant: boolean | null;
}

const itemColumns = `i.id, i.corpus_id AS "corpusId", i.seq, i.text, i.reference, i.source_file AS "sourceFile",
  i.source_row AS "sourceRow", i.relevant`;

export async function getItem(db: Queryable, id: string): Promise<Item | null> {
  const [row] = await db.query<Item>(`SELECT ${itemColumns} FROM kennisagenda_item i WHERE i.id = $1`, [id]);
  return row ?? null;
}

export async function listItems(db: Queryable, corpusId: string): Promise<Item[]> {
  return db.query<Item>(
    `SELECT ${itemColumns} FROM kennisagenda_item i WHERE i.corpus_id = $1 ORDER BY i.seq`,
    [corpusId],
  );
}

export async function setRelevance(
  db: Queryable,
  itemId: string,
  relevant: boolean | null,
  by: string,
): Promise<void> {
  await db.query('UPDATE kennisagenda_item SET relevant = $2, screened_by = $3 WHERE id = $1', [
    itemId,
    relevant,
    by,
  ]);
}

// Codings and final labels -----------------------------------------------------------------------------------

export interface Coding {
  itemId: string;
  coderId: string;
  coder: string;
  slot: 1 | 2;
  themes: string[];
  forms: string[];
  submittedAt: string;
}

const codingColumns = `c.item_id AS "itemId", c.coder_id AS "coderId", a.email AS coder, c.slot, c.themes, c.forms,
  c.submitted_at AS "submittedAt"`;

export async function codingsOfItem(db: Queryable, itemId: string): Promise<Coding[]> {
  const rows = await db.query<Coding>(
    `SELECT ${codingColumns} FROM kennisagenda_coding c JOIN account a ON a.id = c.coder_id
     WHERE c.item_id = $1 ORDER BY c.slot`,
    [itemId],
  );
  return rows.map((r) => ({ ...r, slot: Number(r.slot) as 1 | 2, submittedAt: iso(r.submittedAt) }));
}

export async function codingsOfCorpus(db: Queryable, corpusId: string): Promise<Coding[]> {
  const rows = await db.query<Coding>(
    `SELECT ${codingColumns} FROM kennisagenda_coding c JOIN account a ON a.id = c.coder_id
     JOIN kennisagenda_item i ON i.id = c.item_id WHERE i.corpus_id = $1 ORDER BY i.seq, c.slot`,
    [corpusId],
  );
  return rows.map((r) => ({ ...r, slot: Number(r.slot) as 1 | 2, submittedAt: iso(r.submittedAt) }));
}

/** Inserts a coding in a free slot; false when the slot was taken meanwhile (a race with another coder). */
export async function insertCoding(
  db: Queryable,
  coding: { itemId: string; coderId: string; slot: 1 | 2; themes: string[]; forms: string[] },
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO kennisagenda_coding (item_id, coder_id, slot, themes, forms) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING RETURNING slot`,
    [coding.itemId, coding.coderId, coding.slot, coding.themes, coding.forms],
  );
  return rows.length > 0;
}

export interface FinalLabel {
  itemId: string;
  themes: string[];
  forms: string[];
  source: 'agreed' | 'resolved' | 'import';
  resolvedBy: string | null;
  note: string | null;
  version: number;
  resolvedAt: string;
}

const finalColumns = `f.item_id AS "itemId", f.themes, f.forms, f.source, a.email AS "resolvedBy", f.note,
  f.version, f.resolved_at AS "resolvedAt"`;

export async function finalOf(db: Queryable, itemId: string): Promise<FinalLabel | null> {
  const [row] = await db.query<FinalLabel>(
    `SELECT ${finalColumns} FROM kennisagenda_final f LEFT JOIN account a ON a.id = f.resolved_by
     WHERE f.item_id = $1`,
    [itemId],
  );
  return row ? { ...row, version: Number(row.version), resolvedAt: iso(row.resolvedAt) } : null;
}

export async function finalsOfCorpus(db: Queryable, corpusId: string): Promise<FinalLabel[]> {
  const rows = await db.query<FinalLabel>(
    `SELECT ${finalColumns} FROM kennisagenda_final f LEFT JOIN account a ON a.id = f.resolved_by
     JOIN kennisagenda_item i ON i.id = f.item_id WHERE i.corpus_id = $1 ORDER BY i.seq`,
    [corpusId],
  );
  return rows.map((r) => ({ ...r, version: Number(r.version), resolvedAt: iso(r.resolvedAt) }));
}

/** Writes the final label. With `expectedVersion`, only over that version (false when it moved on). */
export async function saveFinal(
  db: Queryable,
  final: {
    itemId: string;
    themes: string[];
    forms: string[];
    source: FinalLabel['source'];
    resolvedBy: string | null;
    note: string | null;
  },
  expectedVersion: number | null,
): Promise<boolean> {
  const args = [final.itemId, final.themes, final.forms, final.source, final.resolvedBy, final.note];
  if (expectedVersion === null) {
    const rows = await db.query(
      `INSERT INTO kennisagenda_final (item_id, themes, forms, source, resolved_by, note)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING item_id`,
      args,
    );
    return rows.length > 0;
  }
  const rows = await db.query(
    `UPDATE kennisagenda_final SET themes = $2, forms = $3, source = $4, resolved_by = $5, note = $6,
       version = version + 1, resolved_at = now()
     WHERE item_id = $1 AND version = $7 RETURNING item_id`,
    [...args, expectedVersion],
  );
  return rows.length > 0;
}

/** Final labels from an import, in one statement per chunk. */
export async function insertImportedFinals(
  db: Queryable,
  finals: readonly { itemId: string; themes: string[]; forms: string[] }[],
  by: string,
): Promise<void> {
  await insertMany(
    db,
    'kennisagenda_final',
    [
      { name: 'item_id', type: 'text[]', get: (r) => r.itemId },
      {
        name: 'themes',
        type: 'text[]',
        get: (r) => r.themes.join(','),
        expression: (v) => `string_to_array(${v}, ',')`,
      },
      {
        name: 'forms',
        type: 'text[]',
        get: (r) => r.forms.join(','),
        expression: (v) => `string_to_array(${v}, ',')`,
      },
      { name: 'source', type: 'text[]', get: () => 'import' },
      { name: 'resolved_by', type: 'text[]', get: () => by },
    ],
    finals,
  );
}

// Samples and reviews ----------------------------------------------------------------------------------------

export interface Sample {
  id: string;
  corpusId: string;
  seed: number;
  size: number;
  itemIds: string[];
  drawnBy: string | null;
  drawnAt: string;
}

export async function insertSample(db: Queryable, sample: Omit<Sample, 'drawnAt' | 'drawnBy'>, by: string) {
  await db.query(
    `INSERT INTO kennisagenda_sample (id, corpus_id, seed, size, item_ids, drawn_by) VALUES ($1, $2, $3, $4, $5, $6)`,
    [sample.id, sample.corpusId, sample.seed, sample.size, sample.itemIds, by],
  );
}

export async function listSamples(db: Queryable, corpusId: string): Promise<Sample[]> {
  const rows = await db.query<Sample>(
    `SELECT s.id, s.corpus_id AS "corpusId", s.seed, s.size, s.item_ids AS "itemIds", a.email AS "drawnBy",
       s.drawn_at AS "drawnAt"
     FROM kennisagenda_sample s LEFT JOIN account a ON a.id = s.drawn_by WHERE s.corpus_id = $1 ORDER BY s.drawn_at`,
    [corpusId],
  );
  return rows.map((r) => ({ ...r, seed: Number(r.seed), size: Number(r.size), drawnAt: iso(r.drawnAt) }));
}

export interface Review {
  sampleId: string;
  itemId: string;
  reviewer: string | null;
  agrees: boolean;
  note: string | null;
  reviewedAt: string;
}

export async function saveReview(
  db: Queryable,
  review: { sampleId: string; itemId: string; reviewerId: string; agrees: boolean; note: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO kennisagenda_review (sample_id, item_id, reviewer_id, agrees, note) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (sample_id, item_id) DO UPDATE SET reviewer_id = EXCLUDED.reviewer_id, agrees = EXCLUDED.agrees,
       note = EXCLUDED.note, reviewed_at = now()`,
    [review.sampleId, review.itemId, review.reviewerId, review.agrees, review.note],
  );
}

export async function reviewsOf(db: Queryable, sampleId: string): Promise<Review[]> {
  const rows = await db.query<Review>(
    `SELECT r.sample_id AS "sampleId", r.item_id AS "itemId", a.email AS reviewer, r.agrees, r.note,
       r.reviewed_at AS "reviewedAt"
     FROM kennisagenda_review r LEFT JOIN account a ON a.id = r.reviewer_id WHERE r.sample_id = $1`,
    [sampleId],
  );
  return rows.map((r) => ({ ...r, reviewedAt: iso(r.reviewedAt) }));
}

// Synthesis --------------------------------------------------------------------------------------------------

export interface Thread {
  id: string;
  theme: string;
  kind: 'knelpunt' | 'behoefte';
  text: string;
  position: number;
  source: string;
  version: number;
  itemIds: string[];
}

export async function listThreads(db: Queryable): Promise<Thread[]> {
  const rows = await db.query<Thread>(
    `SELECT t.id, t.theme, t.kind, t.text, t.position, t.source, t.version,
       coalesce(array_agg(ti.item_id ORDER BY ti.item_id) FILTER (WHERE ti.item_id IS NOT NULL), '{}') AS "itemIds"
     FROM kennisagenda_thread t LEFT JOIN kennisagenda_thread_item ti ON ti.thread_id = t.id
     GROUP BY t.id ORDER BY t.theme, t.position`,
  );
  return rows.map((r) => ({ ...r, position: Number(r.position), version: Number(r.version) }));
}

export async function insertThread(
  db: Queryable,
  thread: Omit<Thread, 'version' | 'itemIds'>,
): Promise<void> {
  await db.query(
    'INSERT INTO kennisagenda_thread (id, theme, kind, text, position, source) VALUES ($1, $2, $3, $4, $5, $6)',
    [thread.id, thread.theme, thread.kind, thread.text, thread.position, thread.source],
  );
}

export async function threadVersion(db: Queryable, id: string): Promise<number | null> {
  const [row] = await db.query<{ version: number }>('SELECT version FROM kennisagenda_thread WHERE id = $1', [
    id,
  ]);
  return row ? Number(row.version) : null;
}

/** Replaces a thread's linked items when its version is still `expected`; false otherwise. */
export async function setThreadItems(
  db: Queryable,
  id: string,
  itemIds: readonly string[],
  expected: number,
): Promise<boolean> {
  const rows = await db.query(
    'UPDATE kennisagenda_thread SET version = version + 1 WHERE id = $1 AND version = $2 RETURNING id',
    [id, expected],
  );
  if (rows.length === 0) return false;
  await db.query('DELETE FROM kennisagenda_thread_item WHERE thread_id = $1', [id]);
  if (itemIds.length > 0)
    await db.query(
      'INSERT INTO kennisagenda_thread_item (thread_id, item_id) SELECT $1, unnest($2::text[])',
      [id, itemIds],
    );
  return true;
}

export interface Quote {
  id: string;
  theme: string;
  text: string;
  itemId: string | null;
}

export async function listQuotes(db: Queryable): Promise<Quote[]> {
  return db.query<Quote>(
    'SELECT id, theme, text, item_id AS "itemId" FROM kennisagenda_quote ORDER BY theme, created_at, id',
  );
}

export async function insertQuote(db: Queryable, quote: Quote): Promise<void> {
  await db.query('INSERT INTO kennisagenda_quote (id, theme, text, item_id) VALUES ($1, $2, $3, $4)', [
    quote.id,
    quote.theme,
    quote.text,
    quote.itemId,
  ]);
}

export interface Question {
  id: string;
  theme: string;
  kind: 'vraag' | 'onderwerp';
  text: string;
  recommendations: string[];
  position: number;
  source: string;
  version: number;
}

export async function listQuestions(db: Queryable): Promise<Question[]> {
  const rows = await db.query<Question>(
    'SELECT id, theme, kind, text, recommendations, position, source, version FROM kennisagenda_question ORDER BY theme, position',
  );
  return rows.map((r) => ({ ...r, position: Number(r.position), version: Number(r.version) }));
}

export async function insertQuestion(db: Queryable, q: Omit<Question, 'version'>): Promise<void> {
  await db.query(
    `INSERT INTO kennisagenda_question (id, theme, kind, text, recommendations, position, source)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [q.id, q.theme, q.kind, q.text, q.recommendations, q.position, q.source],
  );
}

export async function getQuestion(db: Queryable, id: string): Promise<Question | null> {
  const [row] = await db.query<Question>(
    'SELECT id, theme, kind, text, recommendations, position, source, version FROM kennisagenda_question WHERE id = $1',
    [id],
  );
  return row ? { ...row, position: Number(row.position), version: Number(row.version) } : null;
}

export async function setQuestionLinks(
  db: Queryable,
  id: string,
  recommendations: readonly string[],
  expected: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE kennisagenda_question SET recommendations = $2, version = version + 1
     WHERE id = $1 AND version = $3 RETURNING id`,
    [id, recommendations, expected],
  );
  return rows.length > 0;
}

export async function nextPosition(
  db: Queryable,
  table: 'thread' | 'question',
  theme: string,
): Promise<number> {
  const [row] = await db.query<{ p: number | null }>(
    `SELECT max(position) AS p FROM kennisagenda_${table} WHERE theme = $1`,
    [theme],
  );
  return Number(row?.p ?? 0) + 1;
}

// Models -----------------------------------------------------------------------------------------------------

export interface StoredModel {
  id: string;
  trainedOn: string;
  examples: number;
  model: unknown;
  evaluation: unknown;
  trainedBy: string | null;
  trainedMs: number;
  trainedAt: string;
}

export async function insertModel(
  db: Queryable,
  m: Omit<StoredModel, 'trainedAt' | 'trainedBy'> & { trainedBy: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO kennisagenda_model (id, trained_on, examples, model, evaluation, trained_by, trained_ms)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      m.id,
      m.trainedOn,
      m.examples,
      JSON.stringify(m.model),
      JSON.stringify(m.evaluation),
      m.trainedBy,
      m.trainedMs,
    ],
  );
}

export async function latestModel(db: Queryable): Promise<StoredModel | null> {
  const [row] = await db.query<StoredModel>(
    `SELECT m.id, m.trained_on AS "trainedOn", m.examples, m.model, m.evaluation, a.email AS "trainedBy",
       m.trained_ms AS "trainedMs", m.trained_at AS "trainedAt"
     FROM kennisagenda_model m LEFT JOIN account a ON a.id = m.trained_by ORDER BY m.trained_at DESC, m.id DESC LIMIT 1`,
  );
  return row
    ? {
        ...row,
        examples: Number(row.examples),
        trainedMs: Number(row.trainedMs),
        trainedAt: iso(row.trainedAt),
      }
    : null;
}
