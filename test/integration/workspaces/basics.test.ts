// Accounts and workspaces end to end on both databases: login, session fixation, CSRF, lock-out, invitations,
// private partner data, differencing-proof aggregates, audit log, export and deletion, security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireInvitation } from '../../../src/db/accountStore.ts';
import { testDatabases } from '../../support/database.ts';
import {
  ADMIN,
  anonymous,
  freshIp,
  type Harness,
  harness,
  PASSWORD,
  partnerUpload,
  sessionFrom,
  type Who,
} from './helpers.ts';

for (const database of testDatabases()) {
  describe(`workspaces on ${database.name}`, () => {
    let h: Harness;
    let admin: Who;
    let beheerder: Who;
    let analist: Who;
    let workspace: string;
    let gemeenten: string[];

    beforeAll(async () => {
      h = await harness(database);
      admin = await h.login(ADMIN.email, ADMIN.password);
      gemeenten = (await h.call(anonymous, 'GET', '/api/regions/ZK04')).body.gemeenten.map(
        (g: { code: string }) => g.code,
      );
      const created = await h.call(admin, 'POST', '/api/workspaces', {
        name: 'DSV Testregio',
        kind: 'dsv',
        region: { code: 'ZK04' },
      });
      expect(created.status).toBe(201);
      workspace = created.body.id;
      beheerder = await h.join(workspace, admin, 'beheerder@example.nl', 'beheerder');
      analist = await h.join(workspace, beheerder, 'analist@example.nl', 'analist');
    });
    afterAll(async () => {
      await h?.close();
    });

    it('rotates the session id at login and binds the CSRF token to the session', async () => {
      const first = await h.login('analist@example.nl', PASSWORD);
      const again = await h.call(first, 'POST', '/api/auth/login', {
        email: 'analist@example.nl',
        password: PASSWORD,
      });
      expect(again.status).toBe(200);
      const second = sessionFrom(again.headers['set-cookie']);
      expect(second).not.toBeNull();
      expect(second).not.toBe(first.cookie);
      // The old id no longer works.
      const old = await h.call({ ...first, csrf: null }, 'GET', '/api/auth/session');
      expect(old.body.authenticated).toBe(false);
      const cookie = String(again.headers['set-cookie']);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Path=\//);
      expect(cookie).not.toMatch(/Secure/);
      expect(again.body.csrfToken).not.toBe(first.csrf);
    });

    it('refuses state-changing requests without or with a wrong CSRF token', async () => {
      const who = await h.login('beheerder@example.nl', PASSWORD);
      const body = { name: 'GGD X', type: 'ggd', laws: ['Wpg'] };
      const url = `/api/workspaces/${workspace}/organisations`;
      expect((await h.call({ ...who, csrf: null }, 'POST', url, body)).status).toBe(403);
      expect((await h.call({ ...who, csrf: 'x'.repeat(43) }, 'POST', url, body)).status).toBe(403);
      expect((await h.call({ ...who, csrf: beheerder.csrf }, 'POST', url, body)).status).toBe(403);
      expect((await h.call({ ...who, csrf: null }, 'POST', '/api/auth/logout')).status).toBe(403);
      expect(
        (await h.call(who, 'POST', url, body, { headers: { origin: 'https://evil.example' } })).status,
      ).toBe(403);
      expect((await h.call(who, 'POST', url, body)).status).toBe(201);
      const session = await h.call(who, 'GET', '/api/auth/session');
      expect(session.body.csrfToken).toBe(who.csrf);
      expect((await h.call(who, 'POST', '/api/auth/logout')).status).toBe(204);
      expect((await h.call(who, 'GET', '/api/auth/session')).body.authenticated).toBe(false);
    });

    it('locks an account after 5 wrong passwords, even for the right one, and logs the failures', async () => {
      await h.join(workspace, beheerder, 'slot@example.nl', 'lezer');
      for (let i = 0; i < 5; i++) {
        const r = await h.call(
          anonymous,
          'POST',
          '/api/auth/login',
          {
            email: 'slot@example.nl',
            password: `fout-${i}`,
          },
          { ip: freshIp() },
        );
        expect(r.status).toBe(401);
      }
      const locked = await h.call(
        anonymous,
        'POST',
        '/api/auth/login',
        {
          email: 'slot@example.nl',
          password: PASSWORD,
        },
        { ip: freshIp() },
      );
      expect(locked.status).toBe(429);
      expect(locked.headers['retry-after']).toBeDefined();
      // An unknown address answers exactly like a wrong password.
      const unknown = await h.call(anonymous, 'POST', '/api/auth/login', {
        email: 'niemand@example.nl',
        password: 'wat-dan-ook-1',
      });
      expect(unknown.status).toBe(401);
      expect(unknown.body.message).toBe('E-mailadres of wachtwoord klopt niet.');
      const failures = await h.ctx.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_log WHERE action = 'login.failure' AND actor_email = 'slot@example.nl'`,
      );
      expect(failures[0]!.n).toBe(6);
    });

    it('limits failed logins per client address', async () => {
      const ip = freshIp();
      let last = 0;
      for (let i = 0; i < 51; i++) {
        last = (
          await h.call(
            anonymous,
            'POST',
            '/api/auth/login',
            { email: `x${i}@example.nl`, password: 'fout' },
            { ip },
          )
        ).status;
      }
      expect(last).toBe(429);
      const other = await h.call(anonymous, 'POST', '/api/auth/login', ADMIN, { ip: freshIp() });
      expect(other.status).toBe(200);
    });

    it('refuses an expired or used invitation', async () => {
      const inv = await h.call(beheerder, 'POST', `/api/workspaces/${workspace}/invitations`, {
        email: 'laat@example.nl',
        role: 'lezer',
      });
      expect(inv.status).toBe(201);
      expect(inv.body.link).toBe(`/uitnodiging/${inv.body.token}`);
      expect((await h.call(anonymous, 'GET', `/api/invitations/${inv.body.token}`)).status).toBe(200);
      await expireInvitation(h.ctx.db, inv.body.token);
      expect((await h.call(anonymous, 'GET', `/api/invitations/${inv.body.token}`)).status).toBe(410);
      const accept = await h.call(anonymous, 'POST', `/api/invitations/${inv.body.token}/accept`, {
        password: PASSWORD,
      });
      expect(accept.status).toBe(410);
      const used = await h.call(beheerder, 'POST', `/api/workspaces/${workspace}/invitations`, {
        email: 'eenmaal@example.nl',
        role: 'lezer',
      });
      const ok = await h.call(anonymous, 'POST', `/api/invitations/${used.body.token}/accept`, {
        password: PASSWORD,
      });
      expect(ok.status).toBe(200);
      const twice = await h.call(anonymous, 'POST', `/api/invitations/${used.body.token}/accept`, {
        password: PASSWORD,
      });
      expect(twice.status).toBe(410);
      expect((await h.call(anonymous, 'GET', '/api/invitations/bestaat-niet')).status).toBe(404);
    });

    it('defeats differencing: region A plus one small gemeente minus region A does not give its count', async () => {
      const small = gemeenten[0]!;
      const others = gemeenten.slice(1);
      const rows = gemeenten.map((g, i) => ({
        gemeente: g,
        count: g === small ? 2 : 40 + ((i * 37) % 300),
        denominator: 10_000 + i * 500,
      }));
      const up = await h.call(analist, 'POST', `/api/workspaces/${workspace}/uploads`, partnerUpload(rows));
      expect(up.status).toBe(201);
      // Outsiders may ask only for standard regions: a free set of gemeenten is refused.
      const outsider = await h.call(
        anonymous,
        'GET',
        `/api/workspaces/${workspace}/aggregate?indicator=covid-ziekenhuisopnames&period=2023&gemeenten=${others.join(',')}`,
      );
      expect(outsider.status).toBe(403);
      expect(outsider.body.message).toContain('alleen voor leden');
      // The perturbation itself, through a member's free sets: one difference does not give the small count.
      const aggregate = async (codes: string[]) => {
        const r = await h.call(
          analist,
          'GET',
          `/api/workspaces/${workspace}/aggregate?indicator=covid-ziekenhuisopnames&period=2023&gemeenten=${codes.join(',')}`,
        );
        expect(r.status).toBe(200);
        return r.body;
      };
      // The small gemeente alone is suppressed.
      const alone = await aggregate([small]);
      expect(alone.suppressed).toBe(true);
      expect(alone.count).toBeNull();
      // Many different regions A (subsets of the other gemeenten), each with and without the small gemeente.
      let exact = 0;
      const trials = 40;
      let seed = 12345;
      const random = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const seen = new Set<string>();
      const offsets = new Set<number>();
      for (let t = 0; t < trials; t++) {
        let a: string[] = [];
        do a = others.filter(() => random() < 0.6);
        while (a.length < 3 || seen.has(a.join()));
        seen.add(a.join());
        const withSmall = await aggregate([...a, small]);
        const without = await aggregate(a);
        expect(withSmall.suppressed).toBe(false);
        const truth = a.reduce((s, g) => s + rows.find((r) => r.gemeente === g)!.count, 0);
        expect(Math.abs(without.count - truth)).toBeLessThanOrEqual(2);
        if (withSmall.count - without.count === 2) exact++;
        offsets.add(withSmall.count - without.count - 2);
        // Consistency: the same region, asked again and in another order, gives the same answer.
        expect((await aggregate([...a].reverse())).count).toBe(without.count);
      }
      expect(exact / trials).toBeLessThan(0.5);
      // The error of the difference is not a constant an attacker could subtract.
      expect(offsets.size).toBeGreaterThanOrEqual(3);
    });

    it('does not let the platform administrator give itself access to partner data', async () => {
      const me = (await h.call(admin, 'GET', '/api/auth/session')).body.account.id;
      const grant = await h.call(admin, 'PUT', `/api/workspaces/${workspace}/members/${me}`, {
        role: 'analist',
      });
      expect(grant.status).toBe(403);
      const invite = await h.call(admin, 'POST', `/api/workspaces/${workspace}/invitations`, {
        email: ADMIN.email,
        role: 'analist',
      });
      expect(invite.status).toBe(403);
      expect((await h.call(admin, 'GET', `/api/workspaces/${workspace}/export`)).status).toBe(403);
    });

    it('lets only members see partner data', async () => {
      const other = await h.call(admin, 'POST', '/api/workspaces', {
        name: 'Andere regio',
        kind: 'iza-regio',
        region: { gemeenten: gemeenten.slice(0, 3) },
      });
      const otherBeheerder = await h.join(other.body.id, admin, 'ander@example.nl', 'beheerder');
      expect((await h.call(otherBeheerder, 'GET', `/api/workspaces/${workspace}/data`)).status).toBe(404);
      expect((await h.call(otherBeheerder, 'GET', `/api/workspaces/${workspace}/export`)).status).toBe(404);
      expect((await h.call(admin, 'GET', `/api/workspaces/${workspace}/data`)).status).toBe(403);
      expect((await h.call(anonymous, 'GET', `/api/workspaces/${workspace}/data`)).status).toBe(401);
      const mine = await h.call(analist, 'GET', `/api/workspaces/${workspace}/data`);
      expect(mine.status).toBe(200);
      expect(mine.body.length).toBeGreaterThan(0);
      // Never in the public observation table.
      const leaked = await h.ctx.db.query(
        `SELECT 1 FROM observation WHERE snapshot_id LIKE 'workspace%' LIMIT 1`,
      );
      expect(leaked).toHaveLength(0);
    });

    it('keeps formulas out of CSV exports', async () => {
      const evil = '=HYPERLINK("http://evil.example","klik")';
      expect(
        (
          await h.call(beheerder, 'POST', `/api/workspaces/${workspace}/organisations`, {
            name: evil,
            type: 'welzijn',
            laws: ['Wmo'],
          })
        ).status,
      ).toBe(201);
      const up = await h.call(
        analist,
        'POST',
        `/api/workspaces/${workspace}/uploads`,
        partnerUpload([{ gemeente: gemeenten[1]!, count: 50, denominator: 1000 }], {
          fileName: '=HYPERLINK(""evil.example"",""klik"").csv',
          period: '2022',
        }),
      );
      expect(up.status).toBe(201);
      const csv = await h.call(beheerder, 'GET', `/api/workspaces/${workspace}/audit?format=csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      expect(csv.text).toContain("'=HYPERLINK");
      expect(csv.text).not.toMatch(/(^|,)"?=HYPERLINK/m);
      const agg = await h.call(
        analist,
        'GET',
        `/api/workspaces/${workspace}/aggregates.csv?indicator=covid-ziekenhuisopnames&period=2023`,
      );
      expect(agg.status).toBe(200);
      expect(agg.text).not.toMatch(/(^|,)"?[=+@]/m);
    });

    it('keeps an append-only audit log the beheerder can read', async () => {
      const log = await h.call(beheerder, 'GET', `/api/workspaces/${workspace}/audit`);
      expect(log.status).toBe(200);
      const actions = new Set(log.body.map((e: { action: string }) => e.action));
      for (const a of [
        'workspace.create',
        'invitation.create',
        'invitation.accept',
        'upload',
        'organisation.add',
      ])
        expect(actions).toContain(a);
      await expect(h.ctx.db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(h.ctx.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      expect((await h.call(analist, 'GET', `/api/workspaces/${workspace}/audit`)).status).toBe(403);
    });

    it('exports a workspace and deletes it with its private data, leaving a platform audit entry', async () => {
      const exported = await h.call(beheerder, 'GET', `/api/workspaces/${workspace}/export`);
      expect(exported.status).toBe(200);
      expect(exported.body.data.length).toBeGreaterThan(0);
      expect(exported.body.members.length).toBeGreaterThan(1);
      expect(exported.body.audit.length).toBeGreaterThan(0);
      expect(exported.body.plan.format).toBe('juisteplek-regioplan-export/1');
      expect(JSON.stringify(exported.body)).not.toMatch(/perturbation|secret/i);
      expect((await h.call(beheerder, 'DELETE', `/api/workspaces/${workspace}`)).status).toBe(204);
      const left = await h.ctx.db.query('SELECT 1 FROM workspace_observation WHERE workspace_id = $1', [
        workspace,
      ]);
      expect(left).toHaveLength(0);
      const platform = await h.ctx.db.query<{ detail: { workspace: string } }>(
        `SELECT detail FROM audit_log WHERE action = 'workspace.delete' AND workspace_id IS NULL`,
      );
      expect(platform.map((p) => p.detail.workspace)).toContain(workspace);
      expect((await h.call(beheerder, 'GET', `/api/workspaces/${workspace}`)).status).toBe(404);
    });

    it('sends security headers on a page and on an API response', async () => {
      for (const url of ['/api/health', '/api/auth/session', '/', '/uitnodiging/abc']) {
        const r = await h.server.inject({ method: 'GET', url });
        expect(r.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
        expect(r.headers['x-frame-options']).toBe('DENY');
        expect(r.headers['x-content-type-options']).toBe('nosniff');
        expect(r.headers['referrer-policy']).toBeDefined();
      }
      const invite = await h.server.inject({ method: 'GET', url: '/uitnodiging/abc' });
      expect(invite.headers['referrer-policy']).toBe('no-referrer');
    });
  });
}
