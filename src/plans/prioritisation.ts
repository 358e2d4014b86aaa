// Prioritisation rounds with the partners (Delphi style): each member organisation scores candidate themes on
// urgency, impact and feasibility (1–5), or ranks them; the result is a ranking with the spread of opinions.
// Pure: the caller stores rounds and scores.

export const SCALE = { min: 1, max: 5 } as const;
export const CRITERIA = ['urgency', 'impact', 'feasibility'] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface Score {
  participant: string;
  candidate: string;
  urgency: number;
  impact: number;
  feasibility: number;
}

export interface ScoreProblem {
  field: string;
  message: { nl: string; en: string };
}

/** Checks one score: every criterion a whole number on the fixed scale, a known candidate. */
export function checkScore(score: Score, candidates: ReadonlySet<string>): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  if (!candidates.has(score.candidate)) {
    problems.push({
      field: 'candidate',
      message: {
        nl: `'${score.candidate}' staat niet op de lijst van deze ronde`,
        en: `'${score.candidate}' is not a candidate in this round`,
      },
    });
  }
  for (const criterion of CRITERIA) {
    const value = score[criterion];
    if (!Number.isInteger(value) || value < SCALE.min || value > SCALE.max) {
      problems.push({
        field: criterion,
        message: {
          nl: `${criterion}: ${value} ligt buiten de schaal ${SCALE.min}–${SCALE.max} (hele getallen)`,
          en: `${criterion}: ${value} is outside the scale ${SCALE.min}–${SCALE.max} (whole numbers)`,
        },
      });
    }
  }
  return problems;
}

export interface CandidateResult {
  candidate: string;
  /** mean of the participants' total (urgency + impact + feasibility) / 3 */
  mean: number;
  median: number;
  /** interquartile range of the participants' mean scores: a Delphi measure of (dis)agreement */
  iqr: number;
  min: number;
  max: number;
  participants: number;
  byCriterion: Record<Criterion, number>;
  rank: number;
  /** IQR ≤ 1 on a 5-point scale is the usual Delphi threshold for consensus */
  consensus: boolean;
}

function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return sorted[lo]! + (h - lo) * ((sorted[Math.ceil(h)] ?? sorted[lo]!) - sorted[lo]!);
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/** Ranks candidates by mean score (ties: higher median, then name); spread per candidate. */
export function summariseRound(candidates: readonly string[], scores: readonly Score[]): CandidateResult[] {
  const results = candidates.map((candidate) => {
    const mine = scores.filter((s) => s.candidate === candidate);
    const perParticipant = mine.map((s) => (s.urgency + s.impact + s.feasibility) / 3).sort((a, b) => a - b);
    const byCriterion = Object.fromEntries(
      CRITERIA.map((c) => [c, mine.length ? mean(mine.map((s) => s[c])) : 0]),
    ) as Record<Criterion, number>;
    const iqr = perParticipant.length ? quantile(perParticipant, 0.75) - quantile(perParticipant, 0.25) : 0;
    return {
      candidate,
      mean: perParticipant.length ? mean(perParticipant) : 0,
      median: perParticipant.length ? quantile(perParticipant, 0.5) : 0,
      iqr,
      min: perParticipant[0] ?? 0,
      max: perParticipant.at(-1) ?? 0,
      participants: perParticipant.length,
      byCriterion,
      rank: 0,
      consensus: perParticipant.length > 1 && iqr <= 1,
    };
  });
  results.sort(
    (a, b) => b.mean - a.mean || b.median - a.median || a.candidate.localeCompare(b.candidate, 'nl'),
  );
  results.forEach((r, i) => {
    const previous = results[i - 1];
    r.rank = previous && previous.mean === r.mean && previous.median === r.median ? previous.rank : i + 1;
  });
  return results;
}

/** Borda count for rankings (first of n gets n−1 points): an alternative to scoring. */
export function bordaRanking(
  candidates: readonly string[],
  rankings: readonly string[][],
): { candidate: string; points: number }[] {
  const points = new Map(candidates.map((c) => [c, 0]));
  for (const ranking of rankings) {
    ranking.forEach((candidate, i) => {
      if (points.has(candidate)) points.set(candidate, points.get(candidate)! + (ranking.length - 1 - i));
    });
  }
  return [...points].map(([candidate, p]) => ({ candidate, points: p })).sort((a, b) => b.points - a.points);
}
