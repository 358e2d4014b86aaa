// The two tables of seed 004 §2.2 reproduced through the whole workflow on both databases: the knelpunten (355)
// and the reacties (700, of which 616 relevant) imported from CSV, both coded twice by two coders, the report side
// by side with every published cell checked; then the report as a zip of CSV files with metadata, and as PDF.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARE_SHIFT_FORMS, KNOWLEDGE_THEMES } from '../../../src/jzojp/vocabulary.ts';
import {
  dataset,
  FORM_LABELS,
  KNELPUNTEN,
  publishedCells,
  REACTIES,
  THEME_LABELS,
} from '../../fixtures/kennisagenda/seed004Dataset.ts';
import { testDatabases } from '../../support/database.ts';
import { csvUpload, type KennisagendaFixture, kennisagendaFixture } from './setup.ts';

const K = '/api/kennisagenda';

for (const database of testDatabases()) {
  describe(`seed 004 tables through the API on ${database.name}`, () => {
    let f: KennisagendaFixture;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      f = await kennisagendaFixture(database);
      for (const spec of [KNELPUNTEN, REACTIES]) {
        const corpus = await f.h.call(f.beheerder, 'POST', `${K}/corpora`, {
          name: spec.name,
          screening: spec.name === 'reacties',
        });
        ids[spec.name] = corpus.body.id;
        const data = dataset(spec);
        const upload = csvUpload(`${spec.name}.csv`, [
          ['nummer', 'tekst', 'relevant'],
          ...data.map((d, i) => [String(i + 1), d.text, d.relevant ? 'ja' : 'nee']),
        ]);
        const imported = await f.h.call(f.beheerder, 'POST', `${K}/corpora/${corpus.body.id}/import`, upload);
        if (imported.status !== 201) throw new Error(`import: ${imported.status} ${imported.text}`);
        const items = (await f.h.call(f.beheerder, 'GET', `${K}/corpora/${corpus.body.id}/items`)).body
          .items as {
          id: string;
          seq: number;
        }[];
        const codings = items
          .filter((_, i) => data[i]!.relevant)
          .map((item, i) => ({ item: item.id, themes: data[i]!.themes, forms: data[i]!.forms }));
        for (const coder of [f.coder1, f.coder2]) {
          const r = await f.h.call(coder, 'POST', `${K}/corpora/${corpus.body.id}/codings`, { codings });
          if (r.status !== 201) throw new Error(`coding: ${r.status} ${r.text}`);
        }
      }
    }, 240_000);
    afterAll(async () => {
      await f?.h.close();
    });

    it('reproduces every cell of both tables, side by side', async () => {
      const r = await f.h.call(f.senior, 'GET', `${K}/report?corpora=${ids.knelpunten},${ids.reacties}`);
      expect(r.status).toBe(200);
      const [knelpunten, reacties] = r.body.reports;
      expect(knelpunten.denominators).toMatchObject({ items: 355, n: 355, awaitingFinal: 0 });
      expect(reacties.denominators).toMatchObject({ items: 700, notRelevant: 84, n: 616 });
      const published = publishedCells();
      let checked = 0;
      for (const [dimension, list, labels] of [
        ['themes', KNOWLEDGE_THEMES, THEME_LABELS],
        ['forms', CARE_SHIFT_FORMS, FORM_LABELS],
      ] as const)
        for (const id of list) {
          const label = (labels as Record<string, string>)[id]!;
          const cell = (report: typeof knelpunten) =>
            report[dimension].shares.find((s: { label: string }) => s.label === id).display;
          expect([label, cell(knelpunten)]).toEqual([label, published.get(label)!.get('knelpunten')]);
          expect([label, cell(reacties)]).toEqual([label, published.get(label)!.get('reacties')]);
          checked += 2;
        }
      expect(checked).toBe(28);
      // Two coders who agree everywhere: κ = 1 for every label with variation, α = 1.
      expect(knelpunten.agreement.doubleCoded).toBe(355);
      expect(
        knelpunten.agreement.themes.every((a: { kappa: { value: number } }) => a.kappa.value === 1),
      ).toBe(true);
      expect(reacties.agreement.alphaThemes.value).toBe(1);
      expect(reacties.finalSources).toEqual({ agreed: 616, resolved: 0, import: 0 });
      // The cross-tab the seed could not give: every cell at most the smaller of its two labels.
      const samen = KNOWLEDGE_THEMES.indexOf('samenwerking');
      const domein = CARE_SHIFT_FORMS.indexOf('domeinoverstijgend');
      expect(knelpunten.crossTab.cells[samen][domein]).toBeLessThanOrEqual(32);
      expect(knelpunten.coOccurrence.cells[samen][samen]).toBe(145);
    });

    it('exports the report as a zip of CSV files with their metadata', async () => {
      const response = await f.h.server.inject({
        method: 'GET',
        url: `${K}/report.zip?corpora=${ids.knelpunten},${ids.reacties}`,
        headers: { cookie: f.senior.cookie! },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/zip');
      const zip = await JSZip.loadAsync(response.rawPayload);
      expect(Object.keys(zip.files).sort()).toEqual([
        'LEESMIJ.txt',
        'aandelen.csv',
        'datapackage.json',
        'kruistabel.csv',
        'overeenstemming.csv',
      ]);
      const csv = await zip.file('aandelen.csv')!.async('string');
      expect(csv).toContain('"knelpunten","kennisthema","juridisch","Juridisch",64,355,18.03,"18%"');
      expect(csv).toContain('"reacties","kennisthema","juridisch","Juridisch",31,616,5.03,"5%"');
      const meta = JSON.parse(await zip.file('datapackage.json')!.async('string'));
      expect(meta.corpora.map((c: { denominators: { n: number } }) => c.denominators.n)).toEqual([355, 616]);
      expect(meta.method.denominator).toMatch(/meer dan 100%/);
      expect(meta.taxonomy.version).toBe(1);
      expect(meta.resources.map((r: { path: string }) => r.path)).toContain('kruistabel.csv');
    });

    it('refuses more than four corpora and unknown ones, and outsiders', async () => {
      expect((await f.h.call(f.senior, 'GET', `${K}/report?corpora=a,b,c,d,e`)).status).toBe(400);
      expect((await f.h.call(f.senior, 'GET', `${K}/report?corpora=onbekend`)).status).toBe(404);
      expect((await f.h.call(f.outsider, 'GET', `${K}/report?corpora=${ids.knelpunten}`)).status).toBe(403);
    });

    it.runIf(database.name === 'pglite')(
      'prints the report as PDF (headless Chromium)',
      async () => {
        const response = await f.h.server.inject({
          method: 'GET',
          url: `${K}/report.pdf?corpora=${ids.knelpunten},${ids.reacties}`,
          headers: { cookie: f.beheerder.cookie! },
        });
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toBe('application/pdf');
        expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
        expect(response.rawPayload.length).toBeGreaterThan(10_000);
      },
      60_000,
    );
  });
}
