// Issue 18 item 7 on both databases: the audit log is one hash chain, computed by the database (the application
// cannot choose an entry's place, hash or time), kept under concurrent appends, and back-filled for the entries
// written before migration 0190.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppContext, openApp } from '../../../src/app/context.ts';
import { verifyAuditChain } from '../../../src/audit/service.ts';
import { connect } from '../../../src/db/connection.ts';
import { listMigrations, migrate, splitStatements } from '../../../src/db/migrate.ts';
import { appendAudit } from '../../../src/db/workspaceStore.ts';
import { testDatabases } from '../../support/database.ts';

for (const database of testDatabases()) {
  describe(`the audit hash chain on ${database.name}`, () => {
    let app: AppContext;
    beforeAll(async () => {
      app = await openApp(await database.config(), { loadData: false });
    });
    afterAll(async () => {
      await app?.close();
      await database.cleanup();
    });

    it('keeps one chain under concurrent appends, and verify finds it intact', async () => {
      const before = await verifyAuditChain(app);
      expect(before.intact).toBe(true);
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          appendAudit(app.db, { action: 'login.failure', actorEmail: `p${i}@example.nl`, detail: { i } }),
        ),
      );
      const report = await verifyAuditChain(app);
      expect(report).toMatchObject({ intact: true, entries: before.entries + 25 });
      expect(report.head?.seq).toBe(before.entries + 25);
      const seqs = await app.db.query<{ seq: string }>('SELECT seq FROM audit_log ORDER BY seq');
      expect(seqs.map((r) => Number(r.seq))).toEqual(seqs.map((_, i) => i + 1));
    });

    it("overrides an INSERT's own seq, hash and time", async () => {
      await app.db.query(
        `INSERT INTO audit_log (action, seq, prev_hash, hash, at) VALUES ('forged', 9999, '\\x00', '\\x00', '2001-01-01')`,
      );
      const [row] = await app.db.query<{ seq: string; hash: string; old: boolean }>(
        `SELECT seq, encode(hash, 'hex') AS hash, at < '2020-01-01' AS old FROM audit_log WHERE action = 'forged'`,
      );
      expect(Number(row?.seq)).toBeLessThan(9999);
      expect(row?.hash).toHaveLength(64);
      expect(row?.old).toBe(false);
      expect((await verifyAuditChain(app)).intact).toBe(true);
    });
  });
}

describe('migration 0190 back-fills the chain', () => {
  it('chains the entries written before it, in their order', async () => {
    const db = await connect({ dataDir: 'memory://' });
    try {
      // The database as it was before 0190, with three entries in it.
      await db.query(
        'CREATE TABLE schema_migration (version text PRIMARY KEY, applied_at timestamptz DEFAULT now())',
      );
      for (const m of listMigrations().filter((m) => m.version < '0190')) {
        for (const statement of splitStatements(m.sql)) await db.query(statement);
        await db.query('INSERT INTO schema_migration (version) VALUES ($1)', [m.version]);
      }
      for (const action of ['admin.create', 'login.success', 'logout'])
        await db.query(
          `INSERT INTO audit_log (action, actor_email, detail) VALUES ($1, 'x@example.nl', '{"a": [1, "é"]}')`,
          [action],
        );
      expect(await migrate(db)).toContain('0190_audit_chain');
      const rows = await db.query<{ action: string; seq: string }>(
        'SELECT action, seq FROM audit_log ORDER BY id',
      );
      expect(rows.map((r) => [r.action, Number(r.seq)])).toEqual([
        ['admin.create', 1],
        ['login.success', 2],
        ['logout', 3],
      ]);
      expect(await verifyAuditChain({ db })).toMatchObject({ intact: true, entries: 3, head: { seq: 3 } });
      await appendAudit(db, { action: 'login.success' });
      expect(await verifyAuditChain({ db })).toMatchObject({ intact: true, entries: 4 });
    } finally {
      await db.close();
    }
  });
});
