// The kennisbank through its API on both databases: the seed, Dutch search (inflections, compounds, stop words,
// odd characters, filters, highlighting), the editorial workflow with versions and the redacteur role, bad input,
// and suggestions.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedDir, loadSeed } from '../../../src/kennisbank/service/index.ts';
import { testDatabases } from '../../support/database.ts';
import { ADMIN, anonymous, type Harness, harness, type Who } from '../workspaces/helpers.ts';

const item = (title: string, extra: Record<string, unknown> = {}) => ({
  kind: 'tool',
  title,
  summary: 'Een eigen samenvatting van dit instrument voor de test van de kennisbank.',
  source: { document: 'Eigen testdocument', section: 'Hoofdstuk 2', page: 12 },
  phases: [2],
  ...extra,
});

for (const database of testDatabases()) {
  describe(`kennisbank on ${database.name}`, () => {
    let h: Harness;
    let admin: Who;
    let redacteur: Who;
    let tweede: Who;
    let lezer: Who;
    const search = async (query: string) =>
      (await h.call(anonymous, 'GET', `/api/kennisbank/search?${query}`)).body;

    beforeAll(async () => {
      h = await harness(database);
      admin = await h.login(ADMIN.email, ADMIN.password);
      const ws = (
        await h.call(admin, 'POST', '/api/workspaces', {
          name: 'Redactie',
          kind: 'other',
          region: { code: 'ZK04' },
        })
      ).body.id;
      // The platform administrator invites only the first beheerder; the beheerder invites the members.
      const beheerder = await h.join(ws, admin, 'beheer@example.nl', 'beheerder');
      redacteur = await h.join(ws, beheerder, 'redacteur@example.nl', 'lezer');
      tweede = await h.join(ws, beheerder, 'tweede@example.nl', 'lezer');
      lezer = await h.join(ws, beheerder, 'lezer@example.nl', 'lezer');
      for (const email of ['redacteur@example.nl', 'tweede@example.nl']) {
        const r = await h.call(admin, 'PUT', '/api/kennisbank/editors', { email, editor: true });
        expect(r.status).toBe(200);
      }
    }, 120_000);
    afterAll(() => h?.close());

    it('loads every seed item as published, with its source', async () => {
      const all = await search('limit=100');
      expect(all.matched).toBe('browse');
      expect(all.total).toBe(229);
      const tools = await search('kind=tool&limit=100');
      expect(tools.total).toBe(113);
      const regiobeeld = (await h.call(anonymous, 'GET', '/api/kennisbank/items/tool-regiobeeld-nl')).body
        .item;
      expect(regiobeeld.source).toEqual({
        document: 'ks-rivm-2024',
        section: 'Doelen en doelgroepen (Tools)',
        page: 14,
      });
    });

    it('finds compounds from their first part: "financiering" finds "financieringsvormen"', async () => {
      // The Dutch stemmer makes 'financier' of financiering and 'financieringsvorm' of financieringsvormen: only a
      // prefix query on the stem connects them.
      const [row] = await h.ctx.db.query<{ a: string; b: string }>(
        "SELECT to_tsvector('dutch', 'financiering')::text AS a, to_tsvector('dutch', 'financieringsvormen')::text AS b",
      );
      expect(row).toEqual({ a: "'financier':1", b: "'financieringsvorm':1" });
      await h.call(redacteur, 'POST', '/api/kennisbank/items', item('Overzicht van financieringsvormen'));
      const r = await h.call(redacteur, 'GET', '/api/kennisbank/search?q=financiering&status=draft');
      expect(r.status).toBe(200);
      expect(r.body.hits.map((x: any) => x.item.title)).toContain('Overzicht van financieringsvormen');
      const hit = r.body.hits.find((x: any) => x.item.title === 'Overzicht van financieringsvormen');
      expect(hit.title).toEqual([
        { text: 'Overzicht van ', mark: false },
        { text: 'financieringsvormen', mark: true },
      ]);
    });

    it('ranks a match in the title above one in the summary or tags only', async () => {
      const r = await search('q=financiering&limit=100');
      expect(r.matched).toBe('all');
      expect(r.total).toBeGreaterThan(20);
      const titles = r.hits.map((x: any) => x.item.title as string);
      const firstInTitle = titles.findIndex((t: string) => /financier/i.test(t));
      const firstOnlyElsewhere = titles.findIndex((t: string) => !/financier/i.test(t));
      expect(firstInTitle).toBe(0);
      expect(firstOnlyElsewhere).toBeGreaterThan(0);
      for (let i = 1; i < r.hits.length; i++)
        expect(r.hits[i - 1].rank).toBeGreaterThanOrEqual(r.hits[i].rank);
    });

    it('finds compounds from their last part through the indexed parts: "participatie" finds inwonerparticipatie', async () => {
      const r = await search('q=participatie&limit=100');
      const ids = r.hits.map((x: any) => x.item.id);
      expect(ids).toContain('tool-10-handvatten-inwonerparticipatie');
      expect(ids).toContain('tool-handreiking-patientenparticipatie-digitaal');
      const vormen = await search('q=vormen&limit=100');
      expect(vormen.hits.map((x: any) => x.item.id)).toContain('kader-netwerksturing');
    });

    it('handles other inflections: plural, verb forms and the stem of samenwerkingsverbanden', async () => {
      expect((await search('q=gemeenten')).hits.length).toBeGreaterThan(0);
      const netwerk = await search('q=netwerken&limit=100');
      expect(netwerk.hits.map((x: any) => x.item.id)).toContain('kader-netwerksturing');
      const verbanden = await search('q=samenwerkingsverband&limit=100');
      expect(verbanden.total).toBeGreaterThan(0);
    });

    it('searches all words, and falls back to any word with a notice', async () => {
      const both = await search('q=kassier%20dementie');
      expect(both.matched).toBe('all');
      expect(both.hits[0].item.id).toBe('tool-kassier-systeem');
      const any = await search('q=kassier%20ruimtevaart');
      expect(any.matched).toBe('any');
      expect(any.notice).toMatch(/Geen item bevat al deze woorden/);
      expect(any.hits.length).toBeGreaterThan(0);
    });

    it('answers a search of only stop words or odd characters clearly, and names skipped stop words', async () => {
      const stop = await h.call(anonymous, 'GET', '/api/kennisbank/search?q=de%20het%20een');
      expect(stop.status).toBe(200);
      expect(stop.body).toMatchObject({ matched: 'none', total: 0, hits: [] });
      expect(stop.body.notice).toMatch(/alleen uit veelvoorkomende woorden/);
      const odd = await search(`q=${encodeURIComponent('!!! ?? *** <>')}`);
      expect(odd.matched).toBe('none');
      expect(odd.notice).toMatch(/geen woorden om op te zoeken/);
      const injection = await search(`q=${encodeURIComponent("zorg' & | ! :* ()")}`);
      expect(injection.matched).toBe('all');
      const mixed = await search('q=de%20kassier');
      expect(mixed.hits[0].item.id).toBe('tool-kassier-systeem');
      expect(mixed.notice).toMatch(/Niet gezocht op "de"/);
      const nothing = await search('q=ruimtevaartuig');
      expect(nothing).toMatchObject({ matched: 'none', total: 0 });
      expect(nothing.notice).toMatch(/Niets gevonden/);
    });

    it('filters by kind, phase and theme', async () => {
      const r = await search('q=zorg&kind=financing-form&phase=4&limit=100');
      expect(r.total).toBeGreaterThan(0);
      for (const hit of r.hits) {
        expect(hit.item.kind).toBe('financing-form');
        expect(hit.item.phases).toContain(4);
      }
      const theme = await search('theme=gezond-gewicht&limit=100');
      expect(theme.total).toBeGreaterThan(0);
      for (const hit of theme.hits) expect(hit.item.themes).toContain('gezond-gewicht');
      const bad = await h.call(anonymous, 'GET', '/api/kennisbank/search?kind=boek');
      expect(bad.status).toBe(400);
      expect(bad.body.parameter).toBe('kind');
    });

    it('runs the editorial workflow with versions and four eyes', async () => {
      const created = await h.call(
        redacteur,
        'POST',
        '/api/kennisbank/items',
        item('Leertafel voor bestuurders'),
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ status: 'draft', version: 1, origin: 'editor' });
      const id = created.body.id;
      // a draft is not public
      expect((await h.call(anonymous, 'GET', `/api/kennisbank/items/${id}`)).status).toBe(404);
      expect((await search('q=leertafel')).total).toBe(0);
      const edited = await h.call(redacteur, 'PUT', `/api/kennisbank/items/${id}`, {
        version: 1,
        item: item('Leertafel voor bestuurders', { phases: [2, 3] }),
      });
      expect(edited.body).toMatchObject({ version: 2, phases: [2, 3] });
      const stale = await h.call(tweede, 'PUT', `/api/kennisbank/items/${id}`, {
        version: 1,
        item: item('Leertafel voor bestuurders'),
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('stale-version');
      expect(stale.body.yours.item.title).toBe('Leertafel voor bestuurders');
      const review = await h.call(redacteur, 'POST', `/api/kennisbank/items/${id}/transition`, {
        version: 2,
        to: 'review',
      });
      expect(review.body.status).toBe('review');
      const own = await h.call(redacteur, 'POST', `/api/kennisbank/items/${id}/transition`, {
        version: 3,
        to: 'published',
      });
      expect(own.status).toBe(409);
      expect(own.body.error).toBe('four-eyes');
      const skip = await h.call(tweede, 'POST', `/api/kennisbank/items/${id}/transition`, {
        version: 3,
        to: 'draft',
        note: 'nog even niet',
      });
      expect(skip.body.status).toBe('draft');
      await h.call(redacteur, 'POST', `/api/kennisbank/items/${id}/transition`, { version: 4, to: 'review' });
      const published = await h.call(tweede, 'POST', `/api/kennisbank/items/${id}/transition`, {
        version: 5,
        to: 'published',
      });
      expect(published.body).toMatchObject({ status: 'published', version: 6 });
      expect((await search('q=leertafel')).hits[0].item.id).toBe(id);
      const edit = await h.call(redacteur, 'PUT', `/api/kennisbank/items/${id}`, {
        version: 6,
        item: item('Leertafel voor bestuurders'),
      });
      expect(edit.status).toBe(409);
      expect(edit.body.error).toBe('not-editable');
      const retired = await h.call(tweede, 'POST', `/api/kennisbank/items/${id}/transition`, {
        version: 6,
        to: 'retired',
      });
      expect(retired.body.status).toBe('retired');
      expect((await search('q=leertafel')).total).toBe(0);
      const wrong = await h.call(tweede, 'POST', `/api/kennisbank/items/${id}/transition`, {
        version: 7,
        to: 'published',
      });
      expect(wrong.body.error).toBe('transition-not-allowed');
      const versions = await h.call(redacteur, 'GET', `/api/kennisbank/items/${id}/versions`);
      expect(versions.body.versions.map((v: any) => v.status)).toEqual([
        'retired',
        'published',
        'review',
        'draft',
        'review',
        'draft',
        'draft',
      ]);
      expect(versions.body.versions.find((v: any) => v.version === 4).note).toBe('nog even niet');
      expect(versions.body.versions[0].changedByEmail).toBe('tweede@example.nl');
    });

    it('refuses an item without a source and a duplicate title, saving nothing', async () => {
      const { source: _source, ...withoutSource } = item('Item zonder bron');
      const r = await h.call(redacteur, 'POST', '/api/kennisbank/items', withoutSource);
      expect(r.status).toBe(400);
      expect(r.body.parameter).toBe('source');
      expect(r.body.message).toMatch(/bron nodig/);
      const empty = await h.call(redacteur, 'POST', '/api/kennisbank/items', {
        ...item('Item met lege bron'),
        source: { document: ' ', section: 'x' },
      });
      expect(empty.status).toBe(400);
      expect(empty.body.parameter).toBe('source.document');
      const duplicate = await h.call(redacteur, 'POST', '/api/kennisbank/items', item('  regiobeeld.NL '));
      expect(duplicate.status).toBe(409);
      expect(duplicate.body).toMatchObject({
        error: 'duplicate-title',
        parameter: 'title',
        existing: 'tool-regiobeeld-nl',
      });
      expect(duplicate.body.yours.title).toBe('regiobeeld.NL');
      const theme = await h.call(
        redacteur,
        'POST',
        '/api/kennisbank/items',
        item('Onbekend thema', { themes: ['maan'] }),
      );
      expect(theme.status).toBe(400);
      expect(theme.body.parameter).toBe('item.themes.0');
      const drafts = await h.call(redacteur, 'GET', '/api/kennisbank/search?status=draft&limit=100');
      expect(drafts.body.hits.map((x: any) => x.item.title)).not.toContain('Onbekend thema');
    });

    it('lets only redacteuren write and only the platform administrator appoint them', async () => {
      expect((await h.call(anonymous, 'POST', '/api/kennisbank/items', {})).status).toBe(401);
      const r = await h.call(lezer, 'POST', '/api/kennisbank/items', item('Mag niet'));
      expect(r.status).toBe(403);
      expect(r.body.message).toMatch(/redacteur/);
      expect((await h.call(lezer, 'GET', '/api/kennisbank/search?status=draft')).status).toBe(403);
      expect(
        (
          await h.call(redacteur, 'PUT', '/api/kennisbank/editors', {
            email: 'lezer@example.nl',
            editor: true,
          })
        ).status,
      ).toBe(403);
      expect((await h.call(lezer, 'GET', '/api/kennisbank/me')).body.editor).toBe(false);
      expect((await h.call(redacteur, 'GET', '/api/kennisbank/me')).body.editor).toBe(true);
      const unknown = await h.call(admin, 'PUT', '/api/kennisbank/editors', {
        email: 'niemand@example.nl',
        editor: true,
      });
      expect(unknown.status).toBe(404);
      const list = await h.call(admin, 'GET', '/api/kennisbank/editors');
      expect(list.body.editors.map((e: any) => e.email)).toEqual([
        'redacteur@example.nl',
        'tweede@example.nl',
      ]);
    });

    it('adds new seed items at the next load, never overwrites an edit, and skips a title already in use', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'jp-kb-'));
      try {
        cpSync(defaultSeedDir, dir, { recursive: true });
        const tools = JSON.parse(readFileSync(join(dir, 'tools.json'), 'utf8'));
        tools[0].summary = 'Een andere samenvatting die het bestaande item niet mag overschrijven.';
        tools.push(
          { ...tools[1], id: 'nieuw-seed-item', title: 'Een nieuw instrument in de seed' },
          { ...tools[1], id: 'botsend-seed-item', title: 'Overzicht van financieringsvormen' },
        );
        writeFileSync(join(dir, 'tools.json'), JSON.stringify(tools));
        const result = await loadSeed(h.ctx, { dir });
        expect(result.added).toBe(1);
        expect(result.skipped).toEqual([
          {
            id: 'botsend-seed-item',
            title: 'Overzicht van financieringsvormen',
            existing: expect.any(String),
          },
        ]);
        const kept = (await h.call(anonymous, 'GET', '/api/kennisbank/items/tool-regiobeeld-nl')).body.item;
        expect(kept.summary).not.toContain('niet mag overschrijven');
        expect((await h.call(anonymous, 'GET', '/api/kennisbank/items/nieuw-seed-item')).status).toBe(200);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('documents its routes in the OpenAPI document', async () => {
      const r = await h.call(anonymous, 'GET', '/api/openapi.json');
      expect(r.status).toBe(200);
      for (const path of [
        '/api/kennisbank/search',
        '/api/kennisbank/items/{id}/transition',
        '/api/learning/synthesis',
        '/api/inwoners/{code}',
      ])
        expect(Object.keys(r.body.paths)).toContain(path);
    });

    it('suggests items that fit the phase, the weakest principle and the themes', async () => {
      const r = await h.call(
        anonymous,
        'GET',
        '/api/kennisbank/suggestions?phase=3&principle=financiele-prikkels&themes=gezond-gewicht',
      );
      expect(r.status).toBe(200);
      expect(r.body.suggestions.length).toBe(6);
      const first = r.body.suggestions[0];
      expect(first.reasons).toContain('principle');
      for (const s of r.body.suggestions) expect(s.item.status).toBe('published');
      const bad = await h.call(anonymous, 'GET', '/api/kennisbank/suggestions?themes=maan');
      expect(bad.status).toBe(400);
      expect(bad.body.parameter).toBe('themes.0');
    });
  });
}
