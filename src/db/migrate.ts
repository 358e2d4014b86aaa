// Versioned SQL migrations (src/db/migrations/NNNN_name.sql), applied in order at every start, each once.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './connection.ts';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export function listMigrations(): { version: string; sql: string }[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_.+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: file.replace(/\.sql$/, ''),
      sql: readFileSync(join(migrationsDir, file), 'utf8'),
    }));
}

/** Applies the migrations not yet applied; returns their versions. */
export async function migrate(db: Database): Promise<string[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migration (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied = new Set(
    (await db.query<{ version: string }>('SELECT version FROM schema_migration')).map((row) => row.version),
  );
  const done: string[] = [];
  for (const migration of listMigrations()) {
    if (applied.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      // Two processes starting at once on one server: the second waits, then sees the migration applied.
      if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(7355608)');
      const again = await tx.query('SELECT 1 FROM schema_migration WHERE version = $1', [migration.version]);
      if (again.length > 0) return;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migration (version) VALUES ($1)', [migration.version]);
      done.push(migration.version);
    });
  }
  return done;
}

/**
 * Splits a migration into statements at a `;` that ends a line, except inside a dollar-quoted body (`$$ … $$`,
 * functions and DO blocks). Comment lines are dropped.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let inBody = false;
  for (const line of sql.split('\n')) {
    if (!inBody && /^\s*--/.test(line)) continue;
    current.push(line);
    // An odd number of $$ on a line opens or closes a body.
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      statements.push(current.join('\n').replace(/;\s*$/, ''));
      current = [];
    }
  }
  statements.push(current.join('\n'));
  return statements.map((statement) => statement.trim()).filter((statement) => statement.length > 0);
}
