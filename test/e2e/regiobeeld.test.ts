// The regiobeeld as its users run it, in a real browser on the real app: search by the names people type, pages
// that name wrong codes and show the rest, neutral "no figures" states, an unknown period with the available
// ones, no horizontal overflow at 320 and 390 px, keyboard-scrollable tables, plain Dutch, and the executive
// report (print view, print button, `juisteplek report` PDF of 2–4 pages). axe on mobile and desktop.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '../../src/accounts/service.ts';
import { renderReportPdf } from '../../src/cli/report.ts';
import {
  artifactsDir,
  launchBrowser,
  type RunningApp,
  screenshot,
  seriousViolations,
  startApp,
  waitForProfile,
  watchErrors,
} from './support.ts';

const MOBILE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const PASSWORD = 'een-goed-wachtwoord';

/** Text a reader should never meet outside the "Bron" details: commands, file names, hashes, field keys. */
const TECHNICAL = [
  /juisteplek\s+\w/,
  /\bnpx\b/,
  /[\w-]+\/[\w./-]+\.(csv|json)\b/,
  /\b(cbs|bundle|upload):[\w:-]{6,}/,
  /\bcommit [0-9a-f]{7,}/,
  /\b[A-Z][A-Za-z]+_\d+\b/,
  /Bron:\s*Bron/i,
  /localhost|127\.0\.0\.1/,
];

