// Turning what someone typed into the words to search for and into PostgreSQL tsquery text. Pure.
//
// Strategy (docs/decisions.md, "Kennisbank search"): every word is searched as a prefix of its Dutch stem
// (`financiering` → 'financier':*), so a word also finds the compounds it starts ("financieringsvormen"); compounds
// whose *last* part is the word ("inwonerparticipatie" for "participatie") are found through the parts that
// src/kennisbank/searchText.ts adds to the index. Exact stem matches count twice in the rank. The words only
// contain letters and digits, so the tsquery text cannot be malformed.

/** At most this many words are searched (longer queries are cut, with a notice). */
export const MAX_WORDS = 8;

export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'no-words'; query: string }
  | { kind: 'words'; query: string; words: string[]; truncated: boolean };

/** The words of a query: runs of letters and digits, lower-cased, without repeats; one-letter words dropped. */
export function parseQuery(raw: string): ParsedQuery {
  const query = raw.normalize('NFC').trim();
  if (query === '') return { kind: 'empty' };
  const words = [
    ...new Set((query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 2)),
  ];
  if (words.length === 0) return { kind: 'no-words', query };
  return {
    kind: 'words',
    query,
    words: words.slice(0, MAX_WORDS),
    truncated: words.length > MAX_WORDS,
  };
}

/** The tsquery text for to_tsquery('dutch', …): every word as a prefix, joined with AND or OR. */
export function prefixQuery(words: readonly string[], join: 'all' | 'any'): string {
  return words.map((w) => `${w}:*`).join(join === 'all' ? ' & ' : ' | ');
}

/** The same words without prefix matching: an exact stem match ranks higher. */
export function exactQuery(words: readonly string[], join: 'all' | 'any'): string {
  return words.join(join === 'all' ? ' & ' : ' | ');
}

/** The plain-language notices of the search (Dutch; the API is Dutch-first like all its messages). */
export const notices = {
  noWords: (query: string) =>
    `"${query}" bevat geen woorden om op te zoeken, alleen leestekens of symbolen. Typ een of meer woorden, bijvoorbeeld "financiering".`,
  onlyStopWords: (words: string[]) =>
    `"${words.join(' ')}" bestaat alleen uit veelvoorkomende woorden (stopwoorden) die de zoekfunctie overslaat. Voeg een woord toe dat over het onderwerp gaat, bijvoorbeeld "financiering" of "inwonerparticipatie".`,
  someStopWords: (skipped: string[]) =>
    `Niet gezocht op ${skipped.map((w) => `"${w}"`).join(', ')}: zulke veelvoorkomende woorden slaat de zoekfunctie over.`,
  truncated: () => `Alleen op de eerste ${MAX_WORDS} woorden gezocht.`,
  any: () => 'Geen item bevat al deze woorden; hieronder de items met een of meer ervan, de beste eerst.',
  none: () => 'Niets gevonden. Probeer een ander of korter woord, of haal een filter weg.',
};
