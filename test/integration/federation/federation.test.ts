// Federated partner aggregates (issue 17, item 3) on real PostgreSQL: two partner clusters started here, each with
// generated record-level data, linked through postgres_fdw from a database on the main server.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../src/access/errors.ts';
import { createAdmin } from '../../../src/accounts/service.ts';
import { type AppContext, openApp } from '../../../src/app/context.ts';
import { connect } from '../../../src/db/connection.ts';
import {
  addPartner,
  checkPartner,
  explainFederated,
  listFederated,
  PGLITE_MESSAGE,
  readFederated,
  removePartner,
} from '../../../src/federation/service.ts';
import { buildServer } from '../../../src/server/app.ts';
import { runCli } from '../../support/cli.ts';
import { postgresDatabase, TEST_DATABASE_URL } from '../../support/database.ts';
import { type Cluster, startCluster } from './clusters.ts';
import { generateRecords, localAggregate, setUpPartner, setUpWrongViews } from './partners.ts';

const database = postgresDatabase();
const linkPassword = randomBytes(12).toString('hex');
const wrongPassword = randomBytes(12).toString('hex');
const claims = generateRecords(17, 30_000, ['ggz-declaraties', 'huisarts-consulten']);
const wmo = generateRecords(42, 12_000, ['wmo-huishoudelijke-hulp', 'wmo-begeleiding']);

let zvk: Cluster;
let gemeente: Cluster;
let app: AppContext;
let schema: string;

const partner = (name: string, cluster: Cluster, extra: { user?: string; view?: string } = {}) => ({
  name,
  host: '127.0.0.1',
  port: cluster.port,
  dbname: 'partner',
  user: extra.user ?? 'jp_koppeling',
  view: extra.view ?? 'jp_aggregaat',
});

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

async function serversOfSchema(): Promise<string[]> {
  const rows = await app.db.query<{ srvname: string }>(
    'SELECT srvname FROM pg_foreign_server WHERE srvname LIKE $1 ORDER BY srvname',
    [`jpfed_${schema}_%`],
  );
  return rows.map((r) => r.srvname);
}

beforeAll(async () => {
  [zvk, gemeente] = await Promise.all([startCluster('zvk'), startCluster('gemeente')]);
  const a = await zvk.client();
  await setUpPartner(a, 'declaratie', claims, linkPassword);
  await a.end();
  const b = await gemeente.client();
  await setUpPartner(b, 'wmo_record', wmo, linkPassword);
  await setUpWrongViews(b, 'wmo_record', wrongPassword);
  await b.end();
  const config = await database.config();
  schema = config.databaseSchema!;
  app = await openApp(config, { loadData: false });
});

afterAll(async () => {
  if (app) {
    // Foreign servers are database-wide objects: dropping the schema would not remove them.
    for (const server of await serversOfSchema()) await app.db.query(`DROP SERVER "${server}" CASCADE`);
    await app.close();
  }
  await database.cleanup();
  await Promise.all([zvk?.destroy(), gemeente?.destroy()]);
});

