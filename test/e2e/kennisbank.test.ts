// The kennisbank and the lerende evaluatie in the browser, on a phone-sized screen: searching in Dutch with a
// filter and opening an item with its source; suggestions on an indicator's page; a member records a learning
// cycle, a lesson whose quote has a name (flagged, then confirmed), and sees the national synthesis; a resident
// reads the residents' page. axe on every page (no serious or critical violations), no horizontal scrolling at
// 390 px, screenshots in test/artifacts/.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiCall,
  callApi,
  checkPage,
  closeAll,
  launchBrowser,
  type RunningApp,
  signInAdmin,
  startApp,
  watchErrors,
} from './support.ts';

describe('kennisbank and lerende evaluatie in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let ws: string;
  let member: { cookie: string };
  let phone: { context: BrowserContext; page: Page; errors: string[] };

  const api = (...call: ApiCall) => callApi(app, ...call);
  const check = async (page: Page, errors: string[], name: string, scope = 'body') => {
    await checkPage(page, errors, name);
    // the page never scrolls sideways; only a wide table scrolls inside its own box
    if (scope === 'body') {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    const wide = await page.evaluate(
      (sel) =>
        [...document.querySelectorAll(sel)]
          .filter((el) => el.getBoundingClientRect().right > 390 && !el.closest('.jp-table-scroll'))
          .map((el) => `${el.tagName}.${el.className}`),
      `${scope}, ${scope} *`,
    );
    expect(wide).toEqual([]);
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    const { cookie, csrf } = await signInAdmin(app);
    ws = (
      await api(
        cookie,
        'POST',
        '/api/workspaces',
        { name: 'DSV Leerregio', kind: 'dsv', region: { code: 'ZK04' } },
        csrf,
      )
    ).body.id;
    const token = (
      await api(
        cookie,
        'POST',
        `/api/workspaces/${ws}/invitations`,
        // The platform administrator invites only a workspace's first beheerder.
        { email: 'beheerder@example.nl', role: 'beheerder' },
        csrf,
      )
    ).body.token;
    const accepted = await api(null, 'POST', `/api/invitations/${token}/accept`, {
      password: 'een-goed-wachtwoord',
    });
    member = { cookie: String(accepted.headers['set-cookie']).split(';')[0]! };
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    phone = { context, page, errors: watchErrors(page) };
  }, 180_000);
  afterAll(() => closeAll(browser, app));

  it('searches the kennisbank in Dutch, filters by kind and opens an item with its source', async () => {
    const { page, errors } = phone;
    await page.goto(`${app.baseUrl}/kennisbank`);
    await page.getByRole('heading', { level: 1, name: 'Kennisbank' }).waitFor();
    await page.getByText('229 items').waitFor();
    await page.getByLabel('Zoek in de kennisbank').fill('financiering');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=financiering/);
    await page.getByText(/\d+ items gevonden/).waitFor();
    expect(await page.locator('mark').count()).toBeGreaterThan(0);
    await check(page, errors, 'kennisbank-search');
    await page.getByLabel('Soort').selectOption('financing-form');
    await page.waitForURL(/soort=financing-form/);
    await page.locator('.jp-kb-card').first().waitFor();
    // The previous results stay on screen while the filtered ones load: wait for the answer of the filter.
    await expect
      .poll(async () => new Set(await page.locator('.jp-kb-card .jp-kb-kind').allTextContents()))
      .toEqual(new Set(['Financieringsvorm']));
    await page.getByLabel('Zoek in de kennisbank').fill('de het');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText(/alleen uit veelvoorkomende woorden/).waitFor();
    await page.getByLabel('Zoek in de kennisbank').fill('kassier');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Kassiersmodel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kassiersmodel' }).waitFor();
    await page
      .getByText('ks-nivel-2024, 3.2 Problemen met bekostiging door zorgverzekeraars en gemeenten, p. 107')
      .waitFor();
    await check(page, errors, 'kennisbank-item');
  });

  it('shows knowledge that fits an indicator’s theme on its page', async () => {
    const { page, errors } = phone;
    await page.goto(`${app.baseUrl}/indicator/jzojp-bmi-jeugd`);
    const section = page.getByRole('region', { name: 'Kennis die hierbij past' });
    await section.waitFor({ timeout: 30_000 });
    await section
      .getByRole('link', { name: /overgewicht/i })
      .first()
      .waitFor();
    expect(await section.getByText('gaat over dit thema').count()).toBeGreaterThan(0);
    await section.scrollIntoViewIfNeeded();
    // only the suggestions are ours on this page: they must fit the phone's width
    await check(page, errors, 'kennisbank-suggestions-indicator', '.jp-kb-suggestions');
  });

  it('lets a member record a learning cycle and a lesson, flagging a name in the quote', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const [name, value] = member.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: app.baseUrl }]);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/leren`);
    await page.getByRole('heading', { level: 1, name: 'Leercycli' }).waitFor();
    await check(page, errors, 'learning-cycles-empty');
    await page.getByLabel('Titel').fill('Samen leren over inwonerparticipatie');
    await page.getByLabel('Leervraag').fill('Hoe betrekken we inwoners eerder bij onze keuzes?');
    await page.getByLabel('Rol van de leercyclus').selectOption('transformative');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByRole('heading', { level: 2, name: 'Samen leren over inwonerparticipatie' }).waitFor();
    await page.getByLabel('Perspectief').selectOption('inwoners');
    await page.getByLabel('De les').fill('Inwoners willen vanaf het begin meedenken over de keuzes.');
    await page.getByLabel('Citaat (optioneel)').fill('Zoals mevrouw Jansen zei: vraag het ons eerder.');
    await page.getByLabel('Rol van de spreker (geen naam)').fill('inwoner');
    await page.getByRole('button', { name: 'Opslaan' }).last().click();
    await page
      .getByRole('alert')
      .filter({ hasText: "'mevrouw Jansen' lijkt een naam van een persoon" })
      .waitFor();
    // nothing was lost: the form still holds the text
    expect(await page.getByLabel('De les').inputValue()).toBe(
      'Inwoners willen vanaf het begin meedenken over de keuzes.',
    );
    await check(page, errors, 'learning-lesson-name-flagged');
    await page.getByLabel('Citaat (optioneel)').fill('Vraag het ons eerder.');
    await page.getByRole('button', { name: 'Opslaan' }).last().click();
    await page.locator('.jp-lesson', { hasText: 'Inwoners willen vanaf het begin meedenken' }).waitFor();
    await page.getByText('“Vraag het ons eerder.” — inwoner').waitFor();
    await check(page, errors, 'learning-lesson-saved');
    await context.close();
  });

  it('shows the national synthesis as a table and the residents’ page in plain Dutch', async () => {
    const { page, errors } = phone;
    await page.goto(`${app.baseUrl}/leren/synthese`);
    await page
      .getByRole('heading', { level: 1, name: 'Landelijke synthese van de lerende evaluatie' })
      .waitFor();
    await page.getByText(/te weinig werkruimten/).waitFor();
    await check(page, errors, 'learning-synthesis');
    await page.goto(`${app.baseUrl}/inwoners/ZK04`);
    await page.getByRole('heading', { level: 1, name: /Gezondheid en zorg in / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wat zeggen de cijfers?' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wat kozen de partners?' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Doe mee' }).waitFor();
    await page.getByText(/Er is nu geen datadialoog open/).waitFor();
    await check(page, errors, 'residents-page');
    await page.goto(`${app.baseUrl}/inwoners/ZK04?lang=en`);
    await page.getByRole('heading', { level: 2, name: 'What do the figures say?' }).waitFor();
    await check(page, errors, 'residents-page-en');
  });
});
