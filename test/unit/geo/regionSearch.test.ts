// Region search on the real names of the shipped geography (data/regions: 342 gemeenten and the 133 other
// regions of 2024), the way people type them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editDistance, fold, type SearchableRegion, searchRegions } from '../../../src/geo/regionSearch.ts';

function readRegions(): SearchableRegion[] {
  const dir = new URL('../../../data/regions/', import.meta.url);
  const rows = (file: string) =>
    readFileSync(new URL(file, dir), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
  const gemeenten = rows('gemeente_regio_indeling_2024.csv').map(([code, name]) => ({
    code: code!,
    name: name!,
    type: 'gemeente',
  }));
  const others = rows('regios_2024.csv').map(([type, code, name]) => ({
    code: code!,
    name: name!,
    type: type!,
  }));
  return [{ code: 'NL01', name: 'Nederland', type: 'land' }, ...others, ...gemeenten];
}

const regions = readRegions();
const typeOrder = ['land', 'gemeente', 'ggdregio', 'zorgkantoorregio', 'provincie'];
const first = (query: string) => searchRegions(regions, query, { typeOrder, limit: 12 })[0];
const codes = (query: string) => searchRegions(regions, query, { typeOrder, limit: 12 }).map((r) => r.code);

describe('region search on real names', () => {
  it('has the real geography', () => {
    expect(regions.filter((r) => r.type === 'gemeente')).toHaveLength(342);
    expect(regions.length).toBeGreaterThan(470);
  });

  it('finds the names people use for the official ones', () => {
    expect(first('Den Haag')).toMatchObject({ code: 'GM0518', name: "'s-Gravenhage" });
    expect(first('den haag')?.code).toBe('GM0518');
    expect(first('Den Bosch')).toMatchObject({ code: 'GM0796', name: "'s-Hertogenbosch" });
    expect(first('s-Hertogenbosch')?.code).toBe('GM0796');
    expect(first('hertogenbosch')?.code).toBe('GM0796');
    expect(first('gravenhage')?.code).toBe('GM0518');
  });

  it('reads spaces as hyphens and ignores accents and case', () => {
    expect(first('Noord Holland')).toMatchObject({ code: 'PV27', name: 'Noord-Holland' });
    expect(first('noord-holland')?.code).toBe('PV27');
    expect(first('fryslan')?.name).toBe('Fryslân');
    expect(first('Súdwest Fryslân')?.name).toBe('Súdwest-Fryslân');
    expect(first('sudwest fryslan')?.name).toBe('Súdwest-Fryslân');
  });

  it('finds regions whose words are typed in another order or with a region-type word', () => {
    const gelderlandMidden = codes('gelderland midden');
    expect(gelderlandMidden.slice(0, 3)).toEqual(expect.arrayContaining(['VR07']));
    expect(gelderlandMidden).toContain('GG1911');
    expect(first('zorgkantoor arnhem')).toMatchObject({ type: 'zorgkantoorregio', name: 'Arnhem' });
    expect(first('ggd amsterdam')).toMatchObject({ type: 'ggdregio', name: 'GGD Amsterdam' });
    expect(first('veiligheidsregio gelderland midden')).toMatchObject({
      type: 'veiligheidsregio',
      name: 'Gelderland-Midden',
    });
    expect(first('provincie utrecht')).toMatchObject({ code: 'PV26' });
    // Without a type word the gemeente comes first (the type order), the other Arnhems follow.
    expect(first('arnhem')).toMatchObject({ type: 'gemeente', code: 'GM0202' });
    expect(codes('arnhem')).toContain('ZK04');
  });

  it('forgives small typos', () => {
    expect(first('Amsterdm')?.code).toBe('GM0363');
    expect(first('Roterdam')?.code).toBe('GM0599');
    expect(first('Utrehct')?.code).toBe('GM0344');
    expect(first('Groningn')?.name).toBe('Groningen');
    expect(first('Nijmegn')?.code).toBe('GM0268');
    // Short words are not guessed at: "ede" is Ede, not any three-letter neighbour.
    expect(first('ede')?.code).toBe('GM0228');
    expect(codes('xqzw')).toEqual([]);
  });

  it('finds as you type, by code, and by a part of a name', () => {
    expect(first('amsterd')?.code).toBe('GM0363');
    expect(first('GM0363')?.code).toBe('GM0363');
    expect(first('zk04')?.code).toBe('ZK04');
    expect(codes('dam')).toEqual(expect.arrayContaining(['GM0363', 'GM0599']));
    expect(codes('')).toEqual([]);
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('utrecht', 'utrehct', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
    expect(fold("'s-Gravenhage")).toBe('s gravenhage');
  });
});
