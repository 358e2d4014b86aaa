// Which indicators a goal can be set on for a region: those with a regional value in the region's profile; the
// others with the reason why not (only a national figure, suppressed, no data loaded). Pure.
import type { Indicator, Text } from '../../indicators/schema.ts';
import type { Profile } from '../../regiobeeld/profileTypes.ts';

export interface IndicatorChoice {
  available: Indicator[];
  missing: { indicator: Indicator; reason: Text | null; nationalOnly: boolean }[];
}

export function indicatorChoice(candidates: readonly Indicator[], profile: Profile): IndicatorChoice {
  const rows = new Map<string, Profile['indicators']>();
  for (const row of profile.indicators) rows.set(row.id, [...(rows.get(row.id) ?? []), row]);
  const choice: IndicatorChoice = { available: [], missing: [] };
  for (const indicator of candidates) {
    const own = rows.get(indicator.id) ?? [];
    const usable = own.some((r) => r.availability === 'regional' && r.value !== null);
    if (usable) choice.available.push(indicator);
    else {
      const first = own.find((r) => r.breakdown === 'totaal') ?? own[0];
      choice.missing.push({
        indicator,
        reason: first?.reason ?? null,
        nationalOnly: first?.availability === 'national-only',
      });
    }
  }
  return choice;
}
