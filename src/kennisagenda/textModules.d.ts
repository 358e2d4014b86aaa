// Types for the two text libraries of the classifier, which ship none.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: { newStemmer(language: string): Stemmer; algorithms(): string[] };
  export default snowball;
}

declare module 'stopword' {
  export const nld: string[];
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
}
