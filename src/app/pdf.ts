// Printing HTML to PDF with Debian's Chromium through playwright-core (no browser is ever downloaded). The page
// gets no JavaScript and no network: everything it shows is in the HTML. One print at a time per process.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export class PdfError extends Error {}

let queue: Promise<unknown> = Promise.resolve();

export function htmlToPdf(html: string, options: { footer?: string } = {}): Promise<Buffer> {
  const run = queue.then(() => print(html, options));
  queue = run.catch(() => {});
  return run;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

async function print(html: string, options: { footer?: string }): Promise<Buffer> {
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new PdfError(
      `Chromium (${CHROMIUM_PATH}) kon niet starten; installeer het Debian-pakket 'chromium': ${(error as Error).message}`,
    );
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/*', (route) =>
      route.request().url().startsWith('data:') ? route.continue() : route.abort(),
    );
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;padding:0 16mm;display:flex;justify-content:space-between;color:#555"><span>${escapeHtml(options.footer ?? 'Juiste Plek – regioplan')}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    });
    return pdf;
  } finally {
    await browser.close();
  }
}
