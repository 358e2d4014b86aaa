// Suggested codes: TF-IDF over Dutch stems (src/kennisagenda/text.ts) and one logistic regression per label
// (one-vs-rest, so an item can get several labels), trained by full-batch gradient descent with L2 regularisation
// and balanced class weights. Deterministic: the same examples always give the same model. The scores are each
// label's own probability; they are suggestions for a coder, never a code. Pure.
import { terms } from './text.ts';

export interface TrainingExample {
  text: string;
  labels: readonly string[];
}

export interface ClassifierOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty λ */
  l2: number;
  /** a term must occur in at least this many examples */
  minDocumentFrequency: number;
}

export const DEFAULT_OPTIONS: ClassifierOptions = {
  iterations: 300,
  learningRate: 2,
  l2: 0.001,
  minDocumentFrequency: 1,
};

export interface ClassifierModel {
  kind: 'tfidf-logreg-ovr';
  labels: string[];
  vocabulary: string[];
  idf: number[];
  weights: number[][];
  bias: number[];
  trainedOn: number;
  options: ClassifierOptions;
}

export interface Suggestion {
  label: string;
  /** the label's probability by its own model, 0…1 */
  score: number;
}

type SparseVector = Map<number, number>;

/** Sublinear term frequency × smoothed idf, L2-normalised (the usual TF-IDF of scikit-learn with sublinear_tf). */
function vectorise(text: string, index: Map<string, number>, idf: readonly number[]): SparseVector {
  const counts = new Map<number, number>();
  for (const term of terms(text)) {
    const i = index.get(term);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const vector: SparseVector = new Map();
  let norm = 0;
  for (const [i, tf] of counts) {
    const w = (1 + Math.log(tf)) * idf[i]!;
    vector.set(i, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [i, w] of vector) vector.set(i, w / norm);
  return vector;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function train(
  examples: readonly TrainingExample[],
  labels: readonly string[],
  options: ClassifierOptions = DEFAULT_OPTIONS,
): ClassifierModel {
  if (examples.length === 0) throw new Error('train: no examples');
  const documentTerms = examples.map((e) => new Set(terms(e.text)));
  const df = new Map<string, number>();
  for (const set of documentTerms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const vocabulary = [...df.keys()].filter((t) => df.get(t)! >= options.minDocumentFrequency).sort();
  const index = new Map(vocabulary.map((t, i) => [t, i]));
  const n = examples.length;
  const idf = vocabulary.map((t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1);
  const vectors = examples.map((e) => vectorise(e.text, index, idf));
  // Sparse documents as parallel arrays: the inner loops run over plain numbers.
  const indices = vectors.map((v) => Int32Array.from(v.keys()));
  const values = vectors.map((v) => Float64Array.from(v.values()));

  const weights: number[][] = [];
  const bias: number[] = [];
  for (const label of labels) {
    const y = examples.map((e) => (e.labels.includes(label) ? 1 : 0));
    const positives = y.reduce<number>((s, v) => s + v, 0);
    // Balanced weights: the few examples of a rare label count as much as the many others together.
    const wPos = positives === 0 ? 0 : n / (2 * positives);
    const wNeg = positives === n ? 0 : n / (2 * (n - positives));
    const w = new Float64Array(vocabulary.length);
    const gradient = new Float64Array(vocabulary.length);
    let b = 0;
    for (let iteration = 0; iteration < options.iterations; iteration++) {
      gradient.fill(0);
      let gradientB = 0;
      for (let d = 0; d < n; d++) {
        const idx = indices[d]!;
        const val = values[d]!;
        let z = b;
        for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
        const weight = y[d] ? wPos : wNeg;
        const error = weight * (sigmoid(z) - y[d]!);
        for (let k = 0; k < idx.length; k++) gradient[idx[k]!]! += error * val[k]!;
        gradientB += error;
      }
      for (let i = 0; i < w.length; i++)
        w[i] = w[i]! - options.learningRate * (gradient[i]! / n + options.l2 * w[i]!);
      b -= (options.learningRate * gradientB) / n;
    }
    weights.push(Array.from(w));
    bias.push(b);
  }
  return {
    kind: 'tfidf-logreg-ovr',
    labels: [...labels],
    vocabulary,
    idf,
    weights,
    bias,
    trainedOn: n,
    options,
  };
}

const indexes = new WeakMap<ClassifierModel, Map<string, number>>();

/** Every label with its score, best first (ties in label order). */
export function scoreAll(model: ClassifierModel, text: string): Suggestion[] {
  let index = indexes.get(model);
  if (!index) {
    index = new Map(model.vocabulary.map((t, i) => [t, i]));
    indexes.set(model, index);
  }
  const x = vectorise(text, index, model.idf);
  const scored = model.labels.map((label, c) => {
    let z = model.bias[c]!;
    for (const [i, v] of x) z += model.weights[c]![i]! * v;
    return { label, score: sigmoid(z), order: c };
  });
  scored.sort((p, q) => q.score - p.score || p.order - q.order);
  return scored.map(({ label, score }) => ({ label, score }));
}

/** The top `k` suggestions (3 for a coder). */
export const suggest = (model: ClassifierModel, text: string, k = 3): Suggestion[] =>
  scoreAll(model, text).slice(0, k);
