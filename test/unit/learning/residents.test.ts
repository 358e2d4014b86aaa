// The residents' page sentences: only clear differences with Nederland, worse first, in plain Dutch with the unit.
import { describe, expect, it } from 'vitest';
import { figureSentences } from '../../../src/learning/residents.ts';
import type { Profile, ProfileIndicator } from '../../../src/regiobeeld/profileTypes.ts';

const entry = (
  id: string,
  value: number | null,
  national: number,
  at95: string,
  over: Partial<Omit<ProfileIndicator, 'valueOf'>> = {},
) =>
  ({
    id,
    name: { nl: `Naam ${id}`, en: `Name ${id}` },
    shortName: { nl: `Kort ${id}`, en: `Short ${id}` },
    unit: { nl: '%', en: '%' },
    decimals: 1,
    breakdown: 'totaal',
    availability: 'regional',
    period: '2022',
    value,
    national: { code: 'NL01', name: 'Nederland', value: national, basis: 'published', at95, at998: at95 },
    source: {
      publisher: 'RIVM',
      title: 'Gezondheidsmonitor',
      table: 't',
      licence: 'CC BY 4.0',
      attribution: 'RIVM',
    },
    ...over,
  }) as unknown as ProfileIndicator;

const profile = (indicators: ProfileIndicator[]) =>
  ({ region: { name: 'Testregio' }, indicators }) as unknown as Profile;

describe('figureSentences', () => {
  it('tells clear differences, worse first, and counts the similar ones', () => {
    const r = figureSentences(
      profile([
        entry('a', 20.04, 18, 'better'),
        entry('b', 31.5, 28.25, 'worse'),
        entry('c', 50, 50.2, 'similar'),
        entry('d', 12, 10, 'not-compared'),
        entry('e', 9, 8, 'worse', { breakdown: 'man' }),
        entry('f', null, 8, 'worse'),
      ]),
    );
    expect(r.compared).toBe(3);
    expect(r.similar).toBe(1);
    expect(r.differences.map((d) => d.indicator)).toEqual(['b', 'a']);
    expect(r.differences[0]!.sentence.nl).toBe(
      'Kort b: in Testregio 31,5%, in heel Nederland 28,3% (2022). Dat is minder goed dan gemiddeld.',
    );
    expect(r.differences[1]!.sentence.en).toBe(
      'Short a: 20.0% in Testregio, 18.0% in the whole of the Netherlands (2022). That is better than average.',
    );
  });
  it('keeps at most `max` of each kind', () => {
    const many = Array.from({ length: 6 }, (_, i) => entry(`w${i}`, 10, 5, 'worse'));
    expect(figureSentences(profile(many), 4).differences).toHaveLength(4);
  });
});
