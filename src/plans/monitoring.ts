// Progress of a goal from data: the observed values against the straight line from baseline to target.
//
// Rule (stated to users): the expected value at a period is the linear interpolation between the baseline (at the
// end of the baseline period) and the target (at the target date). A goal is "op koers" (on track) when the latest
// observed value is at or beyond the expected value in the better direction, or its 95 % interval includes the
// expected value; "uit koers" (off track) otherwise; "geen nieuwe gegevens" when no observation is newer than the
// baseline; "behaald" (achieved) when the latest value reaches the target.
import type { Polarity } from '../indicators/schema.ts';

export type GoalStatus = 'achieved' | 'on-track' | 'off-track' | 'no-new-data';

export interface GoalLine {
  baselineValue: number;
  /** ISO date the baseline refers to (end of the baseline period) */
  baselineDate: string;
  targetValue: number;
  targetDate: string;
  polarity: Polarity;
}

export interface ObservedPoint {
  period: string;
  /** ISO date of the end of the period */
  date: string;
  value: number;
  lower: number | null;
  upper: number | null;
}

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** The value the line from baseline to target expects at a date (held at the target after the target date). */
export function expectedAt(goal: GoalLine, date: string): number {
  const span = days(goal.targetDate) - days(goal.baselineDate);
  if (span <= 0) return goal.targetValue;
  const t = Math.min(1, Math.max(0, (days(date) - days(goal.baselineDate)) / span));
  return goal.baselineValue + t * (goal.targetValue - goal.baselineValue);
}

export interface GoalProgress {
  status: GoalStatus;
  latest: ObservedPoint | null;
  expected: number | null;
  rule: { nl: string; en: string };
}

export const STATUS_RULE = {
  nl: 'Verwachte waarde = rechte lijn van uitgangswaarde naar streefwaarde. Op koers: de laatste waarde ligt op of voorbij die lijn (of het 95%-interval omvat haar); uit koers: anders; behaald: de streefwaarde is bereikt; geen nieuwe gegevens: niets nieuwer dan de uitgangswaarde.',
  en: 'Expected value = straight line from baseline to target. On track: the latest value is at or beyond that line (or its 95% interval includes it); off track: otherwise; achieved: the target is reached; no new data: nothing newer than the baseline.',
};

export function goalProgress(goal: GoalLine, observed: readonly ObservedPoint[]): GoalProgress {
  const newer = observed
    .filter((p) => p.date > goal.baselineDate)
    .sort((a, b) => a.date.localeCompare(b.date));
  const latest = newer.at(-1) ?? null;
  if (!latest) return { status: 'no-new-data', latest: null, expected: null, rule: STATUS_RULE };
  const expected = expectedAt(goal, latest.date);
  const higherBetter =
    goal.polarity === 'higher-is-better' ||
    (goal.polarity === 'neutral' && goal.targetValue >= goal.baselineValue);
  const atLeast = (a: number, b: number) => (higherBetter ? a >= b : a <= b);
  if (atLeast(latest.value, goal.targetValue))
    return { status: 'achieved', latest, expected, rule: STATUS_RULE };
  const intervalIncludes =
    latest.lower !== null && latest.upper !== null && latest.lower <= expected && expected <= latest.upper;
  const status = atLeast(latest.value, expected) || intervalIncludes ? 'on-track' : 'off-track';
  return { status, latest, expected, rule: STATUS_RULE };
}
