// One real application (database, migrations, bundle, Fastify) per test file, on the given database.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type AppContext, openApp } from '../../src/app/context.ts';
import { buildServer } from '../../src/server/app.ts';
import type { TestDatabase } from './database.ts';

export interface TestApp {
  ctx: AppContext;
  server: FastifyInstance;
  /** GET through the server (no network): status and parsed JSON body. */
  get(url: string): Promise<{ status: number; body: any }>;
}

/** Opens the app before the file's tests and closes it (and drops its schema) after them. Without `areas` the
 *  bundle's ~18,000 wijken and buurten are left out, which keeps suites that need none of them fast. */
export function useApp(database: TestDatabase, options: { areas?: boolean } = {}): TestApp {
  const app = {
    get: async (url: string) => {
      const response = await app.server.inject({ method: 'GET', url });
      return { status: response.statusCode, body: response.json() };
    },
  } as TestApp;
  beforeAll(async () => {
    app.ctx = await openApp(await database.config(), { areas: options.areas ?? false });
    app.server = await buildServer(app.ctx);
  });
  afterAll(async () => {
    await app.server?.close();
    await app.ctx?.close();
    await database.cleanup();
  });
  return app;
}
