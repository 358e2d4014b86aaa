// The pure parts of Dutch search: query words, tsquery text, compound parts and highlight segments.
import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START, segments, stripMarkers } from '../../../src/kennisbank/highlight.ts';
import { exactQuery, MAX_WORDS, parseQuery, prefixQuery } from '../../../src/kennisbank/searchQuery.ts';
import { compoundParts, compoundText } from '../../../src/kennisbank/searchText.ts';

describe('parseQuery', () => {
  it('keeps words of letters and digits, lower-cased, once each', () => {
    expect(parseQuery('  Financiering & financiering, IZA-2022! ')).toEqual({
      kind: 'words',
      query: 'Financiering & financiering, IZA-2022!',
      words: ['financiering', 'iza', '2022'],
      truncated: false,
    });
  });
  it('keeps Dutch letters with diacritics together', () => {
    const parsed = parseQuery('patiëntenparticipatie coöperatie');
    expect(parsed.kind === 'words' && parsed.words).toEqual(['patiëntenparticipatie', 'coöperatie']);
  });
  it('says when there is nothing or only symbols', () => {
    expect(parseQuery('   ')).toEqual({ kind: 'empty' });
    expect(parseQuery("!!! ?? :* & | ' ()")).toEqual({ kind: 'no-words', query: "!!! ?? :* & | ' ()" });
    expect(parseQuery('a b c').kind).toBe('no-words');
  });
  it('cuts long queries', () => {
    const parsed = parseQuery('een twee drie vier vijf zes zeven acht negen tien');
    expect(parsed.kind === 'words' && parsed.words.length).toBe(MAX_WORDS);
    expect(parsed.kind === 'words' && parsed.truncated).toBe(true);
  });
});

describe('tsquery text', () => {
  it('makes every word a prefix; the exact form has no prefix', () => {
    expect(prefixQuery(['financiering', 'gemeente'], 'all')).toBe('financiering:* & gemeente:*');
    expect(prefixQuery(['financiering', 'gemeente'], 'any')).toBe('financiering:* | gemeente:*');
    expect(exactQuery(['financiering', 'gemeente'], 'all')).toBe('financiering & gemeente');
  });
});

describe('compound parts', () => {
  it('splits compounds that end in a head word, dropping the linking s', () => {
    expect(compoundParts('financieringsvormen')).toEqual(['financiering', 'vormen']);
    expect(compoundParts('inwonerparticipatie')).toEqual(['inwoner', 'participatie']);
    expect(compoundParts('samenwerkingsverbanden')).toEqual(['samenwerking', 'verbanden']);
    expect(compoundParts('ketenzorg')).toEqual(['keten', 'zorg']);
  });
  it('leaves words alone that are a head word or have no head', () => {
    expect(compoundParts('participatie')).toEqual([]);
    expect(compoundParts('zorgverzekeraar')).toEqual([]);
    expect(compoundParts('plan')).toEqual([]);
  });
  it('collects the parts of a text once', () => {
    expect(compoundText('Financieringsvormen en bekostigingsvormen; Financieringsvormen')).toBe(
      'financiering vormen bekostiging',
    );
  });
});

describe('highlight segments', () => {
  it('turns ts_headline markers into marked segments', () => {
    expect(
      segments(`Overzicht van ${MARK_START}financieringsvormen${MARK_END} en ${MARK_START}zorg${MARK_END}`),
    ).toEqual([
      { text: 'Overzicht van ', mark: false },
      { text: 'financieringsvormen', mark: true },
      { text: ' en ', mark: false },
      { text: 'zorg', mark: true },
    ]);
    expect(segments('geen treffer')).toEqual([{ text: 'geen treffer', mark: false }]);
    expect(segments(`${MARK_START}open`)).toEqual([{ text: 'open', mark: true }]);
  });
  it('never lets a stored text carry the markers', () => {
    expect(stripMarkers(`a${MARK_START}b${MARK_END}c`)).toBe('abc');
  });
});
