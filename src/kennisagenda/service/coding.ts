// The four-eyes coding: two coders code each item independently and blind to each other; a submitted coding is
// fixed; equal codings become the final label, different ones are listed for discussion and resolved by a final
// label; a senior reviews a random sample drawn with a seed anyone can repeat.
import type { Actor } from '../../access/actor.ts';
import { conflict, invalid, notFound, stale } from '../../access/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import {
  type Corpus,
  codingsOfCorpus,
  codingsOfItem,
  finalOf,
  finalsOfCorpus,
  getItem,
  type Item,
  insertCoding,
  insertSample,
  listItems,
  listSamples,
  reviewsOf,
  saveFinal,
  saveReview,
} from '../../db/kennisagendaStore.ts';
import { disagrees } from '../agreement.ts';
import { inScope, openDisagreements } from '../corpusReport.ts';
import { seededSample } from '../random.ts';
import { mayKennisagenda } from '../roles.ts';
import type { CodingInput, ResolveInput } from '../schemas.ts';
import { labelResolver, type TaxonomyDocument } from '../taxonomy.ts';
import { audit, type KennisagendaDeps, requireKennisagenda, taxonomyNow } from './access.ts';
import { requireCorpus } from './corpora.ts';

/** Codes as written → canonical ids; an unknown one is a 400 naming the field and the allowed ids. */
export function canonicalCodes(
  taxonomy: TaxonomyDocument,
  input: { themes: readonly string[]; forms: readonly string[] },
  prefix = '',
): { themes: string[]; forms: string[] } {
  const resolve = (dimension: 'themes' | 'forms') => {
    const entries = dimension === 'themes' ? taxonomy.knowledgeThemes : taxonomy.careShiftForms;
    const resolver = labelResolver(entries);
    const out: string[] = [];
    input[dimension].forEach((written, i) => {
      const id = resolver(written);
      if (id === null)
        throw invalid(
          `${prefix}${dimension}.${i}`,
          `onbekend${dimension === 'themes' ? ' thema' : 'e vorm'} '${written}'; kies uit ${entries.map((e) => e.id).join(', ')}`,
        );
      if (!out.includes(id)) out.push(id);
    });
    return out;
  };
  return { themes: resolve('themes'), forms: resolve('forms') };
}

async function requireItem(db: Queryable, itemId: string): Promise<Item> {
  const item = await getItem(db, itemId);
  if (!item) throw notFound(`Item '${itemId}' bestaat niet.`);
  return item;
}

const sameSet = (a: readonly string[], b: readonly string[]) => !disagrees({ first: a, second: b });

/** One coder's coding of one item inside a transaction; the rules of the four-eyes principle. */
async function codeOne(
  tx: Queryable,
  corpus: Corpus,
  coderId: string,
  item: Item,
  codes: { themes: string[]; forms: string[] },
  field: string,
) {
  if (corpus.screening && item.relevant === null)
    throw conflict(
      'not-screened',
      `Item ${item.seq} is nog niet op relevantie gescreend; screen het eerst.`,
      {},
      field,
    );
  if (item.relevant === false)
    throw conflict(
      'not-relevant',
      `Item ${item.seq} is als niet relevant gescreend en wordt niet gecodeerd.`,
      {},
      field,
    );
  const final = await finalOf(tx, item.id);
  if (final?.source === 'import')
    throw conflict('already-final', `Item ${item.seq} heeft al een eindcode uit de import.`, {}, field);
  const existing = await codingsOfItem(tx, item.id);
  if (existing.some((c) => c.coderId === coderId))
    throw conflict(
      'already-coded',
      `U heeft item ${item.seq} al gecodeerd. Een ingediende codering ligt vast (vier-ogenprincipe); een verschil wordt met een eindcode opgelost.`,
      {},
      field,
    );
  if (existing.length >= 2)
    throw conflict('two-codings', `Item ${item.seq} is al door twee codeurs gecodeerd.`, {}, field);
  const slot = (existing.length + 1) as 1 | 2;
  const inserted = await insertCoding(tx, { itemId: item.id, coderId, slot, ...codes });
  if (!inserted)
    throw conflict(
      'coding-race',
      `Item ${item.seq} werd tegelijk door een ander gecodeerd; probeer het opnieuw.`,
    );
  let agreed: boolean | null = null;
  if (slot === 2) {
    const first = existing[0]!;
    agreed = sameSet(first.themes, codes.themes) && sameSet(first.forms, codes.forms);
    if (agreed)
      await saveFinal(
        tx,
        { itemId: item.id, ...codes, source: 'agreed', resolvedBy: null, note: null },
        null,
      );
  }
  return { item: item.id, slot, agreed };
}

