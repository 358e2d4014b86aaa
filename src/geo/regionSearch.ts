// Finding a region by what people type: names as CBS writes them, the names people use ("Den Haag" for
// 's-Gravenhage), spaces for hyphens, a region-type word ("zorgkantoor arnhem", "ggd amsterdam") and small typos.
// Pure: the server runs it over the region table, so the web app and the API find the same regions.

export interface SearchableRegion {
  code: string;
  name: string;
  type: string;
}

/** Names in common use for a region whose official (CBS) name differs. Keys and values are folded (see fold). */
export const REGION_SYNONYMS: Readonly<Record<string, string>> = {
  'den haag': 's gravenhage',
  'den bosch': 's hertogenbosch',
  'the hague': 's gravenhage',
  friesland: 'fryslan',
  brabant: 'noord brabant',
};

/** Words that name a region type rather than a region; a query with one prefers regions of that type. */
export const TYPE_WORDS: Readonly<Record<string, string>> = {
  gemeente: 'gemeente',
  gemeenten: 'gemeente',
  provincie: 'provincie',
  prov: 'provincie',
  ggd: 'ggdregio',
  ggdregio: 'ggdregio',
  zorgkantoor: 'zorgkantoorregio',
  zorgkantoorregio: 'zorgkantoorregio',
  zk: 'zorgkantoorregio',
  arbeidsmarktregio: 'arbeidsmarktregio',
  arbeidsmarkt: 'arbeidsmarktregio',
  veiligheidsregio: 'veiligheidsregio',
  landsdeel: 'landsdeel',
  wijk: 'wijk',
  buurt: 'buurt',
};

/** Which type comes first among equally good matches: the ones people look for most. */
export const SEARCH_TYPE_ORDER: readonly string[] = [
  'land',
  'gemeente',
  'ggdregio',
  'zorgkantoorregio',
  'provincie',
  'veiligheidsregio',
  'arbeidsmarktregio',
  'landsdeel',
  'wijk',
  'buurt',
];

/** Words that say little on their own ("regio utrecht"): they need not match, but count when they do. */
const OPTIONAL_WORDS = new Set(['regio', 'de', 'en', 'van', 'het']);

/** Lower case, no accents, punctuation and hyphens as spaces, apostrophes dropped: "'s-Gravenhage" → "s gravenhage". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping early above max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
    if (i > 0 && Math.min(...rows[i]!) > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Typos allowed in a word of this length: none below 4 letters, one up to 7, two from 8. */
const allowedTypos = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

/** How well one typed word matches one word of a name: 3 exact, 2 prefix (typing), 1 with a typo, 0 not. */
function wordScore(typed: string, word: string, last: boolean): number {
  if (typed === word) return 3;
  if (last && word.startsWith(typed)) return 2;
  const typos = allowedTypos(typed.length);
  if (typos === 0) return 0;
  if (editDistance(typed, word, typos) <= typos) return 1;
  // A typo in a word still being typed: compare with the start of the name's word.
  if (last && word.length > typed.length && editDistance(typed, word.slice(0, typed.length), 1) <= 1)
    return 1;
  return 0;
}

export interface ParsedQuery {
  /** The folded text without region-type words. */
  text: string;
  words: string[];
  /** The region type named in the query, if any. */
  type: string | null;
  /** The same query with a common name replaced by the official one ("den haag" → "s gravenhage"), if any. */
  synonym: ParsedQuery | null;
}

export function parseQuery(query: string): ParsedQuery {
  let text = fold(query);
  let type: string | null = null;
  const kept: string[] = [];
  for (const word of text.split(' ')) {
    const named = TYPE_WORDS[word];
    if (named && !type) type = named;
    else if (word) kept.push(word);
  }
  text = kept.join(' ');
  let synonym: string | null = REGION_SYNONYMS[text] ?? null;
  for (const [alias, name] of Object.entries(REGION_SYNONYMS)) {
    if (!synonym && text.startsWith(`${alias} `)) synonym = `${name}${text.slice(alias.length)}`;
  }
  const words = (t: string) => (t ? t.split(' ') : []);
  return {
    text,
    words: words(text),
    type,
    synonym: synonym ? { text: synonym, words: words(synonym), type, synonym: null } : null,
  };
}

/** Score of a region for a query (higher is better), or 0 when it does not match. */
export function scoreRegion(region: SearchableRegion, query: ParsedQuery, rawQuery: string): number {
  const code = region.code.toLowerCase();
  const raw = fold(rawQuery).replace(/ /g, '');
  if (raw.length >= 2 && code === raw) return 1000;
  if (raw.length >= 3 && /\d/.test(raw) && code.startsWith(raw)) return 900;
  if (query.words.length === 0) return query.type === region.type ? 100 : 0;
  const name = fold(region.name);
  const nameWords = name.split(' ');
  let score = 0;
  if (name === query.text) score = 500;
  else if (name.startsWith(query.text)) score = 400;
  else {
    let total = 0;
    for (const [i, typed] of query.words.entries()) {
      const last = i === query.words.length - 1;
      const best = Math.max(0, ...nameWords.map((w) => wordScore(typed, w, last)));
      if (best === 0 && !OPTIONAL_WORDS.has(typed)) {
        // Still a match when the text is inside the name ("dam" in Rotterdam), for typed text of 3+ letters.
        if (query.words.length === 1 && typed.length >= 3 && name.replace(/ /g, '').includes(typed))
          return scoreForType(50, region, query);
        return 0;
      }
      total += best;
    }
    // Fewer extra words in the name is a closer match ("Gelderland-Midden" before "Veiligheids- en …").
    score = 100 + total * 20 - Math.max(0, nameWords.length - query.words.length) * 2;
  }
  return scoreForType(score, region, query);
}

function scoreForType(score: number, region: SearchableRegion, query: ParsedQuery): number {
  if (!query.type) return score;
  return region.type === query.type ? score + 300 : Math.max(1, score - 300);
}

/** The regions that match, best first; ties by the order of the types (typeOrder) and then by name. */
export function searchRegions<R extends SearchableRegion>(
  regions: readonly R[],
  query: string,
  options: { limit?: number; typeOrder?: readonly string[] } = {},
): R[] {
  const parsed = parseQuery(query);
  if (!parsed.text && !parsed.type) return [];
  const order = options.typeOrder ?? [];
  const rank = (type: string) => {
    const i = order.indexOf(type);
    return i < 0 ? order.length : i;
  };
  const scored: { region: R; score: number }[] = [];
  for (const region of regions) {
    const score = Math.max(
      scoreRegion(region, parsed, query),
      parsed.synonym ? scoreRegion(region, parsed.synonym, query) : 0,
    );
    if (score > 0) scored.push({ region, score });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      rank(a.region.type) - rank(b.region.type) ||
      a.region.name.localeCompare(b.region.name, 'nl'),
  );
  return scored.slice(0, options.limit ?? scored.length).map((s) => s.region);
}
