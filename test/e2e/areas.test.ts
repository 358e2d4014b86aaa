// Browser test of issue 12 on the real app: a wijk's profile, a gemeente's ranked wijken (table, keyboard) and a
// figure published per GGD-regio on a gemeente's profile; axe on each page, no horizontal overflow at 390 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appAndBrowser, checkPage, newPage, waitForProfile } from './support.ts';

describe('wijken, buurten and GGD-regio figures in the browser', () => {
  const running = appAndBrowser();
  let page: Page;
  let errors: string[];

  const open = async (path: string, width = 1280) => {
    ({ page, errors } = await newPage(running.browser, width));
    await page.goto(`${running.app.baseUrl}${path}`);
    await waitForProfile(page);
    return page;
  };
  const done = async (name: string) => {
    await checkPage(page, errors, name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  };

  it('shows a wijk profile with its gemeente, its age groups and its rank among the wijken', async () => {
    await open('/regio/WK168000', 390);
    await expect(page.locator('h1').textContent()).resolves.toContain('Wijk 00 Annen');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the reader sees it
    const body = await page.locator('main').innerText();
    expect(body).toContain('Aa en Hunze');
    expect(body).toMatch(/3\.590/); // inhabitants 1-1-2024 (kwb, rounded to 5)
    // kwb has no 80+ group: the page says so instead of showing nothing.
    expect(body).toContain('Het aandeel 80-plussers is er niet per wijk');
    // The age groups of kwb 2024 in the pyramid's table: 0–14 is 495 of 3,590 = 13.8 %.
    const population = page.locator('section[aria-labelledby="population-title"]');
    await population.locator('summary').filter({ hasText: 'Bekijk als tabel' }).first().click();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the reader sees it
    await expect(population.locator('table').innerText()).resolves.toMatch(/13,8/);
    await done('wijk-profile');
  });

  it('states on the population trend of a merged gemeente that earlier years were converted', async () => {
    await open('/regio/GM1979'); // Eemsdelta, formed 1-1-2021 from Appingedam, Delfzijl and Loppersum
    const trend = page.locator('section[aria-labelledby="population-title"] figure.jp-trend');
    const note = trend.locator('.jp-trend__conversion');
    await note.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the reader sees it
    const text = await note.innerText();
    expect(text).toContain('2019, 2020: omgerekend naar de gemeentelijke indeling van 2026');
    expect(text).toContain('Appingedam, Delfzijl en Loppersum opgeteld');
    await trend.locator('summary').filter({ hasText: 'Bekijk als tabel' }).click();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the reader sees it
    await expect(trend.locator('table').innerText()).resolves.toContain('(omgerekend)');
    await done('converted-trend');
  });

  it('ranks the wijken of a gemeente in a table that works with the keyboard', async () => {
    await open('/regio/GM1680');
    const section = page.locator('section[aria-labelledby="areas-title"]');
    await section.waitFor();
    await expect(section.locator('h2').textContent()).resolves.toBe('Wijken van Aa en Hunze');
    const table = section.locator('table');
    await table.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the reader sees it
    const firstRank = await table.locator('tbody tr').first().locator('td').first().innerText();
    expect(firstRank.trim()).toBe('1');
    // Choose another indicator with the keyboard only.
    await section.locator('select').focus();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the reader sees it
    const before = await table.locator('caption').innerText();
    await page.keyboard.press('ArrowDown');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the reader sees it
    await expect.poll(() => table.locator('caption').innerText()).not.toBe(before);
    await section.locator('tbody a').first().focus();
    const link = await section.locator('tbody a').first().getAttribute('href');
    expect(link).toMatch(/^\/regio\/WK1680/);
    await done('gemeente-wijken');
  });

  it('labels a figure published per GGD-regio as the value of the GGD-regio on a gemeente’s profile', async () => {
    await open('/regio/GM0363?lang=en');
    const row = page.locator('#ind-gezondheidsmonitor-ggd-roker-totaal');
    await row.scrollIntoViewIfNeeded();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the reader sees it
    const text = await row.innerText();
    expect(text).toContain('Value of the GGD region');
    expect(text).toContain('GGD Amsterdam');
    expect(text).toContain('22.3');
    await done('gemeente-ggd-figure');
  });

  it('shows the range instead of a point value for ZK07 with Urk’s suppressed vaccination', async () => {
    await open('/regio/ZK07');
    const row = page.locator('#ind-vaccinatie-najaarsronde-2022-12_');
    await row.scrollIntoViewIfNeeded();
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as the reader sees it
    const text = await row.innerText();
    expect(text).toMatch(/tussen 21,3 en 21,8/);
    await done('zk07-bounds');
  });
});