export async function codeItem(deps: KennisagendaDeps, actor: Actor, itemId: string, input: CodingInput) {
  const who = await requireKennisagenda(deps, actor, 'code');
  const taxonomy = (await taxonomyNow(deps.db)).document;
  const codes = canonicalCodes(taxonomy, input);
  const item = await requireItem(deps.db, itemId);
  const corpus = await requireCorpus(deps, item.corpusId);
  return deps.db.transaction((tx) => codeOne(tx, corpus, who.account.id, item, codes, 'item'));
}

/** Many codings at once (a coder who worked in a spreadsheet): all of them, or none. */
export async function codeMany(
  deps: KennisagendaDeps,
  actor: Actor,
  corpusId: string,
  input: { codings: { item: string; themes: string[]; forms: string[] }[] },
) {
  const who = await requireKennisagenda(deps, actor, 'code');
  const corpus = await requireCorpus(deps, corpusId);
  const taxonomy = (await taxonomyNow(deps.db)).document;
  const items = new Map((await listItems(deps.db, corpusId)).map((i) => [i.id, i]));
  const prepared = input.codings.map((c, i) => {
    const item = items.get(c.item);
    if (!item) throw invalid(`codings.${i}.item`, `item '${c.item}' hoort niet bij dit corpus`);
    return { item, codes: canonicalCodes(taxonomy, c, `codings.${i}.`), field: `codings.${i}.item` };
  });
  const seen = new Set<string>();
  prepared.forEach((p, i) => {
    if (seen.has(p.item.id))
      throw invalid(`codings.${i}.item`, `item ${p.item.seq} staat twee keer in de lijst`);
    seen.add(p.item.id);
  });
  const results = await deps.db.transaction(async (tx) => {
    const out = [];
    for (const p of prepared) out.push(await codeOne(tx, corpus, who.account.id, p.item, p.codes, p.field));
    return out;
  });
  return {
    coded: results.length,
    agreed: results.filter((r) => r.agreed === true).length,
    disagreed: results.filter((r) => r.agreed === false).length,
  };
}

/**
 * The codings of an item. A coder sees the other coder's codes only after submitting their own (409 before); a
 * beheerder and a senior see them at any time.
 */
export async function itemCodings(deps: KennisagendaDeps, actor: Actor, itemId: string) {
  const who = await requireKennisagenda(deps, actor, 'read-work');
  const item = await requireItem(deps.db, itemId);
  const codings = await codingsOfItem(deps.db, itemId);
  const own = codings.some((c) => c.coderId === who.account.id);
  if (!own && !mayKennisagenda(who.roles, 'see-all-codings'))
    throw conflict(
      'code-first',
      'U ziet de codes van de andere codeur pas als u dit item zelf heeft gecodeerd (vier-ogenprincipe). Codeer het eerst.',
    );
  return {
    item,
    codings: codings.map((c) => ({
      slot: c.slot,
      coder: c.coder,
      themes: c.themes,
      forms: c.forms,
      submittedAt: c.submittedAt,
    })),
    final: await finalOf(deps.db, itemId),
  };
}

/** Open disagreements: for a beheerder or senior all, for a coder the items they coded. */
export async function disagreements(deps: KennisagendaDeps, actor: Actor, corpusId: string) {
  const who = await requireKennisagenda(deps, actor, 'read-work');
  await requireCorpus(deps, corpusId);
  const [items, codings, finals] = await Promise.all([
    listItems(deps.db, corpusId),
    codingsOfCorpus(deps.db, corpusId),
    finalsOfCorpus(deps.db, corpusId),
  ]);
  const seeAll = mayKennisagenda(who.roles, 'see-all-codings');
  const mine = new Set(codings.filter((c) => c.coderId === who.account.id).map((c) => c.itemId));
  const byId = new Map(items.map((i) => [i.id, i]));
  const coders = new Map<string, string[]>();
  for (const c of codings) coders.set(c.itemId, [...(coders.get(c.itemId) ?? []), c.coder]);
  return openDisagreements(codings, new Set(finals.map((f) => f.itemId)))
    .filter((d) => seeAll || mine.has(d.itemId))
    .map((d) => ({ ...d, item: byId.get(d.itemId)!, coders: coders.get(d.itemId) ?? [] }));
}

