// Checking seed files: every problem names file, row and field, and one problem loads nothing; the real catalogue
// passes and every item has a source.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/indicators/catalog.ts';
import { checkSeed, describeProblem } from '../../../src/kennisbank/seed.ts';
import { readSeed } from '../../../src/kennisbank/service/seed.ts';
import { transitionProblem } from '../../../src/kennisbank/workflow.ts';

const refs = {
  sources: new Set(['doc']),
  themes: new Set(['gezond-gewicht']),
  indicators: new Set<string>(),
};
const good = {
  id: 'goed-item',
  kind: 'tool',
  title: 'Een goed item',
  summary: 'Een eigen samenvatting van twintig tekens of meer.',
  source: { document: 'doc', section: 'H1', page: 3 },
};

describe('checkSeed', () => {
  it('accepts good items', () => {
    const r = checkSeed([{ name: 'tools.json', content: [good] }], refs);
    expect(r.problems).toEqual([]);
    expect(r.items[0]).toMatchObject({ id: 'goed-item', phases: [], themes: [] });
  });
  it('names file, row and field of an item without a source, a duplicate title and unknown references', () => {
    const { source: _s, ...noSource } = good;
    const r = checkSeed(
      [
        { name: 'a.json', content: [good, { ...noSource, id: 'zonder-bron', title: 'Zonder bron' }] },
        {
          name: 'b.json',
          content: [
            { ...good, id: 'dubbel', title: 'EEN GOED ITEM ' },
            {
              ...good,
              id: 'thema',
              title: 'Thema',
              themes: ['maan'],
              source: { ...good.source, document: 'x' },
            },
          ],
        },
        { name: 'c.json', content: { not: 'a list' } },
      ],
      refs,
    );
    expect(r.items).toEqual([]);
    expect(r.problems.map(describeProblem)).toEqual([
      'a.json, rij 2, veld source: ontbreekt: een item heeft een bron nodig (document, paragraaf en waar bekend de pagina). Er is niets opgeslagen.',
      "b.json, rij 1, veld title: de titel 'EEN GOED ITEM' komt al voor (a.json, rij 1)",
      "b.json, rij 2, veld source.document: onbekende bron 'x' (zie sources.json)",
      "b.json, rij 2, veld themes.0: onbekend JZOJP-thema 'maan' (zie catalog/themes.json)",
      'c.json: het bestand moet een lijst (JSON-array) zijn',
    ]);
  });
  it('passes for the real catalogue, every item with a document, section and summary of its own', () => {
    const { items, sources } = readSeed({ catalog: loadCatalog() });
    expect(items.length).toBe(229);
    expect(sources.map((s) => s.id)).toContain('ks-vilans-2024');
    const kinds = new Set(items.map((i) => i.kind));
    for (const kind of [
      'principle',
      'phase',
      'framework',
      'tool',
      'practice-example',
      'lesson',
      'financing-form',
      'participation-form',
    ])
      expect(kinds.has(kind as never)).toBe(true);
    for (const item of items) {
      expect(item.source.section.length).toBeGreaterThan(0);
      expect(item.summary.length).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('transitionProblem', () => {
  it('follows the workflow and needs a second pair of eyes to publish', () => {
    expect(transitionProblem('draft', 'review', 'a', 'a')).toBeNull();
    expect(transitionProblem('draft', 'published', 'a', null)).toBe('not-allowed');
    expect(transitionProblem('review', 'published', 'a', 'a')).toBe('same-editor');
    expect(transitionProblem('review', 'published', 'b', 'a')).toBeNull();
    expect(transitionProblem('review', 'published', 'b', null)).toBeNull();
    expect(transitionProblem('retired', 'published', 'b', 'a')).toBe('not-allowed');
    expect(transitionProblem('retired', 'draft', 'b', 'a')).toBeNull();
  });
});
