// Checking the seed files of catalog/kennisbank/ (one JSON array of items per file): every problem names the file,
// the row (1-based position in the array) and the field, and one problem anywhere means nothing is loaded. Pure.
import { z } from 'zod';
import { type SeedItem, seedItem } from './schema.ts';

export const seedSource = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  publisher: z.string().min(1),
  date: z.string().min(4),
  partOf: z.string().nullable(),
  seed: z.string().min(1),
});
export type SeedSource = z.infer<typeof seedSource>;

export interface SeedProblem {
  file: string;
  /** 1-based position in the file's array; null for the file as a whole */
  row: number | null;
  field: string | null;
  message: string;
}

export const describeProblem = (p: SeedProblem) =>
  `${p.file}${p.row !== null ? `, rij ${p.row}` : ''}${p.field ? `, veld ${p.field}` : ''}: ${p.message}`;

export interface SeedReferences {
  sources: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

/** Validates the parsed item files; `items` is empty unless `problems` is. */
export function checkSeed(
  files: readonly { name: string; content: unknown }[],
  refs: SeedReferences,
): { items: SeedItem[]; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const items: SeedItem[] = [];
  const ids = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const { name, content } of files) {
    if (!Array.isArray(content)) {
      problems.push({
        file: name,
        row: null,
        field: null,
        message: 'het bestand moet een lijst (JSON-array) zijn',
      });
      continue;
    }
    content.forEach((raw, index) => {
      const row = index + 1;
      const where = `${name}, rij ${row}`;
      const parsed = seedItem.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.join('.') || null;
          const missing = issue.code === 'invalid_type' && issue.message.includes('received undefined');
          problems.push({
            file: name,
            row,
            field,
            message: missing
              ? field?.startsWith('source')
                ? 'ontbreekt: elk item heeft een bron (document, paragraaf en waar bekend de pagina)'
                : 'ontbreekt'
              : issue.message,
          });
        }
        return;
      }
      const item = parsed.data;
      const problem = (field: string, message: string) => problems.push({ file: name, row, field, message });
      const earlierId = ids.get(item.id);
      if (earlierId) problem('id', `'${item.id}' komt al voor (${earlierId})`);
      ids.set(item.id, where);
      const key = item.title.trim().toLowerCase();
      const earlierTitle = titles.get(key);
      if (earlierTitle) problem('title', `de titel '${item.title}' komt al voor (${earlierTitle})`);
      titles.set(key, where);
      if (!refs.sources.has(item.source.document))
        problem('source.document', `onbekende bron '${item.source.document}' (zie sources.json)`);
      item.themes.forEach((t, i) => {
        if (!refs.themes.has(t))
          problem(`themes.${i}`, `onbekend JZOJP-thema '${t}' (zie catalog/themes.json)`);
      });
      item.indicators.forEach((t, i) => {
        if (!refs.indicators.has(t)) problem(`indicators.${i}`, `onbekende indicator '${t}'`);
      });
      items.push(item);
    });
  }
  return problems.length > 0 ? { items: [], problems } : { items, problems };
}
