// Suggested codes: Dutch terms, a deterministic classifier, the keyword baseline, the cross-validation metrics.
import { describe, expect, it } from 'vitest';
import { KNOWLEDGE_THEMES } from '../../../src/jzojp/vocabulary.ts';
import { baselineScores, keywordBaseline } from '../../../src/kennisagenda/baseline.ts';
import { loadExamples, loadTaxonomyFile } from '../../../src/kennisagenda/catalogFiles.ts';
import { suggest, train } from '../../../src/kennisagenda/classifier.ts';
import { crossValidate, folds, metrics } from '../../../src/kennisagenda/evaluation.ts';
import { seededSample, seededShuffle } from '../../../src/kennisagenda/random.ts';
import { terms } from '../../../src/kennisagenda/text.ts';

const examples = loadExamples().map((e) => ({ text: e.text, labels: [e.theme] }));
const taxonomy = loadTaxonomyFile();
const baseline = keywordBaseline(
  taxonomy.knowledgeThemes.map((t) => ({
    id: t.id,
    words: [t.label.nl, t.heading, ...t.aliases, t.description!.nl].join(' '),
  })),
);

describe('Dutch terms', () => {
  it('drops stop words, folds accents and stems', () => {
    expect(terms('De samenwerkingen tussen de cliënten en de zorg')).toEqual([
      'samenwerk',
      'tuss',
      'client',
      'zorg',
    ]);
    expect(terms('Samenwerking')).toEqual(terms('samenwerkingen'));
    expect(terms('het is 2024 en de')).toEqual([]);
  });
});

describe('classifier', () => {
  const model = train(examples, KNOWLEDGE_THEMES);
  it('is deterministic: the same examples give the same model', () => {
    expect(train(examples, KNOWLEDGE_THEMES)).toEqual(model);
  });
  it('gives the top three labels with scores between 0 and 1, best first', () => {
    const top = suggest(model, 'De wet- en regelgeving en administratieve regels zijn een belemmering.');
    expect(top).toHaveLength(3);
    expect(top[0]!.score).toBeGreaterThanOrEqual(top[1]!.score);
    expect(top[1]!.score).toBeGreaterThanOrEqual(top[2]!.score);
    for (const s of top) expect(s.score).toBeGreaterThan(0);
    for (const s of top) expect(s.score).toBeLessThan(1);
    expect(top.map((s) => s.label)).toContain('juridisch');
  });
  it('learns each training example back (its own label in its top three)', () => {
    const hits = examples.filter((e) => suggest(model, e.text).some((s) => s.label === e.labels[0])).length;
    expect(hits / examples.length).toBeGreaterThan(0.9);
  });
  it('handles multi-label examples one label at a time (one-vs-rest)', () => {
    const multi = train(
      [
        { text: 'bekostiging en privacy wetgeving', labels: ['financiering_bekostiging', 'juridisch'] },
        { text: 'bekostiging prikkels', labels: ['financiering_bekostiging'] },
        { text: 'privacy wetgeving regels', labels: ['juridisch'] },
        { text: 'samenwerking domeinen', labels: ['samenwerking'] },
      ],
      ['financiering_bekostiging', 'juridisch', 'samenwerking'],
    );
    const top = suggest(multi, 'bekostiging en privacy', 2).map((s) => s.label);
    expect(top.sort()).toEqual(['financiering_bekostiging', 'juridisch']);
  });
});

describe('keyword baseline', () => {
  it('scores a theme by the words of its own description', () => {
    const top = baselineScores(baseline, 'De bekostigingsstructuur en de financieringswetten')[0]!;
    expect(top.label).toBe('financiering_bekostiging');
    expect(baselineScores(baseline, 'xyz')[0]!.score).toBe(0);
  });
});

describe('evaluation', () => {
  it('metrics: top-1, top-3 and macro-F1 by hand', () => {
    const m = metrics(
      [['a'], ['b'], ['a', 'c']],
      [
        [
          { label: 'a', score: 0.9 },
          { label: 'b', score: 0.1 },
        ],
        [
          { label: 'a', score: 0.6 },
          { label: 'b', score: 0.5 },
        ],
        [
          { label: 'c', score: 0.7 },
          { label: 'a', score: 0.2 },
        ],
      ],
      ['a', 'b', 'c'],
    );
    expect(m.top1Accuracy).toBeCloseTo(2 / 3, 12);
    expect(m.top3Accuracy).toBe(1);
    // a: tp 1 (item 1), fp 1 (item 2), fn 1 (item 3) → F1 0.5; b: tp 0, fn 1 → 0; c: tp 1 → 1
    expect(m.perLabel.map((l) => [l.label, l.f1])).toEqual([
      ['a', 0.5],
      ['b', 0],
      ['c', 1],
    ]);
    expect(m.macroF1).toBeCloseTo(0.5, 12);
  });

  it('folds are stratified and reproducible', () => {
    const f = folds(examples, 5, 7);
    expect(folds(examples, 5, 7)).toEqual(f);
    for (let k = 0; k < 5; k++) {
      const size = f.filter((x) => x === k).length;
      expect(size).toBeGreaterThanOrEqual(14);
      expect(size).toBeLessThanOrEqual(15);
    }
  });

  it('cross-validates the classifier next to the baseline on the same items', () => {
    const evaluation = crossValidate(examples, KNOWLEDGE_THEMES, baseline, { k: 5, seed: 2020 });
    expect(evaluation.classifier.items).toBe(71);
    expect(evaluation.baseline.items).toBe(71);
    for (const m of [evaluation.classifier, evaluation.baseline]) {
      expect(m.top3Accuracy!).toBeGreaterThanOrEqual(m.top1Accuracy!);
      expect(m.macroF1!).toBeGreaterThanOrEqual(0);
      expect(m.macroF1!).toBeLessThanOrEqual(1);
    }
    // Better than guessing the most frequent theme (10 of 71 examples).
    expect(evaluation.classifier.top1Accuracy!).toBeGreaterThan(10 / 71);
  });
});

describe('seeded sample', () => {
  const ids = Array.from({ length: 50 }, (_, i) => `item-${i}`);
  it('the same seed and items give the same sample, in any input order', () => {
    const a = seededSample(ids, 10, 42);
    expect(seededSample([...ids].reverse(), 10, 42)).toEqual(a);
    expect(new Set(a).size).toBe(10);
    expect(seededSample(ids, 10, 43)).not.toEqual(a);
  });
  it('never draws more than there is', () => {
    expect(seededSample(ids, 500, 1)).toHaveLength(50);
    expect(seededShuffle([1, 2, 3], 5).sort()).toEqual([1, 2, 3]);
  });
});
