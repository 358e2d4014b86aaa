// Results of rounds in which partners rank the candidates, and of the residents' (datadialoog) importance scores.
// Pure.
import { summariseRound } from './prioritisation.ts';

function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.ceil(h)] ?? sorted[lo]!) - sorted[lo]!);
}

export interface RankingResult {
  candidate: string;
  /** Borda count: first of n gets n − 1 points */
  points: number;
  /** mean and median position (1 = first) and the interquartile range of the positions */
  meanPosition: number;
  medianPosition: number;
  iqr: number;
  participants: number;
  rank: number;
  /** IQR of positions ≤ 1: the participants place the candidate about the same */
  consensus: boolean;
}

/** Each ranking must hold every candidate once (the caller checks); ties share a rank. */
export function summariseRankings(
  candidates: readonly string[],
  rankings: readonly (readonly string[])[],
): RankingResult[] {
  const n = candidates.length;
  const results = candidates.map((candidate) => {
    const positions = rankings
      .map((r) => r.indexOf(candidate))
      .filter((i) => i >= 0)
      .map((i) => i + 1)
      .sort((a, b) => a - b);
    const iqr = positions.length ? quantile(positions, 0.75) - quantile(positions, 0.25) : 0;
    return {
      candidate,
      points: positions.reduce((s, p) => s + (n - p), 0),
      meanPosition: positions.length ? positions.reduce((s, p) => s + p, 0) / positions.length : 0,
      medianPosition: positions.length ? quantile(positions, 0.5) : 0,
      iqr,
      participants: positions.length,
      rank: 0,
      consensus: positions.length > 1 && iqr <= 1,
    };
  });
  results.sort(
    (a, b) =>
      b.points - a.points ||
      a.medianPosition - b.medianPosition ||
      a.candidate.localeCompare(b.candidate, 'nl'),
  );
  results.forEach((r, i) => {
    const p = results[i - 1];
    r.rank = p && p.points === r.points && p.medianPosition === r.medianPosition ? p.rank : i + 1;
  });
  return results;
}

export interface ImportanceResult {
  candidate: string;
  mean: number;
  median: number;
  iqr: number;
  min: number;
  max: number;
  participants: number;
  rank: number;
  consensus: boolean;
}

/**
 * Residents answer one question per theme ("hoe belangrijk vindt u dit?", 1–5). The summary is that of a scoring
 * round with one criterion: mean, median, IQR and consensus per theme.
 */
export function summariseImportance(
  candidates: readonly string[],
  responses: readonly Record<string, number>[],
): ImportanceResult[] {
  const scores = responses.flatMap((answers, i) =>
    Object.entries(answers)
      .filter(([candidate]) => candidates.includes(candidate))
      .map(([candidate, v]) => ({
        participant: String(i),
        candidate,
        urgency: v,
        impact: v,
        feasibility: v,
      })),
  );
  return summariseRound(candidates, scores).map(({ byCriterion: _, ...rest }) => rest);
}
