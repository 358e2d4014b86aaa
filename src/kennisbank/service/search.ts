// Searching the kennisbank in Dutch: parse the words, let PostgreSQL's Dutch configuration say which are stop
// words, search all words (prefix of their stem), fall back to any word, and mark the matches.
import type { Actor } from '../../access/actor.ts';
import { forbidden } from '../../access/errors.ts';
import { type ItemFilter, listItems, publicItem, searchItems, stopWords } from '../../db/kennisbankStore.ts';
import { segments } from '../highlight.ts';
import type { SearchAnswer, SearchRequest } from '../schema.ts';
import { exactQuery, notices, parseQuery, prefixQuery } from '../searchQuery.ts';
import { mayEdit } from './access.ts';
import type { KennisbankDeps } from './deps.ts';

const plain = (text: string) => [{ text, mark: false }];

export async function searchKennisbank(
  deps: KennisbankDeps,
  actor: Actor,
  request: SearchRequest,
): Promise<SearchAnswer> {
  if (request.status && request.status !== 'published' && !(await mayEdit(deps.db, actor)))
    throw forbidden('Alleen redacteuren zoeken in concepten en items ter beoordeling.');
  const filter: ItemFilter = {
    statuses: [request.status ?? 'published'],
    kind: request.kind,
    phase: request.phase,
    theme: request.theme,
    knowledgeTheme: request.knowledgeTheme,
  };
  const page = { limit: request.limit, offset: request.offset };
  const parsed = parseQuery(request.q);
  const browse = async (matched: SearchAnswer['matched'], notice: string | null, words: string[] = []) => {
    const { items, total } = await listItems(deps.db, filter, page);
    return {
      query: request.q,
      words,
      matched,
      total,
      notice,
      hits: items.map((s) => ({
        item: publicItem(s),
        rank: 0,
        title: plain(s.title),
        summary: plain(s.summary),
      })),
    };
  };
  if (parsed.kind === 'empty') return browse('browse', null);
  if (parsed.kind === 'no-words')
    return {
      query: request.q,
      words: [],
      matched: 'none',
      total: 0,
      hits: [],
      notice: notices.noWords(parsed.query),
    };

  const skipped = new Set(await stopWords(deps.db, parsed.words));
  const words = parsed.words.filter((w) => !skipped.has(w));
  if (words.length === 0)
    return {
      query: request.q,
      words: [],
      matched: 'none',
      total: 0,
      hits: [],
      notice: notices.onlyStopWords(parsed.words),
    };
  const extra = [
    skipped.size > 0 ? notices.someStopWords([...skipped]) : null,
    parsed.truncated ? notices.truncated() : null,
  ].filter((n) => n !== null);

  for (const join of ['all', 'any'] as const) {
    if (join === 'any' && words.length === 1) break;
    const found = await searchItems(
      deps.db,
      { prefix: prefixQuery(words, join), exact: exactQuery(words, join) },
      filter,
      page,
    );
    if (found.total > 0 || (join === 'all' && request.offset > 0)) {
      const notice = [...(join === 'any' ? [notices.any()] : []), ...extra].join(' ') || null;
      return {
        query: request.q,
        words,
        matched: join,
        total: found.total,
        notice,
        hits: found.rows.map((r) => ({
          item: publicItem(r.item),
          rank: Math.round(r.rank * 10_000) / 10_000,
          title: segments(r.title),
          summary: segments(r.summary),
        })),
      };
    }
  }
  return {
    query: request.q,
    words,
    matched: 'none',
    total: 0,
    hits: [],
    notice: [notices.none(), ...extra].join(' '),
  };
}
