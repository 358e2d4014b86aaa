// Item 6 of issue 18 on both databases: anonymous writes and lists are limited per client address (429 with
// Retry-After and a plain message; another address is not affected), and the list of own regions is paginated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS_WRITE, DIALOGUE_ANSWER } from '../../../src/server/rateLimits.ts';
import { testDatabases } from '../../support/database.ts';
import { anonymous, freshIp, type Harness, harness } from '../workspaces/helpers.ts';

for (const database of testDatabases()) {
  describe(`rate limits and pagination on ${database.name}`, () => {
    let h: Harness;
    let gemeenten: string[];
    beforeAll(async () => {
      h = await harness(database);
      gemeenten = (await h.call(anonymous, 'GET', '/api/regions/ZK04')).body.gemeenten.map(
        (g: { code: string }) => g.code,
      );
    });
    afterAll(async () => {
      await h?.close();
    });

    it('limits saving own regions per address, with 429 and Retry-After, and pages the list', async () => {
      const ip = freshIp();
      const save = (name: string, from = ip) =>
        h.call(
          anonymous,
          'POST',
          '/api/user-regions',
          { name, gemeenten: gemeenten.slice(0, 2) },
          { ip: from },
        );
      const max = ANONYMOUS_WRITE.max as number;
      for (let i = 0; i < max; i++) expect((await save(`Regio ${i}`)).status).toBe(201);
      const refused = await save('Eén te veel');
      expect(refused.status).toBe(429);
      expect(refused.body.error).toBe('rate-limited');
      expect(refused.body.message).toMatch(/^Te veel verzoeken achter elkaar \(hoogstens 30 per minuut\)/);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await save('Van elders', freshIp())).status).toBe(201);

      const first = await h.call(anonymous, 'GET', '/api/user-regions?limit=10');
      expect(first.status).toBe(200);
      expect(first.body).toHaveLength(10);
      expect(first.headers['x-total-count']).toBe(String(max + 1));
      expect(first.body[0].name).toBe('Van elders');
      const last = await h.call(anonymous, 'GET', `/api/user-regions?limit=10&offset=${max}`);
      expect(last.body.map((r: { name: string }) => r.name)).toEqual(['Regio 0']);
      const all = await h.call(anonymous, 'GET', '/api/user-regions');
      expect(all.body).toHaveLength(max + 1);
      const tooMany = await h.call(anonymous, 'GET', '/api/user-regions?limit=501');
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.parameter).toBe('limit');
    });

    it('limits datadialoog answers per address and dialogue', async () => {
      const ip = freshIp();
      const answer = (token: string) =>
        h.call(anonymous, 'POST', `/api/datadialoog/${token}/responses`, { answers: { x: 3 } }, { ip });
      const token = 'a'.repeat(43);
      const max = DIALOGUE_ANSWER.max as number;
      // Counted before the dialogue is looked up, so a flood of guesses is limited as well.
      for (let i = 0; i < max; i++) expect((await answer(token)).status).toBe(404);
      const refused = await answer(token);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Another dialogue from the same address has its own count.
      expect((await answer('b'.repeat(43))).status).toBe(404);
    });
  });
}