describe('federated partner aggregates over postgres_fdw', () => {
  it('links two partners; the aggregate read through the link equals the one computed locally, suppression included', async () => {
    const added = await addPartner({ db: app.db }, partner('zvk', zvk), linkPassword);
    expect(added.facts).toMatchObject({
      objectType: 'VIEW',
      readableTables: [],
      smallCells: 0,
      repeatedKeys: 0,
    });
    await addPartner({ db: app.db }, partner('gemeente', gemeente), linkPassword);
    expect((await listFederated({ db: app.db })).map((p) => [p.name, p.checkStatus])).toEqual([
      ['gemeente', 'ok'],
      ['zvk', 'ok'],
    ]);

    const read = await readFederated({ db: app.db });
    expect(read.complete).toBe(true);
    expect(read.note).toBeNull();
    for (const [name, records] of [
      ['zvk', claims],
      ['gemeente', wmo],
    ] as const) {
      const local = localAggregate(records);
      // The generated data has cells below the minimum: the test would not see a missing suppression otherwise.
      expect(local.suppressed).toBeGreaterThan(0);
      const answer = read.partners.find((p) => p.partner === name)!;
      expect(answer.status).toBe('ok');
      expect(answer.rows).toEqual(local.kept);
    }

    const filtered = await readFederated(
      { db: app.db },
      { partners: ['gemeente'], filter: { gemeenten: ['GM0363'], perioden: ['2024'] } },
    );
    expect(filtered.partners).toHaveLength(1);
    expect(filtered.partners[0]!.rows).toEqual(
      localAggregate(wmo).kept.filter((r) => r.gemeente === 'GM0363' && r.periode === '2024'),
    );
  });

  it('pushes the aggregation down to the partner: the Remote SQL has the GROUP BY and the filter', async () => {
    const plan = (await explainFederated({ db: app.db }, 'zvk', { perioden: ['2025'] })).join('\n');
    expect(plan).toMatch(/Foreign Scan/);
    expect(plan).toMatch(/Relations: Aggregate on/);
    const remote = plan.split('\n').find((l) => l.includes('Remote SQL:'))!;
    expect(remote).toMatch(/GROUP BY/);
    expect(remote).toMatch(/sum\(n\)/);
    expect(remote).toMatch(/WHERE/);
  });

  it('on the partner, the view aggregates partition by partition (periode) for the link role', async () => {
    const client = await zvk.client();
    try {
      await client.query('SET ROLE jp_koppeling');
      await client.query('SET enable_partitionwise_aggregate = on');
      const plan = (await client.query('EXPLAIN (COSTS OFF) SELECT * FROM jp_aggregaat')).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
      expect(plan).toMatch(/Append/);
      expect(plan.match(/Aggregate/g)!.length).toBeGreaterThanOrEqual(3);
    } finally {
      await client.end();
    }
  });

  it('makes a row-level query through the link impossible: the link role may not read the record table', async () => {
    const server = (await listFederated({ db: app.db })).find((p) => p.name === 'zvk')!.serverName;
    await app.db.query(
      `CREATE FOREIGN TABLE probe_declaratie (persoon_pseudoniem text, gemeente text) SERVER "${server}" OPTIONS (schema_name 'public', table_name 'declaratie')`,
    );
    await expect(app.db.query('SELECT * FROM probe_declaratie LIMIT 1')).rejects.toThrow(
      /permission denied for table declaratie/,
    );
    await app.db.query('DROP FOREIGN TABLE probe_declaratie');
    // Nor through the partitions.
    await app.db.query(
      `CREATE FOREIGN TABLE probe_partitie (persoon_pseudoniem text) SERVER "${server}" OPTIONS (schema_name 'public', table_name 'declaratie_2024')`,
    );
    await expect(app.db.query('SELECT * FROM probe_partitie LIMIT 1')).rejects.toThrow(/permission denied/);
    await app.db.query('DROP FOREIGN TABLE probe_partitie');
  });

  it('refuses a foreign server that answers with rows instead of aggregates, and leaves nothing behind', async () => {
    const withPerson = await refusal(
      addPartner(
        { db: app.db },
        partner('rijen', gemeente, { user: 'jp_fout', view: 'jp_rijen' }),
        wrongPassword,
      ),
    );
    expect(withPerson.code).toBe('federation-refused');
    expect(withPerson.message).toMatch(
      /partner 'rijen' \(127\.0\.0\.1:\d+\/partner public\.jp_rijen\): kolom 'persoon_pseudoniem' wijst op gegevens per persoon/,
    );

    const withoutPerson = await refusal(
      addPartner(
        { db: app.db },
        partner('rijen2', gemeente, { user: 'jp_fout', view: 'jp_rijen_zonder_persoon' }),
        wrongPassword,
      ),
    );
    expect(withoutPerson.message).toMatch(
      /geeft 12000 rijen, meer dan gemeenten × perioden × indicatoren \(5 × 3 × 2 = 30\): dat zijn rijen, geen aggregaten/,
    );
    expect(withoutPerson.message).toMatch(/cellen met minder dan 5 personen/);

    const table = await refusal(
      addPartner(
        { db: app.db },
        partner('tabel', gemeente, { user: 'jp_fout_tabel', view: 'jp_tabel' }),
        wrongPassword,
      ),
    );
    expect(table.message).toMatch(/is een base table, geen view/);
    expect(table.message).toMatch(/mag ook tabel public\.jp_tabel lezen/);

    expect((await listFederated({ db: app.db })).map((p) => p.name)).toEqual(['gemeente', 'zvk']);
    expect(await serversOfSchema()).toHaveLength(2);
  });

  it('refuses a partner view that drops suppression, when linked and when it changes later', async () => {
    const dropped = await refusal(
      addPartner(
        { db: app.db },
        partner('drempelloos', gemeente, { user: 'jp_fout', view: 'jp_zonder_drempel' }),
        wrongPassword,
      ),
    );
    const small = localAggregate(wmo).suppressed;
    expect(dropped.message).toBe(
      `partner 'drempelloos' (127.0.0.1:${gemeente.port}/partner public.jp_zonder_drempel): ${small} cellen met minder dan 5 personen; de view moet die weglaten (HAVING count(DISTINCT …) >= 5) voordat iets de partner verlaat`,
    );

    // A linked partner whose view later loses its HAVING: check says so, read refuses its answer.
    const client = await gemeente.client();
    try {
      await client.query(
        `CREATE OR REPLACE VIEW jp_aggregaat WITH (security_barrier) AS
           SELECT gemeente, periode, indicator, count(DISTINCT persoon_pseudoniem) AS n, sum(waarde) AS waarde
           FROM wmo_record GROUP BY gemeente, periode, indicator`,
      );
      const check = await checkPartner({ db: app.db }, 'gemeente');
      expect(check.status).toBe('refused');
      expect(check.refusals.map((r) => r.code)).toEqual(['no-suppression']);
      const read = await readFederated({ db: app.db });
      expect(read.complete).toBe(false);
      const answer = read.partners.find((p) => p.partner === 'gemeente')!;
      expect(answer.status).toBe('refused');
      expect(answer).toMatchObject({ rows: [] });
      expect((answer as { error: string }).error).toMatch(/kolom 'n': \d personen, minder dan 5/);
      expect(read.partners.find((p) => p.partner === 'zvk')!.rows).toEqual(localAggregate(claims).kept);
    } finally {
      await client.query(
        `CREATE OR REPLACE VIEW jp_aggregaat WITH (security_barrier) AS
           SELECT gemeente, periode, indicator, count(DISTINCT persoon_pseudoniem) AS n, sum(waarde) AS waarde
           FROM wmo_record GROUP BY gemeente, periode, indicator HAVING count(DISTINCT persoon_pseudoniem) >= 5`,
      );
      await client.end();
    }
    expect((await checkPartner({ db: app.db }, 'gemeente')).status).toBe('ok');
  });

  it('gives a clear, partial answer when a partner is down: which one, what error, the others still there', async () => {
    await gemeente.stop();
    try {
      const read = await readFederated({ db: app.db });
      expect(read.complete).toBe(false);
      expect(read.note!.nl).toBe(
        'Onvolledig: 1 van de 2 partners gaf geen antwoord (gemeente); de cijfers van de andere partners staan er wel.',
      );
      const down = read.partners.find((p) => p.partner === 'gemeente')!;
      expect(down.status).toBe('unavailable');
      expect((down as { error: string }).error).toMatch(
        new RegExp(
          `^Partner 'gemeente' \\(127\\.0\\.0\\.1:${gemeente.port}/partner public\\.jp_aggregaat\\) gaf geen antwoord: .*(could not connect|Connection refused|server closed)`,
        ),
      );
      expect(read.partners.find((p) => p.partner === 'zvk')!.rows).toEqual(localAggregate(claims).kept);
      const check = await checkPartner({ db: app.db }, 'gemeente');
      expect(check.status).toBe('unavailable');
      // Linking a partner that is down fails cleanly and leaves nothing behind.
      const error = await refusal(addPartner({ db: app.db }, partner('weg', gemeente), linkPassword));
      expect(error.kind).toBe('unavailable');
      expect(error.message).toMatch(/^Partner 'weg' .* is niet bereikbaar of weigert de verbinding: /);
      expect(await serversOfSchema()).toHaveLength(2);
    } finally {
      await gemeente.start();
    }
    const again = await readFederated({ db: app.db });
    expect(again.partners.filter((p) => p.status !== 'ok').map((p) => p.error)).toEqual([]);
    expect(again.complete).toBe(true);
  });

  it('refuses bad configuration naming the field, a wrong password, and an unknown partner', async () => {
    const bad = await refusal(
      addPartner({ db: app.db }, { ...partner('x', zvk), view: 'jp; DROP' }, linkPassword),
    );
    expect(bad.kind).toBe('invalid');
    expect(bad.message).toMatch(/^view: /);
    const duplicate = await refusal(addPartner({ db: app.db }, partner('zvk', zvk), linkPassword));
    expect(duplicate.code).toBe('duplicate-partner');
    const wrong = await refusal(addPartner({ db: app.db }, partner('fout_ww', zvk), 'niet-het-wachtwoord'));
    expect(wrong.kind).toBe('unavailable');
    expect(wrong.message).toMatch(/password authentication failed for user "jp_koppeling"/);
    const unknown = await refusal(readFederated({ db: app.db }, { partners: ['bestaat_niet'] }));
    expect(unknown.kind).toBe('not-found');
  });

  it('admin API: the platform administrator reads the partners and their aggregates, partial when one is down', async () => {
    const server = await buildServer(app);
    try {
      await createAdmin(app.db, 'admin@example.nl', 'beheer-wachtwoord-1');
      const login = await server.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'admin@example.nl', password: 'beheer-wachtwoord-1' },
      });
      expect(login.statusCode).toBe(200);
      const cookie = /^jp_session=[^;]*/.exec(String(login.headers['set-cookie']))![0];
      const get = (url: string, headers: Record<string, string> = { cookie }) =>
        server.inject({ method: 'GET', url, headers });
      const anonymous = await get('/api/federation/aggregates', {});
      expect(anonymous.statusCode).toBe(401);
      const partners = await get('/api/federation/partners');
      expect(partners.statusCode).toBe(200);
      expect(partners.json().map((p: { name: string }) => p.name)).toEqual(['gemeente', 'zvk']);
      expect(Object.keys(partners.json()[0]).sort()).toEqual([
        'addedAt',
        'checkMessage',
        'checkStatus',
        'checkedAt',
        'dbname',
        'host',
        'name',
        'port',
        'schema',
        'user',
        'view',
      ]);
      expect(partners.body).not.toContain(linkPassword);
      const read = await get('/api/federation/aggregates?partner=gemeente&perioden=2025');
      expect(read.statusCode).toBe(200);
      expect(read.json().partners[0].rows).toEqual(
        localAggregate(wmo).kept.filter((r) => r.periode === '2025'),
      );
      await gemeente.stop();
      try {
        const partial = await get('/api/federation/aggregates');
        expect(partial.statusCode).toBe(200);
        expect(partial.json()).toMatchObject({
          complete: false,
          partners: [
            { partner: 'gemeente', status: 'unavailable' },
            { partner: 'zvk', status: 'ok' },
          ],
        });
      } finally {
        await gemeente.start();
      }
      const unknown = await get('/api/federation/aggregates?partner=bestaat_niet');
      expect(unknown.statusCode).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('juisteplek federation: add, read (also partial) and a refused view from the command line', async () => {
    const env = {
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      JUISTEPLEK_PARTNER_PASSWORD: linkPassword,
    };
    await removePartner({ db: app.db }, 'zvk');
    const add = await runCli(
      [
        'federation',
        'add',
        '--name',
        'zvk',
        '--host',
        '127.0.0.1',
        '--port',
        String(zvk.port),
        '--dbname',
        'partner',
        '--user',
        'jp_koppeling',
      ],
      env,
    );
    expect(add.stderr).toBe('');
    expect(add.stdout.trim()).toBe(
      `Partner 'zvk' gekoppeld: ${localAggregate(claims).kept.length} cellen, alle met ten minste de minimale celgrootte.`,
    );
    const read = await runCli(['federation', 'read', '--partner', 'zvk', '--json'], env);
    expect(read.code).toBe(0);
    expect(JSON.parse(read.stdout).partners[0].rows).toEqual(localAggregate(claims).kept);
    const wrong = await runCli(
      [
        'federation',
        'add',
        '--name',
        'rijen',
        '--host',
        '127.0.0.1',
        '--port',
        String(gemeente.port),
        '--dbname',
        'partner',
        '--user',
        'jp_fout',
        '--view',
        'jp_rijen',
      ],
      { ...env, JUISTEPLEK_PARTNER_PASSWORD: wrongPassword },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(
      /^juisteplek: partner 'rijen' .*kolom 'persoon_pseudoniem' wijst op gegevens per persoon/,
    );
    await gemeente.stop();
    try {
      const partial = await runCli(['federation', 'read'], env);
      expect(partial.code).toBe(1);
      expect(partial.stdout).toMatch(/^gemeente: NIET BEREIKBAAR — Partner 'gemeente'/m);
      expect(partial.stdout).toMatch(/^zvk: \d+ cellen/m);
      expect(partial.stderr.trim()).toBe(
        'juisteplek: Onvolledig: 1 van de 2 partners gaf geen antwoord (gemeente); de cijfers van de andere partners staan er wel.',
      );
    } finally {
      await gemeente.start();
    }
  }, 400_000);

  it('says clearly that it needs PostgreSQL when run on PGlite', async () => {
    const pglite = await connect({ dataDir: 'memory://' });
    try {
      const error = await refusal(listFederated({ db: pglite }));
      expect(error.kind).toBe('invalid');
      expect(error.message).toBe(`DATABASE_URL: ${PGLITE_MESSAGE}`);
    } finally {
      await pglite.close();
    }
    const dir = await mkdtemp(join(tmpdir(), 'jp-fed-pglite-'));
    try {
      const r = await runCli(['federation', 'list'], { DATABASE_URL: '', JUISTEPLEK_DATA_DIR: dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(
        'juisteplek: Federatie met partners werkt alleen op PostgreSQL (DATABASE_URL): de ingebouwde database (PGlite) heeft geen postgres_fdw.',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 400_000);
});
