// The taxonomy of the Kennisagenda as data (catalog/kennisagenda/taxonomy.json, then versions edited by a
// kennisagenda beheerder): the nine knowledge themes and the five forms of moving care with their labels, the
// section headings and aliases of seed 004, the descriptions (Inleiding texts), and the four recommendations with
// their parts A/B/C. The ids are those of src/jzojp/vocabulary.ts and cannot be changed by an edit. Pure.
import { z } from 'zod';
import { text } from '../indicators/schema.ts';
import { CARE_SHIFT_FORMS, KNOWLEDGE_THEMES } from '../jzojp/vocabulary.ts';

const dutchFirst = z.object({ nl: z.string().trim().min(1).max(4000), en: z.string().max(4000).optional() });

const entry = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.object({
    id: z.enum(ids),
    label: text,
    /** the heading of the theme's section in the report (seed 004 §2.1) */
    heading: z.string().trim().min(1).max(200),
    /** other spellings met in sources and files (seed 004 §2.3); an import accepts them */
    aliases: z.array(z.string().trim().min(1).max(200)).max(20),
    /** the Inleiding text; null where the source gives none (the five forms) */
    description: dutchFirst.nullable(),
  });

export const recommendationPart = z.object({
  id: z.string().regex(/^[1-9][A-Z]$/),
  text,
});

export const recommendation = z.object({
  id: z.string().regex(/^[1-9]$/),
  text,
  parts: z.array(recommendationPart).max(6),
});
export type Recommendation = z.infer<typeof recommendation>;

export const taxonomyDocument = z
  .object({
    id: z.string().min(1),
    edition: z.string().min(1).max(400),
    provenance: z.object({ source: z.string(), files: z.array(z.string()), note: z.string() }),
    knowledgeThemes: z.array(entry(KNOWLEDGE_THEMES)),
    careShiftForms: z.array(entry(CARE_SHIFT_FORMS)),
    recommendations: z.array(recommendation).min(1).max(9),
  })
  .superRefine((doc, ctx) => {
    const sameIds = (path: string, got: readonly string[], want: readonly string[]) => {
      if (got.length !== want.length || want.some((id, i) => got[i] !== id))
        ctx.addIssue({
          code: 'custom',
          path: [path],
          message: `de ids en hun volgorde liggen vast: ${want.join(', ')}`,
        });
    };
    sameIds(
      'knowledgeThemes',
      doc.knowledgeThemes.map((t) => t.id),
      KNOWLEDGE_THEMES,
    );
    sameIds(
      'careShiftForms',
      doc.careShiftForms.map((t) => t.id),
      CARE_SHIFT_FORMS,
    );
    const recommendationIds = doc.recommendations.map((r) => r.id);
    if (new Set(recommendationIds).size !== recommendationIds.length)
      ctx.addIssue({
        code: 'custom',
        path: ['recommendations'],
        message: 'een aanbeveling staat er twee keer',
      });
    for (const [i, r] of doc.recommendations.entries())
      for (const [j, part] of r.parts.entries())
        if (!part.id.startsWith(r.id))
          ctx.addIssue({
            code: 'custom',
            path: ['recommendations', i, 'parts', j, 'id'],
            message: `deel '${part.id}' hoort niet bij aanbeveling ${r.id}`,
          });
  });
export type TaxonomyDocument = z.infer<typeof taxonomyDocument>;
export type TaxonomyEntry =
  | TaxonomyDocument['knowledgeThemes'][number]
  | TaxonomyDocument['careShiftForms'][number];

/** A stored version of the taxonomy. */
export interface TaxonomyVersion {
  version: number;
  document: TaxonomyDocument;
  author: string | null;
  note: string | null;
  createdAt: string | null;
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/**
 * A resolver from what a file or a coder writes (an id, a label, a heading or an alias; case, accents and
 * punctuation ignored) to the canonical id, or null.
 */
export function labelResolver(entries: readonly TaxonomyEntry[]): (written: string) => string | null {
  const map = new Map<string, string>();
  for (const e of entries)
    for (const name of [e.id, e.label.nl, e.label.en, e.heading, ...e.aliases]) map.set(fold(name), e.id);
  return (written) => map.get(fold(written)) ?? null;
}

/** Every recommendation id and part id ('2', '2A', …) a knowledge question may be linked to. */
export const recommendationTargets = (doc: TaxonomyDocument): string[] =>
  doc.recommendations.flatMap((r) => [r.id, ...r.parts.map((p) => p.id)]);
