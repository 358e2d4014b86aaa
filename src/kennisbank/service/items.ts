// Writing kennisbank items: create (draft), edit content (draft and review only), move between states, propose a
// lesson, read one with its versions. Every change is one transaction: the optimistic lock on the item's version,
// a version row with the whole item, an audit entry.
import { type Actor, signedIn } from '../../access/actor.ts';
import { conflict, invalid, notFound, stale } from '../../access/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import {
  findByTitle,
  getItem,
  insertItem,
  listItemVersions,
  lockItem,
  publicItem,
  recordItemVersion,
  type StoredItem,
  updateItemContent,
  updateItemStatus,
} from '../../db/kennisbankStore.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import type { Catalog } from '../../indicators/schema.ts';
import { stripMarkers } from '../highlight.ts';
import { type Item, type ItemInput, type ItemInputRaw, itemInput, type TransitionInput } from '../schema.ts';
import { indexCompounds, tagText } from '../searchText.ts';
import { ITEM_STATUS_LABELS, type ItemOrigin, type ItemStatus } from '../vocabulary.ts';
import { EDITABLE, transitionProblem } from '../workflow.ts';
import { mayEdit, requireEditor } from './access.ts';
import { type KennisbankDeps, themeNames } from './deps.ts';

/** Parses and checks an item's content: the zod shape, then themes and indicators against the catalogue. */
export function checkInput(raw: unknown, catalog: Catalog, prefix = 'item'): ItemInput {
  const parsed = itemInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = [prefix, ...issue.path].join('.');
    throw invalid(field, issue.message);
  }
  const item = parsed.data;
  const themes = new Set(catalog.themes.map((t) => t.id));
  item.themes.forEach((t, i) => {
    if (!themes.has(t)) throw invalid(`${prefix}.themes.${i}`, `onbekend JZOJP-thema '${t}'`);
  });
  const indicators = new Set(catalog.indicators.map((t) => t.id));
  item.indicators.forEach((t, i) => {
    if (!indicators.has(t)) throw invalid(`${prefix}.indicators.${i}`, `onbekende indicator '${t}'`);
  });
  return { ...item, title: stripMarkers(item.title), summary: stripMarkers(item.summary) };
}

export const searchFields = (item: ItemInput, catalog: Catalog) => {
  const tags = tagText(item, themeNames(catalog));
  return { tags, compounds: indexCompounds(item, tags) };
};

async function assertTitleFree(db: Queryable, title: string, exceptId: string | null, yours: unknown) {
  const taken = await findByTitle(db, title, exceptId);
  if (taken)
    throw conflict(
      'duplicate-title',
      `Er is al een item met de titel '${title}' (${taken.id}, ${ITEM_STATUS_LABELS[taken.status as ItemStatus].nl.toLowerCase()}). Kies een andere titel of werk dat item bij; uw invoer staat in 'yours'.`,
      { existing: taken.id, yours },
      'title',
    );
}

const audit = (tx: Queryable, actor: Actor, action: string, detail: Record<string, unknown>) =>
  appendAudit(tx, {
    actorId: actor.account?.id ?? null,
    actorEmail: actor.account?.email ?? null,
    action,
    detail,
    ip: actor.ip,
  });

async function create(
  deps: KennisbankDeps,
  actor: Actor,
  raw: unknown,
  status: ItemStatus,
  origin: ItemOrigin,
  note: string,
): Promise<Item> {
  const input = checkInput(raw, deps.catalog);
  return deps.db.transaction(async (tx) => {
    await assertTitleFree(tx, input.title, null, raw);
    const stored = await insertItem(tx, {
      id: newId(),
      status,
      origin,
      item: input,
      search: searchFields(input, deps.catalog),
      editor: actor.account?.id ?? null,
    });
    await recordItemVersion(tx, publicItem(stored), actor.account?.id ?? null, note);
    await audit(tx, actor, `kennisbank.${origin === 'proposal' ? 'propose' : 'create'}`, {
      item: stored.id,
      title: stored.title,
    });
    return publicItem(stored);
  });
}

/** A redacteur writes a new item; it starts as a draft. */
export async function createItem(deps: KennisbankDeps, actor: Actor, raw: unknown): Promise<Item> {
  await requireEditor(deps.db, actor);
  return create(deps, actor, raw, 'draft', 'editor', 'Aangemaakt');
}

