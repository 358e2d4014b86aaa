// The kennisagenda itself: the public view (themes, rode draden, quotes, knowledge questions, recommendations and
// the gaps), and the beheerder's edits of it (a thread and the items behind it, a quote, a question and its links
// to recommendations), each with an audit entry; links and item lists carry a version (optimistic lock).
import type { Actor } from '../../access/actor.ts';
import { invalid, notFound, stale } from '../../access/errors.ts';
import { newId } from '../../db/ids.ts';
import {
  getItem,
  getQuestion,
  insertQuestion,
  insertQuote,
  insertThread,
  listQuestions,
  listQuotes,
  listThreads,
  nextPosition,
  setQuestionLinks,
  setThreadItems,
  threadVersion,
} from '../../db/kennisagendaStore.ts';
import { KNOWLEDGE_THEMES, type KnowledgeTheme } from '../../jzojp/vocabulary.ts';
import { type AgendaView, agendaView } from '../agenda.ts';
import { recommendationTargets } from '../taxonomy.ts';
import { audit, type KennisagendaDeps, requireKennisagenda, taxonomyNow } from './access.ts';

export async function publicAgenda(deps: KennisagendaDeps): Promise<AgendaView> {
  const taxonomy = await taxonomyNow(deps.db);
  const [threads, quotes, questions] = await Promise.all([
    listThreads(deps.db),
    listQuotes(deps.db),
    listQuestions(deps.db),
  ]);
  return agendaView(taxonomy, threads, quotes, questions);
}

function theme(value: string): KnowledgeTheme {
  if (!(KNOWLEDGE_THEMES as readonly string[]).includes(value))
    throw invalid('theme', `onbekend thema '${value}'; kies uit ${KNOWLEDGE_THEMES.join(', ')}`);
  return value as KnowledgeTheme;
}

async function checkTargets(deps: KennisagendaDeps, recommendations: readonly string[]) {
  const targets = recommendationTargets((await taxonomyNow(deps.db)).document);
  recommendations.forEach((r, i) => {
    if (!targets.includes(r))
      throw invalid(`recommendations.${i}`, `onbekende aanbeveling '${r}'; kies uit ${targets.join(', ')}`);
  });
}

export async function addThread(
  deps: KennisagendaDeps,
  actor: Actor,
  input: { theme: string; kind: 'knelpunt' | 'behoefte'; text: string },
) {
  const who = await requireKennisagenda(deps, actor, 'manage');
  const id = newId();
  const t = theme(input.theme);
  await taxonomyNow(deps.db);
  await deps.db.transaction(async (tx) => {
    const position = await nextPosition(tx, 'thread', t);
    await insertThread(tx, {
      id,
      theme: t,
      kind: input.kind,
      text: input.text,
      position,
      source: who.account.email,
    });
    await audit(tx, who, actor, 'thread.add', { subject: t, thread: id });
  });
  return (await listThreads(deps.db)).find((th) => th.id === id)!;
}

export async function setThreadSupport(
  deps: KennisagendaDeps,
  actor: Actor,
  threadId: string,
  input: { items: string[]; version: number },
) {
  const who = await requireKennisagenda(deps, actor, 'manage');
  if ((await threadVersion(deps.db, threadId)) === null)
    throw notFound(`Rode draad '${threadId}' bestaat niet.`);
  for (const [i, item] of input.items.entries())
    if (!(await getItem(deps.db, item))) throw invalid(`items.${i}`, `item '${item}' bestaat niet`);
  const ok = await deps.db.transaction(async (tx) => {
    const saved = await setThreadItems(tx, threadId, [...new Set(input.items)], input.version);
    if (saved) await audit(tx, who, actor, 'thread.items', { subject: threadId, items: input.items.length });
    return saved;
  });
  const current = (await listThreads(deps.db)).find((th) => th.id === threadId)!;
  if (!ok) throw stale('Deze rode draad', current, input);
  return current;
}

export async function addQuote(
  deps: KennisagendaDeps,
  actor: Actor,
  input: { theme: string; text: string; item?: string },
) {
  const who = await requireKennisagenda(deps, actor, 'manage');
  const t = theme(input.theme);
  if (input.item && !(await getItem(deps.db, input.item)))
    throw invalid('item', `item '${input.item}' bestaat niet`);
  const quote = { id: newId(), theme: t, text: input.text, itemId: input.item ?? null };
  await taxonomyNow(deps.db);
  await deps.db.transaction(async (tx) => {
    await insertQuote(tx, quote);
    await audit(tx, who, actor, 'quote.add', { subject: t, quote: quote.id });
  });
  return quote;
}

export async function addQuestion(
  deps: KennisagendaDeps,
  actor: Actor,
  input: { theme: string; kind: 'vraag' | 'onderwerp'; text: string; recommendations: string[] },
) {
  const who = await requireKennisagenda(deps, actor, 'manage');
  const t = theme(input.theme);
  await checkTargets(deps, input.recommendations);
  const id = newId();
  await deps.db.transaction(async (tx) => {
    const position = await nextPosition(tx, 'question', t);
    await insertQuestion(tx, {
      id,
      theme: t,
      kind: input.kind,
      text: input.text,
      recommendations: [...new Set(input.recommendations)],
      position,
      source: who.account.email,
    });
    await audit(tx, who, actor, 'question.add', { subject: t, question: id });
  });
  return (await getQuestion(deps.db, id))!;
}

export async function linkQuestion(
  deps: KennisagendaDeps,
  actor: Actor,
  questionId: string,
  input: { recommendations: string[]; version: number },
) {
  const who = await requireKennisagenda(deps, actor, 'manage');
  const question = await getQuestion(deps.db, questionId);
  if (!question) throw notFound(`Kennisvraag '${questionId}' bestaat niet.`);
  await checkTargets(deps, input.recommendations);
  const ok = await deps.db.transaction(async (tx) => {
    const saved = await setQuestionLinks(tx, questionId, [...new Set(input.recommendations)], input.version);
    if (saved)
      await audit(tx, who, actor, 'question.link', {
        subject: questionId,
        recommendations: input.recommendations,
      });
    return saved;
  });
  const current = (await getQuestion(deps.db, questionId))!;
  if (!ok) throw stale('Deze kennisvraag', current, input);
  return current;
}
