// Reading the kennisagenda's shipped data files (catalog/kennisagenda/): the first version of the taxonomy and the
// labelled examples of seed 004, validated by their schemas. Reads files, as the indicator catalogue loader does.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { KNOWLEDGE_THEMES } from '../jzojp/vocabulary.ts';
import { type TaxonomyDocument, taxonomyDocument } from './taxonomy.ts';

export const kennisagendaCatalogDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'catalog',
  'kennisagenda',
);

export const labelledExample = z.object({
  theme: z.enum(KNOWLEDGE_THEMES),
  kind: z.enum(['knelpunt', 'oplossing', 'kennisvraag']),
  text: z.string().min(1),
});
export type LabelledExample = z.infer<typeof labelledExample>;

function readJson(file: string): unknown {
  const path = join(kennisagendaCatalogDir, file);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

export function loadTaxonomyFile(): TaxonomyDocument {
  const parsed = taxonomyDocument.safeParse(readJson('taxonomy.json'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`catalog/kennisagenda/taxonomy.json, ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export function loadExamples(): LabelledExample[] {
  const parsed = z.object({ examples: z.array(labelledExample) }).safeParse(readJson('examples.json'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`catalog/kennisagenda/examples.json, ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.examples;
}
