// Every workspace and auth route as every role (authorisation matrix), and fuzzing of every JSON body: whatever
// arrives, the answer is never a 500.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../support/database.ts';
import { ADMIN, anonymous, type Harness, harness, partnerUpload, type Who } from './helpers.ts';

const ROLES = ['anonymous', 'lezer', 'partner', 'analist', 'beheerder', 'other', 'admin'] as const;
type R = (typeof ROLES)[number];
type Expect = Record<R, number>;

const all = (status: number): Expect => Object.fromEntries(ROLES.map((r) => [r, status])) as Expect;
/** Members with the permission get `ok`; members without it and the admin 403; outsiders 404; anonymous 401. */
const only = (allowed: R[], ok: number): Expect =>
  Object.fromEntries(
    ROLES.map((r) => [r, r === 'anonymous' ? 401 : allowed.includes(r) ? ok : r === 'other' ? 404 : 403]),
  ) as Expect;

for (const database of testDatabases()) {
  describe(`authorisation matrix on ${database.name}`, () => {
    let h: Harness;
    const who = {} as Record<R, Who>;
    let ws: string;
    let gemeenten: string[];
    let spare: Who;
    let organisations = 0;

    beforeAll(async () => {
      h = await harness(database);
      who.anonymous = anonymous;
      who.admin = await h.login(ADMIN.email, ADMIN.password);
      gemeenten = (await h.call(anonymous, 'GET', '/api/regions/ZK04')).body.gemeenten.map(
        (g: { code: string }) => g.code,
      );
      ws = (
        await h.call(who.admin, 'POST', '/api/workspaces', {
          name: 'W',
          kind: 'dsv',
          region: { code: 'ZK04' },
        })
      ).body.id;
      who.beheerder = await h.join(ws, who.admin, 'b@example.nl', 'beheerder');
      for (const role of ['lezer', 'partner', 'analist'] as const)
        who[role] = await h.join(ws, who.beheerder, `${role}@example.nl`, role);
      const other = (
        await h.call(who.admin, 'POST', '/api/workspaces', {
          name: 'B',
          kind: 'other',
          region: { code: 'ZK02' },
        })
      ).body.id;
      who.other = await h.join(other, who.admin, 'other@example.nl', 'beheerder');
      spare = await h.join(other, who.other, 'spare@example.nl', 'lezer');
    });
    afterAll(async () => {
      await h?.close();
    });

    const upload = () =>
      partnerUpload(gemeenten.slice(0, 3).map((g) => ({ gemeente: g, count: 20, denominator: 900 })));

    const routes: {
      name: string;
      expect: Expect;
      run: (w: Who) => Promise<number>;
    }[] = [];
    const route = (name: string, expect: Expect, run: (w: Who) => Promise<number>) =>
      routes.push({ name, expect, run });
    const status = async (
      w: Who,
      method: 'GET' | 'POST' | 'PUT' | 'DELETE',
      url: () => string,
      body?: () => unknown,
    ) => (await h.call(w, method, url(), body?.())).status;

    route('GET /api/auth/session', all(200), (w) => status(w, 'GET', () => '/api/auth/session'));
    route('POST /api/auth/login (wrong)', all(401), (w) =>
      status(
        w,
        'POST',
        () => '/api/auth/login',
        () => ({ email: `n${Math.random()}@example.nl`, password: 'fout' }),
      ),
    );
    route('GET /api/invitations/:token', all(404), (w) =>
      status(w, 'GET', () => `/api/invitations/${'a'.repeat(43)}`),
    );
    route('POST /api/invitations/:token/accept', all(404), (w) =>
      status(
        w,
        'POST',
        () => `/api/invitations/${'a'.repeat(43)}/accept`,
        () => ({ password: 'een-lang-wachtwoord' }),
      ),
    );
    route('GET /api/workspaces', { ...all(200), anonymous: 401 }, (w) =>
      status(w, 'GET', () => '/api/workspaces'),
    );
    route('POST /api/workspaces', { ...all(403), anonymous: 401, admin: 201 }, (w) =>
      status(
        w,
        'POST',
        () => '/api/workspaces',
        () => ({ name: 'X', kind: 'dsv', region: { gemeenten: ['GM0014'] } }),
      ),
    );
    const viewers: R[] = ['lezer', 'partner', 'analist', 'beheerder', 'admin'];
    const members: R[] = ['lezer', 'partner', 'analist', 'beheerder'];
    route('GET /api/workspaces/:id', only(viewers, 200), (w) =>
      status(w, 'GET', () => `/api/workspaces/${ws}`),
    );
    route('GET /api/workspaces/:id/members', only(viewers, 200), (w) =>
      status(w, 'GET', () => `/api/workspaces/${ws}/members`),
    );
    // Issue 18: the platform administrator only assigns a workspace's first beheerder (403 here, it has one).
    route('PUT /api/workspaces/:id/members/:account', only(['beheerder'], 200), (w) =>
      status(
        w,
        'PUT',
        () => `/api/workspaces/${ws}/members/${who.lezer.id}`,
        () => ({ role: 'lezer' }),
      ),
    );
    route('DELETE /api/workspaces/:id/members/:account', only(['beheerder', 'admin'], 204), async (w) => {
      await h.call(who.beheerder, 'PUT', `/api/workspaces/${ws}/members/${spare.id}`, { role: 'lezer' });
      return status(w, 'DELETE', () => `/api/workspaces/${ws}/members/${spare.id}`);
    });
    route('POST /api/workspaces/:id/organisations', only(['beheerder', 'admin'], 201), (w) =>
      status(
        w,
        'POST',
        () => `/api/workspaces/${ws}/organisations`,
        // a name of its own per call: names are unique in a workspace (issue 13)
        () => ({ name: `GGD ${++organisations}`, type: 'ggd', laws: ['Wpg'] }),
      ),
    );
    route('POST /api/workspaces/:id/invitations', only(['beheerder'], 201), (w) =>
      status(
        w,
        'POST',
        () => `/api/workspaces/${ws}/invitations`,
        () => ({ email: 'nieuw@example.nl', role: 'lezer' }),
      ),
    );
    route('GET /api/workspaces/:id/invitations', only(['beheerder', 'admin'], 200), (w) =>
      status(w, 'GET', () => `/api/workspaces/${ws}/invitations`),
    );
    route(
      'DELETE /api/workspaces/:id/invitations/:invitation',
      only(['beheerder', 'admin'], 204),
      async (w) => {
        const inv = await h.call(who.beheerder, 'POST', `/api/workspaces/${ws}/invitations`, {
          email: 'ingetrokken@example.nl',
          role: 'lezer',
        });
        return status(w, 'DELETE', () => `/api/workspaces/${ws}/invitations/${inv.body.id}`);
      },
    );
    route('POST /api/workspaces/:id/uploads', only(['partner', 'analist', 'beheerder'], 201), (w) =>
      status(w, 'POST', () => `/api/workspaces/${ws}/uploads`, upload),
    );
    route('GET /api/workspaces/:id/uploads', only(members, 200), (w) =>
      status(w, 'GET', () => `/api/workspaces/${ws}/uploads`),
    );
    route('DELETE /api/workspaces/:id/uploads/:upload', only(['analist', 'beheerder'], 204), async (w) => {
      const up = await h.call(who.beheerder, 'POST', `/api/workspaces/${ws}/uploads`, upload());
      return status(w, 'DELETE', () => `/api/workspaces/${ws}/uploads/${up.body.id}`);
    });
    route('GET /api/workspaces/:id/data', only(members, 200), (w) =>
      status(w, 'GET', () => `/api/workspaces/${ws}/data`),
    );
    route('GET /api/workspaces/:id/aggregate', all(200), (w) =>
      status(
        w,
        'GET',
        () => `/api/workspaces/${ws}/aggregate?indicator=covid-ziekenhuisopnames&period=2023&region=ZK04`,
      ),
    );
    route('GET /api/workspaces/:id/aggregates.csv', only(members, 200), (w) =>
      status(
        w,
        'GET',
        () => `/api/workspaces/${ws}/aggregates.csv?indicator=covid-ziekenhuisopnames&period=2023`,
      ),
    );
    route('GET /api/workspaces/:id/audit', only(['beheerder', 'admin'], 200), (w) =>
      status(w, 'GET', () => `/api/workspaces/${ws}/audit`),
    );
    route('GET /api/workspaces/:id/export', only(['beheerder'], 200), (w) =>
      status(w, 'GET', () => `/api/workspaces/${ws}/export`),
    );
    route('DELETE /api/workspaces/:id', only(['beheerder', 'admin'], 204), async (w) => {
      // A fresh workspace with the same members for every call.
      const id = (
        await h.call(who.admin, 'POST', '/api/workspaces', {
          name: 'Tijdelijk',
          kind: 'dsv',
          region: { code: 'ZK04' },
        })
      ).body.id;
      // The administrator assigns the first beheerder; the beheerder the other members.
      await h.call(who.admin, 'PUT', `/api/workspaces/${id}/members/${who.beheerder.id}`, {
        role: 'beheerder',
      });
      for (const role of members)
        await h.call(who.beheerder, 'PUT', `/api/workspaces/${id}/members/${who[role].id}`, { role });
      return status(w, 'DELETE', () => `/api/workspaces/${id}`);
    });
    route('POST /api/auth/logout', { ...all(204), anonymous: 401 }, (w) =>
      status(w, 'POST', () => '/api/auth/logout'),
    );

    it('answers every route for every role as the matrix says', async () => {
      const wrong: string[] = [];
      for (const r of routes) {
        for (const role of ROLES) {
          const got = await r.run(who[role]);
          if (got !== r.expect[role]) wrong.push(`${r.name} as ${role}: ${got}, expected ${r.expect[role]}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  });

  describe(`fuzzing JSON bodies on ${database.name}`, () => {
    let h: Harness;
    let admin: Who;
    let beheerder: Who;
    let ws: string;
    beforeAll(async () => {
      h = await harness(database);
      admin = await h.login(ADMIN.email, ADMIN.password);
      ws = (
        await h.call(admin, 'POST', '/api/workspaces', { name: 'F', kind: 'dsv', region: { code: 'ZK04' } })
      ).body.id;
      beheerder = await h.join(ws, admin, 'f@example.nl', 'beheerder');
    });
    afterAll(async () => {
      await h?.close();
    });

    it('never answers 500 to any body on any route', async () => {
      const targets = [
        '/api/auth/login',
        `/api/invitations/${'b'.repeat(43)}/accept`,
        '/api/workspaces',
        `/api/workspaces/${ws}/organisations`,
        `/api/workspaces/${ws}/invitations`,
        `/api/workspaces/${ws}/uploads`,
        `/api/workspaces/${ws}/members/${beheerder.id}`,
      ];
      const body = fc.oneof(
        fc.jsonValue(),
        fc.record({ email: fc.string(), password: fc.string() }),
        fc.record({ name: fc.string(), kind: fc.string(), region: fc.jsonValue() }),
        fc.record({ name: fc.string(), type: fc.constantFrom('ggd', 'x'), laws: fc.array(fc.string()) }),
        fc.record({ role: fc.string(), organisationId: fc.option(fc.string()) }),
        fc.record({
          email: fc.oneof(fc.string(), fc.constant('iemand@example.nl')),
          role: fc.constantFrom('lezer', 'partner', 'x'),
          organisationId: fc.option(fc.oneof(fc.string(), fc.constant('bestaat-niet'))),
        }),
        fc.record({
          fileName: fc.oneof(fc.string(), fc.constant('a.csv'), fc.constant('a.xlsx')),
          contentBase64: fc.oneof(
            fc.string(),
            fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64')),
          ),
          mapping: fc.oneof(fc.jsonValue(), fc.constant(partnerUpload([]).mapping)),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...targets), body, async (url, payload) => {
          const method = url.includes('/members/') ? 'PUT' : 'POST';
          const r = await h.call(
            beheerder.id ? (url.startsWith('/api/workspaces') ? beheerder : admin) : admin,
            method,
            url,
            JSON.stringify(payload),
            {
              headers: { 'content-type': 'application/json' },
              ip: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
            },
          );
          expect(r.status).toBeLessThan(500);
        }),
        { numRuns: 150 },
      );
      // CSV content that is random text, with a valid mapping.
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 400 }), async (csv) => {
          const r = await h.call(beheerder, 'POST', `/api/workspaces/${ws}/uploads`, {
            ...partnerUpload([]),
            contentBase64: Buffer.from(`indicator,regiocode,periode,teller,noemer\n${csv}`).toString(
              'base64',
            ),
          });
          expect(r.status).toBeLessThan(500);
        }),
        { numRuns: 60 },
      );
    });

    it('answers 413 with a clear message to an upload that is too large', async () => {
      const big = Buffer.alloc(15 * 1024 * 1024, 65).toString('base64');
      const r = await h.call(beheerder, 'POST', `/api/workspaces/${ws}/uploads`, {
        ...partnerUpload([]),
        contentBase64: big,
      });
      expect(r.status).toBe(413);
      expect(r.body.message).toMatch(/te groot/);
    });
  });
}
