// The phase-fit suggestions: principle before theme before phase, a fit is needed, kinds are mixed.
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/kennisbank/schema.ts';
import { MAX_PER_KIND, rankSuggestions, WEIGHTS } from '../../../src/kennisbank/suggestions.ts';

let n = 0;
const make = (over: Partial<Item>): Item => ({
  id: `i${++n}`,
  kind: 'framework',
  title: `Item ${n}`,
  summary: 'Een samenvatting van minstens twintig tekens.',
  source: { document: 'd', section: 's', page: null },
  owner: null,
  format: null,
  phases: [],
  principles: [],
  quintupleAims: [],
  themes: [],
  knowledgeThemes: [],
  careShiftForms: [],
  buildingBlocks: [],
  perspectives: [],
  indicators: [],
  status: 'published',
  origin: 'seed',
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
const categories = new Map([
  ['gezond-gewicht', 'volksgezondheid' as const],
  ['capaciteit', 'professionals' as const],
]);

describe('rankSuggestions', () => {
  it('ranks the weakest principle above a theme above the phase', () => {
    const phase = make({ kind: 'lesson', title: 'fase', phases: [2] });
    const theme = make({ title: 'thema', themes: ['gezond-gewicht'] });
    const principle = make({ title: 'principe', principles: ['vertrouwen'] });
    const all = make({ title: 'alles', phases: [2], principles: ['vertrouwen'], themes: ['gezond-gewicht'] });
    const ranked = rankSuggestions(
      [phase, theme, principle, all],
      { phase: 2, principle: 'vertrouwen', themes: ['gezond-gewicht'] },
      categories,
    );
    expect(ranked.map((s) => s.item.title)).toEqual(['alles', 'principe', 'thema', 'fase']);
    expect(ranked[0]!.score).toBe(WEIGHTS.principle + WEIGHTS.theme + WEIGHTS.phase);
    expect(ranked[0]!.reasons).toEqual(['principle', 'theme', 'phase']);
  });
  it('leaves out items without any fit, unpublished items, and counts a theme’s category lower', () => {
    const none = make({ phases: [1], principles: ['draagvlak'] });
    const draft = make({ phases: [3], status: 'draft' });
    const category = make({ title: 'categorie', quintupleAims: ['volksgezondheid'] });
    const ranked = rankSuggestions(
      [none, draft, category],
      { phase: 3, themes: ['gezond-gewicht'] },
      categories,
    );
    expect(ranked.map((s) => s.item.title)).toEqual(['categorie']);
    expect(ranked[0]!).toMatchObject({ score: WEIGHTS.category, reasons: ['category'] });
  });
  it('prefers practical kinds on a tie and the more specific item next', () => {
    const tool = make({ kind: 'tool', title: 'b-tool', phases: [1] });
    const broad = make({ title: 'a-breed', phases: [1, 2, 3, 4] });
    const narrow = make({ title: 'z-smal', phases: [1] });
    const ranked = rankSuggestions([broad, narrow, tool], { phase: 1 }, categories);
    expect(ranked.map((s) => s.item.title)).toEqual(['b-tool', 'z-smal', 'a-breed']);
  });
  it('shows at most three of a kind and respects the limit', () => {
    const tools = Array.from({ length: 5 }, () => make({ kind: 'tool', phases: [4] }));
    const lesson = make({ kind: 'lesson', phases: [4] });
    const ranked = rankSuggestions([...tools, lesson], { phase: 4 }, categories, 10);
    expect(ranked.filter((s) => s.item.kind === 'tool')).toHaveLength(MAX_PER_KIND);
    expect(ranked).toHaveLength(MAX_PER_KIND + 1);
    expect(rankSuggestions([...tools, lesson], { phase: 4 }, categories, 2)).toHaveLength(2);
  });
  it('gives nothing without context', () => {
    expect(rankSuggestions([make({ phases: [1] })], {}, categories)).toEqual([]);
  });
});
