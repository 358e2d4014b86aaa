// Dutch text into the terms the classifier counts: lower case, words of letters and digits, Dutch stop words
// removed (the list of the stopword package), accents dropped (cliënt = client), each word reduced to its stem by
// the Snowball Dutch stemmer (samenwerkingen, samenwerking → samenwerk). Pure.
import snowball from 'snowball-stemmers';
import { nld } from 'stopword';

const stemmer = snowball.newStemmer('dutch');
const stopWords = new Set(nld.map((w) => fold(w)));

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The stems of a text, in order, with repeats. */
export function terms(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  for (const word of words) {
    const folded = fold(word);
    if (folded.length < 2 || stopWords.has(folded) || /^\d+$/.test(folded)) continue;
    out.push(stemmer.stem(folded));
  }
  return out;
}
