import { describe, expect, it } from 'vitest';
import { csvSafe, looksLikeFormula, neutralise } from '../../../src/sources/upload/sanitize.ts';

describe('formula injection', () => {
  it('recognises what a spreadsheet would run as a formula', () => {
    for (const text of [
      '=HYPERLINK("http://x","klik")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '  =1',
    ]) {
      expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
    }
    for (const text of ['GM0363', 'a=b', '', 'totaal']) expect(looksLikeFormula(text), text).toBe(false);
  });

  it('neutralises free text with an apostrophe', () => {
    expect(neutralise('=1+1')).toBe("'=1+1");
    expect(neutralise('Amsterdam')).toBe('Amsterdam');
  });

  it('makes one safe, quoted CSV field', () => {
    expect(csvSafe('=HYPERLINK("http://x","klik")')).toBe('"\'=HYPERLINK(""http://x"",""klik"")"');
    expect(csvSafe('Súdwest-Fryslân; "noord"')).toBe('"Súdwest-Fryslân; ""noord"""');
    expect(csvSafe('@cmd')).toBe('"\'@cmd"');
    expect(csvSafe('\tx')).toBe('"\'\tx"');
    expect(csvSafe('-3,5')).toBe('"-3,5"');
    expect(csvSafe('-1+2')).toBe('"\'-1+2"');
  });
});
