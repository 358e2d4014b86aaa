// Issue "Regiobeeld in the browser": initial JavaScript per page (gzip), time until a zorgkantoorregio's profile
// is rendered in headless Chromium, and requests per second for the profile API with 50 connections (autocannon)
// next to a static file served by the same process.
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { launchBrowser, startApp } from '../test/e2e/support.ts';
import { median, ms, report } from './measure.ts';

const PAGES: [string, string][] = [
  ['start', '/'],
  ['region profile', '/regio/ZK02'],
  ['Nederland', '/regio/NL01'],
  ['indicator map', '/indicator/covid-ziekenhuisopnames?type=gemeente'],
  ['compare', '/vergelijk?regios=ZK02,ZK09'],
  ['own region', '/regio?gemeenten=GM0363,GM0384,GM0437'],
];

async function load(url: string, connections: number, seconds: number): Promise<number> {
  const result = await autocannon({ url, connections, duration: seconds });
  return result.requests.average;
}

export default async function (): Promise<void> {
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    // Warm the profile engine once, so the render time is that of a running server.
    await fetch(`${app.baseUrl}/api/regions/ZK02/profile`);
    for (const [name, path] of PAGES) {
      const page = await browser.newPage();
      const scripts = new Map<string, number>();
      page.on('response', async (response) => {
        if (response.request().resourceType() !== 'script') return;
        const body = await response.body().catch(() => null);
        if (body) scripts.set(response.url(), gzipSync(body).length);
      });
      await page.goto(`${app.baseUrl}${path}`, { waitUntil: 'networkidle' });
      const total = [...scripts.values()].reduce((s, n) => s + n, 0);
      report(
        `JavaScript loaded by ${name} (${scripts.size} files, gzip)`,
        `${(total / 1024).toFixed(0)} KB`,
        '< 250 KB',
      );
      await page.close();
    }

    const renders: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      const started = Date.now();
      await page.goto(`${app.baseUrl}/regio/ZK02`);
      await page.locator('.jp-page[aria-busy="false"] h1').first().waitFor();
      await page.locator('.jp-ind').first().waitFor();
      renders.push(Date.now() - started);
      await page.close();
    }
    report('zorgkantoorregio profile rendered in Chromium (median of 5)', ms(median(renders)), '< 1.5 s');

    const assets = await (await fetch(`${app.baseUrl}/`)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(assets)?.[1] ?? '/index.html';
    const api = await load(`${app.baseUrl}/api/regions/ZK02/profile`, 50, 5);
    const file = await load(`${app.baseUrl}${asset}`, 50, 5);
    report('profile API, 50 connections: requests/s', api.toFixed(0));
    report(`static file ${asset}, 50 connections: requests/s`, file.toFixed(0));
    report('  ratio profile API / static file', `${(api / file).toFixed(2)}×`);
  } finally {
    await browser.close();
    await app.close();
  }
}
