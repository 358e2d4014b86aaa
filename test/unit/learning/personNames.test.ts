// The name heuristic for quotes: titles and forms of address, first name + surname, tussenvoegsels, e-mail.
import { describe, expect, it } from 'vitest';
import { findPossibleNames } from '../../../src/learning/personNames.ts';

const texts = (s: string) => findPossibleNames(s).map((f) => f.text);

describe('findPossibleNames', () => {
  it('flags forms of address and titles followed by a name', () => {
    expect(texts('Zoals mevrouw Jansen al zei.')).toEqual(['mevrouw Jansen']);
    expect(texts('Wethouder de Boer wil dit.')).toEqual(['Wethouder de Boer']);
    expect(texts('Volgens dr. Bakker werkt het.')).toEqual(['dr. Bakker']);
  });
  it('flags a known first name with a surname, and a name with a tussenvoegsel mid-sentence', () => {
    expect(texts('Toen kwam Piet Hendriks binnen.')).toEqual(['Piet Hendriks']);
    expect(texts('Het idee kwam van Anouk van Dijk uit de wijk.')).toEqual(['Anouk van Dijk']);
    expect(texts('We spraken met Karel van Oosten.')).toEqual(['Karel van Oosten']);
  });
  it('flags e-mail addresses and handles', () => {
    expect(texts('Mail naar j.devries@zorg.nl of @jdevries')).toEqual(['j.devries@zorg.nl', '@jdevries']);
  });
  it('leaves plain quotes, roles and sentence starts alone', () => {
    expect(texts('We moeten eerder beginnen met inwoners.')).toEqual([]);
    expect(texts('bestuurder ziekenhuis')).toEqual([]);
    expect(texts('De huisarts en de wijkverpleging werken samen.')).toEqual([]);
    expect(texts('Samen Beslissen helpt.')).toEqual([]);
    expect(texts('De wethouder wil dat een collega zei wat de dokter vond.')).toEqual([]);
  });
});
