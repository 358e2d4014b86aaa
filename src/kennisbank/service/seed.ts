// Loading the seed of catalog/kennisbank/: every file is checked first (file, row and field named), then the items
// that are not in the database yet are inserted as published, in one transaction. Items already there are left as
// redacteuren made them: the seed never overwrites an edit.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queryable } from '../../db/connection.ts';
import { findByTitle, insertItem, itemIds, publicItem, recordItemVersion } from '../../db/kennisbankStore.ts';
import type { SeedItem } from '../schema.ts';
import { checkSeed, describeProblem, type SeedProblem, type SeedSource, seedSource } from '../seed.ts';
import type { KennisbankDeps } from './deps.ts';
import { searchFields } from './items.ts';

export const defaultSeedDir = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'catalog',
  'kennisbank',
);

export class SeedError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `De kennisbank-seed heeft ${problems.length} fout(en); er is niets geladen:\n${problems
        .slice(0, 20)
        .map(describeProblem)
        .join('\n')}`,
    );
  }
}

/** Reads and checks the seed directory; throws SeedError naming every problem. */
export function readSeed(
  deps: Pick<KennisbankDeps, 'catalog'>,
  dir = defaultSeedDir,
): { items: SeedItem[]; sources: SeedSource[] } {
  const problems: SeedProblem[] = [];
  const parse = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      problems.push({
        file,
        row: null,
        field: null,
        message: `geen geldige JSON (${(error as Error).message})`,
      });
      return [];
    }
  };
  const sourcesRaw = parse('sources.json');
  const sources: SeedSource[] = [];
  (Array.isArray(sourcesRaw) ? sourcesRaw : []).forEach((raw, i) => {
    const parsed = seedSource.safeParse(raw);
    if (parsed.success) sources.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        problems.push({
          file: 'sources.json',
          row: i + 1,
          field: issue.path.join('.'),
          message: issue.message,
        });
  });
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'sources.json')
    .sort()
    .map((name) => ({ name, content: parse(name) }));
  const checked = checkSeed(files, {
    sources: new Set(sources.map((s) => s.id)),
    themes: new Set(deps.catalog.themes.map((t) => t.id)),
    indicators: new Set(deps.catalog.indicators.map((i) => i.id)),
  });
  problems.push(...checked.problems);
  if (problems.length > 0) throw new SeedError(problems);
  return { items: checked.items, sources };
}

/**
 * Inserts the seed items that are missing; returns how many were added. A seed item whose title a redacteur already
 * gave to another item is skipped and reported (the start goes on; the redacteur resolves it in the workflow).
 */
export async function loadSeed(
  deps: KennisbankDeps,
  options: { dir?: string } = {},
): Promise<{ added: number; total: number; skipped: { id: string; title: string; existing: string }[] }> {
  const { items } = readSeed(deps, options.dir);
  return deps.db.transaction(async (tx: Queryable) => {
    const existing = await itemIds(tx);
    let added = 0;
    const skipped: { id: string; title: string; existing: string }[] = [];
    for (const { id, ...input } of items) {
      if (existing.has(id)) continue;
      const taken = await findByTitle(tx, input.title);
      if (taken) {
        skipped.push({ id, title: input.title, existing: taken.id });
        continue;
      }
      const stored = await insertItem(tx, {
        id,
        status: 'published',
        origin: 'seed',
        item: input,
        search: searchFields(input, deps.catalog),
        editor: null,
      });
      await recordItemVersion(tx, publicItem(stored), null, 'Uit catalog/kennisbank geladen');
      added++;
    }
    return { added, total: items.length, skipped };
  });
}