/** Anyone signed in proposes an item (a lesson from a learning cycle); it waits in review for a redacteur. */
export async function proposeItem(
  deps: KennisbankDeps,
  actor: Actor,
  raw: ItemInputRaw,
  note: string,
): Promise<Item> {
  signedIn(actor);
  return create(deps, actor, raw, 'review', 'proposal', note);
}

async function changeLocked(
  deps: KennisbankDeps,
  id: string,
  version: number,
  yours: unknown,
  work: (tx: Queryable, current: StoredItem) => Promise<StoredItem | null>,
): Promise<Item> {
  return deps.db.transaction(async (tx) => {
    const current = await lockItem(tx, id);
    if (!current) throw notFound(`Kennisbank-item '${id}' bestaat niet.`);
    if (current.version !== version) throw stale('Dit item', publicItem(current), yours);
    const changed = await work(tx, current);
    if (!changed) throw stale('Dit item', publicItem(current), yours);
    return publicItem(changed);
  });
}

/** Edits the content of a draft or an item in review. */
export async function updateItem(
  deps: KennisbankDeps,
  actor: Actor,
  id: string,
  body: { version: number; item: unknown },
): Promise<Item> {
  const account = await requireEditor(deps.db, actor);
  const input = checkInput(body.item, deps.catalog);
  return changeLocked(deps, id, body.version, body, async (tx, current) => {
    if (!EDITABLE.includes(current.status))
      throw conflict(
        'not-editable',
        `Een item met status '${ITEM_STATUS_LABELS[current.status].nl.toLowerCase()}' kan niet worden bewerkt; zet het eerst terug naar concept. Uw invoer staat in 'yours'.`,
        { yours: body },
        'status',
      );
    await assertTitleFree(tx, input.title, id, body);
    const changed = await updateItemContent(
      tx,
      id,
      body.version,
      input,
      searchFields(input, deps.catalog),
      account.id,
    );
    if (changed) {
      await recordItemVersion(tx, publicItem(changed), account.id, 'Inhoud bewerkt');
      await audit(tx, actor, 'kennisbank.update', { item: id, version: changed.version });
    }
    return changed;
  });
}

/** Moves an item to another state (TRANSITIONS of src/kennisbank/workflow.ts). */
export async function transitionItem(
  deps: KennisbankDeps,
  actor: Actor,
  id: string,
  body: TransitionInput,
): Promise<Item> {
  const account = await requireEditor(deps.db, actor);
  return changeLocked(deps, id, body.version, body, async (tx, current) => {
    const problem = transitionProblem(current.status, body.to, account.id, current.lastEditor);
    if (problem === 'not-allowed')
      throw conflict(
        'transition-not-allowed',
        `Van '${ITEM_STATUS_LABELS[current.status].nl}' naar '${ITEM_STATUS_LABELS[body.to].nl}' kan niet.`,
        undefined,
        'to',
      );
    if (problem === 'same-editor')
      throw conflict(
        'four-eyes',
        'U heeft dit item het laatst bewerkt; een andere redacteur moet het publiceren (vier ogen).',
        undefined,
        'to',
      );
    if (body.to !== 'retired' && current.status === 'retired')
      await assertTitleFree(tx, current.title, id, body);
    const changed = await updateItemStatus(tx, id, body.version, body.to);
    if (changed) {
      const note =
        body.note || `${ITEM_STATUS_LABELS[current.status].nl} → ${ITEM_STATUS_LABELS[body.to].nl}`;
      await recordItemVersion(tx, publicItem(changed), account.id, note);
      await audit(tx, actor, 'kennisbank.transition', { item: id, from: current.status, to: body.to });
    }
    return changed;
  });
}

/** One item: published for everyone; drafts, review and retired items only for redacteuren (404 otherwise). */
export async function readItem(
  deps: KennisbankDeps,
  actor: Actor,
  id: string,
): Promise<{ item: Item; editable: boolean }> {
  const stored = await getItem(deps.db, id);
  const editor = await mayEdit(deps.db, actor);
  if (!stored || (stored.status !== 'published' && !editor))
    throw notFound(`Kennisbank-item '${id}' bestaat niet of is niet gepubliceerd.`);
  return { item: publicItem(stored), editable: editor };
}

export async function itemVersions(deps: KennisbankDeps, actor: Actor, id: string) {
  await requireEditor(deps.db, actor);
  if (!(await getItem(deps.db, id))) throw notFound(`Kennisbank-item '${id}' bestaat niet.`);
  return listItemVersions(deps.db, id);
}
