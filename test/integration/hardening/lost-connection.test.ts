// Item 1 of issue 18 on the real PostgreSQL server: the backend of a running upload is terminated from a second
// connection; that request fails with 503, nothing of it is stored, its temporary files are gone, the process lives
// on and the next request is served by a fresh connection of the pool.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresDatabase, TEST_DATABASE_URL } from '../../support/database.ts';
import { ADMIN, anonymous, type Harness, harness, partnerUpload, type Who } from '../workspaces/helpers.ts';

describe('a terminated PostgreSQL backend during an upload', () => {
  let h: Harness;
  let analist: Who;
  let workspace: string;
  let gemeenten: string[];
  let schema: string;
  const originalTmp = process.env.TMPDIR;
  const uploadTmp = mkdtempSync(join(tmpdir(), 'jp-hardening-'));
  // The upload's own folders (the upload worker's TypeScript loader keeps its compile cache, tsx-0, here too).
  const uploadFolders = () => readdirSync(uploadTmp).filter((name) => name.startsWith('jp-upload-'));

  beforeAll(async () => {
    h = await harness(postgresDatabase());
    schema = h.ctx.config.databaseSchema as string;
    const admin = await h.login(ADMIN.email, ADMIN.password);
    gemeenten = (await h.call(anonymous, 'GET', '/api/regions/ZK04')).body.gemeenten.map(
      (g: { code: string }) => g.code,
    );
    const created = await h.call(admin, 'POST', '/api/workspaces', {
      name: 'DSV Verbroken verbinding',
      kind: 'dsv',
      region: { code: 'ZK04' },
    });
    workspace = created.body.id;
    const beheerder = await h.join(workspace, admin, 'beheerder@example.nl', 'beheerder');
    analist = await h.join(workspace, beheerder, 'analist@example.nl', 'analist');
    // The upload's temporary folder goes here, so that the test can see it removed.
    process.env.TMPDIR = uploadTmp;
  });
  afterAll(async () => {
    process.env.TMPDIR = originalTmp;
    rmSync(uploadTmp, { recursive: true, force: true });
    await h?.close();
  });

  it('answers 503, stores nothing, removes the temporary files and serves the next request', async () => {
    const body = partnerUpload(
      gemeenten.slice(0, 3).map((g) => ({ gemeente: g, count: 12, denominator: 900 })),
    );
    const blocker = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await blocker.connect();
    try {
      // Hold the observation table so that the upload's transaction waits inside its INSERT.
      await blocker.query('BEGIN');
      await blocker.query(`LOCK TABLE "${schema}".workspace_observation IN ACCESS EXCLUSIVE MODE`);
      const pending = h.call(analist, 'POST', `/api/workspaces/${workspace}/uploads`, body);
      let victim: number | undefined;
      for (let attempt = 0; attempt < 200 && victim === undefined; attempt++) {
        const { rows } = await blocker.query<{ pid: number }>(
          'SELECT pid FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))',
        );
        victim = rows[0]?.pid;
        if (victim === undefined) await new Promise((r) => setTimeout(r, 25));
      }
      expect(victim, 'the upload never reached its INSERT').toBeDefined();
      const { rows } = await blocker.query<{ ok: boolean }>('SELECT pg_terminate_backend($1) AS ok', [
        victim,
      ]);
      expect(rows[0]?.ok).toBe(true);
      await blocker.query('COMMIT');

      const failed = await pending;
      expect(failed.status).toBe(503);
      expect(failed.body.error).toBe('database-unavailable');
      expect(failed.body.message).toMatch(/database is even niet bereikbaar/);
      expect(failed.headers['retry-after']).toBe('5');
      expect(failed.text).not.toMatch(/terminat|57P01|\/tmp/i);
    } finally {
      await blocker.end();
    }
    expect(uploadFolders()).toEqual([]);

    // The pool recovers: the same upload again is stored, and the list shows exactly that one.
    const retried = await h.call(analist, 'POST', `/api/workspaces/${workspace}/uploads`, body);
    expect(retried.status).toBe(201);
    const list = await h.call(analist, 'GET', `/api/workspaces/${workspace}/uploads`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(uploadFolders()).toEqual([]);
  });

  it('answers the next read after its idle connections were terminated', async () => {
    // The pids of this app's own pool (never other connections to the shared server).
    const pids = new Set(
      (
        await Promise.all(
          Array.from({ length: 4 }, () => h.ctx.db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')),
        )
      ).map((rows) => rows[0]?.pid as number),
    );
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query<{ n: number }>(
        'SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM unnest($1::int[]) AS pid',
        [[...pids]],
      );
      expect(rows[0]?.n).toBe(pids.size);
    } finally {
      await admin.end();
    }
    await new Promise((r) => setTimeout(r, 200));
    const list = await h.call(analist, 'GET', `/api/workspaces/${workspace}/uploads`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
  });
});
