// Opening the application: connect, migrate, load the shipped open data when needed, and build the read models.

import type { Config } from '../config.ts';
import { connect, type Database } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import { syncRegionTypes } from '../db/regionStore.ts';
import { currentRole, grantApplicationRole } from '../db/roles.ts';
import { loadCatalog } from '../indicators/catalog.ts';
import type { Catalog } from '../indicators/schema.ts';
import { loadSeed as loadKennisbankSeed } from '../kennisbank/service/index.ts';
import type { RegiobeeldEngine } from '../regiobeeld/engine.ts';
import { loadBundle } from '../sources/bundle/load.ts';
import { loadEngine } from './engine.ts';

/** How often a running app looks whether the data changed under it (milliseconds). */
export const ENGINE_CHECK_MS = 1000;

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

/**
 * Connects and migrates. With DATABASE_OWNER_URL the owner runs the migrations and grants the application role
 * (the role of DATABASE_URL) its rights; the application then works as that role only.
 */
async function connectMigrated(config: Config, log: (line: string) => void): Promise<Database> {
  const where = { dataDir: config.dataDir, schema: config.databaseSchema };
  const report = (applied: string[]) => {
    if (applied.length > 0) log(`Database bijgewerkt: ${applied.join(', ')}`);
  };
  if (!config.databaseOwnerUrl) {
    const db = await connect({ ...where, databaseUrl: config.databaseUrl });
    try {
      report(await migrate(db));
    } catch (error) {
      await db.close().catch(() => {});
      throw error;
    }
    return db;
  }
  const owner = await connect({ ...where, databaseUrl: config.databaseOwnerUrl });
  let db: Database | undefined;
  try {
    report(await migrate(owner));
    db = await connect({ ...where, databaseUrl: config.databaseUrl });
    const role = await currentRole(db);
    await owner.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(7355608)');
      await grantApplicationRole(tx, role.name);
    });
    return db;
  } catch (error) {
    await db?.close().catch(() => {});
    throw error;
  } finally {
    await owner.close().catch(() => {});
  }
}

export async function openApp(
  config: Config,
  options: { loadData?: boolean; dataDir?: string; log?: (line: string) => void; areas?: boolean } = {},
): Promise<AppContext> {
  const log = options.log ?? (() => {});
  const catalog = loadCatalog();
  const db = await connectMigrated(config, log);
  try {
    await syncRegionTypes(db);
    const kennisbank = await loadKennisbankSeed({ db, catalog });
    if (kennisbank.added > 0) log(`Kennisbank: ${kennisbank.added} items uit catalog/kennisbank geladen.`);
    for (const s of kennisbank.skipped)
      log(`Kennisbank: seed-item '${s.id}' overgeslagen: de titel '${s.title}' heeft al item ${s.existing}.`);
    if (options.loadData !== false) {
      const result = await loadBundle(db, catalog, { dataDir: options.dataDir, log, areas: options.areas });
      if (result.loaded)
        log(`Open data geladen: ${result.regions} regio's, ${result.observations} waarnemingen.`);
    }
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  // The engine is rebuilt when the data version changed (an import, also one run by another process on the same
  // PostgreSQL database); the version is looked at no more than once per ENGINE_CHECK_MS.
  let engine: Promise<RegiobeeldEngine> | null = null;
  let builtFrom: number | null = null;
  let checkedAt = 0;
  const dataVersion = async () => {
    const [row] = await db.query<{ version: string | number }>(
      'SELECT version FROM data_version WHERE id = 1',
    );
    return Number(row?.version ?? 0);
  };
  return {
    config,
    db,
    catalog,
    engine: async () => {
      if (engine && Date.now() - checkedAt > ENGINE_CHECK_MS) {
        checkedAt = Date.now();
        if ((await dataVersion()) !== builtFrom) engine = null;
      }
      if (!engine) {
        const build = dataVersion().then(async (version) => {
          const built = await loadEngine(db, catalog);
          builtFrom = version;
          checkedAt = Date.now();
          return built;
        });
        engine = build;
        // A failed build (e.g. a lost connection) is not kept: the next request tries again.
        build.catch(() => {
          if (engine === build) engine = null;
        });
      }
      return engine;
    },
    invalidate: () => {
      engine = null;
    },
    close: () => db.close(),
  };
}
