// The two databases every integration suite runs on: embedded PGlite (in memory) and the machine's PostgreSQL
// server named by TEST_DATABASE_URL, each run in a fresh schema of its own that is dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../../src/config.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A config for a fresh, empty database. */
  config(): Promise<Config>;
  /** Removes what config() created. */
  cleanup(): Promise<void>;
}

const baseConfig = {
  port: 0,
  host: '127.0.0.1',
  dataDir: 'memory://',
  databaseUrl: undefined,
  databaseSchema: undefined,
};

export function pgliteDatabase(): TestDatabase {
  return { name: 'pglite', config: async () => ({ ...baseConfig }), cleanup: async () => {} };
}

export function postgresDatabase(): TestDatabase {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    async config() {
      await assertServerAnswers();
      const schema = `jp_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return { ...baseConfig, databaseUrl: TEST_DATABASE_URL, databaseSchema: schema };
    },
    async cleanup() {
      if (schemas.length === 0) return;
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

export const testDatabases = (): TestDatabase[] => [pgliteDatabase(), postgresDatabase()];

async function assertServerAnswers(): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL: no PostgreSQL server answers at ${TEST_DATABASE_URL} (${(error as Error).message})`,
    );
  }
}
