import { describe, expect, it } from 'vitest';
import { describeProblem, parseGemeenteList } from '../../../src/geo/adhoc.ts';

const known = new Set(['GM0363', 'GM0384', 'GM0437']);

describe('parseGemeenteList', () => {
  it('normalises, sorts and accepts known codes', () => {
    expect(parseGemeenteList(' gm0437, GM0363 ,GM0384', known)).toEqual({
      codes: ['GM0363', 'GM0384', 'GM0437'],
    });
    expect(parseGemeenteList(['GM0384'], known)).toEqual({ codes: ['GM0384'] });
  });

  it('names the first problem', () => {
    const problem = (input: string) => {
      const result = parseGemeenteList(input, known);
      return 'problem' in result ? describeProblem(result.problem) : null;
    };
    expect(problem('')).toBe('gemeenten: de lijst met gemeentecodes is leeg');
    expect(problem(',,')).toBe('gemeenten: de lijst met gemeentecodes is leeg');
    expect(problem('GM0363,363')).toContain("'363' is geen gemeentecode");
    expect(problem('GM0363,GM0363')).toBe('gemeenten: GM0363 staat meer dan één keer in de lijst');
    expect(problem('GM0363,GM9999')).toBe('gemeenten: GM9999 is geen bestaande gemeente in de indeling');
  });
});
