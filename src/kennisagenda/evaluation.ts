// How good are the suggestions? k-fold cross-validation (folds stratified by the first label, shuffled with a
// fixed seed) of the classifier, next to the keyword baseline on the same items: top-1 accuracy (the best
// suggestion is one of the item's labels), top-3 accuracy (one of the three is) and macro-F1 of the best
// suggestion (per label: precision and recall of "the best suggestion is this label", F1 averaged over the labels
// that occur). Pure.
import { baselineScores, type KeywordBaseline } from './baseline.ts';
import {
  type ClassifierOptions,
  DEFAULT_OPTIONS,
  type Suggestion,
  scoreAll,
  type TrainingExample,
  train,
} from './classifier.ts';
import { seededShuffle } from './random.ts';

export interface Metrics {
  items: number;
  top1Accuracy: number | null;
  top3Accuracy: number | null;
  macroF1: number | null;
  perLabel: { label: string; support: number; precision: number | null; recall: number | null; f1: number }[];
}

/** Metrics of ranked suggestions against the true labels. */
export function metrics(
  truth: readonly (readonly string[])[],
  ranked: readonly Suggestion[][],
  labels: readonly string[],
): Metrics {
  const n = truth.length;
  let top1 = 0;
  let top3 = 0;
  for (let i = 0; i < n; i++) {
    const t = truth[i]!;
    if (ranked[i]![0] && t.includes(ranked[i]![0]!.label)) top1++;
    if (ranked[i]!.slice(0, 3).some((s) => t.includes(s.label))) top3++;
  }
  const perLabel = labels
    .map((label) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (let i = 0; i < n; i++) {
        const predicted = ranked[i]![0]?.label === label;
        const actual = truth[i]!.includes(label);
        if (predicted && actual) tp++;
        else if (predicted) fp++;
        else if (actual) fn++;
      }
      const precision = tp + fp === 0 ? null : tp / (tp + fp);
      const recall = tp + fn === 0 ? null : tp / (tp + fn);
      const f1 = 2 * tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
      return { label, support: tp + fn, precision, recall, f1 };
    })
    .filter((l) => l.support > 0);
  return {
    items: n,
    top1Accuracy: n === 0 ? null : top1 / n,
    top3Accuracy: n === 0 ? null : top3 / n,
    macroF1: perLabel.length === 0 ? null : perLabel.reduce((s, l) => s + l.f1, 0) / perLabel.length,
    perLabel,
  };
}

/** Fold number of each example: stratified by first label, round-robin over a seeded shuffle. */
export function folds(examples: readonly TrainingExample[], k: number, seed: number): number[] {
  const fold = new Array<number>(examples.length).fill(0);
  const order = seededShuffle(
    examples.map((_, i) => i),
    seed,
  );
  order.sort((a, b) => (examples[a]!.labels[0] ?? '').localeCompare(examples[b]!.labels[0] ?? ''));
  order.forEach((exampleIndex, position) => {
    fold[exampleIndex] = position % k;
  });
  return fold;
}

export interface Evaluation {
  method: string;
  k: number;
  seed: number;
  classifier: Metrics;
  baseline: Metrics;
}

export function crossValidate(
  examples: readonly TrainingExample[],
  labels: readonly string[],
  baseline: KeywordBaseline,
  options: { k?: number; seed?: number; classifier?: ClassifierOptions } = {},
): Evaluation {
  const k = Math.max(2, Math.min(options.k ?? 5, examples.length));
  const seed = options.seed ?? 2020;
  const fold = folds(examples, k, seed);
  const ranked: Suggestion[][] = new Array(examples.length);
  for (let f = 0; f < k; f++) {
    const trainSet = examples.filter((_, i) => fold[i] !== f);
    if (trainSet.length === 0) continue;
    const model = train(trainSet, labels, options.classifier ?? DEFAULT_OPTIONS);
    examples.forEach((e, i) => {
      if (fold[i] === f) ranked[i] = scoreAll(model, e.text);
    });
  }
  const truth = examples.map((e) => e.labels);
  return {
    method: `${k}-voudige kruisvalidatie, gestratificeerd naar eerste label, seed ${seed}`,
    k,
    seed,
    classifier: metrics(truth, ranked, labels),
    baseline: metrics(
      truth,
      examples.map((e) => baselineScores(baseline, e.text)),
      labels,
    ),
  };
}
