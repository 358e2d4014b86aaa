// Lock-out that holds and cannot be used against others (issue 18), on both databases: attempts counted before the
// check (a burst of 30 gets at most 5 checks), no correct password inside a wait, per-address limits on failures
// only and on the real client address behind TRUST_PROXY, and the administrator's unlock.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../src/server/app.ts';
import { testDatabases } from '../../support/database.ts';
import { ADMIN, anonymous, freshIp, type Harness, harness, PASSWORD, type Who } from './helpers.ts';

for (const database of testDatabases()) {
  describe(`lock-out on ${database.name}`, () => {
    let h: Harness;
    let admin: Who;
    let ws: string;
    let behindProxy: FastifyInstance;

    const login = (email: string, password: string, ip = freshIp()) =>
      h.call(anonymous, 'POST', '/api/auth/login', { email, password }, { ip });
    const checked = async (email: string) =>
      (
        await h.ctx.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log
           WHERE action = 'login.failure' AND actor_email = $1 AND detail->>'reason' = 'wrong-credentials'`,
          [email],
        )
      )[0]!.n;

    beforeAll(async () => {
      h = await harness(database);
      admin = await h.login(ADMIN.email, ADMIN.password);
      ws = (
        await h.call(admin, 'POST', '/api/workspaces', {
          name: 'Slot',
          kind: 'dsv',
          region: { code: 'ZK04' },
        })
      ).body.id;
      const beheerder = await h.join(ws, admin, 'slot-beheerder@example.nl', 'beheerder');
      for (const name of ['burst', 'binnen', 'adres', 'proxy', 'ontgrendel'])
        await h.join(ws, beheerder, `${name}@example.nl`, 'lezer');
      behindProxy = await buildServer({ ...h.ctx, config: { ...h.ctx.config, trustProxy: true } });
    });
    afterAll(async () => {
      await behindProxy?.close();
      await h?.close();
    });

    it('checks at most 5 passwords of a burst of 30 wrong ones', async () => {
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) => login('burst@example.nl', `fout-wachtwoord-${i}`)),
      );
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
      expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
      expect(await checked('burst@example.nl')).toBeLessThanOrEqual(5);
      const refused = answers.find((a) => a.status === 429)!;
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('never lets a correct password in during the wait, also not inside a burst', async () => {
      for (let i = 0; i < 5; i++) expect((await login('binnen@example.nl', `fout-${i}`)).status).toBe(401);
      const burst = await Promise.all([
        ...Array.from({ length: 10 }, (_, i) => login('binnen@example.nl', `nog-fout-${i}`)),
        login('binnen@example.nl', PASSWORD),
      ]);
      expect(burst.map((r) => r.status)).toEqual(Array(11).fill(429));
      expect((await login('binnen@example.nl', PASSWORD)).status).toBe(429);
    });

    it('counts only failures against a client address, so a right password from it still works', async () => {
      const ip = freshIp();
      const statuses: number[] = [];
      for (let i = 0; i < 52; i++)
        statuses.push((await login(`onbekend-${i}@example.nl`, 'fout', ip)).status);
      expect(statuses.slice(0, 50)).toEqual(Array(50).fill(401));
      expect(statuses.slice(50)).toEqual([429, 429]);
      expect((await login('adres@example.nl', PASSWORD, ip)).status).toBe(200);
    });

    it('uses the real client address behind a trusted proxy (TRUST_PROXY)', async () => {
      const proxy = freshIp();
      const viaProxy = (client: string, email: string, password: string) =>
        behindProxy.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: proxy,
          headers: { 'x-forwarded-for': client },
          payload: { email, password },
        });
      const attacker = freshIp();
      const statuses: number[] = [];
      for (let i = 0; i < 51; i++)
        statuses.push((await viaProxy(attacker, `weer-onbekend-${i}@example.nl`, 'fout')).statusCode);
      expect(statuses.at(-1)).toBe(429);
      // Someone else behind the same proxy is not the attacker.
      expect((await viaProxy(freshIp(), 'niemand-anders@example.nl', 'fout')).statusCode).toBe(401);
      const ok = await viaProxy('192.0.2.77', 'proxy@example.nl', PASSWORD);
      expect(ok.statusCode).toBe(200);
      const [entry] = await h.ctx.db.query<{ ip: string }>(
        `SELECT ip FROM audit_log WHERE action = 'login.success' AND actor_email = 'proxy@example.nl'`,
      );
      expect(entry!.ip).toBe('192.0.2.77');
      // Without TRUST_PROXY the header is not believed.
      const direct = await h.server.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '127.0.0.9',
        headers: { 'x-forwarded-for': '192.0.2.88' },
        payload: { email: 'proxy@example.nl', password: PASSWORD },
      });
      expect(direct.statusCode).toBe(200);
      const [plain] = await h.ctx.db.query<{ ip: string }>(
        `SELECT ip FROM audit_log WHERE action = 'login.success' AND actor_email = 'proxy@example.nl' ORDER BY id DESC`,
      );
      expect(plain!.ip).toBe('127.0.0.9');
    });

    it('lets the platform administrator lift a wait, logged; nobody else', async () => {
      for (let i = 0; i < 5; i++) await login('ontgrendel@example.nl', `fout-${i}`);
      expect((await login('ontgrendel@example.nl', PASSWORD)).status).toBe(429);
      const member = await h.login('adres@example.nl', PASSWORD);
      const notAllowed = await h.call(member, 'POST', '/api/accounts/unlock', {
        email: 'ontgrendel@example.nl',
      });
      expect(notAllowed.status).toBe(403);
      expect((await h.call(anonymous, 'POST', '/api/accounts/unlock', {})).status).toBe(401);
      const unlocked = await h.call(admin, 'POST', '/api/accounts/unlock', {
        email: 'Ontgrendel@example.nl',
      });
      expect(unlocked.status).toBe(200);
      expect(unlocked.body).toEqual({ unlocked: true });
      expect((await login('ontgrendel@example.nl', PASSWORD)).status).toBe(200);
      const [entry] = await h.ctx.db.query<{ actor_email: string; detail: unknown }>(
        `SELECT actor_email, detail FROM audit_log WHERE action = 'account.unlock' ORDER BY id DESC`,
      );
      expect(entry!.actor_email).toBe(ADMIN.email);
      const detail = typeof entry!.detail === 'string' ? JSON.parse(entry!.detail) : entry!.detail;
      expect(detail).toMatchObject({ subject: 'ontgrendel@example.nl', hadAttempts: true });
    });
  });
}
