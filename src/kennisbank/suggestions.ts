// Knowledge that finds the user: which published items fit a collaboration's or plan's current phase, its weakest
// principle and its themes. A pure ranking, so the same rule serves the plan page, the collaboration page and the
// indicator page.
import type { CategoryId } from '../indicators/schema.ts';
import type { Phase, Principle } from '../jzojp/vocabulary.ts';
import type { Item, Suggestion, SuggestionReason } from './schema.ts';
import type { ItemKind } from './vocabulary.ts';

export interface SuggestionContext {
  phase?: Phase;
  principle?: Principle;
  /** JZOJP theme ids (catalog/themes.json) */
  themes?: readonly string[];
}

/** Points per kind of fit; a principle is the sharpest signal (the collaboration's weakest point). */
export const WEIGHTS = {
  principle: 4,
  theme: 3,
  phase: 2,
  /** the item is tagged with the Quintuple Aim category a theme belongs to, not the theme itself */
  category: 1,
} as const;

/** Things to do come before background: tools and examples get a small bonus over frameworks and principles. */
const KIND_BONUS: Partial<Record<ItemKind, number>> = {
  tool: 0.5,
  'practice-example': 0.5,
  'financing-form': 0.25,
  'participation-form': 0.25,
  lesson: 0.25,
};

/** At most this many suggestions of one kind, so a list is not all tools. */
export const MAX_PER_KIND = 3;

/**
 * Ranks published items for the context: points for a matching principle, each matching theme, the phase, and a
 * theme's category; a small bonus for practical kinds; an item needs at least one fit. Ties: fewer tags first (the
 * more specific item), then title.
 */
export function rankSuggestions(
  items: readonly Item[],
  context: SuggestionContext,
  themeCategory: ReadonlyMap<string, CategoryId>,
  limit = 6,
): Suggestion[] {
  const themes = new Set(context.themes ?? []);
  const categories = new Set([...themes].map((t) => themeCategory.get(t)).filter((c) => c !== undefined));
  const scored: (Suggestion & { breadth: number })[] = [];
  for (const item of items) {
    if (item.status !== 'published') continue;
    const reasons: SuggestionReason[] = [];
    let score = 0;
    if (context.principle && item.principles.includes(context.principle)) {
      score += WEIGHTS.principle;
      reasons.push('principle');
    }
    const themeHits = item.themes.filter((t) => themes.has(t)).length;
    if (themeHits > 0) {
      score += WEIGHTS.theme * themeHits;
      reasons.push('theme');
    } else if (item.quintupleAims.some((a) => categories.has(a))) {
      score += WEIGHTS.category;
      reasons.push('category');
    }
    if (context.phase && item.phases.includes(context.phase)) {
      score += WEIGHTS.phase;
      reasons.push('phase');
    }
    if (reasons.length === 0) continue;
    score += KIND_BONUS[item.kind] ?? 0;
    const breadth = item.phases.length + item.principles.length + item.themes.length;
    scored.push({ item, score, reasons, breadth });
  }
  scored.sort(
    (a, b) => b.score - a.score || a.breadth - b.breadth || a.item.title.localeCompare(b.item.title, 'nl'),
  );
  const perKind = new Map<string, number>();
  const out: Suggestion[] = [];
  for (const { breadth: _breadth, ...s } of scored) {
    const n = perKind.get(s.item.kind) ?? 0;
    if (n >= MAX_PER_KIND) continue;
    perKind.set(s.item.kind, n + 1);
    out.push(s);
    if (out.length >= limit) break;
  }
  return out;
}