/** The final label of an item after discussion: by a beheerder or senior, or by one of the item's two coders. */
export async function resolveItem(deps: KennisagendaDeps, actor: Actor, itemId: string, input: ResolveInput) {
  const who = await requireKennisagenda(deps, actor, 'read-work');
  const item = await requireItem(deps.db, itemId);
  const codings = await codingsOfItem(deps.db, itemId);
  const ownItem = codings.some((c) => c.coderId === who.account.id);
  if (!mayKennisagenda(who.roles, 'resolve') && !ownItem)
    throw conflict(
      'not-your-item',
      'Alleen de twee codeurs van dit item, een senior of een beheerder stellen de eindcode vast.',
    );
  if (codings.length < 2)
    throw conflict(
      'not-double-coded',
      `Item ${item.seq} heeft nog geen twee coderingen; een eindcode volgt daarna.`,
    );
  const taxonomy = (await taxonomyNow(deps.db)).document;
  const codes = canonicalCodes(taxonomy, input);
  return deps.db.transaction(async (tx) => {
    const current = await finalOf(tx, itemId);
    // A first resolution names no version; a change of an existing final label names the one it read.
    if (current === null ? input.version !== undefined : input.version !== current.version)
      throw stale('De eindcode van dit item', current, input);
    const saved = await saveFinal(
      tx,
      { itemId, ...codes, source: 'resolved', resolvedBy: who.account.id, note: input.note ?? null },
      current ? current.version : null,
    );
    if (!saved) throw stale('De eindcode van dit item', await finalOf(tx, itemId), input);
    await audit(tx, who, actor, 'item.resolve', { subject: `item ${item.seq}`, item: itemId, ...codes });
    return (await finalOf(tx, itemId))!;
  });
}

/** Draws the senior's sample among the corpus's relevant items with a final label (seeded, reproducible). */
export async function drawSample(
  deps: KennisagendaDeps,
  actor: Actor,
  corpusId: string,
  input: { size: number; seed: number },
) {
  const who = await requireKennisagenda(deps, actor, 'review');
  const corpus = await requireCorpus(deps, corpusId);
  const [items, finals] = await Promise.all([
    listItems(deps.db, corpusId),
    finalsOfCorpus(deps.db, corpusId),
  ]);
  const final = new Set(finals.map((f) => f.itemId));
  const population = items
    .filter((i) => inScope(corpus.screening, i.relevant) && final.has(i.id))
    .map((i) => i.id);
  if (population.length === 0)
    throw conflict(
      'nothing-to-sample',
      'Dit corpus heeft nog geen items met een eindcode om te controleren.',
    );
  const itemIds = seededSample(population, input.size, input.seed);
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await insertSample(tx, { id, corpusId, seed: input.seed, size: itemIds.length, itemIds }, who.account.id);
    await audit(tx, who, actor, 'sample.draw', {
      subject: corpus.name,
      seed: input.seed,
      size: itemIds.length,
    });
  });
  return { id, corpusId, seed: input.seed, size: itemIds.length, population: population.length, itemIds };
}

export async function samples(deps: KennisagendaDeps, actor: Actor, corpusId: string) {
  await requireKennisagenda(deps, actor, 'read-work');
  await requireCorpus(deps, corpusId);
  const list = await listSamples(deps.db, corpusId);
  return Promise.all(list.map(async (s) => ({ ...s, reviews: await reviewsOf(deps.db, s.id) })));
}

export async function reviewItem(
  deps: KennisagendaDeps,
  actor: Actor,
  corpusId: string,
  sampleId: string,
  itemId: string,
  input: { agrees: boolean; note?: string },
) {
  const who = await requireKennisagenda(deps, actor, 'review');
  const sample = (await listSamples(deps.db, corpusId)).find((s) => s.id === sampleId);
  if (!sample) throw notFound(`Steekproef '${sampleId}' bestaat niet in dit corpus.`);
  if (!sample.itemIds.includes(itemId)) throw invalid('item', 'dit item zit niet in de steekproef');
  await saveReview(deps.db, {
    sampleId,
    itemId,
    reviewerId: who.account.id,
    agrees: input.agrees,
    note: input.note ?? null,
  });
  return { sampleId, itemId, agrees: input.agrees };
}
