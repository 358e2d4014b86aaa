// Loads the indicator catalogue (`catalog/`): categories.json, themes.json and one file per indicator in
// indicators/. Every file is validated with the zod schema in ./schema.ts and the whole is cross-checked
// (categories and themes exist, 25 themes, usable themes have an indicator, unique ids). All problems are
// collected and reported together, each naming the file and the field path.
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { type Catalog, catalog as catalogSchema, category, categoryId, indicator, theme } from './schema.ts';

/** `<project root>/catalog`, resolved from this module's own location so it works from any working directory. */
export const defaultCatalogDir = fileURLToPath(new URL('../../catalog/', import.meta.url));

/** The JZOJP indicator set has 25 themes (RIVM final report, chapter 2). */
export const JZOJP_THEME_COUNT = 25;

/** One or more problems in the catalogue files; `issues` holds one line per problem ("file: path: message"). */
export class CatalogError extends Error {
  constructor(readonly issues: string[]) {
    super(
      `Ongeldige indicatorcatalogus (${issues.length} ${issues.length === 1 ? 'fout' : 'fouten'}):\n${issues.join('\n')}`,
    );
    this.name = 'CatalogError';
  }
}

/** Reads, validates and cross-checks the catalogue in `dir`. Throws a CatalogError listing every problem. */
export function loadCatalog(dir: string = defaultCatalogDir): Catalog {
  const issues: string[] = [];
  const categoriesFile = join(dir, 'categories.json');
  const themesFile = join(dir, 'themes.json');
  const indicatorsDir = join(dir, 'indicators');

  const categories = parseFile(categoriesFile, category.array(), issues);
  const themes = parseFile(themesFile, theme.array(), issues);

  let indicatorFiles: string[] = [];
  try {
    indicatorFiles = readdirSync(indicatorsDir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch (error) {
    issues.push(`${display(indicatorsDir)}: map niet leesbaar (${(error as Error).message})`);
  }
  const indicators: Catalog['indicators'] = [];
  const indicatorFileById = new Map<string, string>();
  for (const name of indicatorFiles) {
    const file = join(indicatorsDir, name);
    const parsed = parseFile(file, indicator, issues);
    if (!parsed) continue;
    const expected = name.slice(0, -'.json'.length);
    if (parsed.id !== expected) {
      issues.push(
        `${display(file)}: id: '${parsed.id}' moet gelijk zijn aan de bestandsnaam ('${expected}')`,
      );
    }
    const earlier = indicatorFileById.get(parsed.id);
    if (earlier) issues.push(`${display(file)}: id: '${parsed.id}' komt ook voor in ${display(earlier)}`);
    indicatorFileById.set(parsed.id, file);
    indicators.push(parsed);
  }

  // Cross-checks need both lists; when one of them failed to load, its own error says enough.
  if (categories && themes) {
    crossCheck({ categories, themes, indicators }, { categoriesFile, themesFile, indicatorFileById }, issues);
  }
  if (issues.length > 0) throw new CatalogError(issues);

  const result = catalogSchema.safeParse({ categories, themes, indicators });
  if (!result.success) throw new CatalogError(formatIssues(display(dir), result.error));
  return result.data;
}

interface Files {
  categoriesFile: string;
  themesFile: string;
  indicatorFileById: Map<string, string>;
}

function crossCheck(cat: Catalog, files: Files, issues: string[]): void {
  const categoriesFile = display(files.categoriesFile);
  const themesFile = display(files.themesFile);

  const categoryIds = new Set<string>();
  cat.categories.forEach((c, i) => {
    if (categoryIds.has(c.id))
      issues.push(`${categoriesFile}: [${i}].id: categorie '${c.id}' komt twee keer voor`);
    categoryIds.add(c.id);
  });
  for (const id of categoryId.options) {
    if (!categoryIds.has(id)) issues.push(`${categoriesFile}: categorie '${id}' ontbreekt`);
  }

  if (cat.themes.length !== JZOJP_THEME_COUNT) {
    issues.push(`${themesFile}: ${cat.themes.length} thema's, verwacht ${JZOJP_THEME_COUNT}`);
  }
  const themeIds = new Set<string>();
  const themeOrders = new Set<number>();
  cat.themes.forEach((t, i) => {
    const at = `${themesFile}: [${i}] (${t.id})`;
    if (themeIds.has(t.id)) issues.push(`${at}.id: thema '${t.id}' komt twee keer voor`);
    themeIds.add(t.id);
    if (themeOrders.has(t.order)) issues.push(`${at}.order: volgorde ${t.order} komt twee keer voor`);
    themeOrders.add(t.order);
    if (!categoryIds.has(t.category)) issues.push(`${at}.category: categorie '${t.category}' bestaat niet`);
    if (!t.usableIndicator && !t.reason) {
      issues.push(
        `${at}.reason: verplicht als usableIndicator false is (waarom is er geen bruikbare indicator?)`,
      );
    }
  });

  const themesWithIndicator = new Set<string>();
  for (const ind of cat.indicators) {
    const file = display(files.indicatorFileById.get(ind.id) ?? ind.id);
    if (!categoryIds.has(ind.category))
      issues.push(`${file}: category: categorie '${ind.category}' bestaat niet`);
    if (ind.theme !== null) {
      if (themeIds.has(ind.theme)) themesWithIndicator.add(ind.theme);
      else issues.push(`${file}: theme: thema '${ind.theme}' bestaat niet in ${themesFile}`);
    }
    if (ind.aggregation === 'not-aggregable' && !ind.aggregationNote) {
      issues.push(`${file}: aggregationNote: verplicht bij aggregation 'not-aggregable'`);
    }
    const codes = new Set<string>();
    ind.breakdowns.forEach((b, i) => {
      if (codes.has(b.code)) issues.push(`${file}: breakdowns[${i}].code: '${b.code}' komt twee keer voor`);
      codes.add(b.code);
    });
  }
  cat.themes.forEach((t, i) => {
    if (t.usableIndicator && !themesWithIndicator.has(t.id)) {
      issues.push(
        `${themesFile}: [${i}] (${t.id}).usableIndicator: true, maar geen indicator verwijst naar dit thema`,
      );
    }
  });
}

/** Reads and validates one JSON file; on failure records the problems and returns undefined. */
function parseFile<T extends z.ZodType>(file: string, schema: T, issues: string[]): z.infer<T> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    issues.push(
      `${display(file)}: bestand niet leesbaar (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    issues.push(`${display(file)}: geen geldige JSON (${(error as Error).message})`);
    return undefined;
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    issues.push(...formatIssues(display(file), result.error));
    return undefined;
  }
  return result.data;
}

function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`);
}

/** ['breakdowns', 0, 'code'] → "breakdowns[0].code"; [] → "(hele bestand)". */
function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(hele bestand)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** A path relative to the working directory when it lies inside it (e.g. "catalog/themes.json"), else absolute. */
function display(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(file);
}
