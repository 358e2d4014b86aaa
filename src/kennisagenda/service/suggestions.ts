// Suggested codes: training the classifier (on the labelled examples of seed 004 or on a corpus's final labels),
// with its cross-validated evaluation next to the keyword baseline, stored as a model version; and the top-3
// suggestions for a text or an item. Suggestions are shown to a coder, never saved as a code.
import type { Actor } from '../../access/actor.ts';
import { conflict, notFound } from '../../access/errors.ts';
import type { Database } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { finalsOfCorpus, getItem, insertModel, latestModel, listItems } from '../../db/kennisagendaStore.ts';
import { appendAudit } from '../../db/workspaceStore.ts';
import { keywordBaseline } from '../baseline.ts';
import { loadExamples } from '../catalogFiles.ts';
import {
  type ClassifierModel,
  type Suggestion,
  suggest,
  type TrainingExample,
  train,
} from '../classifier.ts';
import { inScope } from '../corpusReport.ts';
import { crossValidate, type Evaluation } from '../evaluation.ts';
import type { TaxonomyDocument } from '../taxonomy.ts';
import { type KennisagendaDeps, requireKennisagenda, taxonomyNow } from './access.ts';
import { requireCorpus } from './corpora.ts';

/** The words of each theme the keyword baseline looks for: label, heading, aliases, description. */
export const baselineFor = (taxonomy: TaxonomyDocument) =>
  keywordBaseline(
    taxonomy.knowledgeThemes.map((t) => ({
      id: t.id,
      words: [t.label.nl, t.heading, ...t.aliases, t.description?.nl ?? ''].join(' '),
    })),
  );

export const examplesForTraining = (): TrainingExample[] =>
  loadExamples().map((e) => ({ text: e.text, labels: [e.theme] }));

export interface TrainedModel {
  id: string;
  trainedOn: string;
  examples: number;
  trainedMs: number;
  evaluation: Evaluation;
}

async function trainingSet(deps: KennisagendaDeps, source: string): Promise<TrainingExample[]> {
  if (source === 'examples') return examplesForTraining();
  const corpus = await requireCorpus(deps, source);
  const [items, finals] = await Promise.all([listItems(deps.db, source), finalsOfCorpus(deps.db, source)]);
  const finalOf = new Map(finals.map((f) => [f.itemId, f]));
  return items
    .filter((i) => inScope(corpus.screening, i.relevant) && (finalOf.get(i.id)?.themes.length ?? 0) > 0)
    .map((i) => ({ text: i.text, labels: finalOf.get(i.id)!.themes }));
}

export async function trainModel(
  deps: KennisagendaDeps,
  actor: Actor,
  source: string,
): Promise<TrainedModel> {
  const who = await requireKennisagenda(deps, actor, 'manage');
  return trainAndStore(deps, source, { id: who.account.id, email: who.account.email }, actor.ip);
}

/**
 * Trains on `source`, evaluates by cross-validation and stores the model as the current one. No access check:
 * for trainModel above and for the CLI, whose user has the database itself.
 */
export async function trainAndStore(
  deps: KennisagendaDeps,
  source: string,
  by: { id: string | null; email: string },
  ip: string | null = null,
): Promise<TrainedModel> {
  const taxonomy = (await taxonomyNow(deps.db)).document;
  const examples = await trainingSet(deps, source);
  if (examples.length < 10)
    throw conflict(
      'too-few-examples',
      `Te weinig gecodeerde items om te trainen (${examples.length}; minstens 10 met een thema).`,
      {},
      'source',
    );
  const labels = taxonomy.knowledgeThemes.map((t) => t.id);
  const started = performance.now();
  const model = train(examples, labels);
  const trainedMs = Math.round(performance.now() - started);
  const evaluation = crossValidate(examples, labels, baselineFor(taxonomy));
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await insertModel(tx, {
      id,
      trainedOn: source,
      examples: examples.length,
      model,
      evaluation,
      trainedBy: by.id,
      trainedMs,
    });
    await appendAudit(tx, {
      actorId: by.id,
      actorEmail: by.email,
      action: 'kennisagenda.model.train',
      workspaceId: null,
      detail: { subject: source, examples: examples.length, model: id },
      ip,
    });
  });
  cache.delete(deps.db);
  return { id, trainedOn: source, examples: examples.length, trainedMs, evaluation };
}

const cache = new WeakMap<Database, { id: string; model: ClassifierModel }>();

/** The latest trained model; without one, a model of the seed's examples (not stored: trained on first use). */
async function currentModel(deps: KennisagendaDeps): Promise<{ id: string; model: ClassifierModel }> {
  const [latest] = await deps.db.query<{ id: string }>(
    'SELECT id FROM kennisagenda_model ORDER BY trained_at DESC, id DESC LIMIT 1',
  );
  const id = latest?.id ?? 'voorbeelden-seed-004';
  const cached = cache.get(deps.db);
  if (cached && cached.id === id) return cached;
  const stored = latest ? await latestModel(deps.db) : null;
  const taxonomy = (await taxonomyNow(deps.db)).document;
  const model =
    (stored?.model as ClassifierModel | undefined) ??
    train(
      examplesForTraining(),
      taxonomy.knowledgeThemes.map((t) => t.id),
    );
  const entry = { id: stored?.id ?? id, model };
  cache.set(deps.db, entry);
  return entry;
}

export interface Suggestions {
  model: string;
  suggestions: Suggestion[];
  note: string;
}

const NOTE = 'Suggesties van het model, geen code: de codeur beslist.';

export async function suggestFor(deps: KennisagendaDeps, actor: Actor, text: string): Promise<Suggestions> {
  await requireKennisagenda(deps, actor, 'read-work');
  return suggestText(deps, text);
}

/** The top-3 suggestions of the current model (no access check: for suggestFor and the CLI). */
export async function suggestText(deps: KennisagendaDeps, text: string): Promise<Suggestions> {
  const { id, model } = await currentModel(deps);
  return { model: id, suggestions: suggest(model, text, 3), note: NOTE };
}

export async function suggestForItem(
  deps: KennisagendaDeps,
  actor: Actor,
  itemId: string,
): Promise<Suggestions> {
  await requireKennisagenda(deps, actor, 'read-work');
  const item = await getItem(deps.db, itemId);
  if (!item) throw notFound(`Item '${itemId}' bestaat niet.`);
  const { id, model } = await currentModel(deps);
  return { model: id, suggestions: suggest(model, item.text, 3), note: NOTE };
}

export async function modelInfo(deps: KennisagendaDeps, actor: Actor) {
  await requireKennisagenda(deps, actor, 'read-work');
  const stored = await latestModel(deps.db);
  if (!stored) return { current: null };
  const { model: _model, ...rest } = stored;
  return { current: rest };
}
