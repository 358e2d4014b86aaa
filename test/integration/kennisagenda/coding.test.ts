// Knelpunten and the kennisagenda through the API, on both databases: roles, the versioned taxonomy, atomic
// imports with row provenance, the four-eyes coding (blind coders, disagreements, final labels, the senior's
// seeded sample), agreement statistics, the public agenda with its gaps, and suggested codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../support/database.ts';
import { anonymous } from '../workspaces/helpers.ts';
import { csvUpload, type KennisagendaFixture, kennisagendaFixture, xlsxUpload } from './setup.ts';

const K = '/api/kennisagenda';

for (const database of testDatabases()) {
  describe(`kennisagenda on ${database.name}`, () => {
    let f: KennisagendaFixture;
    let corpus: string;
    let items: { id: string; seq: number; text: string; sourceRow: number; sourceFile: string }[];

    beforeAll(async () => {
      f = await kennisagendaFixture(database);
    });
    afterAll(async () => {
      await f?.h.close();
    });

    describe('roles', () => {
      it('only the platform administrator grants roles; a new account needs an initial password', async () => {
        const byCoder = await f.h.call(f.coder1, 'POST', `${K}/roles`, {
          email: 'x@kennis.nl',
          role: 'codeur',
        });
        expect(byCoder.status).toBe(403);
        expect(byCoder.body.message).toMatch(/platformbeheerder/);
        const noPassword = await f.h.call(f.admin, 'POST', `${K}/roles`, {
          email: 'nieuw@kennis.nl',
          role: 'codeur',
        });
        expect(noPassword.status).toBe(400);
        expect(noPassword.body.parameter).toBe('password');
        const anonymousWrite = await f.h.call(anonymous, 'POST', `${K}/roles`, { nonsense: true });
        expect(anonymousWrite.status).toBe(401);
        const list = await f.h.call(f.admin, 'GET', `${K}/roles`);
        expect(list.body.map((g: { email: string; role: string }) => `${g.email}:${g.role}`)).toEqual([
          'beheer@kennis.nl:beheerder',
          'codeur1@kennis.nl:codeur',
          'codeur2@kennis.nl:codeur',
          'senior@kennis.nl:senior',
        ]);
        expect((await f.h.call(f.coder1, 'GET', `${K}/me`)).body).toEqual({
          roles: ['codeur'],
          permissions: ['read-work', 'screen', 'code'],
        });
      });

      it('without a role there is no access to the work, but the public agenda is open to anyone', async () => {
        expect((await f.h.call(f.outsider, 'GET', `${K}/corpora`)).status).toBe(403);
        expect((await f.h.call(anonymous, 'GET', `${K}/corpora`)).status).toBe(401);
        const agenda = await f.h.call(anonymous, 'GET', `${K}/public`);
        expect(agenda.status).toBe(200);
        expect(agenda.body.themes).toHaveLength(9);
        expect(agenda.body.recommendations.map((r: { id: string }) => r.id)).toEqual(['1', '2', '3', '4']);
        // The seed's labelled statements are the first rode draden and knowledge questions; none linked yet.
        const threads = agenda.body.themes.reduce(
          (s: number, t: { threads: unknown[] }) => s + t.threads.length,
          0,
        );
        const questions = agenda.body.themes.reduce(
          (s: number, t: { questions: unknown[] }) => s + t.questions.length,
          0,
        );
        expect(threads).toBe(56);
        expect(questions).toBe(15);
        expect(agenda.body.gaps.unlinkedQuestions).toHaveLength(15);
      });
    });

    describe('taxonomy versions', () => {
      it('a beheerder edit is a new version; an edit on an old version is refused with both versions', async () => {
        const v1 = (await f.h.call(anonymous, 'GET', `${K}/taxonomy`)).body;
        expect(v1.version).toBe(1);
        const document = structuredClone(v1.document);
        document.careShiftForms[0].description = {
          nl: 'Zorg en ondersteuning thuis in plaats van in een instelling.',
        };
        const byCoder = await f.h.call(f.coder1, 'PUT', `${K}/taxonomy`, { version: 1, document });
        expect(byCoder.status).toBe(403);
        const saved = await f.h.call(f.beheerder, 'PUT', `${K}/taxonomy`, {
          version: 1,
          document,
          note: 'Definitie',
        });
        expect(saved.status).toBe(200);
        expect(saved.body.version).toBe(2);
        const again = await f.h.call(f.beheerder, 'PUT', `${K}/taxonomy`, { version: 1, document });
        expect(again.status).toBe(409);
        expect(again.body).toMatchObject({ error: 'stale-version', current: { version: 2 } });
        const renamed = structuredClone(document);
        renamed.knowledgeThemes[0].id = 'iets';
        expect(
          (await f.h.call(f.beheerder, 'PUT', `${K}/taxonomy`, { version: 2, document: renamed })).status,
        ).toBe(400);
        const history = (await f.h.call(anonymous, 'GET', `${K}/taxonomy/versions`)).body;
        expect(history.map((v: { version: number; author: string | null }) => [v.version, v.author])).toEqual(
          [
            [1, null],
            [2, 'beheer@kennis.nl'],
          ],
        );
        const old = (await f.h.call(anonymous, 'GET', `${K}/taxonomy?version=1`)).body;
        expect(old.document.careShiftForms[0].description).toBeNull();
      });
    });

    describe('import', () => {
      it('creates a corpus; a second one with the same name is refused', async () => {
        const r = await f.h.call(f.beheerder, 'POST', `${K}/corpora`, {
          name: 'Knelpunten 2024',
          screening: false,
        });
        expect(r.status).toBe(201);
        corpus = r.body.id;
        const twice = await f.h.call(f.beheerder, 'POST', `${K}/corpora`, { name: 'Knelpunten 2024' });
        expect(twice.status).toBe(409);
        expect((await f.h.call(f.coder1, 'POST', `${K}/corpora`, { name: 'Eigen' })).status).toBe(403);
      });

      it('refuses a file with duplicate, empty and wrongly coded statements, naming each row, and imports nothing', async () => {
        const bad = csvUpload('knelpunten.csv', [
          ['nummer', 'tekst', 'themas'],
          ['1', 'De bekostiging remt samenwerking.', 'financiering_bekostiging'],
          ['2', '', 'juridisch'],
          ['3', 'De bekostiging remt  samenwerking', ''],
          ['4', 'Privacyregels belemmeren de uitwisseling.', 'privacy'],
        ]);
        const r = await f.h.call(f.beheerder, 'POST', `${K}/corpora/${corpus}/import`, bad);
        expect(r.status).toBe(400);
        expect(r.body.error).toBe('import-refused');
        expect(r.body.message).toMatch(
          /^knelpunten\.csv, rij 3, kolom 'tekst': lege uitspraak.*Er is niets geïmporteerd\.$/,
        );
        expect(r.body.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`)).toEqual([
          '3:tekst',
          '4:tekst',
          '5:themas',
        ]);
        expect(r.body.problems[2].message).toMatch(/onbekend thema 'privacy'/);
        const list = await f.h.call(f.beheerder, 'GET', `${K}/corpora/${corpus}/items`);
        expect(list.body.items).toEqual([]);
      });

      it('imports an XLSX file atomically with the file and row of every item', async () => {
        const rows = [
          ['Nummer', 'Tekst'],
          ['K1', 'De bekostiging is per wet geregeld en remt samenwerking tussen domeinen.'],
          ['K2', 'Privacywetgeving belemmert de uitwisseling van gezondheidsdata.'],
          ['K3', 'Er is te weinig tijd en geld om innovaties te evalueren.'],
          ['K4', 'Professionals missen kennis van digitale zorg.'],
          ['K5', 'Gemeente en zorgverzekeraar werken nog langs elkaar heen.'],
          ['K6', 'ICT-systemen sluiten niet op elkaar aan.'],
        ];
        const r = await f.h.call(
          f.beheerder,
          'POST',
          `${K}/corpora/${corpus}/import`,
          await xlsxUpload('knelpunten.xlsx', rows),
        );
        expect(r.status).toBe(201);
        expect(r.body).toMatchObject({
          file: 'knelpunten.xlsx',
          items: 6,
          coded: 0,
          rows: { first: 2, last: 7 },
        });
        items = (await f.h.call(f.beheerder, 'GET', `${K}/corpora/${corpus}/items`)).body.items;
        expect(items.map((i) => [i.seq, i.sourceFile, i.sourceRow])).toEqual(
          [1, 2, 3, 4, 5, 6].map((n) => [n, 'knelpunten.xlsx', n + 1]),
        );
        const duplicate = await f.h.call(
          f.beheerder,
          'POST',
          `${K}/corpora/${corpus}/import`,
          csvUpload('nog-eens.csv', [
            ['tekst'],
            ['Nieuw knelpunt.'],
            ['ICT-systemen sluiten niet op elkaar aan'],
          ]),
        );
        expect(duplicate.status).toBe(400);
        expect(duplicate.body.message).toMatch(/rij 3.*staat al in het corpus/);
        expect((await f.h.call(f.beheerder, 'GET', `${K}/corpora/${corpus}/items`)).body.items).toHaveLength(
          6,
        );
      });

      it('adds an item by hand, refusing a duplicate', async () => {
        const r = await f.h.call(f.beheerder, 'POST', `${K}/corpora/${corpus}/items`, {
          text: 'Cliënten worden te laat betrokken bij beleid.',
          reference: 'hand-1',
        });
        expect(r.status).toBe(201);
        expect(r.body).toMatchObject({ seq: 7, sourceFile: null, sourceRow: null });
        const twice = await f.h.call(f.beheerder, 'POST', `${K}/corpora/${corpus}/items`, {
          text: 'clienten worden te laat betrokken bij beleid',
        });
        expect(twice.status).toBe(409);
        items.push(r.body);
      });
    });

    describe('four-eyes coding', () => {
      const url = (item: { id: string }) => `${K}/items/${item.id}`;

      it('a coder cannot see the other coder’s codes before submitting their own', async () => {
        const first = await f.h.call(f.coder1, 'POST', `${url(items[0]!)}/coding`, {
          themes: ['financiering_bekostiging', 'samenwerking'],
          forms: ['domeinoverstijgend'],
        });
        expect(first.status).toBe(201);
        expect(first.body).toEqual({ item: items[0]!.id, slot: 1, agreed: null });
        const peek = await f.h.call(f.coder2, 'GET', `${url(items[0]!)}/codings`);
        expect(peek.status).toBe(409);
        expect(peek.body.error).toBe('code-first');
        expect(peek.body.message).toMatch(/pas als u dit item zelf heeft gecodeerd/);
        // Nor through the item list: the other's codes and the disagreement flag stay hidden.
        const list = (await f.h.call(f.coder2, 'GET', `${K}/corpora/${corpus}/items`)).body.items;
        expect(list[0]).toMatchObject({ codings: 1, mine: null, final: null, disagreement: null });
        // The senior and the beheerder may look at any time.
        expect((await f.h.call(f.senior, 'GET', `${url(items[0]!)}/codings`)).status).toBe(200);
      });

      it('refuses unknown themes naming the field, a second coding by the same coder, and coding by a senior', async () => {
        const unknown = await f.h.call(f.coder2, 'POST', `${url(items[0]!)}/coding`, {
          themes: ['samenwerking', 'privacy'],
        });
        expect(unknown.status).toBe(400);
        expect(unknown.body.parameter).toBe('themes.1');
        expect(unknown.body.message).toMatch(/onbekend thema 'privacy'; kies uit behoefte_client/);
        const again = await f.h.call(f.coder1, 'POST', `${url(items[0]!)}/coding`, { themes: ['juridisch'] });
        expect(again.status).toBe(409);
        expect(again.body.error).toBe('already-coded');
        expect(
          (await f.h.call(f.senior, 'POST', `${url(items[0]!)}/coding`, { themes: ['juridisch'] })).status,
        ).toBe(403);
      });

      it('equal codings become the final label; different ones are listed as disagreements', async () => {
        // Labels and aliases are accepted and stored as ids.
        const second = await f.h.call(f.coder2, 'POST', `${url(items[0]!)}/coding`, {
          themes: ['Samenwerkingsvraagstukken', 'Financiering en bekostiging'],
          forms: ['Naar domeinoverstijgende zorg'],
        });
        expect(second.body).toEqual({ item: items[0]!.id, slot: 2, agreed: true });
        const seen = await f.h.call(f.coder2, 'GET', `${url(items[0]!)}/codings`);
        expect(seen.status).toBe(200);
        expect(seen.body.final).toMatchObject({
          source: 'agreed',
          themes: ['samenwerking', 'financiering_bekostiging'],
        });

        const bulk1 = await f.h.call(f.coder1, 'POST', `${K}/corpora/${corpus}/codings`, {
          codings: [
            { item: items[1]!.id, themes: ['juridisch', 'ict_data'] },
            { item: items[2]!.id, themes: ['effectvraagstukken'] },
            { item: items[3]!.id, themes: ['kennis_vaardigheden'] },
            { item: items[4]!.id, themes: ['samenwerking'] },
            { item: items[5]!.id, themes: ['ict_data'] },
          ],
        });
        expect(bulk1.body).toEqual({ coded: 5, agreed: 0, disagreed: 0 });
        const bulk2 = await f.h.call(f.coder2, 'POST', `${K}/corpora/${corpus}/codings`, {
          codings: [
            { item: items[1]!.id, themes: ['juridisch'] },
            { item: items[2]!.id, themes: ['effectvraagstukken'] },
            { item: items[3]!.id, themes: ['kennis_vaardigheden', 'verandervraagstukken'] },
            { item: items[4]!.id, themes: ['samenwerking'] },
            { item: items[5]!.id, themes: ['ict_data'] },
          ],
        });
        expect(bulk2.body).toEqual({ coded: 5, agreed: 3, disagreed: 2 });
        const open = (await f.h.call(f.coder1, 'GET', `${K}/corpora/${corpus}/disagreements`)).body;
        expect(open.map((d: { item: { seq: number } }) => d.item.seq)).toEqual([2, 4]);
        expect(open[0]).toMatchObject({
          first: { themes: ['juridisch', 'ict_data'] },
          second: { themes: ['juridisch'] },
        });
      });

      it('a bulk coding with one bad entry writes none of them', async () => {
        const r = await f.h.call(f.coder1, 'POST', `${K}/corpora/${corpus}/codings`, {
          codings: [
            { item: items[6]!.id, themes: ['behoefte_client'] },
            { item: items[0]!.id, themes: ['juridisch'] },
          ],
        });
        expect(r.status).toBe(409);
        expect(r.body.parameter).toBe('codings.1.item');
        const list = (await f.h.call(f.coder1, 'GET', `${K}/corpora/${corpus}/items`)).body.items;
        expect(list[6]).toMatchObject({ codings: 0, mine: null });
      });

      it('a disagreement is resolved by a final label, with a version against lost updates', async () => {
        expect(
          (await f.h.call(f.coder1, 'PUT', `${url(items[6]!)}/final`, { themes: ['juridisch'] })).status,
        ).toBe(409);
        const resolved = await f.h.call(f.coder1, 'PUT', `${url(items[1]!)}/final`, {
          themes: ['juridisch', 'ict_data'],
          note: 'Besproken: gaat ook over gegevensuitwisseling.',
        });
        expect(resolved.status).toBe(200);
        expect(resolved.body).toMatchObject({
          source: 'resolved',
          version: 1,
          resolvedBy: 'codeur1@kennis.nl',
        });
        const late = await f.h.call(f.coder2, 'PUT', `${url(items[1]!)}/final`, { themes: ['juridisch'] });
        expect(late.status).toBe(409);
        expect(late.body.error).toBe('stale-version');
        const bySenior = await f.h.call(f.senior, 'PUT', `${url(items[3]!)}/final`, {
          themes: ['kennis_vaardigheden', 'verandervraagstukken'],
        });
        expect(bySenior.status).toBe(200);
        expect((await f.h.call(f.coder1, 'GET', `${K}/corpora/${corpus}/disagreements`)).body).toEqual([]);
      });

      it('reports per theme percent agreement and kappa, and alpha over all labels', async () => {
        const report = (await f.h.call(f.beheerder, 'GET', `${K}/report?corpora=${corpus}`)).body.reports[0];
        expect(report.agreement).toMatchObject({ doubleCoded: 6, disagreements: 2 });
        const ict = report.agreement.themes.find((a: { label: string }) => a.label === 'ict_data');
        // ict_data: coder 1 yes on items 2 and 6, coder 2 yes on item 6: p_o = 5/6, p_a = 2/6, p_b = 1/6,
        // p_e = 2/36 + 20/36 = 22/36, κ = (30/36 − 22/36)/(14/36) = 8/14.
        expect(ict).toMatchObject({ items: 6, both: 1, onlyFirst: 1, onlySecond: 0 });
        expect(ict.percentAgreement.value).toBeCloseTo(5 / 6, 12);
        expect(ict.kappa.value).toBeCloseTo(8 / 14, 12);
        const praktijk = report.agreement.themes.find((a: { label: string }) => a.label === 'praktijkleren');
        expect(praktijk.kappa).toEqual({ value: null, reason: 'no-variation' });
        expect(report.agreement.alphaThemes.value).toBeGreaterThan(0.7);
        expect(report.denominators).toMatchObject({ items: 7, inScope: 7, n: 6, awaitingFinal: 1 });
        expect(report.finalSources).toEqual({ agreed: 4, resolved: 2, import: 0 });
      });

      it('a senior draws a seeded, reproducible sample and reviews it', async () => {
        expect(
          (await f.h.call(f.coder1, 'POST', `${K}/corpora/${corpus}/samples`, { size: 3, seed: 7 })).status,
        ).toBe(403);
        const a = await f.h.call(f.senior, 'POST', `${K}/corpora/${corpus}/samples`, { size: 3, seed: 7 });
        const b = await f.h.call(f.senior, 'POST', `${K}/corpora/${corpus}/samples`, { size: 3, seed: 7 });
        expect(a.status).toBe(201);
        expect(a.body).toMatchObject({ size: 3, population: 6 });
        expect(b.body.itemIds).toEqual(a.body.itemIds);
        const other = await f.h.call(f.senior, 'POST', `${K}/corpora/${corpus}/samples`, {
          size: 6,
          seed: 7,
        });
        expect([...other.body.itemIds].sort()).toEqual(
          items
            .slice(0, 6)
            .map((i) => i.id)
            .sort(),
        );
        const review = await f.h.call(
          f.senior,
          'PUT',
          `${K}/corpora/${corpus}/samples/${a.body.id}/items/${a.body.itemIds[0]}`,
          {
            agrees: false,
            note: 'Ook verandervraagstukken.',
          },
        );
        expect(review.status).toBe(200);
        const outside = items.find((i) => !a.body.itemIds.includes(i.id))!;
        expect(
          (
            await f.h.call(
              f.senior,
              'PUT',
              `${K}/corpora/${corpus}/samples/${a.body.id}/items/${outside.id}`,
              { agrees: true },
            )
          ).status,
        ).toBe(400);
        const report = (await f.h.call(f.senior, 'GET', `${K}/report?corpora=${corpus}`)).body.reports[0];
        expect(report.samples[0]).toMatchObject({ seed: 7, size: 3, reviewed: 1, agrees: 0 });
      });
    });

    describe('relevance screening', () => {
      it('only items screened relevant can be coded and enter the denominator', async () => {
        const c = (await f.h.call(f.beheerder, 'POST', `${K}/corpora`, { name: 'Reacties', screening: true }))
          .body.id;
        await f.h.call(
          f.beheerder,
          'POST',
          `${K}/corpora/${c}/import`,
          csvUpload('reacties.csv', [
            ['tekst', 'relevant'],
            ['Over JZOJP.', 'ja'],
            ['Over iets anders.', 'nee'],
            ['Nog niet bekeken.', ''],
          ]),
        );
        const list = (await f.h.call(f.coder1, 'GET', `${K}/corpora/${c}/items`)).body.items;
        expect(list.map((i: { relevant: boolean | null }) => i.relevant)).toEqual([true, false, null]);
        expect(
          (await f.h.call(f.coder1, 'POST', `${K}/items/${list[1].id}/coding`, { themes: [] })).body.error,
        ).toBe('not-relevant');
        expect(
          (await f.h.call(f.coder1, 'POST', `${K}/items/${list[2].id}/coding`, { themes: [] })).body.error,
        ).toBe('not-screened');
        expect(
          (await f.h.call(f.coder1, 'PUT', `${K}/items/${list[2].id}/relevance`, { relevant: true })).status,
        ).toBe(200);
        expect(
          (await f.h.call(f.coder1, 'POST', `${K}/items/${list[2].id}/coding`, { themes: ['praktijkleren'] }))
            .status,
        ).toBe(201);
        const report = (await f.h.call(f.beheerder, 'GET', `${K}/report?corpora=${c}`)).body.reports[0];
        expect(report.denominators).toMatchObject({
          items: 3,
          notRelevant: 1,
          unscreened: 0,
          inScope: 2,
          n: 0,
          awaitingFinal: 2,
        });
      });
    });

    describe('the agenda', () => {
      it('links knowledge questions to recommendations and shows the gaps', async () => {
        const agenda = (await f.h.call(anonymous, 'GET', `${K}/public`)).body;
        const question = agenda.themes.find((t: { id: string }) => t.id === 'effectvraagstukken')
          .questions[0];
        const unknown = await f.h.call(f.beheerder, 'PUT', `${K}/questions/${question.id}/recommendations`, {
          recommendations: ['2A', '5'],
          version: question.version,
        });
        expect(unknown.status).toBe(400);
        expect(unknown.body.parameter).toBe('recommendations.1');
        const linked = await f.h.call(f.beheerder, 'PUT', `${K}/questions/${question.id}/recommendations`, {
          recommendations: ['2A', '2C'],
          version: question.version,
        });
        expect(linked.status).toBe(200);
        const stale = await f.h.call(f.beheerder, 'PUT', `${K}/questions/${question.id}/recommendations`, {
          recommendations: [],
          version: question.version,
        });
        expect(stale.status).toBe(409);
        const added = await f.h.call(f.beheerder, 'POST', `${K}/questions`, {
          theme: 'effectvraagstukken',
          kind: 'vraag',
          text: 'Welke uitkomstmaten zijn relevant voor de zorggebruiker?',
          recommendations: ['2A'],
        });
        expect(added.status).toBe(201);
        const after = (await f.h.call(anonymous, 'GET', `${K}/public`)).body;
        const rec2 = after.recommendations.find((r: { id: string }) => r.id === '2');
        expect(
          rec2.parts.map((p: { id: string; questions: string[] }) => [p.id, p.questions.length]),
        ).toEqual([
          ['2A', 2],
          ['2B', 0],
          ['2C', 1],
        ]);
        expect(after.gaps.unlinkedQuestions).toHaveLength(14);
        expect(after.gaps.fewQuestions.map((g: { id: string }) => g.id)).toEqual([
          '1',
          '2B',
          '2C',
          '3',
          '3A',
          '3B',
          '4',
        ]);
      });

      it('orders rode draden by how many items support them', async () => {
        const theme = (await f.h.call(anonymous, 'GET', `${K}/public`)).body.themes.find(
          (t: { id: string }) => t.id === 'juridisch',
        );
        const last = theme.threads[theme.threads.length - 1];
        const r = await f.h.call(f.beheerder, 'PUT', `${K}/threads/${last.id}/items`, {
          items: [items[1]!.id, items[0]!.id],
          version: last.version,
        });
        expect(r.status).toBe(200);
        const now = (await f.h.call(anonymous, 'GET', `${K}/public`)).body.themes.find(
          (t: { id: string }) => t.id === 'juridisch',
        );
        expect(now.threads[0]).toMatchObject({ id: last.id, support: 2 });
        expect(
          (
            await f.h.call(f.coder1, 'POST', `${K}/threads`, {
              theme: 'juridisch',
              kind: 'knelpunt',
              text: 'x',
            })
          ).status,
        ).toBe(403);
      });
    });

    describe('suggested codes', () => {
      it('suggests the top three themes with scores, as suggestions only', async () => {
        const r = await f.h.call(f.coder1, 'POST', `${K}/suggest`, {
          text: 'Regelgeving en administratieve regels belemmeren de realisatie van JZOJP.',
        });
        expect(r.status).toBe(200);
        expect(r.body.suggestions).toHaveLength(3);
        expect(r.body.note).toMatch(/geen code/);
        const forItem = await f.h.call(f.coder2, 'GET', `${K}/items/${items[6]!.id}/suggestions`);
        expect(forItem.body.suggestions).toHaveLength(3);
        // A suggestion is never a code.
        const list = (await f.h.call(f.coder2, 'GET', `${K}/corpora/${corpus}/items`)).body.items;
        expect(list[6]).toMatchObject({ codings: 0, mine: null });
        expect((await f.h.call(anonymous, 'POST', `${K}/suggest`, { text: 'x' })).status).toBe(401);
      });

      it('trains on the examples with a cross-validated evaluation next to the keyword baseline', async () => {
        expect((await f.h.call(f.coder1, 'POST', `${K}/train`, { source: 'examples' })).status).toBe(403);
        const tooFew = await f.h.call(f.beheerder, 'POST', `${K}/train`, { source: corpus });
        expect(tooFew.status).toBe(409);
        expect(tooFew.body.error).toBe('too-few-examples');
        const r = await f.h.call(f.beheerder, 'POST', `${K}/train`, { source: 'examples' });
        expect(r.status).toBe(201);
        expect(r.body).toMatchObject({ trainedOn: 'examples', examples: 71, evaluation: { k: 5 } });
        for (const m of [r.body.evaluation.classifier, r.body.evaluation.baseline]) {
          expect(m.items).toBe(71);
          expect(m.top3Accuracy).toBeGreaterThanOrEqual(m.top1Accuracy);
        }
        const info = (await f.h.call(f.coder1, 'GET', `${K}/model`)).body.current;
        expect(info).toMatchObject({ id: r.body.id, trainedBy: 'beheer@kennis.nl' });
        expect(info.model).toBeUndefined();
        const s = await f.h.call(f.coder1, 'POST', `${K}/suggest`, { text: 'bekostiging' });
        expect(s.body.model).toBe(r.body.id);
      });
    });

    it('writes the changes to the audit log', async () => {
      const rows = await f.h.ctx.db.query<{ action: string }>(
        "SELECT action FROM audit_log WHERE action LIKE 'kennisagenda.%' ORDER BY id",
      );
      const actions = new Set(rows.map((r) => r.action));
      for (const action of [
        'kennisagenda.role.grant',
        'kennisagenda.role.revoke',
        'kennisagenda.taxonomy.save',
        'kennisagenda.corpus.import',
        'kennisagenda.item.resolve',
        'kennisagenda.sample.draw',
        'kennisagenda.question.link',
        'kennisagenda.model.train',
      ])
        expect(actions).toContain(action);
    });
  });
}
