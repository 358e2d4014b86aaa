// Downloads and print: the CSV zip of a profile and of a ranked list (CSV + metadata, formula guard), and the PDF
// report printed by headless Chromium (`juisteplek report`).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf, reportPath } from '../../src/cli/report.ts';
import { UsageError } from '../../src/cli/usage.ts';
import { runCli } from '../support/cli.ts';
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

async function downloadZip(page: Page, button: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), zip: await JSZip.loadAsync(await readFile(path)) };
}

describe('exports', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('downloads a profile as a zip with CSV files and metadata', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.baseUrl}/regio/ZK02`);
    await waitForProfile(page);
    const { name, zip } = await downloadZip(
      page,
      page.getByRole('button', { name: 'Download alle cijfers (CSV)' }),
    );
    expect(name).toBe('regiobeeld-amsterdam.zip');
    expect(Object.keys(zip.files).sort()).toEqual([
      'LEESMIJ.txt',
      'datapackage.json',
      'regiobeeld.csv',
      'trends.csv',
    ]);

    const csv = await zip.file('regiobeeld.csv')!.async('string');
    expect(csv.startsWith('\uFEFFregion_code,region_name,indicator,')).toBe(true);
    const lines = csv.trim().split('\r\n');
    const header = lines[0]!.replace('\uFEFF', '').split(',');
    // The suppression bounds and the GGD-regio of a figure published per GGD-regio only, after the old columns.
    expect(header.slice(-4)).toEqual([
      'suppressed_lower',
      'suppressed_upper',
      'value_of_code',
      'value_of_name',
    ]);
    expect(header.indexOf('snapshots')).toBe(28);
    const admissions = lines.find((l) => l.includes(',covid-ziekenhuisopnames,'))!.split(',');
    expect(admissions[header.indexOf('region_code')]).toBe('ZK02');
    expect(Number(admissions[header.indexOf('value')])).toBeGreaterThan(0);
    expect(Number(admissions[header.indexOf('lower_95')])).toBeLessThan(
      Number(admissions[header.indexOf('value')]),
    );
    // No text cell may start with a formula character.
    for (const line of lines.slice(1))
      for (const cell of line.split(',')) expect(/^[=+@]/.test(cell.replace(/^"/, ''))).toBe(false);

    const pkg = JSON.parse(await zip.file('datapackage.json')!.async('string'));
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(['regiobeeld.csv', 'trends.csv']);
    const meta = pkg.juisteplek.indicators.find((i: { id: string }) => i.id === 'covid-ziekenhuisopnames');
    expect(meta.definition).toMatch(/ziekenhuisopnames/i);
    expect(meta.intervalMethod).toBe('byar-exact-poisson');
    expect(meta.source.licence).toBeTruthy();
    expect(pkg.juisteplek.snapshots.length).toBeGreaterThan(0);
    expect(pkg.licenses.length).toBeGreaterThan(0);
    const readme = await zip.file('LEESMIJ.txt')!.async('string');
    expect(readme).toMatch(/Definitie: /);
    expect(readme).toMatch(/Licentie: /);
    expect(readme).toMatch(/Snapshots/);

    // One indicator card downloads its own values and trend.
    const card = page.locator('article.jp-indicator-card', {
      has: page.getByRole('heading', { name: /Ziekenhuisopnames met COVID-19/ }),
    });
    const single = await downloadZip(page, card.getByRole('button', { name: 'Download CSV' }));
    expect(Object.keys(single.zip.files)).toContain('covid-ziekenhuisopnames-trend.csv');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the ranked list of an indicator map', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/indicator/aandeel-65plus?type=provincie`);
    await page.locator('table.jp-ranked tbody tr').first().waitFor();
    const { zip } = await downloadZip(page, page.getByRole('button', { name: 'Download CSV' }).first());
    const csv = await zip.file('aandeel-65plus-provincie.csv')!.async('string');
    expect(csv.trim().split('\r\n')).toHaveLength(13);
    expect(zip.file('datapackage.json')).not.toBeNull();
    await context.close();
  });

  it('prints a profile: print view, and `juisteplek report` writes a PDF', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}/regio/GM0363?print=1`);
    await waitForProfile(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.jp-nav').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken / PDF' }).isVisible()).toBe(false);
    await screenshot(page, 'afdrukken');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();

    const out = join(artifactsDir, 'rapport-GM0363.pdf');
    const result = await renderReportPdf({ baseUrl: app.baseUrl, region: 'GM0363', out });
    expect(result.bytes).toBeGreaterThan(20_000);
    expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const own = await renderReportPdf({
      baseUrl: app.baseUrl,
      region: 'GM0363,GM0384',
      name: 'Amsterdam en Diemen',
      out: join(artifactsDir, 'rapport-eigen-regio.pdf'),
    });
    expect((await readFile(own.path)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('runs as `juisteplek report` (exit 0 with a PDF, exit 2 on a wrong region)', async () => {
    const out = join(artifactsDir, 'rapport-ZK02.pdf');
    const ok = await runCli(['report', 'ZK02', '--pdf', out, '--base-url', app.baseUrl]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/PDF geschreven/);
    expect((await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const bad = await runCli(['report', 'Amsterdam', '--pdf', out, '--base-url', app.baseUrl]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/geen regiocode/);
  });

  it('reads the region argument of the report command', () => {
    expect(reportPath('gm0363')).toBe('/regio/GM0363?print=1');
    expect(reportPath('ZK02', { lang: 'en' })).toBe('/regio/ZK02?print=1&lang=en');
    expect(reportPath('GM0363, GM0384')).toBe('/regio?gemeenten=GM0363,GM0384&print=1');
    expect(() => reportPath('Amsterdam')).toThrow(UsageError);
    expect(() => reportPath('GM0363,ZK02')).toThrow(/geen gemeentecode/);
  });
});
