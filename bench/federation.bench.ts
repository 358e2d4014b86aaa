// Issue 17, item 3: reading a partner's aggregates through postgres_fdw against the same aggregate computed
// locally, for N generated records (clearly generated load, never shown as data). A partner cluster is started
// here (as the federation suite does); the local reference is the same GROUP BY over a copy of the records in a
// database of the main PostgreSQL server (TEST_DATABASE_URL). Printed, never asserted.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openApp } from '../src/app/context.ts';
import { addPartner, readFederated } from '../src/federation/service.ts';
import { startCluster } from '../test/integration/federation/clusters.ts';
import { generateRecords, insertRecords, setUpPartner } from '../test/integration/federation/partners.ts';
import { postgresDatabase } from '../test/support/database.ts';
import { median, ms, report, time } from './measure.ts';

const SIZES = [100_000, 1_000_000];
const INDICATOREN = ['ggz-declaraties', 'huisarts-consulten', 'wmo-begeleiding', 'wmo-huishoudelijke-hulp'];

async function medianOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(work)).ms);
  return median(times);
}

export default async function (): Promise<void> {
  const database = postgresDatabase();
  const config = await database.config();
  const app = await openApp(config, { loadData: false });
  const local = new pg.Client({
    connectionString: config.databaseUrl,
    options: `-c search_path=${config.databaseSchema}`,
  });
  await local.connect();
  const clusters = [];
  try {
    for (const size of SIZES) {
      const cluster = await startCluster(`bench${size}`);
      clusters.push(cluster);
      const password = randomBytes(12).toString('hex');
      const records = generateRecords(size, size, INDICATOREN);
      const client = await cluster.client();
      await setUpPartner(client, 'declaratie', records, password);
      await client.end();
      const name = `bench${size}`;
      await addPartner(
        { db: app.db },
        { name, host: '127.0.0.1', port: cluster.port, dbname: 'partner', user: 'jp_koppeling' },
        password,
      );
      // The local reference: the same records and the same aggregate on the main server, no link in between.
      await local.query(
        `DROP TABLE IF EXISTS local_${size}; CREATE TABLE local_${size} (persoon_pseudoniem text, gemeente text, periode text, indicator text, waarde numeric)`,
      );
      await insertRecords(local, `local_${size}`, records);
      await local.query(`ANALYZE local_${size}`);
      const linked = await medianOf(5, () => readFederated({ db: app.db }, { partners: [name] }));
      const localMs = await medianOf(5, () =>
        local.query(
          `SELECT gemeente, periode, indicator, count(DISTINCT persoon_pseudoniem) AS n, sum(waarde) AS waarde FROM local_${size}
           GROUP BY gemeente, periode, indicator HAVING count(DISTINCT persoon_pseudoniem) >= 5 ORDER BY 1, 2, 3`,
        ),
      );
      const check = await time(() =>
        addPartner(
          { db: app.db },
          {
            name: `${name}b`,
            host: '127.0.0.1',
            port: cluster.port,
            dbname: 'partner',
            user: 'jp_koppeling',
          },
          password,
        ),
      );
      report(`${size.toLocaleString('en')} records: read over the link (median of 5)`, ms(linked));
      report(`${size.toLocaleString('en')} records: same aggregate locally (median of 5)`, ms(localMs));
      report(`${size.toLocaleString('en')} records: link + checks (federation add)`, ms(check.ms));
    }
  } finally {
    const servers = await app.db.query<{ srvname: string }>(
      'SELECT srvname FROM pg_foreign_server WHERE srvname LIKE $1',
      [`jpfed_${config.databaseSchema}_%`],
    );
    for (const s of servers) await app.db.query(`DROP SERVER "${s.srvname}" CASCADE`);
    await local.end();
    await app.close();
    await database.cleanup();
    for (const c of clusters) await c.destroy();
  }
}