describe('regiobeeld pages that forgive and read plainly', () => {
  let app: RunningApp;
  let browser: Browser;
  let ws: string;

  /** A published regioplan for ZK04 with one goal, set up through the API as its users would. */
  async function publishPlan() {
    const call = async (
      cookie: string | null,
      csrf: string | null,
      method: string,
      url: string,
      body?: unknown,
    ) => {
      const r = await app.server.inject({
        method: method as 'GET',
        url,
        headers: { ...(cookie ? { cookie } : {}), ...(csrf ? { 'x-csrf-token': csrf } : {}) },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      if (r.statusCode >= 400) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
      return { body: r.body ? JSON.parse(r.body) : null, headers: r.headers };
    };
    const login = async (email: string, password: string) => {
      const r = await call(null, null, 'POST', '/api/auth/login', { email, password });
      return { cookie: String(r.headers['set-cookie']).split(';')[0]!, csrf: r.body.csrfToken as string };
    };
    await createAdmin(app.ctx.db, 'admin@example.nl', 'beheer-wachtwoord-1');
    const admin = await login('admin@example.nl', 'beheer-wachtwoord-1');
    const as = (who: { cookie: string; csrf: string }) => (method: string, url: string, body?: unknown) =>
      call(who.cookie, who.csrf, method, url, body);
    ws = (
      await as(admin)('POST', '/api/workspaces', {
        name: 'Regio Arnhem',
        kind: 'iza-regio',
        region: { code: 'ZK04' },
      })
    ).body.id;
    const token = (
      await as(admin)('POST', `/api/workspaces/${ws}/invitations`, {
        email: 'b@example.nl',
        role: 'beheerder',
      })
    ).body.token;
    await call(null, null, 'POST', `/api/invitations/${token}/accept`, { password: PASSWORD });
    const beheerder = as(await login('b@example.nl', PASSWORD));
    const url = `/api/workspaces/${ws}/plan`;
    const round = (
      await beheerder('POST', `${url}/rounds`, {
        title: 'Ronde 1',
        candidates: [
          { source: 'jzojp', themeId: 'participatie' },
          { source: 'jzojp', themeId: 'vermijdbare-opnamen-en-behandelingen' },
          { source: 'iza', themeId: 'ouderen' },
        ],
      })
    ).body;
    await beheerder('POST', `${url}/rounds/${round.id}/close`);
    const kernopgaven = (
      await beheerder('POST', `${url}/kernopgaven`, {
        roundId: round.id,
        candidates: round.candidates.map((c: { id: string }) => c.id),
      })
    ).body;
    await beheerder('POST', `${url}/kernopgaven/${kernopgaven[0].id}/goals`, {
      title: 'Minder ziekenhuisopnames door COVID-19',
      indicatorId: 'covid-ziekenhuisopnames',
      targetValue: 60,
      targetDate: '2030-12-31',
      ownerOrganisationId: null,
    });
    const plan = (await beheerder('GET', url)).body.plan;
    await beheerder('PATCH', url, { version: plan.version, published: true });
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    await publishPlan();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const open = async (path: string, viewport = DESKTOP) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.baseUrl}${path}`);
    return { page, errors };
  };
  const done = async (page: Page, errors: string[], name: string) => {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
    // A missing region or period answers 404/400 on purpose; the browser logs those, nothing else may fail.
    expect(errors.filter((e) => !/status of 40[04]/.test(e))).toEqual([]);
    await page.context().close();
  };
  const noRedError = async (page: Page) => {
    expect(await page.locator('main [role="alert"], main .utrecht-alert--error').count()).toBe(0);
  };

  it('finds regions by the names people use, with a region-type word and with a typo', async () => {
    const { page, errors } = await open('/');
    const search = page.getByRole('combobox', { name: 'Zoek een gemeente of regio' });
    const firstOption = page.getByRole('option').first();
    await search.fill('den haag');
    await expect.poll(() => firstOption.textContent()).toMatch(/^'s-Gravenhage\s*Gemeente/);
    await search.fill('zorgkantoor arnhem');
    await expect.poll(() => firstOption.textContent()).toMatch(/^Arnhem\s*Zorgkantoorregio/);
    await search.fill('Noord Holland');
    await expect.poll(() => firstOption.textContent()).toMatch(/^Noord-Holland\s*Provincie/);
    await search.fill('Amsterdm');
    await expect.poll(() => firstOption.textContent()).toMatch(/^Amsterdam\s*Gemeente/);
    await search.press('ArrowDown');
    await search.press('Enter');
    await page.waitForURL(/\/regio\/GM0363$/);
    await waitForProfile(page);
    await done(page, errors, 'zoeken-synoniemen');
  });

  for (const [label, viewport] of [
    ['mobile', MOBILE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`names wrong codes of an own region and shows the rest (${label})`, async () => {
      const { page, errors } = await open('/regio?gemeenten=GM0363,GM9999,XX1,GM0384&naam=Test', viewport);
      await waitForProfile(page);
      const notice = page.locator('.jp-notice');
      await expect(notice.textContent()).resolves.toContain('GM9999 is geen gemeente in de huidige indeling');
      await expect(notice.textContent()).resolves.toContain("'XX1' is geen gemeentecode");
      await noRedError(page);
      expect(await page.getByText('2 gemeenten gekozen').count()).toBe(1);
      expect(await page.locator('#profile-title').textContent()).toContain('Test');
      await done(page, errors, `eigen-regio-foute-codes-${label}`);
    });

    it(`compares the regions that exist and names the one that does not (${label})`, async () => {
      const { page, errors } = await open('/vergelijk?regios=ZK04,XX99,GM0363', viewport);
      const table = page.locator('table.jp-compare__table');
      await table.waitFor({ timeout: 30_000 });
      expect(await table.locator('thead th').count()).toBe(4);
      await expect(page.locator('.jp-notice').textContent()).resolves.toContain('Regio ‘XX99’ bestaat niet.');
      await noRedError(page);
      await page.getByRole('button', { name: 'Haal ze uit het adres' }).click();
      await page.waitForURL(/regios=ZK04,GM0363$/);
      expect(await page.locator('.jp-notice').count()).toBe(0);
      await done(page, errors, `vergelijk-foute-code-${label}`);
    });
  }

  it('says a period has no figures and offers the ones that have, on profiles and indicators', async () => {
    const { page, errors } = await open('/regio/ZK04?periode=1999', MOBILE);
    await page.getByRole('heading', { name: 'Geen cijfers voor 1999' }).waitFor();
    await noRedError(page);
    expect(await page.locator('h1').textContent()).toBe('Arnhem');
    await screenshot(page, 'periode-onbekend');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.jp-notice').getByRole('link', { name: '2022', exact: true }).click();
    await page.waitForURL(/periode=2022$/);
    await waitForProfile(page);
    expect(await page.locator('.jp-ind__value').count()).toBeGreaterThan(0);
    await done(page, errors, 'periode-2022');

    const indicator = await open('/indicator/aandeel-65plus?periode=1999', MOBILE);
    await indicator.page.getByRole('heading', { name: 'Geen cijfers voor 1999' }).waitFor();
    const periods = await indicator.page.locator('.jp-notice a').allTextContents();
    expect(periods).toEqual(expect.arrayContaining(['De nieuwste cijfers', '2025', '2023']));
    await noRedError(indicator.page);
    await done(indicator.page, indicator.errors, 'indicator-periode-onbekend');

    const empty = await open('/indicator/gezondheidsmonitor-roker', MOBILE);
    await empty.page.getByRole('heading', { name: 'Nog geen cijfers' }).waitFor();
    await noRedError(empty.page);
    expect(await empty.page.locator('.jp-map-layout').count()).toBe(0);
    await done(empty.page, empty.errors, 'indicator-nog-geen-cijfers');
  });

  const PAGES = [
    '/',
    '/regio/ZK04',
    '/regio/GM0363',
    '/regio/NL01',
    '/regio?gemeenten=GM0363,GM0384',
    '/indicator/aandeel-65plus',
    '/indicator/covid-overleden?type=ggdregio&regio=GG3406',
    '/indicator/jzojp-roken',
    '/vergelijk?regios=ZK04,GM0363',
  ];

  for (const width of [320, 390]) {
    it(`has no horizontal overflow at ${width} px, and every table that scrolls is keyboard-scrollable`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      for (const template of [...PAGES, '/regioplan/WS']) {
        const path = template.replace('WS', ws);
        await page.goto(`${app.baseUrl}${path}`);
        if (path.startsWith('/regio/') || path.startsWith('/regio?')) await waitForProfile(page);
        else await page.locator('main h1').waitFor();
        await page.waitForTimeout(300); // charts and the scroll boxes' resize observers
        const size = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(size.scroll, `${path} at ${width} px`).toBeLessThanOrEqual(size.client);
        // Every box that scrolls is in the tab order with a name; no box that fits adds a tab stop.
        const boxes = await page.locator('.jp-table-scroll').evaluateAll((els) =>
          els.map((el) => ({
            scrolls: el.scrollWidth > el.clientWidth + 1,
            tabIndex: el.getAttribute('tabindex'),
            named:
              !!el.getAttribute('aria-labelledby') &&
              !!document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent,
          })),
        );
        for (const box of boxes.filter((b) => b.scrolls))
          expect(box, path).toMatchObject({ tabIndex: '0', named: true });
        for (const box of boxes.filter((b) => !b.scrolls)) expect(box.tabIndex, path).toBeNull();
        if (width === 390) expect(await seriousViolations(page), path).toEqual([]);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('scrolls a wide table with the keyboard on a phone', async () => {
    const { page, errors } = await open('/indicator/aandeel-65plus?type=zorgkantoorregio', MOBILE);
    const box = page.locator('.jp-table-scroll[data-scrolls]').first();
    await box.waitFor();
    await box.focus();
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await done(page, errors, 'tabel-toetsenbord');
  });

  it('writes plain Dutch on public pages: no commands, files, hashes or field keys outside "Bron"', async () => {
    for (const template of [
      ...PAGES,
      '/indicator/gezondheidsmonitor-roker',
      '/regio/ZK04?print=1',
      '/regioplan/WS',
    ]) {
      const path = template.replace('WS', ws);
      const { page } = await open(path);
      if (path.startsWith('/regio/') || path.startsWith('/regio?')) await waitForProfile(page);
      else await page.locator('main h1').waitFor();
      await page.waitForTimeout(300);
      const text = await page.evaluate(() => {
        const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
        // The folded source details and the page's own permalink may name tables, snapshots and addresses.
        for (const el of main.querySelectorAll('details.jp-source, .jp-builder__save')) el.remove();
        // biome-ignore lint/performance/useDomNodeTextContent: the text as read, without markup
        return main.innerText;
      });
      for (const pattern of TECHNICAL) expect(text, `${path}: ${pattern}`).not.toMatch(pattern);
      await page.context().close();
    }
  });

  it('prints an executive report: the region, the comparison in words, the plan, the sources once', async () => {
    const { page, errors } = await open('/regio/ZK04?print=1');
    await waitForProfile(page);
    const report = page.locator('.jp-report');
    await report.getByRole('heading', { name: 'Het regioplan' }).waitFor();
    expect(await page.locator('h1').textContent()).toBe('Arnhem');
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader gets
    const text = (await report.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('De 22 gemeenten: Aalten, Arnhem, Barneveld');
    expect(text).toMatch(/scoort Arnhem \d+ keer/);
    expect(await report.locator('.jp-strongest li').count()).toBeGreaterThan(0);
    expect(text).toMatch(/Arnhem heeft (meer|minder|een hoger|een lager) /);
    expect(text).toContain('Minder ziekenhuisopnames door COVID-19');
    const sources = await report.locator('.jp-report__sources li').allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources).size).toBe(sources.length);
    for (const pattern of TECHNICAL) expect(text).not.toMatch(pattern);
    expect(await report.getByRole('heading', { name: 'Bijlage: alle cijfers' }).count()).toBe(0);
    await done(page, errors, 'rapport-printweergave');

    // The print button's choice and Ctrl+P: the browser's beforeprint gives the report, afterprint the profile.
    const screen = await open('/regio/ZK04');
    await waitForProfile(screen.page);
    await screen.page.getByLabel('Met de volledige tabel als bijlage').check();
    await screen.page.emulateMedia({ media: 'print' });
    await screen.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await screen.page.getByRole('heading', { name: 'Bijlage: alle cijfers' }).waitFor();
    expect(await screen.page.locator('.jp-report').count()).toBe(1);
    expect(await screen.page.locator('.jp-indicator-card').count()).toBe(0);
    await screen.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await screen.page.emulateMedia({ media: 'screen' });
    await screen.page.locator('.jp-indicator-card').first().waitFor();
    expect(await screen.page.locator('.jp-report').count()).toBe(0);
    await done(screen.page, screen.errors, 'rapport-na-afdrukken');
  });

  it('renders the report PDF in 2–4 pages, nothing cut at the margin, no local address; --full adds the table', async () => {
    const out = join(artifactsDir, 'rapport-ZK04.pdf');
    const short = await renderReportPdf({ baseUrl: app.baseUrl, region: 'ZK04', out });
    expect(short.pages).toBeGreaterThanOrEqual(2);
    expect(short.pages).toBeLessThanOrEqual(4);
    expect(short.cut).toEqual([]);
    expect(short.text).toContain('Minder ziekenhuisopnames door COVID-19');
    expect(short.text).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(short.text).not.toMatch(/Bron:\s*Bron/i);

    const full = await renderReportPdf({
      baseUrl: app.baseUrl,
      region: 'ZK04',
      out: join(artifactsDir, 'rapport-ZK04-volledig.pdf'),
      full: true,
    });
    expect(full.pages).toBeGreaterThan(short.pages);
    expect(full.cut).toEqual([]);
    expect(full.text).toContain('Bijlage: alle cijfers');

    const gemeente = await renderReportPdf({
      baseUrl: app.baseUrl,
      region: 'GM0363',
      out: join(artifactsDir, 'rapport-GM0363-kort.pdf'),
    });
    expect(gemeente.pages).toBeLessThanOrEqual(4);
    expect(gemeente.cut).toEqual([]);
    // Nederland is not compared with itself: its report lists the national figures, also within 4 pages.
    const nederland = await renderReportPdf({
      baseUrl: app.baseUrl,
      region: 'NL01',
      out: join(artifactsDir, 'rapport-NL01.pdf'),
    });
    expect(nederland.pages).toBeGreaterThanOrEqual(2);
    expect(nederland.pages).toBeLessThanOrEqual(4);
    expect(nederland.cut).toEqual([]);
    expect(nederland.text).toContain('De landelijke cijfers');
    expect(nederland.text).toContain('342 gemeenten');

    // Where Poppler is installed, read the PDF itself too (the page count and the printed text).
    if (existsSync('/usr/bin/pdftotext')) {
      const pdfText = execFileSync('/usr/bin/pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
      expect(pdfText).toContain('Arnhem');
      expect(pdfText).not.toMatch(/localhost|127\.0\.0\.1/);
      expect(pdfText).not.toMatch(/Bron:\s*Bron/i);
      const info = execFileSync('/usr/bin/pdfinfo', [out], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`Pages:\\s+${short.pages}\\b`));
    }
  });
});
