// The taxonomy in catalog/kennisagenda: it loads, carries the shared ids, and an edit cannot change them.
import { describe, expect, it } from 'vitest';
import { CARE_SHIFT_FORMS, KNOWLEDGE_THEMES } from '../../../src/jzojp/vocabulary.ts';
import { loadExamples, loadTaxonomyFile } from '../../../src/kennisagenda/catalogFiles.ts';
import {
  labelResolver,
  recommendationTargets,
  taxonomyDocument,
} from '../../../src/kennisagenda/taxonomy.ts';

describe('taxonomy', () => {
  const doc = loadTaxonomyFile();
  it('has the nine themes and five forms with the shared ids, and the four recommendations with parts A/B/C', () => {
    expect(doc.knowledgeThemes.map((t) => t.id)).toEqual([...KNOWLEDGE_THEMES]);
    expect(doc.careShiftForms.map((t) => t.id)).toEqual([...CARE_SHIFT_FORMS]);
    expect(recommendationTargets(doc)).toEqual(['1', '2', '2A', '2B', '2C', '3', '3A', '3B', '4']);
    expect(doc.knowledgeThemes.find((t) => t.id === 'samenwerking')!.heading).toBe(
      'Samenwerkingsvraagstukken',
    );
    expect(doc.knowledgeThemes.every((t) => (t.description?.nl.length ?? 0) > 100)).toBe(true);
    expect(doc.careShiftForms.every((f) => f.description === null)).toBe(true);
  });

  it('resolves labels, headings and aliases regardless of case, accents and punctuation', () => {
    const resolve = labelResolver(doc.knowledgeThemes);
    expect(resolve('Samenwerking-vragen')).toBe('samenwerking');
    expect(resolve('inzicht in de behoeften van clienten')).toBe('behoefte_client');
    expect(resolve('ICT/data uitwisseling')).toBe('ict_data');
    expect(resolve('Juridische vraagstukken')).toBe('juridisch');
    expect(resolve('iets anders')).toBeNull();
  });

  it('refuses an edit that renames an id or misplaces a part', () => {
    const renamed = structuredClone(doc);
    (renamed.knowledgeThemes[0] as { id: string }).id = 'praktijkleren';
    expect(taxonomyDocument.safeParse(renamed).success).toBe(false);
    const misplaced = structuredClone(doc);
    misplaced.recommendations[1]!.parts[0]!.id = '3A';
    const result = taxonomyDocument.safeParse(misplaced);
    expect(!result.success && result.error.issues[0]!.message).toMatch(/hoort niet bij aanbeveling 2/);
  });

  it('ships the 71 labelled examples of seed 004', () => {
    const examples = loadExamples();
    expect(examples).toHaveLength(71);
    expect(new Set(examples.map((e) => e.theme))).toEqual(new Set(KNOWLEDGE_THEMES));
  });
});
