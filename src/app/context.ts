// Opening the application: connect, migrate, load the shipped open data when needed, and build the read models.

import type { Config } from '../config.ts';
import { connect, type Database } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { syncRegionTypes } from '../db/regionStore.ts';
import { loadCatalog } from '../indicators/catalog.ts';
import type { Catalog } from '../indicators/schema.ts';
import type { RegiobeeldEngine } from '../regiobeeld/engine.ts';
import { loadBundle } from '../sources/bundle/load.ts';
import { loadEngine } from './engine.ts';

export interface AppContext {
  config: Config;
  db: Database;
  catalog: Catalog;
  /** The regiobeeld engine over the current data (built on first use). */
  engine(): Promise<RegiobeeldEngine>;
  /** Forget the engine after data changed (an import); the next request rebuilds it. */
  invalidate(): void;
  close(): Promise<void>;
}

export async function openApp(
  config: Config,
  options: { loadData?: boolean; dataDir?: string; log?: (line: string) => void } = {},
): Promise<AppContext> {
  const log = options.log ?? (() => {});
  const catalog = loadCatalog();
  const db = await connect({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: config.databaseSchema,
  });
  try {
    const applied = await migrate(db);
    if (applied.length > 0) log(`Database bijgewerkt: ${applied.join(', ')}`);
    await syncRegionTypes(db);
    if (options.loadData !== false) {
      const result = await loadBundle(db, catalog, { dataDir: options.dataDir, log });
      if (result.loaded)
        log(`Open data geladen: ${result.regions} regio's, ${result.observations} waarnemingen.`);
    }
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  let engine: Promise<RegiobeeldEngine> | null = null;
  return {
    config,
    db,
    catalog,
    engine: () => {
      engine ??= loadEngine(db, catalog);
      return engine;
    },
    invalidate: () => {
      engine = null;
    },
    close: () => db.close(),
  };
}
