// `juisteplek report <region> --pdf file.pdf [--base-url …]`: the region profile as a PDF, printed by headless
// Chromium from the web app's print view (/regio/{code}?print=1), so the PDF is exactly what the browser shows.
// Without --base-url the app is started in-process on a free port (PGlite is one process: stop a running
// `juisteplek serve` on the same data directory first, or pass its address with --base-url).
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../app/chromium.ts';
import { UsageError } from './usage.ts';

const REGION_CODE = /^[A-Z]{2}\d{2,4}$/;
const GEMEENTE_CODE = /^GM\d{4}$/;

/** The address of the print view of a region: a code (GM0363, ZK02, NL01) or gemeenten "GM0363,GM0384". */
export function reportPath(region: string, options: { lang?: string; name?: string } = {}): string {
  const parts = region
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
  if (parts.length === 0) throw new UsageError('<region>: geef een regiocode of gemeentecodes');
  const query = new URLSearchParams({ print: '1' });
  if (options.lang === 'en') query.set('lang', 'en');
  if (parts.length === 1 && !parts[0]!.includes('+')) {
    const code = parts[0]!;
    if (!REGION_CODE.test(code))
      throw new UsageError(`<region>: '${region}' is geen regiocode (bijv. GM0363, ZK02)`);
    return `/regio/${code}?${query}`;
  }
  const bad = parts.find((p) => !GEMEENTE_CODE.test(p));
  if (bad) throw new UsageError(`<region>: '${bad}' is geen gemeentecode (bijv. GM0363)`);
  const params = new URLSearchParams({ gemeenten: parts.join(',') });
  if (options.name) params.set('naam', options.name);
  for (const [k, v] of query) params.set(k, v);
  return `/regio?${params.toString().replaceAll('%2C', ',')}`;
}

export interface ReportOptions {
  /** Base URL of a running Juiste Plek (http://localhost:3000). */
  baseUrl: string;
  region: string;
  out: string;
  lang?: string;
  name?: string;
  timeoutMs?: number;
}

/** Prints the region's profile to a PDF with headless Chromium. Returns the file size in bytes. */
export async function renderReportPdf(options: ReportOptions): Promise<{ path: string; bytes: number }> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium niet gevonden op ${CHROMIUM_PATH} (installeer Debian's chromium of zet CHROMIUM_PATH)`,
    );
  }
  const url = new URL(reportPath(options.region, options), options.baseUrl).href;
  const timeout = options.timeoutMs ?? 90_000;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
    await page.waitForSelector('[data-profile-ready], main [role="alert"]', { timeout });
    const problem = await page.$('main [role="alert"]');
    if (problem && !(await page.$('[data-profile-ready]'))) {
      throw new Error(
        `het regiobeeld kon niet worden gemaakt: ${((await problem.textContent()) ?? '').trim()}`,
      );
    }
    // Charts are drawn after their module loads; wait until none is pending, then open every table and source.
    await page.waitForFunction(() => !document.querySelector('[data-pending]'), undefined, { timeout });
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-print="open"]'))
        d.open = true;
    });
    await page.waitForLoadState('networkidle', { timeout }).catch(() => {});
    const path = resolve(options.out);
    await mkdir(dirname(path), { recursive: true });
    await page.pdf({
      path,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;padding:0 12mm;color:#555;display:flex;justify-content:space-between">' +
        '<span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>',
      margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
    });
    return { path, bytes: (await stat(path)).size };
  } finally {
    await browser.close();
  }
}

/** Starts the app in-process on a free port for one report; returns its address and a stop function. */
async function startInProcess(): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const [{ openApp }, { configFromEnv }, { buildServer, webDistDir }] = await Promise.all([
    import('../app/context.ts'),
    import('../config.ts'),
    import('../server/app.ts'),
  ]);
  if (!existsSync(join(webDistDir, 'index.html'))) {
    throw new Error('de webapp is nog niet gebouwd (dist/web ontbreekt): voer eerst `npm run build:web` uit');
  }
  const app = await openApp(configFromEnv(), { log: (line) => console.error(line) });
  try {
    const server = await buildServer(app);
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      stop: async () => {
        await server.close();
        await app.close();
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('regiobeeld als PDF, afgedrukt door headless Chromium (/usr/bin/chromium)')
    .argument('<region>', "regiocode (GM0363, ZK02, NL01) of gemeentecodes met komma's (GM0363,GM0384)")
    .requiredOption('--pdf <file>', 'het PDF-bestand om te schrijven')
    .option('--base-url <url>', 'adres van een draaiende Juiste Plek; zonder dit start de app zelf (poort 0)')
    .option('--name <name>', 'naam van een eigen regio')
    .option('--lang <lang>', 'taal: nl of en', 'nl')
    .action(async (region: string, opts: { pdf: string; baseUrl?: string; name?: string; lang: string }) => {
      if (opts.lang !== 'nl' && opts.lang !== 'en')
        throw new UsageError(`--lang: kies nl of en, niet '${opts.lang}'`);
      if (!opts.pdf.toLowerCase().endsWith('.pdf'))
        throw new UsageError('--pdf: de bestandsnaam moet op .pdf eindigen');
      reportPath(region, opts); // check the region argument before starting anything
      if (opts.baseUrl && !/^https?:\/\//.test(opts.baseUrl))
        throw new UsageError(`--base-url: '${opts.baseUrl}' is geen http(s)-adres`);
      const started = opts.baseUrl ? null : await startInProcess();
      try {
        const result = await renderReportPdf({
          baseUrl: opts.baseUrl ?? started!.baseUrl,
          region,
          out: opts.pdf,
          lang: opts.lang,
          name: opts.name,
        });
        console.log(`PDF geschreven: ${result.path} (${Math.round(result.bytes / 1024)} kB)`);
      } finally {
        await started?.stop();
      }
    });
}
