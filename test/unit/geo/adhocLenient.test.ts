import { describe, expect, it } from 'vitest';
import { parseGemeenteListLenient, skippedReason } from '../../../src/geo/adhoc.ts';
import { attributionText, plainTitle } from '../../../src/regiobeeld/summary.ts';

const known = new Set(['GM0363', 'GM0384', 'GM0437']);

describe('parseGemeenteListLenient', () => {
  it('keeps the usable codes, sorted and once, and names the others in the order given', () => {
    expect(parseGemeenteListLenient(' gm0437,GM9999, XX1,GM0363,gm0437,,', known)).toEqual({
      codes: ['GM0363', 'GM0437'],
      skipped: [
        { code: 'GM9999', problem: { kind: 'unknown', code: 'GM9999' } },
        { code: 'XX1', problem: { kind: 'malformed', code: 'XX1' } },
      ],
    });
    expect(parseGemeenteListLenient(['GM0384'], known)).toEqual({ codes: ['GM0384'], skipped: [] });
    expect(parseGemeenteListLenient('', known)).toEqual({ codes: [], skipped: [] });
  });

  it('says why in plain words, in Dutch and English', () => {
    expect(skippedReason({ kind: 'unknown', code: 'GM9999' })).toEqual({
      nl: 'GM9999 is geen gemeente in de huidige indeling',
      en: 'GM9999 is not a municipality in the current division',
    });
    expect(skippedReason({ kind: 'malformed', code: '363' }).nl).toBe(
      "'363' is geen gemeentecode (een gemeentecode is GM met vier cijfers, bijv. GM0363)",
    );
  });
});

describe('sources in plain words', () => {
  it('writes "Bron" once and leaves version hashes to the Bron details', () => {
    expect(attributionText('Bron: CBS')).toBe('CBS');
    expect(attributionText('bron : RIVM')).toBe('RIVM');
    expect(attributionText('CBS, PDOK/Kadaster')).toBe('CBS, PDOK/Kadaster');
    expect(
      plainTitle('COVID-19-cijfers per gemeente (archief van het Coronadashboard, commit e32c09e)'),
    ).toBe('COVID-19-cijfers per gemeente (archief van het Coronadashboard)');
    expect(plainTitle('Bevolking op 1 januari (03759NED)')).toBe('Bevolking op 1 januari (03759NED)');
  });
});
