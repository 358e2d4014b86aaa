// The kennisagenda journey in a real browser (Debian's Chromium, axe on every page): a beheerder imports a corpus
// (a bad file first: every problem named, nothing imported), two coders code blind to each other with the model's
// suggestions shown as suggestions only, a disagreement is resolved with a final code, the report is read (also at
// 390 px), and the public agenda is reached from a JZOJP theme of the national regiobeeld.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/access/actor.ts';
import { createAdmin } from '../../src/accounts/service.ts';
import { grant } from '../../src/kennisagenda/service/index.ts';
import {
  launchBrowser,
  type RunningApp,
  screenshot,
  seriousViolations,
  startApp,
  waitForProfile,
  watchErrors,
} from './support.ts';

const PASSWORD = 'kennisagenda-wachtwoord-1';
type Browser = Awaited<ReturnType<typeof launchBrowser>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

const csv = (rows: string[][]) =>
  Buffer.from(
    rows.map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')).join('\n'),
  );

describe('kennisagenda in the browser', () => {
  let app: RunningApp;
  let browser: Browser;

  const signIn = async (email: string, back: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.baseUrl}/inloggen?terug=${encodeURIComponent(back)}`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => url.pathname === back);
    return { context, page, errors };
  };
  const check = async (page: Page, errors: string[], name: string) => {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    const admin = await createAdmin(app.ctx.db, 'admin@example.nl', 'beheer-wachtwoord-1');
    const actor: Actor = { account: { id: admin.id, email: admin.email, platformAdmin: true }, ip: null };
    for (const [email, role] of [
      ['beheer@kennis.nl', 'beheerder'],
      ['codeur1@kennis.nl', 'codeur'],
      ['codeur2@kennis.nl', 'codeur'],
      ['senior@kennis.nl', 'senior'],
    ] as const)
      await grant(app.ctx, actor, { email, role, password: PASSWORD });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a beheerder imports a corpus; a bad file is refused naming its rows', async () => {
    const { page, errors, context } = await signIn('beheer@kennis.nl', '/kennisagenda/werk');
    await page.getByRole('heading', { name: 'Knelpunten coderen' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Knelpunten proef');
    await page.getByRole('button', { name: 'Corpus aanmaken' }).click();
    await page.getByRole('link', { name: 'Knelpunten proef' }).waitFor();
    await page.getByLabel('Bestand').setInputFiles({
      name: 'fout.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['tekst', 'themas'],
        ['De bekostiging remt samenwerking.', ''],
        ['de bekostiging remt samenwerking', ''],
        ['Iets.', 'privacy'],
      ]),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('Niets geïmporteerd: 2 fouten.').waitFor();
    await expect(page.getByText("rij 3, kolom 'tekst': dubbele uitspraak").isVisible()).resolves.toBe(true);
    await expect(
      page.getByText("rij 4, kolom 'themas': onbekend thema 'privacy'", { exact: false }).isVisible(),
    ).resolves.toBe(true);
    await check(page, errors, 'kennisagenda-import-refused');
    await page.getByLabel('Bestand').setInputFiles({
      name: 'knelpunten.csv',
      mimeType: 'text/csv',
      buffer: csv([
        ['nummer', 'tekst'],
        ['K1', 'De bekostiging is per wet geregeld en dat remt de samenwerking tussen domeinen.'],
        ['K2', 'Privacywetgeving en administratieve regels belemmeren de uitwisseling van gegevens.'],
        ['K3', 'Er is te weinig tijd en geld om innovaties te evalueren en te monitoren.'],
      ]),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('3 uitspraken geïmporteerd uit knelpunten.csv.').waitFor();
    await check(page, errors, 'kennisagenda-work');
    await context.close();
  }, 60_000);

  it('two coders code blind, with suggestions shown as suggestions only', async () => {
    const codes: Record<string, [string[], string[]]> = {
      'codeur1@kennis.nl': [
        ['Financiering en bekostiging', 'Samenwerkingvragen'],
        ['Juridisch', 'ICT/data uitwisseling'],
      ],
      'codeur2@kennis.nl': [['Financiering en bekostiging', 'Samenwerkingvragen'], ['Juridisch']],
    };
    for (const [email, [first, second]] of Object.entries(codes)) {
      const { page, errors, context } = await signIn(email, '/kennisagenda/werk');
      await page.getByRole('link', { name: 'Knelpunten proef' }).click();
      await page.getByRole('heading', { name: 'Corpus: Knelpunten proef' }).waitFor();
      const item1 = page.getByRole('article', { name: /Uitspraak 1/ });
      await item1.getByRole('button', { name: 'Toon suggesties' }).click();
      const suggestions = item1.locator('.jp-ka-suggestions li');
      await suggestions.first().waitFor();
      expect(await suggestions.count()).toBe(3);
      await expect(
        item1.getByText('Dit zijn suggesties, geen codes: u beslist zelf.').isVisible(),
      ).resolves.toBe(true);
      // No box is ticked by the suggestions.
      expect(await item1.locator('input[type=checkbox]:checked').count()).toBe(0);
      if (email === 'codeur1@kennis.nl') await check(page, errors, 'kennisagenda-coding');
      // The other coder's codes are not on the page before one's own.
      expect(await page.getByText(/Codeur 1 \(/).count()).toBe(0);
      for (const label of first) await item1.getByLabel(label, { exact: true }).check();
      await item1.getByRole('button', { name: 'Codering indienen' }).click();
      await page.getByText('Uw codering is ingediend.').waitFor();
      const item2 = page.getByRole('article', { name: /Uitspraak 2/ });
      for (const label of second) await item2.getByLabel(label, { exact: true }).check();
      await item2.getByRole('button', { name: 'Codering indienen' }).click();
      await page.getByRole('article', { name: /Uitspraak 2/ }).waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
      if (email === 'codeur2@kennis.nl') {
        // After coding, the disagreement on statement 2 is listed with both codings, and is resolved.
        await page.getByLabel('Toon').selectOption('disagreements');
        const disputed = page.getByRole('article', { name: /Uitspraak 2/ });
        await disputed.getByText('De twee coderingen verschillen').waitFor();
        await disputed
          .getByText(/Codeur 1 \(codeur1@kennis\.nl\): ICT\/data uitwisseling, Juridisch/)
          .waitFor();
        await check(page, errors, 'kennisagenda-disagreement');
        const form = disputed.getByRole('form', { name: /Eindcode vaststellen/ });
        await form.getByLabel('Juridisch', { exact: true }).check();
        await form.getByLabel('ICT/data uitwisseling', { exact: true }).check();
        await form
          .getByLabel('Toelichting (uitkomst van het gesprek)')
          .fill('Gaat ook over gegevensuitwisseling.');
        await form.getByRole('button', { name: 'Eindcode vaststellen' }).click();
        await page.getByText('Eindcode vastgesteld.').waitFor();
        await page.getByLabel('Toon').selectOption('all');
        await page
          .getByRole('article', { name: /Uitspraak 2/ })
          .getByText(/Eindcode: ICT\/data uitwisseling, Juridisch/)
          .waitFor();
      }
      await context.close();
    }
  }, 120_000);

  it('a senior draws a seeded sample and reviews a statement', async () => {
    const { page, errors, context } = await signIn('senior@kennis.nl', '/kennisagenda/werk');
    await page.getByRole('link', { name: 'Knelpunten proef' }).click();
    await page.getByRole('heading', { name: 'Steekproef van de senior' }).waitFor();
    await page.getByLabel('Aantal uitspraken').fill('2');
    await page.getByLabel('Seed').fill('7');
    await page.getByRole('button', { name: 'Trek steekproef' }).click();
    await page.getByText('Steekproef getrokken: 2 uitspraken (seed 7).').waitFor();
    await page.getByLabel('Toon').selectOption('sample');
    const sampled = page.getByRole('article').first();
    await sampled.getByRole('button', { name: 'Akkoord met eindcode' }).click();
    await page.getByText('Gecontroleerd: akkoord.').first().waitFor();
    await check(page, errors, 'kennisagenda-sample');
    await context.close();
  }, 60_000);

  it('the report shows the shares with N, the agreement, and fits a 390 px screen', async () => {
    const { page, errors, context } = await signIn('beheer@kennis.nl', '/kennisagenda/werk');
    // The beheerder links a coded statement to a rode draad of its theme: it then supports that thread.
    await page.getByRole('link', { name: 'Knelpunten proef' }).click();
    await page.getByLabel('Toon').selectOption('all');
    const item1 = page.getByRole('article', { name: /Uitspraak 1/ });
    await item1.getByText('Koppel aan een rode draad').first().click();
    await item1.getByRole('button', { name: 'Koppel aan een rode draad' }).click();
    await page.getByText('Gekoppeld aan de rode draad.').waitFor();
    await page
      .getByRole('article', { name: /Uitspraak 1/ })
      .getByText(/Ondersteunt de rode draden/)
      .waitFor();
    await page.getByRole('link', { name: 'Terug naar het codeerwerk' }).click();
    await page.getByLabel('Knelpunten proef').check();
    await page.getByRole('link', { name: 'Rapport bekijken' }).click();
    await page.waitForSelector('[data-report-ready]');
    const themes = page.getByRole('table', { name: /Kennisthema’s: percentage uitspraken per corpus/ });
    await expect(
      themes.getByRole('columnheader', { name: '% Knelpunten proef (N=2)' }).isVisible(),
    ).resolves.toBe(true);
    const row = themes.getByRole('row', { name: /Financiering en bekostiging/ });
    await expect(row.textContent()).resolves.toMatch(/50%\s*\(1\)/);
    await page.getByRole('table', { name: /Overeenstemming van de twee codeurs/ }).waitFor();
    await page.getByText('Steekproef senior (seed 7): 2 uitspraken, 1 gecontroleerd, 1 akkoord.').waitFor();
    await check(page, errors, 'kennisagenda-report');
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The beheerder gives a form of moving care the description the source lacks: a new taxonomy version.
    await page.goto(`${app.baseUrl}/kennisagenda/taxonomie`);
    await page.getByRole('heading', { name: 'Taxonomie van de kennisagenda' }).waitFor();
    const form = page.getByRole('group', { name: /Zorg naar huis/ });
    await form
      .getByLabel('Beschrijving')
      .fill('Zorg en ondersteuning thuis in plaats van in een instelling.');
    await page.getByLabel('Wat is er veranderd?').fill('Beschrijving zorg naar huis');
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText('Opgeslagen als versie 2.').waitFor();
    await page.getByText(/Versie 2, .*beheer@kennis\.nl: Beschrijving zorg naar huis/).waitFor();
    await check(page, errors, 'kennisagenda-taxonomy');
    // The beheerder links a knowledge question to a recommendation; the gaps follow.
    await page.goto(`${app.baseUrl}/kennisagenda`);
    const theme = page.locator('#thema-effectvraagstukken');
    await theme.getByText('Koppelen aan aanbevelingen').first().click();
    await theme.getByLabel('2A', { exact: true }).first().check();
    await theme.getByRole('button', { name: 'Koppeling opslaan' }).first().click();
    await page.getByText('Koppeling opgeslagen.').waitFor();
    await page.getByText('14 kennisvragen zijn nog aan geen enkele aanbeveling gekoppeld.').waitFor();
    await check(page, errors, 'kennisagenda-agenda-manage');
    await context.close();
  }, 60_000);

  it('the public agenda is linked from a JZOJP theme of the national regiobeeld', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.baseUrl}/regio/NL01`);
    await waitForProfile(page);
    const link = page.locator('.jp-ka-profile-link a').first();
    await link.click();
    await page.waitForURL((url) => url.pathname === '/kennisagenda' && url.hash.startsWith('#thema-'));
    await page.getByRole('heading', { name: 'Kennisagenda Juiste Zorg op de Juiste Plek' }).waitFor();
    await page.getByRole('heading', { name: 'De vier aanbevelingen' }).waitFor();
    // The thread the beheerder linked a statement to now shows its support.
    await page.getByText('1 uitspraak', { exact: true }).first().waitFor();
    await check(page, errors, 'kennisagenda-public');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await page.goto(`${app.baseUrl}/kennisagenda?lang=en`);
    await page.getByRole('heading', { name: 'Knowledge agenda Right Care in the Right Place' }).waitFor();
    await context.close();
  }, 90_000);
});
