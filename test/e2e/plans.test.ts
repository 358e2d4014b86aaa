// The regioplan in the browser, end to end: a beheerder accepts the invitation and opens a round, three partners
// sign in and score, the beheerder closes the round and fixes the kernopgaven, adds a goal on an indicator (the
// baseline is filled in from the region's data) and an action; a new period of data arrives the way an import writes
// it and the goal's status changes by itself; the plan prints as PDF, is published, and residents answer a
// datadialoog. axe on every page (no serious or critical violations), screenshots in test/artifacts/.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/plans/plainLanguage.ts';
import { importPeriod } from '../integration/plans/setup.ts';
import {
  type ApiCall,
  callApi,
  checkPage,
  closeAll,
  launchBrowser,
  newPage,
  type RunningApp,
  seriousViolations,
  signInAdmin,
  startApp,
  waitForProfile,
} from './support.ts';

const PASSWORD = 'een-goed-wachtwoord';
const INDICATOR = 'covid-ziekenhuisopnames';

describe('regioplan in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let ws: string;
  let gemeenten: string[];
  let organisations: { id: string; name: string }[];
  let beheerderToken: string;
  let beheerder: { context: BrowserContext; page: Page; errors: string[] };
  let roundUrl: string;
  let goalId: string;

  /** API calls for the set-up that has no page of its own yet (organisations, linking members to them). */
  const api = (...call: ApiCall) => callApi(app, ...call);

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    const { cookie, csrf } = await signInAdmin(app);
    const platform = (method: string, url: string, body?: unknown) => api(cookie, method, url, body, csrf);
    ws = (
      await platform('POST', '/api/workspaces', {
        name: 'IZA-regio Test',
        kind: 'iza-regio',
        region: { code: 'ZK04' },
      })
    ).body.id;
    const admin = platform;
    gemeenten = (await api(null, 'GET', '/api/regions/ZK04')).body.gemeenten.map(
      (g: { code: string }) => g.code,
    );
    organisations = [];
    for (const [name, type, laws] of [
      ['Gemeente Testdorp', 'gemeente', ['Wmo']],
      ['GGD Testregio', 'ggd', ['Wpg']],
      ['Zorgverzekeraar Test', 'zorgverzekeraar', ['Zvw']],
    ])
      organisations.push(
        (await admin('POST', `/api/workspaces/${ws}/organisations`, { name, type, laws })).body,
      );
    // The administrator only starts a workspace (issue 18): it invites a first beheerder, who sets up the rest.
    const first = await api(
      null,
      'POST',
      `/api/invitations/${
        (
          await admin('POST', `/api/workspaces/${ws}/invitations`, {
            email: 'opzet@example.nl',
            role: 'beheerder',
          })
        ).body.token
      }/accept`,
      { password: PASSWORD },
    );
    const setupCookie = String(first.headers['set-cookie']).split(';')[0]!;
    const setup = (method: string, url: string, body?: unknown) =>
      api(setupCookie, method, url, body, first.body.csrfToken as string);
    beheerderToken = (
      await setup('POST', `/api/workspaces/${ws}/invitations`, {
        email: 'beheerder@example.nl',
        role: 'beheerder',
      })
    ).body.token;
    for (const [i, organisation] of organisations.entries()) {
      const token = (
        await setup('POST', `/api/workspaces/${ws}/invitations`, {
          email: `partner${i + 1}@example.nl`,
          role: 'partner',
        })
      ).body.token;
      const accepted = await api(null, 'POST', `/api/invitations/${token}/accept`, { password: PASSWORD });
      await setup('PUT', `/api/workspaces/${ws}/members/${accepted.body.account.id}`, {
        role: 'partner',
        organisationId: organisation.id,
      });
    }
  });
  afterAll(() => closeAll(browser, app));

  it('lets the beheerder accept the invitation and open a round with candidate themes', async () => {
    beheerder = await newPage(browser);
    const { page, errors } = beheerder;
    await page.goto(`${app.baseUrl}/uitnodiging/${beheerderToken}`);
    await page.getByText('IZA-regio Test').waitFor();
    await checkPage(page, errors, 'plan-invitation');
    await page.getByLabel('Nieuw wachtwoord').fill(PASSWORD);
    await page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await page.waitForURL(new RegExp(`/werkruimte/${ws}/plan$`));
    await page.getByRole('heading', { level: 1, name: 'Regioplan IZA-regio Test' }).waitFor();
    await page.getByText('Er is nog geen ronde.').waitFor();
    await checkPage(page, errors, 'plan-empty');

    await page.locator('summary', { hasText: 'Een ronde openen' }).click();
    await page.getByLabel('Naam van de ronde').fill('Ronde 1: wat pakken we samen aan?');
    for (const theme of ['participatie', 'vermijdbare-opnamen-en-behandelingen', 'gezond-gewicht'])
      await page.locator(`input[name="jzojp"][value="${theme}"]`).check();
    await page.locator('input[name="iza"][value="ouderen"]').check();
    await page.getByLabel('Eigen thema’s (één per regel)').fill('Wonen en zorg');
    await checkPage(page, errors, 'plan-open-round');
    await page.getByRole('button', { name: 'Ronde openen' }).click();
    await page.waitForURL(/\/plan\/ronde\//);
    roundUrl = new URL(page.url()).pathname;
    await page.getByText('0 van de 3 organisaties hebben ingevuld').waitFor();
    // The beheerder may enter scores on behalf of an organisation (e.g. from a meeting).
    await page.getByLabel('Namens organisatie').waitFor();
    expect(await page.locator('fieldset[data-candidate]').count()).toBe(5);
  });

  it('lets three partners sign in and score', async () => {
    const scores: Record<string, [number, number, number]>[] = [
      {
        'jzojp:participatie': [5, 5, 4],
        'jzojp:vermijdbare-opnamen-en-behandelingen': [5, 4, 4],
        'iza:ouderen': [3, 3, 3],
      },
      {
        'jzojp:participatie': [4, 4, 4],
        'jzojp:vermijdbare-opnamen-en-behandelingen': [5, 5, 3],
        'iza:ouderen': [4, 4, 4],
      },
      {
        'jzojp:participatie': [3, 4, 2],
        'jzojp:vermijdbare-opnamen-en-behandelingen': [4, 4, 4],
        'iza:ouderen': [5, 5, 5],
      },
    ];
    for (const [i, set] of scores.entries()) {
      const { context, page, errors } = await newPage(browser);
      await page.goto(`${app.baseUrl}/inloggen?terug=${encodeURIComponent(roundUrl)}`);
      if (i === 0) await checkPage(page, errors, 'plan-login');
      await page.getByLabel('E-mailadres').fill(`partner${i + 1}@example.nl`);
      await page.getByLabel('Wachtwoord').fill(PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL((url) => url.pathname === roundUrl);
      await page.getByRole('heading', { name: 'Uw scores' }).waitFor();
      // Scores start empty: a form with a missing score is refused, the missing fields marked.
      if (i === 0) {
        await page.getByRole('button', { name: 'Scores opslaan' }).click();
        await page.getByText('Er ontbreken nog 15 scores.').waitFor();
        expect(await page.locator('select[aria-invalid="true"]').count()).toBe(15);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
      }
      // The themes this partner has no opinion on get the middle score.
      for (const candidate of await page
        .locator('fieldset[data-candidate]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-candidate')!)))
        set[candidate] ??= [3, 3, 3];
      for (const [candidate, [u, im, f]] of Object.entries(set)) {
        const fieldset = page.locator(`fieldset[data-candidate="${candidate}"]`);
        await fieldset.getByLabel('Urgentie').selectOption(String(u));
        await fieldset.getByLabel('Impact').selectOption(String(im));
        await fieldset.getByLabel('Haalbaarheid').selectOption(String(f));
      }
      if (i === 0) await checkPage(page, errors, 'plan-round-partner');
      await page.getByRole('button', { name: 'Scores opslaan' }).click();
      await page.getByText('Uw scores zijn opgeslagen.').waitFor();
      // The result stays hidden from partners while the round is open.
      expect(await page.getByRole('heading', { name: 'Uitkomst' }).count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('lets the beheerder see the result with its spread, close the round and fix the kernopgaven', async () => {
    const { page, errors } = beheerder;
    await page.goto(`${app.baseUrl}${roundUrl}`);
    await page.getByText('3 van de 3 organisaties hebben ingevuld').waitFor();
    const table = page.locator('table', { hasText: 'Rangorde van' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(5);
    await expect(table.locator('thead').textContent()).resolves.toMatch(/Spreiding \(IKA\)/);
    // Closing asks first and says what follows.
    await page.getByRole('button', { name: 'Ronde sluiten' }).click();
    await page.getByText('Daarna kan niemand meer scores invullen of wijzigen.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ja, sluit de ronde' }).click();
    await page.getByText('De ronde is gesloten.').waitFor();
    await page.getByRole('heading', { name: 'Kernopgaven vastleggen' }).waitFor();
    await checkPage(page, errors, 'plan-round-closed');
    await page.getByRole('button', { name: 'Kernopgaven vastleggen' }).click();
    await page.getByText('U legt 3 kernopgaven vast in deze volgorde.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ja, leg vast' }).click();
    await page.waitForURL(new RegExp(`/werkruimte/${ws}/plan`));
    await page.getByRole('heading', { name: /^Kernopgave 1: / }).waitFor();
    expect(await page.locator('section.jp-kernopgave').count()).toBe(3);
  });

  it('adds a goal on an indicator with its baseline filled in from the data, and an action', async () => {
    const { page, errors } = beheerder;
    const section = page.locator('section.jp-kernopgave').first();
    await section.locator('summary', { hasText: 'Een doel toevoegen' }).click();
    await section.getByLabel('Omschrijving van het doel').fill('Minder ziekenhuisopnames door COVID-19');
    await section.getByLabel('Indicator', { exact: true }).selectOption(INDICATOR);
    await section.getByLabel('Streefwaarde').fill('60');
    await section.getByLabel('Streefdatum').fill('2030-12-31');
    await section.getByLabel('Eigenaar').selectOption({ label: 'GGD Testregio' });
    await checkPage(page, errors, 'plan-goal-form');
    await section.getByRole('button', { name: 'Doel opslaan' }).click();
    await page.getByText('Het doel is toegevoegd').waitFor();
    const goal = section.locator('li.jp-goal').first();
    goalId = (await goal.getAttribute('data-goal-id'))!;
    const series = (
      await app.server.inject({ method: 'GET', url: `/api/indicators/${INDICATOR}/series?region=ZK04` })
    ).json() as { points: { period: string; value: number }[] };
    const value = series.points.find((p) => p.period === '2023')!.value;
    await expect(goal.locator('[data-field="baseline"]').textContent()).resolves.toContain(
      `${formatNumber(value, 1, 'nl')} per 100.000 inwoners (2023)`,
    );
    await expect(goal.locator('.jp-status').textContent()).resolves.toBe('Nog geen nieuwe gegevens');

    await section.locator('summary', { hasText: 'Een actie toevoegen' }).click();
    const form = section.locator('details', { hasText: 'Een actie toevoegen' });
    await form.getByLabel('Naam van de actie').fill('Thuismonitoring na ontslag');
    await form.getByLabel('Verplaatsen').check();
    await form.getByLabel('Zorg naar huis').check();
    await form.getByLabel('GGD Testregio').check();
    await form.getByLabel('Bekostiging', { exact: true }).selectOption('meerjarig-contract');
    await form.getByLabel('Mijlpaal 1').fill('Pilot in twee gemeenten');
    await form.getByLabel('Datum').fill('2026-06-30');
    await form.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.getByText('De actie is toegevoegd.').waitFor();
    const action = section.locator('li.jp-goal', { hasText: 'Thuismonitoring na ontslag' });
    await expect(action.locator('.jp-tag').textContent()).resolves.toBe('Verplaatsen');
    await expect(action.textContent()).resolves.toMatch(/Meerjarig contract/);
    await checkPage(page, errors, 'plan-with-goal');
  });

  it('changes the goal’s status by itself when a new period of data arrives', async () => {
    const { page, errors } = beheerder;
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan/doel/${goalId}`);
    await page.locator('.jp-status', { hasText: 'Nog geen nieuwe gegevens' }).waitFor();
    await checkPage(page, errors, 'plan-goal-before');
    // A new year arrives: written with its snapshot as an import writes it; the engine is rebuilt on demand.
    await importPeriod(app.ctx, { indicator: INDICATOR, period: '2025', gemeenten, rate: 80 });
    await page.reload();
    await page.locator('.jp-status', { hasText: 'Op koers' }).waitFor();
    await expect(page.getByTestId('goal-sentences').textContent()).resolves.toMatch(
      /De laatste meting \(2025\) is 80,0/,
    );
    expect(
      await page
        .locator('table', { hasText: 'Metingen bij' })
        .locator('tbody tr', { hasText: '2025' })
        .count(),
    ).toBe(1);
    await checkPage(page, errors, 'plan-goal-after');
  });

  it('prints the plan as PDF, publishes it, and shows it in plain language', async () => {
    const { page, errors } = beheerder;
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Plan afdrukken (PDF)' }).click(),
    ]);
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.getByRole('button', { name: 'Plan openbaar maken' }).click();
    await page.getByRole('button', { name: 'Ja, maak het plan openbaar' }).click();
    await page.getByText('Het plan is nu openbaar.').waitFor();
    expect(errors).toEqual([]);

    const visitor = await newPage(browser);
    await visitor.page.goto(`${app.baseUrl}/regioplan/${ws}`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Regioplan IZA-regio Test' }).waitFor();
    await visitor.page.locator('.jp-status', { hasText: 'Op koers' }).waitFor();
    await expect(visitor.page.locator('main').textContent()).resolves.toMatch(
      /Het doel is 60,0 per 100.000 inwoners/,
    );
    await checkPage(visitor.page, visitor.errors, 'plan-public');
    await visitor.context.close();
  });

  it('writes duiding on the plan page and shows it next to the figure in the regiobeeld', async () => {
    const { page, errors } = beheerder;
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan#duiding`);
    const section = page.locator('section#duiding');
    await section.getByLabel('Indicator').selectOption(INDICATOR);
    await section
      .getByLabel('Duiding', { exact: true })
      .fill('De opnames dalen sinds 2022, sneller dan landelijk.');
    // A new text is private until its author publishes it.
    await section.getByRole('button', { name: 'Opslaan (niet openbaar)' }).click();
    await page.getByText('De duiding is opgeslagen. Ze is nog niet openbaar.').waitFor();
    const publicTexts = async () =>
      (
        await app.server.inject({ method: 'GET', url: `/api/duiding?region=ZK04&indicator=${INDICATOR}` })
      ).json().texts as unknown[];
    expect(await publicTexts()).toEqual([]);
    await section.getByRole('button', { name: 'Openbaar maken', exact: true }).click();
    await section.getByRole('button', { name: 'Ja, maak openbaar' }).click();
    await page.getByText('De duiding is openbaar.').waitFor();
    expect(await publicTexts()).toHaveLength(1);
    expect(errors).toEqual([]);
    const visitor = await newPage(browser);
    await visitor.page.goto(`${app.baseUrl}/regio/ZK04`);
    await waitForProfile(visitor.page);
    const duiding = visitor.page
      .locator(`#ind-${INDICATOR}-totaal`)
      .locator('xpath=ancestor::article')
      .locator('.jp-duiding');
    await duiding.waitFor();
    await expect(duiding.textContent()).resolves.toMatch(/sneller dan landelijk.*IZA-regio Test/);
    expect(await visitor.page.locator('.jp-duiding').count()).toBe(1);
    expect(await seriousViolations(visitor.page)).toEqual([]);
    expect(visitor.errors).toEqual([]);
    await visitor.context.close();
  });

  it('runs a datadialoog: residents answer through a public link without an account', async () => {
    const { page, errors } = beheerder;
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan`);
    await page.locator('summary', { hasText: 'Een ronde openen' }).click();
    await page.getByLabel('Naam van de ronde').fill('Wat vindt u belangrijk?');
    await page.getByLabel('datadialoog met inwoners').check();
    await page.getByLabel('Uitkomst tonen naast de partnerronde').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Ronde openen' }).click();
    await page.waitForURL(/\/plan\/ronde\//);
    const link = await page.locator('a', { hasText: '/datadialoog/' }).getAttribute('href');
    expect(link).toMatch(/^\/datadialoog\/[A-Za-z0-9_-]{43}$/);
    expect(errors).toEqual([]);

    const resident = await newPage(browser);
    await resident.page.goto(`${app.baseUrl}${link}`);
    await resident.page.getByRole('heading', { level: 1, name: 'Wat vindt u belangrijk?' }).waitFor();
    const groups = resident.page.locator('fieldset.jp-likert');
    expect(await groups.count()).toBe(5);
    await groups.first().getByLabel('5 – heel belangrijk').check();
    await groups.nth(2).getByLabel('3').check();
    await checkPage(resident.page, resident.errors, 'plan-dialogue');
    await resident.page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await resident.page.getByText('Dank u wel! Uw antwoord is opgeslagen.').waitFor();
    await resident.page.getByRole('button', { name: 'Mijn antwoord vervangen' }).waitFor();
    await resident.context.close();

    await page.goto(`${app.baseUrl}/werkruimten`);
    await page.getByRole('link', { name: /IZA-regio Test/ }).waitFor();
    await checkPage(page, errors, 'plan-workspaces');
    await beheerder.context.close();
  });
});
