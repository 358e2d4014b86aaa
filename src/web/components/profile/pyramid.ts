// Rows of a population pyramid from the profile rows of `bevolking-leeftijd` (CBS 03759ned): breakdowns
// "0-4" … "95+" (all inhabitants) and "man:0-4" / "vrouw:0-4" (by sex), each a share of all inhabitants.
import type { ProfileIndicator } from '../../../regiobeeld/profileTypes.ts';

export interface PyramidRow {
  age: string;
  men: number | null;
  women: number | null;
  all: number | null;
  nationalMen: number | null;
  nationalWomen: number | null;
  nationalAll: number | null;
}

const lowerBound = (age: string) => Number.parseInt(age, 10);

/**
 * The rows the pyramid is drawn from: the five-year bands of 03759ned (`bevolking-leeftijd`) when imported, else
 * the age groups of the bundle (`bevolking-leeftijdsgroep`, kwb 2024 for wijken and buurten, 70072NED 2025 for
 * gemeenten and regions) at their latest period, so that the groups never overlap.
 */
export function ageRows(rows: ProfileIndicator[]): ProfileIndicator[] {
  const bands = rows.filter((r) => r.id === 'bevolking-leeftijd' && r.value !== null);
  if (bands.length > 0) return rows.filter((r) => r.id === 'bevolking-leeftijd');
  const groups = rows.filter((r) => r.id === 'bevolking-leeftijdsgroep' && r.value !== null && r.period);
  const latest = groups
    .map((r) => r.period!)
    .sort()
    .at(-1);
  return groups.filter((r) => r.period === latest);
}

export function pyramidRows(rows: ProfileIndicator[]): PyramidRow[] {
  const byBreakdown = new Map(ageRows(rows).map((r) => [r.breakdown, r]));
  const ages = new Set<string>();
  for (const code of byBreakdown.keys()) {
    const age = code.includes(':') ? code.split(':')[1]! : code;
    if (/^\d+(-\d+|\+)$/.test(age)) ages.add(age);
  }
  return [...ages]
    .sort((a, b) => lowerBound(a) - lowerBound(b))
    .map((age) => {
      const get = (code: string) => byBreakdown.get(code);
      return {
        age,
        men: get(`man:${age}`)?.value ?? null,
        women: get(`vrouw:${age}`)?.value ?? null,
        all: get(age)?.value ?? null,
        nationalMen: get(`man:${age}`)?.national?.value ?? null,
        nationalWomen: get(`vrouw:${age}`)?.national?.value ?? null,
        nationalAll: get(age)?.national?.value ?? null,
      };
    })
    .filter((r) => r.men !== null || r.women !== null || r.all !== null);
}

/** Whether the groups are all five-year bands (0-4 … 90-94, with an open top group such as 95+). */
export function fiveYearBands(ages: readonly string[]): boolean {
  return (
    ages.length > 0 &&
    ages.every((age, i) => {
      const band = /^(\d+)-(\d+)$/.exec(age);
      if (band) return Number(band[2]) - Number(band[1]) === 4;
      return i === ages.length - 1 && /^\d+\+$/.test(age);
    })
  );
}
