// Item 8 of issue 18 on both databases: NUL bytes, deep nesting, broken JSON and internal failures answer 400/500
// with a plain Dutch message and no internals; upload errors name no server path; weak passwords are refused with
// the reason; an outsider cannot tell a gemeente without partner data from one with too little.
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../src/server/app.ts';
import { MAX_INPUT_DEPTH } from '../../../src/server/requestGuard.ts';
import { testDatabases } from '../../support/database.ts';
import { ADMIN, anonymous, type Harness, harness, partnerUpload, type Who } from '../workspaces/helpers.ts';

const INTERNALS =
  /invalid byte sequence|Maximum call stack|at [\w.]+ \(|\/tmp\/|jp-upload-|node_modules|SELECT|stack/i;

for (const database of testDatabases()) {
  describe(`clean errors on ${database.name}`, () => {
    let h: Harness;
    let beheerder: Who;
    let analist: Who;
    let workspace: string;
    let gemeenten: string[];

    beforeAll(async () => {
      h = await harness(database);
      const admin = await h.login(ADMIN.email, ADMIN.password);
      gemeenten = (await h.call(anonymous, 'GET', '/api/regions/ZK04')).body.gemeenten.map(
        (g: { code: string }) => g.code,
      );
      const created = await h.call(admin, 'POST', '/api/workspaces', {
        name: 'DSV Nette fouten',
        kind: 'dsv',
        region: { code: 'ZK04' },
      });
      workspace = created.body.id;
      beheerder = await h.join(workspace, admin, 'beheerder@example.nl', 'beheerder');
      analist = await h.join(workspace, beheerder, 'analist@example.nl', 'analist');
    });
    afterAll(async () => {
      await h?.close();
    });

    it('refuses a NUL byte in the query, a path parameter and a JSON body with 400 naming the field', async () => {
      const inQuery = await h.call(anonymous, 'GET', '/api/regions?type=gem%00eente');
      expect(inQuery.status).toBe(400);
      expect(inQuery.body).toMatchObject({ error: 'bad-request', parameter: 'type' });
      expect(inQuery.body.message).toMatch(/^type: bevat een ongeldig teken/);

      const inPath = await h.call(anonymous, 'GET', '/api/regions/GM%000363');
      expect(inPath.status).toBe(400);
      expect(inPath.body.parameter).toBe('code');

      const inBody = await h.call(beheerder, 'POST', `/api/workspaces/${workspace}/invitations`, {
        email: 'nul\u0000@example.nl',
        role: 'analist',
      });
      expect(inBody.status).toBe(400);
      expect(inBody.body.parameter).toBe('email');
      for (const r of [inQuery, inPath, inBody]) expect(r.text).not.toMatch(INTERNALS);
    });

    it('refuses a deeply nested mapping with 400 instead of running out of stack', async () => {
      // Sent as text: the test's own JSON.stringify would run out of stack on 5,000 levels too.
      const nested = `${'{"a":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
      const body = partnerUpload([{ gemeente: gemeenten[0]!, count: 12, denominator: 900 }]);
      const text = JSON.stringify({ ...body, mapping: { ...body.mapping, extra: '@@' } }).replace(
        '"@@"',
        nested,
      );
      const r = await h.call(analist, 'POST', `/api/workspaces/${workspace}/uploads`, text, {
        headers: { 'content-type': 'application/json' },
      });
      expect(r.status).toBe(400);
      expect(r.body.message).toBe(`body: te diep genest (hoogstens ${MAX_INPUT_DEPTH} niveaus)`);
      expect(r.text).not.toMatch(INTERNALS);
    });

    it('answers broken JSON in plain Dutch', async () => {
      const r = await h.call(beheerder, 'POST', `/api/workspaces/${workspace}/invitations`, '{"email":', {
        headers: { 'content-type': 'application/json' },
      });
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: 'bad-request', message: 'De inhoud is geen geldige JSON.' });
    });

    it('names no server path in the errors of a mapping', async () => {
      const body = partnerUpload([{ gemeente: gemeenten[0]!, count: 12, denominator: 900 }]);
      const r = await h.call(analist, 'POST', `/api/workspaces/${workspace}/uploads`, {
        ...body,
        mapping: { ...body.mapping, indicator: { kolom: 'indicator' } },
      });
      expect(r.status).toBe(422);
      expect(JSON.stringify(r.body.errors)).toContain("Koppelbestand 'mapping'");
      expect(r.text).not.toContain(tmpdir());
      expect(r.text).not.toMatch(INTERNALS);
    });

    it('refuses passwords of only spaces, one repeated character or a sequence, saying why', async () => {
      const invited = await h.call(beheerder, 'POST', `/api/workspaces/${workspace}/invitations`, {
        email: 'partner@example.nl',
        role: 'partner',
      });
      expect(invited.status).toBe(201);
      const accept = (password: string) =>
        h.call(anonymous, 'POST', `/api/invitations/${invited.body.token}/accept`, { password });
      const spaces = await accept(' '.repeat(12));
      expect(spaces.status).toBe(400);
      expect(spaces.body.message).toBe('password: het wachtwoord bestaat alleen uit spaties');
      const repeated = await accept('a'.repeat(12));
      expect(repeated.status).toBe(400);
      expect(repeated.body.message).toMatch(
        /^password: het wachtwoord is te zwak: het herhaalt steeds hetzelfde teken/,
      );
      const sequence = await accept('abcdefghijkl');
      expect(sequence.status).toBe(400);
      expect(sequence.body.message).toMatch(/te zwak: het is een reeks/);
      // Nothing was used up by the refusals: a strong password is accepted with the same invitation.
      const strong = await accept('drie losse woorden fiets');
      expect(strong.status).toBe(200);
    });

    it('does not tell outsiders which gemeenten hold partner data', async () => {
      const [small, none] = [gemeenten[1]!, gemeenten[2]!];
      const stored = await h.call(
        analist,
        'POST',
        `/api/workspaces/${workspace}/uploads`,
        partnerUpload([{ gemeente: small, count: 2, denominator: 40 }], { fileName: 'klein.csv' }),
      );
      expect(stored.status).toBe(201);
      const ask = (who: Who, code: string) =>
        h.call(
          who,
          'GET',
          `/api/workspaces/${workspace}/aggregate?indicator=covid-ziekenhuisopnames&period=2023&region=${code}`,
        );
      const [outsiderSmall, outsiderNone] = [await ask(anonymous, small), await ask(anonymous, none)];
      expect(outsiderSmall.status).toBe(200);
      const { region: _a, ...a } = outsiderSmall.body;
      const { region: _b, ...b } = outsiderNone.body;
      expect(a).toEqual(b);
      expect(a).not.toHaveProperty('gemeentenWithData');
      expect(a).toMatchObject({ suppressed: true, count: null });
      // Members still see what they hold.
      const member = await ask(analist, small);
      expect(member.body.gemeentenWithData).toBe(1);
      expect((await ask(analist, none)).body.gemeentenWithData).toBe(0);
    });

    it('answers an internal failure with 500, a plain message and no internals', async () => {
      const server = await buildServer(h.ctx);
      server.get('/api/test-failure', async () => {
        throw new Error("ENOENT: no such file or directory, open '/srv/juisteplek/geheim.json'");
      });
      const r = await server.inject({ method: 'GET', url: '/api/test-failure' });
      await server.close();
      expect(r.statusCode).toBe(500);
      expect(r.json().error).toBe('internal');
      expect(r.json().message).toMatch(/^Er ging aan onze kant iets mis; probeer het later opnieuw/);
      expect(r.body).not.toMatch(/srv|ENOENT|geheim/);
    });
  });
}
