// `juisteplek report <region> --pdf file.pdf [--full] [--base-url …]`: the executive report of a region as a PDF
// (2–4 pages; --full adds the table of all figures), printed by headless Chromium from the web app's print view
// (/regio/{code}?print=1), so the PDF is exactly what the print button gives. Before printing, the page is laid
// out at the printed width and every element is checked against the page box, so no text is cut at the margin.
// Without --base-url the app is started in-process on a free port (PGlite is one process: stop a running
// `juisteplek serve` on the same data directory first, or pass its address with --base-url).
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../app/chromium.ts';
import { UsageError } from './usage.ts';

const REGION_CODE = /^[A-Z]{2}\d{2,4}$/;
const GEMEENTE_CODE = /^GM\d{4}$/;

/** The address of the print view of a region: a code (GM0363, ZK02, NL01) or gemeenten "GM0363,GM0384". */
export function reportPath(
  region: string,
  options: { lang?: string; name?: string; full?: boolean } = {},
): string {
  const parts = region
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .filter(Boolean);
  if (parts.length === 0) throw new UsageError('<region>: geef een regiocode of gemeentecodes');
  const query = new URLSearchParams({ print: '1' });
  if (options.full) query.set('volledig', '1');
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
  /** With the table of all figures as an appendix. */
  full?: boolean;
  timeoutMs?: number;
}

export interface ReportResult {
  path: string;
  bytes: number;
  /** Pages of the PDF. */
  pages: number;
  /** Elements that stick out of the printed page box or are clipped (empty when all fits). */
  cut: string[];
  /** The printed text, to check what a reader gets (no local addresses, no repeated "Bron:"). */
  text: string;
}

/** A4 minus the left and right margins below (12 mm each), in CSS pixels: the width the PDF lays out at. */
const MARGIN_MM = 12;
export const PRINT_WIDTH_PX = Math.floor(((210 - 2 * MARGIN_MM) / 25.4) * 96);

/** Pages of a PDF written by Chromium: its page objects (/Type /Page, not /Pages). */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Prints the region's executive report to a PDF with headless Chromium. */
export async function renderReportPdf(options: ReportOptions): Promise<ReportResult> {
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
    // Laid out at the printed width, with print styles, so what is measured is what is printed.
    const page = await browser.newPage({ viewport: { width: PRINT_WIDTH_PX, height: 1400 } });
    await page.emulateMedia({ media: 'print' });
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
    await page.waitForFunction(() => !document.querySelector('[data-pending]'), undefined, { timeout });
    const { cut, text } = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const found: string[] = [];
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        const box = el.getBoundingClientRect();
        // Visually hidden text (1 px, clipped) is for screen readers and prints nothing.
        if (box.width <= 1 || box.height <= 1 || el.closest('.jp-visually-hidden')) continue;
        const style = getComputedStyle(el);
        const clips = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
        if (box.left < -0.5 || box.right > width + 0.5 || clips) {
          found.push(
            `${el.tagName.toLowerCase()}.${el.className} “${(el.textContent ?? '').trim().slice(0, 40)}”`,
          );
        }
      }
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the reader gets
      return { cut: found, text: document.body.innerText };
    });
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
    const pdf = await readFile(path);
    return { path, bytes: (await stat(path)).size, pages: countPdfPages(pdf), cut, text };
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
    .option('--full', 'met de tabel van alle cijfers als bijlage')
    .option('--lang <lang>', 'taal: nl of en', 'nl')
    .action(
      async (
        region: string,
        opts: { pdf: string; baseUrl?: string; name?: string; lang: string; full?: boolean },
      ) => {
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
            full: opts.full,
          });
          console.log(
            `PDF geschreven: ${result.path} (${result.pages} pagina's, ${Math.round(result.bytes / 1024)} kB)`,
          );
          if (result.cut.length > 0)
            console.error(
              `Let op: ${result.cut.length} elementen vallen buiten de pagina: ${result.cut.slice(0, 3).join('; ')}`,
            );
        } finally {
          await started?.stop();
        }
      },
    );
}
