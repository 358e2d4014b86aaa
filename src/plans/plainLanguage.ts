// Plain-language sentences about a goal and its progress, for the public page and the printed plan (B1 Dutch
// first, English second). Pure.
import type { Text } from '../indicators/schema.ts';
import type { Goal } from './document.ts';
import type { GoalView } from './view.ts';

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatNumber(value: number, decimals: number, lang: 'nl' | 'en'): string {
  return value.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

export function formatDate(iso: string, lang: 'nl' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return lang === 'nl' ? `${d} ${MONTHS_NL[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** "2023" → "2023"; "2023Q2" → "2e kwartaal 2023"; other codes as they are. */
export function formatPeriod(code: string, lang: 'nl' | 'en'): string {
  const q = /^(\d{4})Q([1-4])$/.exec(code);
  if (q) return lang === 'nl' ? `${q[2]}e kwartaal ${q[1]}` : `Q${q[2]} ${q[1]}`;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(code);
  return d ? formatDate(code, lang) : code;
}

/** Sentences describing one goal: what is measured, where it started, where it should be, where it is now. */
export function goalSentences(goal: Omit<Goal, 'id' | 'kernopgaveId'>, view: GoalView): Text[] {
  const sentences: Text[] = [];
  const i = view.indicator;
  if (!i) {
    sentences.push({
      nl: 'Voor dit doel is nog niet gekozen hoe het gemeten wordt.',
      en: 'How this goal is measured has not been chosen yet.',
    });
    return sentences;
  }
  const value = (v: number, lang: 'nl' | 'en') => `${formatNumber(v, i.decimals, lang)} ${i.unit[lang]}`;
  sentences.push({
    nl: `We meten dit met: ${i.name.nl.charAt(0).toLowerCase()}${i.name.nl.slice(1)}.`,
    en: `We measure this with: ${i.name.en.charAt(0).toLowerCase()}${i.name.en.slice(1)}.`,
  });
  if (goal.baseline.value !== null && goal.baseline.period) {
    const p = goal.baseline.period;
    sentences.push({
      nl: `Bij de start (${formatPeriod(p, 'nl')}) was dat ${value(goal.baseline.value, 'nl')}.`,
      en: `At the start (${formatPeriod(p, 'en')}) it was ${value(goal.baseline.value, 'en')}.`,
    });
  }
  if (goal.target.value !== null && goal.target.date) {
    sentences.push({
      nl: `Het doel is ${value(goal.target.value, 'nl')} op ${formatDate(goal.target.date, 'nl')}.`,
      en: `The aim is ${value(goal.target.value, 'en')} by ${formatDate(goal.target.date, 'en')}.`,
    });
  }
  const latest = view.progress.latest;
  if (latest) {
    sentences.push({
      nl: `De laatste meting (${formatPeriod(latest.period, 'nl')}) is ${value(latest.value, 'nl')}.`,
      en: `The latest measurement (${formatPeriod(latest.period, 'en')}) is ${value(latest.value, 'en')}.`,
    });
  }
  const status: Record<string, Text> = {
    achieved: { nl: 'Het doel is gehaald.', en: 'The goal has been reached.' },
    'on-track': {
      nl: 'We liggen op koers: de laatste meting ligt op of voorbij de lijn naar het doel.',
      en: 'We are on track: the latest measurement is on or beyond the line towards the goal.',
    },
    'off-track': {
      nl: 'We liggen niet op koers: de laatste meting blijft achter bij de lijn naar het doel.',
      en: 'We are off track: the latest measurement lags behind the line towards the goal.',
    },
    'no-new-data': {
      nl: 'Er zijn nog geen nieuwere cijfers dan de startmeting.',
      en: 'There are no figures newer than the starting point yet.',
    },
    'no-data': {
      nl: 'De voortgang is nog niet te bepalen.',
      en: 'Progress cannot be determined yet.',
    },
  };
  sentences.push(status[view.progress.status]!);
  return sentences;
}
