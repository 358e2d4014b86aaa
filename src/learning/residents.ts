// The residents' page in plain language (B1): what the figures say, from the region's profile. Only differences
// with Nederland that are statistically clear (the 95 % interval lies entirely above or below) are told as better
// or worse; everything else is "about the same". Pure.
import type { Text } from '../indicators/schema.ts';
import type { Profile, ProfileIndicator } from '../regiobeeld/profileTypes.ts';

export interface FigureSentence {
  indicator: string;
  name: Text;
  /** 'better' | 'worse': clearly different from Nederland; 'higher' | 'lower' for neutral indicators */
  verdict: 'better' | 'worse' | 'higher' | 'lower';
  value: number;
  national: number;
  unit: Text;
  period: string;
  sentence: Text;
  source: string;
}

const format = (x: number, decimals: number, lang: 'nl' | 'en') =>
  x.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });

const withUnit = (x: number, entry: ProfileIndicator, lang: 'nl' | 'en') => {
  const unit = entry.unit[lang];
  return unit === '%' ? `${format(x, entry.decimals, lang)}%` : `${format(x, entry.decimals, lang)} ${unit}`;
};

function sentence(entry: ProfileIndicator, region: string, verdict: FigureSentence['verdict']): Text {
  const value = entry.value!;
  const nl = entry.national!.value!;
  const words: Record<FigureSentence['verdict'], Text> = {
    better: { nl: 'Dat is beter dan gemiddeld.', en: 'That is better than average.' },
    worse: { nl: 'Dat is minder goed dan gemiddeld.', en: 'That is worse than average.' },
    higher: { nl: 'Dat is hoger dan gemiddeld.', en: 'That is higher than average.' },
    lower: { nl: 'Dat is lager dan gemiddeld.', en: 'That is lower than average.' },
  };
  return {
    nl: `${entry.shortName.nl}: in ${region} ${withUnit(value, entry, 'nl')}, in heel Nederland ${withUnit(nl, entry, 'nl')} (${entry.period}). ${words[verdict].nl}`,
    en: `${entry.shortName.en}: ${withUnit(value, entry, 'en')} in ${region}, ${withUnit(nl, entry, 'en')} in the whole of the Netherlands (${entry.period}). ${words[verdict].en}`,
  };
}

/** The clear differences with Nederland (at most `max` of each), worse ones first, and how many are similar. */
export function figureSentences(
  profile: Profile,
  max = 4,
): { differences: FigureSentence[]; similar: number; compared: number } {
  const out: FigureSentence[] = [];
  let similar = 0;
  let compared = 0;
  for (const entry of profile.indicators) {
    const national = entry.national;
    if (entry.value === null || !national || national.value === null || entry.breakdown !== 'totaal')
      continue;
    if (entry.availability !== 'regional' || entry.period === null) continue;
    const verdict = national.at95;
    if (verdict === 'not-compared') continue;
    compared++;
    if (verdict === 'similar') {
      similar++;
      continue;
    }
    out.push({
      indicator: entry.id,
      name: entry.name,
      verdict,
      value: entry.value,
      national: national.value,
      unit: entry.unit,
      period: entry.period,
      sentence: sentence(entry, profile.region.name, verdict),
      source: `${entry.source.publisher}, ${entry.source.title}`,
    });
  }
  const order = { worse: 0, better: 1, higher: 2, lower: 3 };
  const byVerdict = (v: FigureSentence['verdict']) => out.filter((s) => s.verdict === v).slice(0, max);
  const differences = [
    ...byVerdict('worse'),
    ...byVerdict('better'),
    ...byVerdict('higher'),
    ...byVerdict('lower'),
  ];
  differences.sort((a, b) => order[a.verdict] - order[b.verdict]);
  return { differences, similar, compared };
}
