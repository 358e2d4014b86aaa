// Learning cycles, sessions and lessons; the counts of the national synthesis; what the residents' page reads of
// published plans and open datadialogen. SQL only.
import type { BuildingBlock, Perspective } from '../jzojp/vocabulary.ts';
import type { Cycle, CycleInput, Lesson, LessonInput, Session, SessionInput } from '../learning/schema.ts';
import type { Queryable } from './connection.ts';

const iso = (d: string | Date) => new Date(d).toISOString();
const json = <T>(v: T | string): T => (typeof v === 'string' ? JSON.parse(v) : v);

interface CycleRow {
  id: string;
  workspace_id: string | null;
  collaboration_id: string | null;
  title: string;
  question: string;
  role: string;
  status: string;
  published: boolean;
  version: number;
  created_at: string | Date;
  updated_at: string | Date;
}
const CYCLE = `id, workspace_id, collaboration_id, title, question, role, status, published, version, created_at,
  updated_at`;
const toCycle = (r: CycleRow): Cycle => ({
  id: r.id,
  workspaceId: r.workspace_id,
  collaborationId: r.collaboration_id,
  title: r.title,
  question: r.question,
  role: r.role as Cycle['role'],
  status: r.status as Cycle['status'],
  published: r.published,
  version: Number(r.version),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

/** Whose cycles: a workspace's (with those of its collaborations), or a collaboration's. */
export interface CycleScope {
  workspaceId: string | null;
  collaborationId: string | null;
}

export async function insertCycle(
  db: Queryable,
  id: string,
  scope: CycleScope,
  input: Omit<CycleInput, 'collaborationId'>,
  by: string,
): Promise<Cycle> {
  const [row] = await db.query<CycleRow>(
    `INSERT INTO learning_cycle (id, workspace_id, collaboration_id, title, question, role, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${CYCLE}`,
    [id, scope.workspaceId, scope.collaborationId, input.title, input.question, input.role, by],
  );
  return toCycle(row!);
}

export async function getCycle(db: Queryable, id: string, lock = false): Promise<Cycle | null> {
  const [row] = await db.query<CycleRow>(
    `SELECT ${CYCLE} FROM learning_cycle WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return row ? toCycle(row) : null;
}

/** The scope's cycles: a null id never matches (NULL = NULL is not true). */
const inScope = (alias: string, first: number) =>
  `(${alias}.workspace_id = $${first} OR ${alias}.collaboration_id = $${first + 1})`;

export async function listCycles(
  db: Queryable,
  scope: CycleScope,
): Promise<(Cycle & { sessions: number; lessons: number })[]> {
  const rows = await db.query<CycleRow & { sessions: string | number; lessons: string | number }>(
    `SELECT ${CYCLE.replace(/(\w+)/g, 'c.$1')},
       (SELECT count(*) FROM learning_session s WHERE s.cycle_id = c.id) AS sessions,
       (SELECT count(*) FROM learning_lesson l WHERE l.cycle_id = c.id) AS lessons
     FROM learning_cycle c WHERE ${inScope('c', 1)} ORDER BY c.created_at DESC, c.id`,
    [scope.workspaceId, scope.collaborationId],
  );
  return rows.map((r) => ({ ...toCycle(r), sessions: Number(r.sessions), lessons: Number(r.lessons) }));
}

export async function updateCycle(
  db: Queryable,
  cycle: Cycle,
  change: Pick<Cycle, 'title' | 'question' | 'role' | 'status' | 'published' | 'collaborationId'>,
): Promise<Cycle | null> {
  const [row] = await db.query<CycleRow>(
    `UPDATE learning_cycle SET title = $1, question = $2, role = $3, status = $4, published = $5,
       collaboration_id = $6, version = version + 1, updated_at = now()
     WHERE id = $7 AND version = $8 RETURNING ${CYCLE}`,
    [
      change.title,
      change.question,
      change.role,
      change.status,
      change.published,
      change.collaborationId,
      cycle.id,
      cycle.version,
    ],
  );
  return row ? toCycle(row) : null;
}

/** Marks a cycle changed (a session or lesson added): its version goes up, so a stale edit is noticed. */
export async function touchCycle(db: Queryable, id: string): Promise<void> {
  await db.query('UPDATE learning_cycle SET version = version + 1, updated_at = now() WHERE id = $1', [id]);
}

interface SessionRow {
  id: string;
  cycle_id: string;
  held_on: string;
  title: string;
  participants: Session['participants'] | string;
  decisions: string[] | string;
  notes: string;
  created_at: string | Date;
}
const toSession = (r: SessionRow): Session => ({
  id: r.id,
  cycleId: r.cycle_id,
  heldOn: r.held_on,
  title: r.title,
  participants: json(r.participants),
  decisions: json(r.decisions),
  notes: r.notes,
  createdAt: iso(r.created_at),
});

export async function insertSession(
  db: Queryable,
  id: string,
  cycleId: string,
  s: SessionInput,
): Promise<Session> {
  const [row] = await db.query<SessionRow>(
    `INSERT INTO learning_session (id, cycle_id, held_on, title, participants, decisions, notes)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [id, cycleId, s.heldOn, s.title, JSON.stringify(s.participants), JSON.stringify(s.decisions), s.notes],
  );
  return toSession(row!);
}

export async function listSessions(db: Queryable, cycleId: string): Promise<Session[]> {
  const rows = await db.query<SessionRow>(
    'SELECT * FROM learning_session WHERE cycle_id = $1 ORDER BY held_on, created_at',
    [cycleId],
  );
  return rows.map(toSession);
}

interface LessonRow {
  id: string;
  cycle_id: string;
  session_id: string | null;
  perspective: string;
  building_block: string;
  theme_id: string | null;
  text: string;
  quote: string | null;
  quote_role: string | null;
  repeats_lesson_id: string | null;
  proposed_item_id: string | null;
  created_at: string | Date;
}
const toLesson = (r: LessonRow): Lesson => ({
  id: r.id,
  cycleId: r.cycle_id,
  sessionId: r.session_id,
  perspective: r.perspective as Lesson['perspective'],
  buildingBlock: r.building_block as Lesson['buildingBlock'],
  themeId: r.theme_id,
  text: r.text,
  quote: r.quote,
  quoteRole: r.quote_role,
  repeatsLessonId: r.repeats_lesson_id,
  proposedItemId: r.proposed_item_id,
  createdAt: iso(r.created_at),
});

export async function insertLesson(
  db: Queryable,
  id: string,
  cycleId: string,
  l: LessonInput,
  by: string,
): Promise<Lesson> {
  const [row] = await db.query<LessonRow>(
    `INSERT INTO learning_lesson (id, cycle_id, session_id, perspective, building_block, theme_id, text, quote,
       quote_role, repeats_lesson_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
    [
      id,
      cycleId,
      l.sessionId,
      l.perspective,
      l.buildingBlock,
      l.themeId,
      l.text,
      l.quote,
      l.quoteRole,
      l.repeatsLessonId,
      by,
    ],
  );
  return toLesson(row!);
}

export async function listLessons(db: Queryable, cycleId: string): Promise<Lesson[]> {
  const rows = await db.query<LessonRow>(
    'SELECT * FROM learning_lesson WHERE cycle_id = $1 ORDER BY created_at, id',
    [cycleId],
  );
  return rows.map(toLesson);
}

/** A lesson of any cycle in the scope (for "repeats an earlier lesson"). */
export async function getScopeLesson(
  db: Queryable,
  scope: CycleScope,
  id: string,
): Promise<(Lesson & { cycleTitle: string }) | null> {
  const [row] = await db.query<LessonRow & { cycle_title: string }>(
    `SELECT l.*, c.title AS cycle_title FROM learning_lesson l JOIN learning_cycle c ON c.id = l.cycle_id
     WHERE ${inScope('c', 1)} AND l.id = $3`,
    [scope.workspaceId, scope.collaborationId, id],
  );
  return row ? { ...toLesson(row), cycleTitle: row.cycle_title } : null;
}

/**
 * Earlier lessons of the workspace (other than `exceptId`) with the same building block whose text shares words with
 * `text` (Dutch full-text, any word): the candidates for "this repeats an earlier lesson".
 */
export async function similarLessons(
  db: Queryable,
  scope: CycleScope,
  buildingBlock: string,
  words: string,
  exceptId: string,
): Promise<{ id: string; text: string; cycleTitle: string; rank: number }[]> {
  if (words === '') return [];
  const rows = await db.query<{ id: string; text: string; cycle_title: string; rank: number }>(
    `SELECT l.id, l.text, c.title AS cycle_title,
       ts_rank(to_tsvector('dutch', l.text), to_tsquery('dutch', $5)) AS rank
     FROM learning_lesson l JOIN learning_cycle c ON c.id = l.cycle_id
     WHERE ${inScope('c', 1)} AND l.building_block = $3 AND l.id <> $4
       AND to_tsvector('dutch', l.text) @@ to_tsquery('dutch', $5)
     ORDER BY rank DESC LIMIT 3`,
    [scope.workspaceId, scope.collaborationId, buildingBlock, exceptId, words],
  );
  return rows.map((r) => ({ id: r.id, text: r.text, cycleTitle: r.cycle_title, rank: Number(r.rank) }));
}

export async function setProposedItem(db: Queryable, lessonId: string, itemId: string): Promise<void> {
  await db.query('UPDATE learning_lesson SET proposed_item_id = $1, version = version + 1 WHERE id = $2', [
    itemId,
    lessonId,
  ]);
}

/**
 * Lessons of published cycles per building block and perspective, with the numbers of cycles and of owners (a
 * workspace, or a collaboration without one).
 */
export async function publishedLessonCounts(db: Queryable): Promise<{
  counts: { buildingBlock: BuildingBlock; perspective: Perspective; count: number }[];
  cycles: number;
  workspaces: number;
}> {
  const counts = await db.query<{ building_block: string; perspective: string; n: string | number }>(
    `SELECT l.building_block, l.perspective, count(*) AS n
     FROM learning_lesson l JOIN learning_cycle c ON c.id = l.cycle_id
     WHERE c.published GROUP BY l.building_block, l.perspective`,
  );
  const [totals] = await db.query<{ cycles: string | number; workspaces: string | number }>(
    `SELECT count(*) AS cycles,
       count(DISTINCT coalesce(workspace_id, 'collaboration:' || collaboration_id)) AS workspaces
     FROM learning_cycle WHERE published`,
  );
  return {
    counts: counts.map((r) => ({
      buildingBlock: r.building_block as BuildingBlock,
      perspective: r.perspective as Perspective,
      count: Number(r.n),
    })),
    cycles: Number(totals?.cycles ?? 0),
    workspaces: Number(totals?.workspaces ?? 0),
  };
}

/** Published plans of workspaces for this standard region, with their kernopgaven. */
export async function publishedPlansForRegion(
  db: Queryable,
  regionCode: string,
): Promise<
  {
    workspaceId: string;
    workspaceName: string;
    title: string;
    summary: string;
    kernopgaven: { title: string; description: string; themeId: string | null }[];
  }[]
> {
  const plans = await db.query<{ workspace_id: string; name: string; title: string; summary: string }>(
    `SELECT w.id AS workspace_id, w.name, p.title, p.summary FROM workspace w JOIN plan p ON p.workspace_id = w.id
     WHERE p.published AND w.region_code = $1 ORDER BY w.name`,
    [regionCode],
  );
  const out = [];
  for (const p of plans) {
    const kernopgaven = await db.query<{ title: string; description: string; theme_id: string | null }>(
      'SELECT title, description, theme_id FROM plan_kernopgave WHERE workspace_id = $1 ORDER BY position',
      [p.workspace_id],
    );
    out.push({
      workspaceId: p.workspace_id,
      workspaceName: p.name,
      title: p.title,
      summary: p.summary,
      kernopgaven: kernopgaven.map((k) => ({
        title: k.title,
        description: k.description,
        themeId: k.theme_id,
      })),
    });
  }
  return out;
}

/** Open public rounds (datadialogen) of the given workspaces: their public link token and title. */
export async function openDialogues(
  db: Queryable,
  workspaceIds: readonly string[],
): Promise<{ workspaceId: string; token: string; title: string }[]> {
  if (workspaceIds.length === 0) return [];
  const rows = await db.query<{ workspace_id: string; public_token: string; title: string }>(
    `SELECT workspace_id, public_token, title FROM plan_round
     WHERE workspace_id = ANY($1::text[]) AND audience = 'public' AND status = 'open' AND public_token IS NOT NULL
     ORDER BY number`,
    [workspaceIds],
  );
  return rows.map((r) => ({ workspaceId: r.workspace_id, token: r.public_token, title: r.title }));
}
