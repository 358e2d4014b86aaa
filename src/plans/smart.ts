// Is a goal SMART? A goal must be tied to a measure, have a target value and a target date, an owner, and move
// in the direction the indicator's polarity calls better. Each failed rule gives a plain-language reason.
import type { Polarity } from '../indicators/schema.ts';

export interface GoalDraft {
  indicatorId: string | null;
  baselineValue: number | null;
  baselinePeriod: string | null;
  targetValue: number | null;
  targetDate: string | null;
  ownerOrganisation: string | null;
}

export interface SmartCheck {
  smart: boolean;
  reasons: { rule: string; nl: string; en: string }[];
}

export function checkSmart(goal: GoalDraft, polarity: Polarity | null, today: string): SmartCheck {
  const reasons: SmartCheck['reasons'] = [];
  if (!goal.indicatorId) {
    reasons.push({
      rule: 'measure',
      nl: 'Het doel heeft geen meetbare indicator.',
      en: 'The goal has no measurable indicator.',
    });
  }
  if (goal.targetValue === null) {
    reasons.push({ rule: 'target', nl: 'Er is geen streefwaarde.', en: 'There is no target value.' });
  }
  if (!goal.targetDate) {
    reasons.push({ rule: 'date', nl: 'De streefwaarde heeft geen datum.', en: 'The target has no date.' });
  } else if (goal.targetDate <= today) {
    reasons.push({
      rule: 'date',
      nl: 'De streefdatum ligt niet in de toekomst.',
      en: 'The target date is not in the future.',
    });
  }
  if (!goal.ownerOrganisation) {
    reasons.push({
      rule: 'owner',
      nl: 'Geen organisatie is eigenaar van het doel.',
      en: 'No organisation owns the goal.',
    });
  }
  if (goal.indicatorId && goal.baselineValue === null) {
    reasons.push({
      rule: 'baseline',
      nl: 'Er is geen uitgangswaarde: de regio heeft geen gegevens voor deze indicator.',
      en: 'There is no baseline: the region has no data for this indicator.',
    });
  }
  if (goal.baselineValue !== null && goal.targetValue !== null && polarity && polarity !== 'neutral') {
    const up = goal.targetValue > goal.baselineValue;
    const better = polarity === 'higher-is-better' ? up : !up;
    if (goal.targetValue !== goal.baselineValue && !better) {
      reasons.push({
        rule: 'direction',
        nl: `De streefwaarde gaat de verkeerde kant op: bij deze indicator is ${polarity === 'higher-is-better' ? 'hoger' : 'lager'} beter.`,
        en: `The target moves the wrong way: for this indicator ${polarity === 'higher-is-better' ? 'higher' : 'lower'} is better.`,
      });
    }
  }
  return { smart: reasons.length === 0, reasons };
}
