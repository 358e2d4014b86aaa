// Issue 18 item 6 (review): datadialoog ballots are one per participant token. The token (the jp_dialoog cookie)
// is issued by the server; a second answer with it replaces the first, a token the client made up is not a
// participant, and the number of new participants per address and dialogue is limited (429, Retry-After) on top
// of the per-address answer limit. On both databases.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_DIALOGUE_PARTICIPANTS } from '../../../src/server/rateLimits.ts';
import { testDatabases } from '../../support/database.ts';
import { ADMIN, freshIp, type Harness, harness, type Who } from '../workspaces/helpers.ts';

const cookieOf = (setCookie: unknown) => /^jp_dialoog=([^;]+)/.exec(String(setCookie ?? ''))?.[1] ?? null;

for (const database of testDatabases()) {
  describe(`datadialoog ballots on ${database.name}`, () => {
    let h: Harness;
    let api: string;
    let roundId: string;
    let candidate: string;
    beforeAll(async () => {
      h = await harness(database);
      const admin = await h.login(ADMIN.email, ADMIN.password);
      const ws = (
        await h.call(admin, 'POST', '/api/workspaces', {
          name: 'Dialoog',
          kind: 'iza-regio',
          region: { code: 'ZK04' },
        })
      ).body.id;
      const beheerder: Who = await h.join(ws, admin, 'beheerder@example.nl', 'beheerder');
      const round = await h.call(beheerder, 'POST', `/api/workspaces/${ws}/plan/rounds`, {
        title: 'Wat vindt u belangrijk?',
        audience: 'public',
        candidates: [
          { source: 'eigen', label: 'Mantelzorg' },
          { source: 'eigen', label: 'Eenzaamheid' },
        ],
      });
      expect(round.status, round.text).toBe(201);
      api = `/api/datadialoog/${round.body.token}/responses`;
      roundId = round.body.id;
      candidate = round.body.candidates[0].id;
    });
    afterAll(async () => {
      await h?.close();
    });

    const ballots = async () =>
      Number(
        (
          await h.ctx.db.query<{ n: string }>(
            'SELECT count(*) AS n FROM plan_public_response WHERE round_id = $1',
            [roundId],
          )
        )[0]?.n,
      );
    const answer = (value: number, cookie: string | null, ip: string) =>
      h.call(
        { cookie: cookie ? `jp_dialoog=${cookie}` : null, csrf: null, id: null },
        'POST',
        api,
        { answers: { [candidate]: value } },
        { ip },
      );

    it('keeps one ballot per participant token: a second answer replaces the first', async () => {
      const ip = freshIp();
      const before = await ballots();
      const first = await answer(5, null, ip);
      expect(first.status).toBe(201);
      const token = cookieOf(first.headers['set-cookie']);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const second = await answer(2, token, ip);
      expect(second.status).toBe(200);
      expect(second.body.outcome).toBe('replaced');
      expect(second.headers['set-cookie']).toBeUndefined();
      expect(await ballots()).toBe(before + 1);
    });

    it('does not take a token the client made up: that answer gets a token of its own', async () => {
      const ip = freshIp();
      const before = await ballots();
      const madeUp = randomBytes(32).toString('base64url');
      const r = await answer(3, madeUp, ip);
      expect(r.status).toBe(201);
      const issued = cookieOf(r.headers['set-cookie']);
      expect(issued).not.toBeNull();
      expect(issued).not.toBe(madeUp);
      // The made-up token stays no participant; the issued one replaces its ballot.
      expect((await answer(4, madeUp, ip)).status).toBe(201);
      expect((await answer(1, issued, ip)).body.outcome).toBe('replaced');
      expect(await ballots()).toBe(before + 2);
    });

    it('limits new participants per address and dialogue, not the answers of those it has', async () => {
      const ip = freshIp();
      const first = await answer(5, null, ip);
      const known = cookieOf(first.headers['set-cookie']);
      for (let i = 1; i < NEW_DIALOGUE_PARTICIPANTS.max; i++)
        expect((await answer(3, null, ip)).status).toBe(201);
      const before = await ballots();
      const refused = await answer(3, null, ip);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused.body.message).toMatch(/nieuwe deelnemers aan deze datadialoog/);
      // Dropping the cookie for a made-up one does not get round it.
      expect((await answer(3, randomBytes(32).toString('base64url'), ip)).status).toBe(429);
      expect(await ballots()).toBe(before);
      // A participant from that address still changes its answer; another address still brings a new one.
      expect((await answer(1, known, ip)).body.outcome).toBe('replaced');
      expect((await answer(2, null, freshIp())).status).toBe(201);
    });
  });
}
