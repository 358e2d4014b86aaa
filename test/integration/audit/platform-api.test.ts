// Issue 18 item 7: the platform administrator reads the platform-level audit entries (logins, failed logins,
// lock-outs, unlocks, deletions, administrators' acts) through GET /api/admin/audit, paged, filtered and as CSV;
// others get 401/403. On PGlite and on PostgreSQL with the application working as juisteplek_app (so the whole
// application, bundle load included, is shown to need no more than that role's rights).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';
import { pgliteDatabase, postgresDatabase } from '../../support/database.ts';
import { ADMIN, anonymous, freshIp, type Harness, harness, type Who } from '../workspaces/helpers.ts';

for (const database of [pgliteDatabase(), postgresDatabase({ separateRoles: true })]) {
  describe(`GET /api/admin/audit on ${database.name}`, () => {
    let h: Harness;
    let admin: Who;
    let beheerder: Who;
    let workspace: string;
    const since = new Date(Date.now() - 60_000).toISOString();
    beforeAll(async () => {
      h = await harness(database);
      admin = await h.login(ADMIN.email, ADMIN.password);
      const ip = freshIp();
      for (let i = 0; i < 5; i++)
        expect(
          (
            await h.call(
              anonymous,
              'POST',
              '/api/auth/login',
              { email: 'doel@example.nl', password: `fout-${i}-wachtwoord` },
              { ip },
            )
          ).status,
        ).toBe(401);
      expect((await h.call(admin, 'POST', '/api/accounts/unlock', { email: 'doel@example.nl' })).status).toBe(
        200,
      );
      const created = await h.call(admin, 'POST', '/api/workspaces', {
        name: 'Audit-regio',
        kind: 'dsv',
        region: { code: 'ZK04' },
      });
      workspace = created.body.id;
      beheerder = await h.join(workspace, admin, 'beheerder@example.nl', 'beheerder');
      const other = await h.call(admin, 'POST', '/api/workspaces', {
        name: 'Weg',
        kind: 'dsv',
        region: { code: 'ZK04' },
      });
      expect((await h.call(admin, 'DELETE', `/api/workspaces/${other.body.id}`)).status).toBe(204);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('shows logins, failures, the lock-out, the unlock, the deletion and admin acts, newest first', async () => {
      const r = await h.call(admin, 'GET', '/api/admin/audit?limit=1000');
      expect(r.status).toBe(200);
      const actions = r.body.map((e: { action: string }) => e.action);
      for (const action of [
        'admin.create',
        'login.success',
        'login.failure',
        'account.lockout',
        'account.unlock',
        'workspace.create',
        'invitation.create',
        'workspace.delete',
      ])
        expect(actions, action).toContain(action);
      expect(r.headers['x-total-count']).toBe(String(r.body.length));
      const ids = r.body.map((e: { id: number }) => e.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const lockout = r.body.find((e: { action: string }) => e.action === 'account.lockout');
      expect(lockout.detail.subject).toBe('doel@example.nl');
      // The beheerder's own acts in the workspace are the workspace's, not the platform's.
      expect(r.body.some((e: { actorEmail: string | null }) => e.actorEmail === 'beheerder@example.nl')).toBe(
        false,
      );
    });

    it('filters by action (or a family of them) and date, and pages', async () => {
      const failures = await h.call(admin, 'GET', '/api/admin/audit?action=login.failure');
      expect(failures.body).toHaveLength(5);
      const logins = await h.call(admin, 'GET', '/api/admin/audit?action=login');
      expect(new Set(logins.body.map((e: { action: string }) => e.action))).toEqual(
        new Set(['login.success', 'login.failure']),
      );
      const future = await h.call(admin, 'GET', `/api/admin/audit?since=2999-01-01`);
      expect(future.body).toEqual([]);
      const past = await h.call(admin, 'GET', `/api/admin/audit?until=${encodeURIComponent(since)}`);
      expect(past.body).toEqual([]);
      const page1 = await h.call(admin, 'GET', '/api/admin/audit?action=login.failure&limit=2');
      const page3 = await h.call(admin, 'GET', '/api/admin/audit?action=login.failure&limit=2&offset=4');
      expect(page1.body).toHaveLength(2);
      expect(page3.body).toHaveLength(1);
      expect(page1.headers['x-total-count']).toBe('5');
      expect(page3.body[0].id).toBe(failures.body[4].id);
      const bad = await h.call(admin, 'GET', '/api/admin/audit?since=gisteren');
      expect(bad.status).toBe(400);
      expect(bad.body.parameter).toBe('since');
    });

    it('exports CSV (the export itself logged) and refuses others', async () => {
      const csv = await h.call(admin, 'GET', '/api/admin/audit?format=csv&action=account');
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toBe('"id","tijd","wie","actie","werkruimte","onderwerp","details","ip"');
      expect(
        lines
          .slice(1)
          .map((l) => l.split(',')[3])
          .sort(),
      ).toEqual(['"account.lockout"', '"account.unlock"']);
      const exported = await h.call(admin, 'GET', '/api/admin/audit?action=export.platform-audit');
      expect(exported.body).toHaveLength(1);
      expect((await h.call(anonymous, 'GET', '/api/admin/audit')).status).toBe(401);
      const refused = await h.call(beheerder, 'GET', '/api/admin/audit');
      expect(refused.status).toBe(403);
    });
  });
}

describe('juisteplek audit list', () => {
  it('lists platform entries as CSV and JSON, filtered by action', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const env = {
      JUISTEPLEK_DATA_DIR: mkdtempSync(join(tmpdir(), 'jp-audit-')),
      JUISTEPLEK_ADMIN_PASSWORD: ADMIN.password,
    };
    expect((await runCli(['users', 'create-admin', '--email', ADMIN.email], env)).code).toBe(0);
    expect((await runCli(['users', 'unlock', '--email', 'iemand@example.nl'], env)).code).toBe(0);
    const csv = await runCli(['audit', 'list', '--format', 'csv', '--action', 'account.unlock'], env);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(2);
    expect(csv.stdout).toContain('"iemand@example.nl"');
    const json = await runCli(['audit', 'list', '--format', 'json', '--since', '2000-01-01'], env);
    expect(JSON.parse(json.stdout)).toMatchObject({ total: 2 });
    const bad = await runCli(['audit', 'list', '--since', 'gisteren'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--since: een datum/);
  });
});
