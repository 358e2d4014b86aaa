// Issue 18 item 7 on the real PostgreSQL server with the roles an installation uses: the migrations run as the
// owner (DATABASE_OWNER_URL), the application as juisteplek_app. The application role is refused every statement
// that could rewrite the audit log; the owner can tamper, and `audit verify` finds each kind of tampering.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openApp } from '../../../src/app/context.ts';
import { verifyAuditChain } from '../../../src/audit/service.ts';
import type { Config } from '../../../src/config.ts';
import { DatabaseError } from '../../../src/db/connection.ts';
import { appendAudit } from '../../../src/db/workspaceStore.ts';
import { runCli } from '../../support/cli.ts';
import { appRoleUrl, postgresDatabase, TEST_DATABASE_URL } from '../../support/database.ts';

describe('audit log roles on PostgreSQL', () => {
  const database = postgresDatabase({ separateRoles: true });
  let config: Config;
  let app: AppContext;
  let owner: pg.Client;
  let asApp: pg.Client;
  const schema = () => config.databaseSchema as string;

  beforeAll(async () => {
    config = await database.config();
    app = await openApp(config, { loadData: false });
    for (let i = 1; i <= 6; i++)
      await appendAudit(app.db, { action: 'login.success', actorEmail: `u${i}@example.nl`, detail: { i } });
    owner = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema()}` });
    asApp = new pg.Client({ connectionString: appRoleUrl(), options: `-c search_path=${schema()}` });
    await owner.connect();
    await asApp.connect();
  });
  afterAll(async () => {
    await asApp?.end();
    await owner?.end();
    await app?.close();
    await database.cleanup();
  });

  const verify = () => verifyAuditChain(app);
  const rowOf = async (seq: number) =>
    (await owner.query('SELECT * FROM audit_log WHERE seq = $1', [seq])).rows[0] as Record<string, unknown>;
  /** Keeps a copy of an entry, exactly (a temporary table: no rounding of its time on the way). */
  const keep = (seq: number) =>
    owner.query(`CREATE TEMP TABLE kept_${seq} AS SELECT * FROM audit_log WHERE seq = ${seq}`);
  /** Puts a kept entry back as it was (the chain trigger would give it a new place). */
  const putBack = async (seq: number) => {
    await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain');
    await owner.query(`INSERT INTO audit_log SELECT * FROM kept_${seq}`);
    await owner.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_chain');
  };

  it('the application works as juisteplek_app, which is no superuser and owns nothing', async () => {
    const [who] = await app.db.query<{ user: string; superuser: boolean }>(
      'SELECT current_user AS user, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user',
    );
    expect(who).toEqual({ user: 'juisteplek_app', superuser: false });
    const owned = await app.db.query(
      'SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user',
    );
    expect(owned).toEqual([]);
  });

  it('refuses the application role every statement that could rewrite the audit log', async () => {
    const attempts = [
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update',
      'ALTER TABLE audit_log DISABLE TRIGGER ALL',
      'SET session_replication_role = replica',
      "UPDATE audit_log SET action = 'x' WHERE seq = 1",
      'DELETE FROM audit_log WHERE seq = 1',
      'TRUNCATE audit_log',
      'UPDATE audit_chain SET seq = 0',
      'DROP TRIGGER audit_log_chain ON audit_log',
      'CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      'SET ROLE postgres',
    ];
    for (const sql of attempts) {
      const error = await asApp.query(sql).then(
        () => null,
        (e: { code?: string; message: string }) => e,
      );
      expect(error, sql).not.toBeNull();
      expect(error?.code, `${sql}: ${error?.message}`).toBe('42501');
      expect(error?.message, sql).toMatch(/permission denied|must be owner/);
    }
    // What it may do: append (the trigger chooses the place and hash) and read.
    await asApp.query(
      "INSERT INTO audit_log (action, seq, prev_hash, hash) VALUES ('by-app', 1, '\\x00', '\\x00')",
    );
    expect(await verify()).toMatchObject({ intact: true, entries: 7 });
  });

  it('verify finds a changed entry (the owner disabled the trigger and updated it)', async () => {
    const original = await rowOf(3);
    await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await owner.query(`UPDATE audit_log SET detail = '{"i": 99}' WHERE seq = 3`);
    const report = await verify();
    expect(report.intact).toBe(false);
    expect(report.break).toMatchObject({ problem: 'changed', id: Number(original.id), seq: 3 });
    await owner.query('UPDATE audit_log SET detail = $1 WHERE seq = 3', [original.detail]);
    await owner.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    expect((await verify()).intact).toBe(true);
  });

  it('verify finds a removed entry, in the middle and at the end', async () => {
    await keep(2);
    const third = await rowOf(3);
    await owner.query('SET session_replication_role = replica');
    await owner.query('DELETE FROM audit_log WHERE seq = 2');
    await owner.query('SET session_replication_role = DEFAULT');
    expect((await verify()).break).toMatchObject({ problem: 'removed', id: Number(third.id), seq: 3 });
    await putBack(2);
    expect((await verify()).intact).toBe(true);

    await keep(7);
    await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
    await owner.query('DELETE FROM audit_log WHERE seq = 7');
    await owner.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    expect((await verify()).break).toMatchObject({ problem: 'truncated', id: null, seq: 7 });
    await putBack(7);
    expect((await verify()).intact).toBe(true);
  });

  it('verify finds a forged entry written around the trigger, also through the CLI (exit 1, then 0)', async () => {
    const last = await rowOf(7);
    await owner.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_chain');
    const forged = await owner.query(
      "INSERT INTO audit_log (action, actor_email, seq, prev_hash, hash) VALUES ('login.success', 'admin@example.nl', 8, $1, sha256('x')) RETURNING id",
      [last.hash],
    );
    await owner.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_chain');
    const id = Number(forged.rows[0].id);
    expect((await verify()).break).toMatchObject({ problem: 'forged', id, seq: 8 });
    const env = {
      DATABASE_URL: appRoleUrl(),
      DATABASE_OWNER_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema(),
    };
    const broken = await runCli(['audit', 'verify'], env);
    expect(broken.code, broken.stderr).toBe(1);
    expect(broken.stdout).toContain(`Auditlog VERBROKEN bij regel ${id} (forged)`);
    expect(broken.stderr).toMatch(/hashketen van het auditlog is verbroken/);

    await owner.query('SET session_replication_role = replica');
    await owner.query('DELETE FROM audit_log WHERE id = $1', [id]);
    await owner.query('SET session_replication_role = DEFAULT');
    const intact = await runCli(['audit', 'verify', '--json'], env);
    expect(intact.code, intact.stderr).toBe(0);
    expect(JSON.parse(intact.stdout)).toMatchObject({ intact: true, entries: 7, head: { seq: 7 } });
  });

  it('refuses to start when DATABASE_URL is a superuser (it could get round the triggers)', async () => {
    const error = await openApp({ ...config, databaseUrl: TEST_DATABASE_URL }, { loadData: false }).then(
      () => null,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error?.message).toMatch(/rol 'postgres', die superuser is/);
  });
});
