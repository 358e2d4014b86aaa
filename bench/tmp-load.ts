import { loadEngine } from '../src/app/engine.ts';
import { connect } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';
import { syncRegionTypes } from '../src/db/regionStore.ts';
import { loadCatalog } from '../src/indicators/catalog.ts';
import { loadBundle } from '../src/sources/bundle/load.ts';

const t0 = Date.now();
const db = await connect(
  process.env.PGURL ? { databaseUrl: process.env.PGURL, schema: 'jp_tmp_load' } : { dataDir: 'memory://' },
);
await migrate(db);
await syncRegionTypes(db);
const cat = loadCatalog();
let last = Date.now();
const r = await loadBundle(db, cat, {
  force: true,
  log: (l) => {
    console.log(Date.now() - last, l.slice(0, 90));
    last = Date.now();
  },
});
console.log('load', Date.now() - t0, r.observations, r.regions);
const t1 = Date.now();
const engine = await loadEngine(db, cat);
console.log('engine', Date.now() - t1);
const t2 = Date.now();
console.log('recompute', engine.recomputeAll(), Date.now() - t2);
if (process.env.PGURL) await db.query('DROP SCHEMA jp_tmp_load CASCADE');
await db.close();
