// The suggestions endpoint: published items ranked by the pure rule of src/kennisbank/suggestions.ts.
import { invalid } from '../../access/errors.ts';
import { listItems, publicItem } from '../../db/kennisbankStore.ts';
import type { Phase, Principle } from '../../jzojp/vocabulary.ts';
import type { Suggestion } from '../schema.ts';
import { rankSuggestions } from '../suggestions.ts';
import type { KennisbankDeps } from './deps.ts';

export async function suggestKnowledge(
  deps: KennisbankDeps,
  request: { phase?: number; principle?: Principle; themes?: string; limit: number },
): Promise<{ suggestions: Suggestion[] }> {
  const known = new Map(deps.catalog.themes.map((t) => [t.id, t.category]));
  const themes = (request.themes ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  themes.forEach((t, i) => {
    if (!known.has(t)) throw invalid(`themes.${i}`, `onbekend JZOJP-thema '${t}'`);
  });
  const { items } = await listItems(deps.db, { statuses: ['published'] });
  return {
    suggestions: rankSuggestions(
      items.map(publicItem),
      { phase: request.phase as Phase | undefined, principle: request.principle, themes },
      known,
      request.limit,
    ),
  };
}
