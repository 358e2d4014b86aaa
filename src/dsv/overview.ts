// The national overview of one questionnaire round (seed 001 §5, §9.2): per item the distribution with the item's
// own n (answers that are neither missing nor "not applicable"), the share scoring in the top box (4 or 5), per
// collaboration the mean of a battery rounded to the nearest category (Fig. 24), the share that scored every item
// of a battery at or above a value (trust: all three ≥ 6). Every percentage carries its denominator; a group of
// fewer than 5 collaborations is suppressed with the reason. Pure.
import type { Text } from '../indicators/schema.ts';
import {
  type Answers,
  type ItemDefinition,
  isNotApplicable,
  type QuestionnaireDefinition,
} from './questionnaire.ts';

/** Fewer collaborations than this in a group: no numbers, only the reason. */
export const MIN_GROUP = 5;

export const suppressionReason = (n: number): Text => ({
  nl: `Niet getoond: minder dan ${MIN_GROUP} samenwerkingsverbanden (n = ${n}), zodat geen antwoord van één samenwerkingsverband te herleiden is.`,
  en: `Not shown: fewer than ${MIN_GROUP} collaborations (n = ${n}), so that no single collaboration's answer can be traced.`,
});

export interface Share {
  count: number | null;
  /** percentage of `denominator`, one decimal; null when suppressed */
  percent: number | null;
  denominator: number;
}

export interface Suppression {
  suppressed: boolean;
  reason: Text | null;
}

/** count of n as a percentage with one decimal (half away from zero). */
export const percent = (count: number, n: number) => (n === 0 ? 0 : Math.round((count / n) * 1000) / 10);

export function share(count: number, denominator: number): Share & Suppression {
  if (denominator < MIN_GROUP)
    return {
      count: null,
      percent: null,
      denominator,
      suppressed: true,
      reason: suppressionReason(denominator),
    };
  return { count, percent: percent(count, denominator), denominator, suppressed: false, reason: null };
}

export interface ItemSummary extends Suppression {
  item: string;
  kind: ItemDefinition['kind'];
  /** answers counted: neither missing nor "not applicable" */
  n: number;
  notApplicable: number;
  missing: number;
  distribution: { value: string; count: number | null; percent: number | null }[];
  /** scale items: the share scoring topBox or higher */
  topBox: (Share & { from: number }) | null;
  mean: number | null;
}

export interface BatterySummary extends Suppression {
  section: string;
  /** collaborations with at least one scored item in the battery */
  n: number;
  /** the per-collaboration means rounded to the nearest category, as in seed 001 Fig. 24 */
  roundedMeans: { value: string; count: number | null; percent: number | null }[];
  /** the share of all respondents that scored every item ≥ the section's allAtLeast (none left blank) */
  allAtLeast: (Share & { from: number }) | null;
}

export interface ResponseForOverview {
  collaborationId: string;
  answers: Answers;
}

/** The mean of a collaboration's scored items in a battery (null when it scored none). */
export function batteryMean(items: readonly ItemDefinition[], answers: Answers): number | null {
  const scores = items.map((i) => answers[i.id]).filter((a): a is number => typeof a === 'number');
  return scores.length === 0 ? null : scores.reduce((s, v) => s + v, 0) / scores.length;
}

/** The nearest category of a mean; a mean exactly halfway goes up (3.5 → 4), as ordinary rounding does. */
export const nearestCategory = (mean: number) => Math.floor(mean + 0.5);

function distributionOf(values: string[], counts: Map<string, number>, n: number, suppressed: boolean) {
  return values.map((value) => {
    const count = counts.get(value) ?? 0;
    return { value, count: suppressed ? null : count, percent: suppressed ? null : percent(count, n) };
  });
}

export function summariseItem(
  definition: QuestionnaireDefinition,
  item: ItemDefinition,
  responses: readonly ResponseForOverview[],
): ItemSummary {
  let notApplicable = 0;
  let missing = 0;
  const counts = new Map<string, number>();
  const scores: number[] = [];
  let n = 0;
  for (const { answers } of responses) {
    const a = answers[item.id];
    if (a === undefined) missing++;
    else if (isNotApplicable(a)) notApplicable++;
    else {
      n++;
      const values = Array.isArray(a) ? a : [String(a)];
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      if (typeof a === 'number') scores.push(a);
    }
  }
  const suppressed = n < MIN_GROUP;
  const scale = item.kind === 'scale' ? definition.scales[item.scale!]! : null;
  const values = scale
    ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i))
    : item.options!.map((o) => o.id);
  const top = scale ? scores.filter((s) => s >= scale.topBox).length : 0;
  return {
    item: item.id,
    kind: item.kind,
    n,
    notApplicable,
    missing,
    suppressed,
    reason: suppressed ? suppressionReason(n) : null,
    distribution: distributionOf(values, counts, n, suppressed),
    topBox: scale ? { from: scale.topBox, ...pick(share(top, n)) } : null,
    mean:
      suppressed || scores.length === 0
        ? null
        : Math.round((scores.reduce((s, v) => s + v, 0) / scores.length) * 100) / 100,
  };
}

const pick = (s: Share): Share => ({ count: s.count, percent: s.percent, denominator: s.denominator });

export function summariseBattery(
  definition: QuestionnaireDefinition,
  sectionId: string,
  responses: readonly ResponseForOverview[],
): BatterySummary {
  const section = definition.sections.find((s) => s.id === sectionId)!;
  const battery = section.battery!;
  const scale = definition.scales[battery.scale]!;
  const items = definition.items.filter((i) => i.section === sectionId);
  const counts = new Map<string, number>();
  let n = 0;
  let allHigh = 0;
  for (const { answers } of responses) {
    const mean = batteryMean(items, answers);
    if (mean !== null) {
      n++;
      const category = String(nearestCategory(mean));
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    if (
      battery.allAtLeast !== undefined &&
      items.every((i) => {
        const a = answers[i.id];
        return typeof a === 'number' && a >= battery.allAtLeast!;
      })
    )
      allHigh++;
  }
  const suppressed = n < MIN_GROUP;
  const values = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => String(scale.min + i));
  return {
    section: sectionId,
    n,
    suppressed,
    reason: suppressed ? suppressionReason(n) : null,
    roundedMeans: distributionOf(values, counts, n, suppressed),
    allAtLeast:
      battery.allAtLeast === undefined
        ? null
        : { from: battery.allAtLeast, ...pick(share(allHigh, responses.length)) },
  };
}

export interface QuestionnaireOverview {
  respondents: number;
  items: ItemSummary[];
  batteries: BatterySummary[];
}

export function summariseQuestionnaire(
  definition: QuestionnaireDefinition,
  responses: readonly ResponseForOverview[],
): QuestionnaireOverview {
  return {
    respondents: responses.length,
    items: definition.items.map((item) => summariseItem(definition, item, responses)),
    batteries: definition.sections
      .filter((s) => s.battery)
      .map((s) => summariseBattery(definition, s.id, responses)),
  };
}
