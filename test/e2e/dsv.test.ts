// Samenwerkingsverbanden in the browser, end to end: a programme manager registers a collaboration of two
// organisations and sees the definition check fail (saved as a concept), adds a third in another domain and sees it
// pass; the platform administrator opens a round; the programme manager fills in and submits the questionnaire; the
// administrator closes and publishes the round; anyone reads the national overview; the collaboration does a phase
// self-assessment twice and sees the step back in its history. axe on every page, no horizontal scroll at 390 px.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '../../src/accounts/service.ts';
import {
  callApi,
  checkPage,
  closeAll,
  launchBrowser,
  newPage,
  type RunningApp,
  startApp,
} from './support.ts';

const PASSWORD = 'een-goed-wachtwoord';
const ADMIN = { email: 'admin@example.nl', password: 'beheer-wachtwoord-1' };
const YEAR = 2025;

describe('samenwerkingsverbanden in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let ws: string;
  let pm: { context: BrowserContext; page: Page; errors: string[] };
  let admin: { context: BrowserContext; page: Page; errors: string[] };
  let collaborationPath: string;
  let pmApi: (
    method: string,
    url: string,
    body?: unknown,
  ) => Promise<{ status: number; body: Record<string, unknown> & { id: string } }>;

  const inject = (cookie: string | null, csrf: string | null, method: string, url: string, body?: unknown) =>
    callApi(app, cookie, method, url, body, csrf);
  const apiLogin = async (email: string, password: string) => {
    const r = await inject(null, null, 'POST', '/api/auth/login', { email, password });
    const cookie = String(r.headers['set-cookie']).split(';')[0]!;
    return (method: string, url: string, body?: unknown) =>
      inject(cookie, r.body.csrfToken, method, url, body);
  };
  const signIn = async (who: { page: Page }, email: string, password: string, back: string) => {
    await who.page.goto(`${app.baseUrl}/inloggen?terug=${encodeURIComponent(back)}`);
    await who.page.getByLabel('E-mailadres').fill(email);
    await who.page.getByLabel('Wachtwoord').fill(password);
    await who.page.getByRole('button', { name: 'Inloggen' }).click();
    await who.page.waitForURL((url) => url.pathname === back);
  };
  const noHorizontalScroll = async (path: string) => {
    const narrow = await newPage(browser, 390);
    await narrow.page.goto(`${app.baseUrl}${path}`);
    await narrow.page.locator('main h1').waitFor();
    await narrow.page.waitForLoadState('networkidle');
    const width = await narrow.page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) {
      const wide = await narrow.page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > 390)
          .slice(0, 12)
          .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`),
      );
      console.error(path, wide);
    }
    await narrow.context.close();
    expect(width).toBeLessThanOrEqual(390);
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    await createAdmin(app.ctx.db, ADMIN.email, ADMIN.password);
    const asAdmin = await apiLogin(ADMIN.email, ADMIN.password);
    ws = (
      await asAdmin('POST', '/api/workspaces', {
        name: 'Zorgnetwerk Test',
        kind: 'dsv',
        region: { code: 'ZK04' },
      })
    ).body.id;
    const invitation = await asAdmin('POST', `/api/workspaces/${ws}/invitations`, {
      email: 'programma@example.nl',
      role: 'beheerder',
    });
    await inject(null, null, 'POST', `/api/invitations/${invitation.body.token}/accept`, {
      password: PASSWORD,
    });
    pmApi = await apiLogin('programma@example.nl', PASSWORD);
    pm = await newPage(browser);
    admin = await newPage(browser);
  }, 120_000);
  afterAll(() => closeAll(browser, app));

  it('registers a collaboration: the definition check fails with two organisations, then passes', async () => {
    await signIn(pm, 'programma@example.nl', PASSWORD, '/samenwerkingsverbanden');
    const { page, errors } = pm;
    await page.getByRole('heading', { name: 'Lijst van samenwerkingsverbanden' }).waitFor();
    await checkPage(page, errors, 'dsv-register');
    await page.getByRole('link', { name: 'Samenwerkingsverband registreren' }).click();
    await page.getByRole('heading', { name: 'Samenwerkingsverband registreren', level: 1 }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Samen Gezond Testregio');
    await page.getByLabel('Regiocode').fill('ZK04');
    await page.getByLabel('Startjaar').fill('2018');
    const partner = (i: number) => page.locator(`[data-partner="${i}"]`);
    await partner(0).getByLabel('Naam organisatie').fill('Gemeente Testdorp');
    await partner(0).getByLabel('Wmo').check();
    await partner(0).getByLabel('Betaler (financiert zorg of ondersteuning)').check();
    await partner(1).getByLabel('Naam organisatie').fill('Welzijn Testdorp');
    await partner(1).getByLabel('Soort organisatie').selectOption('welzijn');
    await partner(1).getByLabel('Wmo').check();
    await page.locator('[data-check="fail"] [data-reason="too-few-organisations"]').waitFor();
    await checkPage(page, errors, 'dsv-form-fail');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    // the form's own address (/samenwerkingsverband/nieuw) matches the pattern too: wait for the saved one
    await page.waitForURL(
      (url) => /^\/samenwerkingsverband\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/nieuw'),
    );
    collaborationPath = new URL(page.url()).pathname;
    await page.getByText('Opgeslagen als concept').waitFor();
    expect(await page.locator('[data-check="fail"] [data-reason]').allTextContents()).toEqual([
      'Reden: Er doen 2 organisaties mee; een DSV heeft er minstens 3.',
      'Reden: Alleen actief in één domein: Sociaal domein (Wmo, Jeugdwet, Wpg); een DSV is actief in minstens twee van de drie domeinen.',
    ]);
    await checkPage(page, errors, 'dsv-collaboration-concept');

    await page.getByRole('link', { name: 'Bewerken' }).click();
    await partner(2).getByLabel('Naam organisatie').fill('Huisartsen Testregio');
    await partner(2).getByLabel('Soort organisatie').selectOption('huisartsenorganisatie');
    await partner(2).getByLabel('Zvw').check();
    await page.locator('[data-check="pass"]').waitFor();
    await page.getByLabel('Werkruimte').selectOption(ws);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen.', { exact: true }).waitFor();
    await page.locator('[data-check="pass"]').waitFor();
    expect(await page.locator('.jp-lead').textContent()).toMatch(/Geregistreerd/);
    await page.locator('[data-regiobeeld-summary]').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Het regioplan van de werkruimte: Zorgnetwerk Test' }).waitFor();
    await checkPage(page, errors, 'dsv-collaboration');
  });

  it('opens a round, fills in and submits the questionnaire', async () => {
    await signIn(admin, ADMIN.email, ADMIN.password, '/samenwerkingsverbanden');
    await admin.page.getByLabel('Jaar').fill(String(YEAR));
    await admin.page.getByRole('button', { name: 'Ronde openen' }).click();
    await admin.page.getByText(`Ronde ${YEAR} is geopend.`).waitFor();
    await checkPage(admin.page, admin.errors, 'dsv-rounds-admin');

    const { page, errors } = pm;
    await page.goto(`${app.baseUrl}${collaborationPath}`);
    await page.getByRole('link', { name: `Vragenlijst ${YEAR} invullen` }).click();
    await page.locator('[data-item="effectiviteit-kwaliteit"]').waitFor();
    const item = (id: string) => page.locator(`[data-item="${id}"]`);
    await item('effectiviteit-kwaliteit').getByLabel('5 Extreem effectief').check();
    await item('effectiviteit-ses').getByLabel('Niet van toepassing').check();
    await item('vertrouwen-welwillendheid').getByLabel('7 Volledig eens').check();
    await item('vertrouwen-competentie').getByLabel('6 Eens').check();
    await item('vertrouwen-eerlijkheid').getByLabel('6 Eens').check();
    await item('participatie-vormen').getByLabel('Co-creatie: mede vormgeven van activiteiten').check();
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('Opgeslagen als concept.').waitFor();
    // submitting without the required learning-plan question is refused with its name
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page.getByText(/Nog niet beantwoord \(verplicht om in te dienen\): answers\.leerplan/).waitFor();
    await item('leerplan').getByLabel('Ja', { exact: true }).check();
    await page.getByRole('button', { name: 'Indienen' }).click();
    await page.getByText('Ingediend. U kunt de antwoorden wijzigen tot de ronde sluit.').waitFor();
    expect(await page.locator('[data-response-status]').getAttribute('data-response-status')).toBe(
      'submitted',
    );
    await checkPage(page, errors, 'dsv-questionnaire');
  });

  it('publishes the round and shows the national overview with item-level n', async () => {
    // four more collaborations of the workspace answer through the API: quality 4, 3, 2 and n.v.t.
    const trust = [
      [6, 6, 6],
      [7, 6, 5],
      [4, 4, 4],
      [6, 7, 7],
    ];
    for (const [i, quality] of [4, 3, 2, { notApplicable: true }].entries()) {
      const c = await pmApi('POST', '/api/dsv/collaborations', {
        name: `Netwerk ${i + 1}`,
        area: { regionCode: 'ZK04' },
        startYear: 2016 + i,
        governance: 'gezamenlijk',
        partners: ['Wmo', 'Zvw', 'Wlz'].map((law, j) => ({
          name: `Partner ${i}-${j}`,
          type: 'other',
          laws: [law],
        })),
        workspaceId: ws,
      });
      const s = await pmApi('PUT', `/api/dsv/collaborations/${c.body.id}/responses/${YEAR}`, {
        answers: {
          leerplan: i % 2 === 0 ? 'ja' : 'nee',
          'effectiviteit-kwaliteit': quality,
          'vertrouwen-welwillendheid': trust[i]![0],
          'vertrouwen-competentie': trust[i]![1],
          'vertrouwen-eerlijkheid': trust[i]![2],
        },
        version: 0,
        submit: true,
      });
      expect(s.status).toBe(200);
    }
    const { page, errors } = admin;
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Ronde ${YEAR} sluiten` }).click();
    await page.getByText(`Ronde ${YEAR} is gesloten.`).waitFor();
    await page.getByRole('button', { name: `Ronde ${YEAR} publiceren` }).click();
    await page.getByText(`Ronde ${YEAR} is gepubliceerd.`).waitFor();

    const reader = await newPage(browser);
    await reader.page.goto(`${app.baseUrl}/samenwerkingsverbanden`);
    await reader.page.getByRole('link', { name: `Landelijk overzicht ${YEAR}` }).click();
    await reader.page
      .getByRole('heading', { name: `Landelijk overzicht samenwerkingsverbanden ${YEAR}` })
      .waitFor();
    await reader.page.getByText('Gebaseerd op 5 ingediende vragenlijsten.', { exact: false }).waitFor();
    const quality = reader.page.locator('[data-overview-section="effectiviteit"] tr', {
      hasText: 'Kwaliteit van zorg en ondersteuning',
    });
    // 5, 4, 3, 2 and one n.v.t.: n = 4 < 5, suppressed with the reason
    expect(await quality.locator('td').first().textContent()).toBe('4');
    await quality.locator('[data-suppressed]').waitFor();
    const learning = reader.page.locator('table', {
      hasText: 'Is er een plan voor hoe de deelnemende partijen kunnen leren',
    });
    expect(await learning.locator('tr', { hasText: 'Ja' }).locator('td').last().textContent()).toBe(
      '60,0 % (n = 5)',
    );
    // trust: every statement 6 or 7 for the programme manager's, Netwerk 1 and Netwerk 4 → 3 of 5
    expect(await reader.page.locator('[data-all-at-least="vertrouwen"]').textContent()).toBe(
      'Alle stellingen 6 of hoger, geen enkele leeg: 3 van 5 (60,0 % (n = 5)).',
    );
    await reader.page.locator('[data-overview-section="vertrouwen"] [data-battery-chart]').waitFor();
    await checkPage(reader.page, reader.errors, 'dsv-overview');
    const download = reader.page.waitForEvent('download');
    await reader.page.getByRole('button', { name: 'Download overzicht (CSV + metadata)' }).click();
    expect((await download).suggestedFilename()).toBe(`dsv-overzicht-${YEAR}.zip`);
    // English second: the same overview with ?lang=en
    await reader.page.goto(`${app.baseUrl}/samenwerkingsverbanden/overzicht/${YEAR}?lang=en`);
    await reader.page.getByRole('heading', { name: `National overview of collaborations ${YEAR}` }).waitFor();
    await reader.page.getByText('Based on 5 submitted questionnaires.', { exact: false }).waitFor();
    await reader.context.close();
    expect(errors).toEqual([]);
    await noHorizontalScroll(`/samenwerkingsverbanden/overzicht/${YEAR}`);
  });

  it('shows the collaboration its own answers next to the national distribution', async () => {
    const { page, errors } = pm;
    await page.goto(`${app.baseUrl}${collaborationPath}`);
    await page.getByRole('link', { name: `Uw antwoorden naast het landelijk beeld (${YEAR})` }).click();
    await page.getByRole('heading', { name: 'Uw antwoorden naast het landelijk beeld' }).waitFor();
    // its trust answers 7, 6, 6: mean 6.33, category 6
    expect(await page.locator('[data-own-battery="vertrouwen"]').textContent()).toBe(
      'Uw gemiddelde (afgerond): 6 (6,33)',
    );
    const quality = page.locator('[data-overview-section="effectiviteit"] tr', {
      hasText: 'Kwaliteit van zorg en ondersteuning',
    });
    expect(await quality.locator('td').first().textContent()).toBe('5');
    await checkPage(page, errors, 'dsv-benchmark');
  });

  it('does a phase self-assessment twice and shows the step back in the history', async () => {
    const { page, errors } = pm;
    await page.goto(`${app.baseUrl}${collaborationPath}`);
    const section = page.locator('[data-phase-section]');
    const assess = async (phase: string, scores: Record<string, string>) => {
      await section.getByRole('button', { name: 'Nieuwe zelfevaluatie beginnen' }).click();
      const form = section.locator('[data-contribution-form]');
      await form.waitFor();
      await form.getByLabel(phase).check();
      for (const [principle, score] of Object.entries(scores))
        await form.locator(`[data-principle="${principle}"]`).getByLabel(score).check();
      await form.getByRole('button', { name: 'Mijn inschatting opslaan' }).click();
      await section.getByText('Uw inschatting is opgeslagen.').waitFor();
    };
    await assess('3 – Samenwerking verbreden', { draagvlak: '4 Goed', burgerperspectief: '2 Beperkt' });
    await section.getByText('Fase: 3 – Samenwerking verbreden (iedereen eens).').waitFor();
    await assess('2 – Samenwerking verdiepen', { draagvlak: '3 Op weg', vertrouwen: '2 Beperkt' });
    await section.locator('[data-movement="terug"]').waitFor();
    expect(await section.locator('[data-movement]').allTextContents()).toEqual([
      'eerste meting',
      'stap terug',
    ]);
    await page
      .locator('[data-slot="kennisbank-suggestions"][data-phase="2"][data-principle="vertrouwen"]')
      .waitFor();
    // the kennisbank fills the slot: items for phase 2 and the weakest principle, with why they fit
    const slot = page.locator('[data-slot="kennisbank-suggestions"]');
    await slot.locator('.jp-kb-card').first().waitFor();
    expect(await slot.getByText('gaat over het zwakste principe').count()).toBeGreaterThan(0);
    await checkPage(page, errors, 'dsv-phase');
    await noHorizontalScroll(collaborationPath);
  });
});
