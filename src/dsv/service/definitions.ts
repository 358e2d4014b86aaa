// Reading the questionnaire definitions of catalog/dsv-questionnaire/ (the I/O part; the checks are the model's).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { notFound } from '../../access/errors.ts';
import { parseDefinition, type QuestionnaireDefinition } from '../questionnaire.ts';

export const definitionsDir = fileURLToPath(new URL('../../../catalog/dsv-questionnaire/', import.meta.url));

const cache = new Map<string, QuestionnaireDefinition>();

/** The versions shipped, newest first. */
export function definitionVersions(dir = definitionsDir): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}\.json$/.test(f))
    .map((f) => f.slice(0, 4))
    .sort()
    .reverse();
}

/** Reads and checks one definition file (throws DefinitionError naming the file and field). */
export function readDefinitionFile(path: string): QuestionnaireDefinition {
  const name = path.split('/').pop()!;
  let content: unknown;
  try {
    content = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${name}: geen geldige JSON (${(error as Error).message})`);
  }
  return parseDefinition(name, content);
}

export function loadDefinition(version: string, dir = definitionsDir): QuestionnaireDefinition {
  const cached = dir === definitionsDir ? cache.get(version) : undefined;
  if (cached) return cached;
  const path = join(dir, `${version}.json`);
  if (!/^\d{4}$/.test(version) || !existsSync(path))
    throw notFound(
      `Er is geen vragenlijst met versie '${version}' (beschikbaar: ${definitionVersions(dir).join(', ')}).`,
    );
  const definition = readDefinitionFile(path);
  if (dir === definitionsDir) cache.set(version, definition);
  return definition;
}
