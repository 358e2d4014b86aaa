// Shared by the import suites: the replay fixtures, counting every table, catching errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Queryable } from '../../../src/db/connection.ts';
import { type ImportFixtureOptions, writeImportFixtures } from '../../fixtures/import/cbsTables.ts';

/** Writes the generated CBS tables into a fresh directory; returns it and a cleanup. */
export function importFixtures(options: ImportFixtureOptions = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'jp-import-fixtures-'));
  writeImportFixtures(dir, options);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Row count of every table of the schema in use: to show that a failed import changed nothing. */
export async function tableCounts(db: Queryable): Promise<Record<string, number>> {
  const tables = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = row!.n;
  }
  return counts;
}

export async function caught(work: Promise<unknown>): Promise<Error> {
  try {
    await work;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/** CBS client options that never really sleep between retries. */
export const quickRetries = { backoffBaseMs: 1, sleep: async () => {} };
