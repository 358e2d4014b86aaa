// Browser journeys on the real app: search and profile, comparison in words, indicator map and ranked list,
// own region from three gemeenten, compare, the national monitor, English, keyboard-only search; axe on each
// page (no serious or critical violations) and a screenshot of each page in test/artifacts/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appAndBrowser, checkPage, newPage, waitForProfile } from './support.ts';

describe('web app journeys', () => {
  const running = appAndBrowser();
  let page: Page;
  let errors: string[];

  const open = async (path: string) => {
    ({ page, errors } = await newPage(running.browser));
    await page.goto(`${running.app.baseUrl}${path}`);
    return page;
  };
  const done = async (name: string) => {
    await checkPage(page, errors, name);
    await page.context().close();
  };

  it('finds a region by typing and opens its profile, with the comparison with Nederland in words', async () => {
    await open('/');
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    await done('start');

    await open('/');
    const search = page.getByRole('combobox', { name: 'Zoek een gemeente of regio' });
    await search.fill('amsterd');
    const option = page.getByRole('option', { name: /^Amsterdam\s*Gemeente/ });
    await option.waitFor();
    expect(await page.getByRole('option').count()).toBeGreaterThan(3);
    await option.click();
    await page.waitForURL(/\/regio\/GM0363$/);
    await waitForProfile(page);
    expect(await page.locator('h1').textContent()).toBe('Amsterdam');
    // Comparisons in colour and words, and a plain sentence against Nederland.
    const badges = await page.locator('.jp-ind .jp-cmp').allTextContents();
    expect(badges.some((b) => /(beter|slechter) dan Nederland/.test(b))).toBe(true);
    expect(await page.locator('.jp-ind__sentence', { hasText: 'dan Nederland' }).count()).toBeGreaterThan(0);
    // Interval, spine chart with a text alternative, trend table, source, themes without an indicator.
    expect(await page.getByText(/95%-interval: [\d.,]+ tot [\d.,]+/).count()).toBeGreaterThan(0);
    expect(await page.locator('.jp-spine svg[role="img"][aria-label*="Nederland"]').count()).toBeGreaterThan(
      0,
    );
    expect(await page.getByText('Bekijk als tabel').count()).toBeGreaterThan(0);
    expect(await page.locator('summary', { hasText: 'Bron' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.jp-themes-without__list > li').count()).toBe(11);
    await expect(page.getByText('03759ned', { exact: false }).count()).resolves.toBeGreaterThan(0);
    // The Bron disclosure shows the published figure's transformation.
    const source = page.locator('#ind-covid-ziekenhuisopnames-totaal details.jp-source');
    await source.locator('summary').click();
    await expect(source.locator('dd', { hasText: /\S/ }).count()).resolves.toBeGreaterThan(4);
    await page.waitForFunction(
      () =>
        !document
          .querySelector('#ind-covid-ziekenhuisopnames-totaal .jp-source')
          ?.textContent?.includes('laden'),
    );
    await done('profiel-amsterdam');
  });

  it('searches with the keyboard only', async () => {
    await open('/');
    await page.getByRole('combobox').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de inhoud');
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'combobox'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('role') ?? '');
    }
    expect(focused).toBe('combobox');
    await page.keyboard.type('Utrecht');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const active = await page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant'));
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/regio\/GM0344$/);
    await waitForProfile(page);
    expect(await page.locator('h1').textContent()).toBe('Utrecht');
    // After navigation the focus is on the new page's heading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await page.context().close();
  });

  it('shows an indicator on the map with its ranked list and a chosen region against Nederland', async () => {
    await open('/indicator/covid-ziekenhuisopnames?type=ggdregio&periode=2023');
    await page.locator('svg.jp-map path.jp-map__shape').first().waitFor();
    expect(await page.locator('svg.jp-map path.jp-map__shape').count()).toBe(25);
    const rows = page.locator('table.jp-ranked tbody tr');
    expect(await rows.count()).toBe(25);
    expect(await rows.first().locator('td').first().textContent()).toBe('1');
    expect(await page.locator('.jp-quintiles li').count()).toBe(6);
    // Clicking a shape chooses the region for the trend (the URL keeps it).
    await page.locator('svg.jp-map path[data-code="GG3406"]').click({ force: true });
    await page.waitForURL(/regio=GG3406/);
    await page.getByRole('heading', { name: /GGD Amsterdam en Nederland/ }).waitFor();
    await page.locator('.jp-trend__plot svg').first().waitFor();
    // The ranked list is the keyboard alternative: a button per region.
    await page.getByRole('button', { name: 'GGD Drenthe', exact: true }).press('Enter');
    await page.waitForURL(/regio=GG0706/);
    await page.getByRole('heading', { name: /GGD Drenthe en Nederland/ }).waitFor();
    await done('indicator-kaart');

    await open('/indicator/covid-ziekenhuisopnames?type=gemeente&kleur=vergelijking');
    await page.locator('svg.jp-map path.jp-map__shape').first().waitFor();
    expect(await page.locator('svg.jp-map path.jp-map__shape').count()).toBe(342);
    expect(await page.locator('.jp-map-legend .jp-cmp').count()).toBeGreaterThan(2);
    await page.context().close();
  });

  it('builds an own region from three gemeenten and saves it', async () => {
    await open('/regio');
    await page.getByRole('heading', { level: 1, name: 'Eigen regio maken' }).waitFor();
    const filter = page.getByLabel('Zoek in de lijst met gemeenten');
    await filter.fill('Amsterdam');
    await page.getByRole('checkbox', { name: 'Amsterdam', exact: true }).check();
    await filter.fill('diemen');
    await page.getByRole('checkbox', { name: 'Diemen', exact: true }).check();
    // The third on the map, with the keyboard: focus the shape, then Enter.
    await page.locator('svg.jp-map path[data-code="GM0362"]').focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Naam van de regio').fill('Amstelland-Noord');
    await page.waitForURL(/naam=Amstelland-Noord/);
    const url = new URL(page.url());
    expect(url.searchParams.get('gemeenten')?.split(',').sort()).toEqual(['GM0362', 'GM0363', 'GM0384']);
    await page.getByRole('heading', { name: 'Regiobeeld van Amstelland-Noord' }).waitFor({ timeout: 30_000 });
    await waitForProfile(page);
    expect(await page.locator('svg.jp-map').getByRole('option', { selected: true }).count()).toBe(3);
    expect(await page.locator('.jp-ind .jp-cmp').count()).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    const saved = page.locator('[data-saved-link]');
    await saved.waitFor();
    expect(await saved.getAttribute('href')).toMatch(/^\/regio\?id=[0-9a-f-]{36}$/);
    await done('eigen-regio');

    // The permalink opens the same region.
    await open(url.pathname + url.search);
    await page.getByRole('heading', { name: 'Regiobeeld van Amstelland-Noord' }).waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  it('compares regions side by side', async () => {
    await open('/vergelijk?regios=GM0363,ZK02');
    const table = page.locator('table.jp-compare__table');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('thead th').count()).toBe(4);
    expect(await table.locator('tbody .jp-cmp').count()).toBeGreaterThan(5);
    await done('vergelijk');
  });

  it('shows Nederland as the national JZOJP monitor: 25 themes, 14 indicators, 11 reasons', async () => {
    await open('/regio/NL01');
    await waitForProfile(page);
    expect(await page.locator('section.jp-theme').count()).toBe(25);
    expect(await page.locator('.jp-theme__none').count()).toBe(11);
    expect(await page.locator('.jp-theme .jp-indicator-card').count()).toBeGreaterThanOrEqual(14);
    expect(await page.locator('.jp-theme__none .jp-reason').count()).toBe(11);
    await done('nederland');
  });

  it('switches to English and keeps the language in links', async () => {
    await open('/regio/GM0363?lang=en');
    await waitForProfile(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.jp-cmp', { hasText: 'than the Netherlands' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Nederlands' }).getAttribute('href')).toBe('/regio/GM0363');
    expect(await page.getByRole('link', { name: 'Compare', exact: true }).getAttribute('href')).toBe(
      '/vergelijk?lang=en',
    );
    await done('profile-english');
  });
});
