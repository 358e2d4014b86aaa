// The two databases every integration suite runs on: embedded PGlite (in memory) and the machine's PostgreSQL
// server named by TEST_DATABASE_URL, each run in a fresh schema of its own that is dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../../src/config.ts';
import { connect } from '../../src/db/connection.ts';
import { APP_ROLE, ensureRole } from '../../src/db/roles.ts';

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

/** TEST_DATABASE_URL as the application role (trust authentication: no password). */
export const appRoleUrl = () => {
  const url = new URL(TEST_DATABASE_URL);
  url.username = APP_ROLE;
  url.password = '';
  return url.toString();
};

/**
 * The PostgreSQL server; with `separateRoles` as an installation should run it: migrations as the owner
 * (TEST_DATABASE_URL as DATABASE_OWNER_URL), the application as the role juisteplek_app.
 */
export function postgresDatabase(options: { separateRoles?: boolean } = {}): TestDatabase {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    async config() {
      await assertServerAnswers();
      const schema = `jp_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      if (!options.separateRoles)
        return { ...baseConfig, databaseUrl: TEST_DATABASE_URL, databaseSchema: schema };
      const owner = await connect({ databaseUrl: TEST_DATABASE_URL });
      try {
        await ensureRole(owner, APP_ROLE);
      } finally {
        await owner.close();
      }
      return {
        ...baseConfig,
        databaseUrl: appRoleUrl(),
        databaseOwnerUrl: TEST_DATABASE_URL,
        databaseSchema: schema,
      };
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
