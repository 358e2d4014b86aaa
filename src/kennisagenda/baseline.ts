// The keyword baseline the classifier is measured against: no training, only the taxonomy's own words. A theme
// scores the idf-weighted number of distinct stems an item shares with the theme's label, heading, aliases and
// description (the Inleiding text); a stem that occurs in many themes' words weighs less. Pure.

import type { Suggestion } from './classifier.ts';
import { terms } from './text.ts';

export interface ThemeWords {
  id: string;
  words: string;
}

export interface KeywordBaseline {
  labels: string[];
  /** per label: stem → weight */
  stems: Map<string, number>[];
}

export function keywordBaseline(themes: readonly ThemeWords[]): KeywordBaseline {
  const sets = themes.map((t) => new Set(terms(t.words)));
  const df = new Map<string, number>();
  for (const set of sets) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const n = themes.length;
  return {
    labels: themes.map((t) => t.id),
    stems: sets.map((set) => new Map([...set].map((s) => [s, Math.log((n + 1) / df.get(s)!)]))),
  };
}

/** Every label with its keyword score, best first (ties in taxonomy order). */
export function baselineScores(baseline: KeywordBaseline, text: string): Suggestion[] {
  const stems = new Set(terms(text));
  const scored = baseline.labels.map((label, i) => {
    let score = 0;
    for (const s of stems) score += baseline.stems[i]!.get(s) ?? 0;
    return { label, score, order: i };
  });
  scored.sort((p, q) => q.score - p.score || p.order - q.order);
  return scored.map(({ label, score }) => ({ label, score }));
}
