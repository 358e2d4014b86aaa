import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../indicators/schema.ts';
import type { Profile, ProfileIndicator } from '../../regiobeeld/profileTypes.ts';
import { indicatorChoice } from './indicatorChoice.ts';

const indicator = (id: string) => ({ id, name: { nl: id, en: id } }) as unknown as Indicator;
// (not valueOf: as an optional property it clashes with Object.prototype.valueOf of the literals below)
const row = (id: string, over: Partial<Omit<ProfileIndicator, 'valueOf'>>) =>
  ({
    id,
    breakdown: 'totaal',
    availability: 'regional',
    value: 1,
    reason: null,
    ...over,
  }) as ProfileIndicator;
const profile = (indicators: ProfileIndicator[]) => ({ indicators }) as unknown as Profile;

describe('indicators a goal can be set on', () => {
  it('offers those with a regional value and gives the reason for the others', () => {
    const reason = { nl: 'Onderdrukt: te weinig gevallen.', en: 'Suppressed.' };
    const choice = indicatorChoice(
      ['a', 'b', 'c', 'd', 'e'].map(indicator),
      profile([
        row('a', {}),
        // a value in one breakdown is enough
        row('b', { value: null, reason }),
        row('b', { breakdown: 'vrouw', value: 3 }),
        row('c', { value: null, reason }),
        row('d', { availability: 'national-only', value: null }),
      ]),
    );
    expect(choice.available.map((i) => i.id)).toEqual(['a', 'b']);
    expect(choice.missing.map((m) => [m.indicator.id, m.reason, m.nationalOnly])).toEqual([
      ['c', reason, false],
      ['d', null, true],
      // not in the profile at all: no data loaded
      ['e', null, false],
    ]);
  });
});
