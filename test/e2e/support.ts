// Shared by the browser journeys: the real app in-process (in-memory PGlite, port 0), Debian's Chromium through
// playwright-core, axe-core checks and screenshots in test/artifacts/.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/app/chromium.ts';
import { type AppContext, openApp } from '../../src/app/context.ts';
import { buildServer, webDistDir } from '../../src/server/app.ts';

export const artifactsDir = fileURLToPath(new URL('../artifacts', import.meta.url));

export interface RunningApp {
  baseUrl: string;
  ctx: AppContext;
  server: FastifyInstance;
  close(): Promise<void>;
}

export async function startApp(): Promise<RunningApp> {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    throw new Error(
      'dist/web/index.html ontbreekt: bouw de webapp eerst met `npm run build:web` (npm test doet dat vóór vitest)',
    );
  }
  const ctx = await openApp({
    port: 0,
    host: '127.0.0.1',
    dataDir: 'memory://',
    databaseUrl: undefined,
    databaseSchema: undefined,
  });
  const server = await buildServer(ctx);
  await server.listen({ port: 0, host: '127.0.0.1' });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    ctx,
    server,
    close: async () => {
      await server.close();
      await ctx.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium ontbreekt op ${CHROMIUM_PATH}: installeer Debian's pakket (apt-get install chromium) of draai .ci/run`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Collects uncaught page errors, so a journey fails on a crashed page and not only on a missing element. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text()))
      errors.push(message.text());
  });
  return errors;
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page and returns the serious and critical violations, readably. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: false });
}

/** Waits until a profile (or the national monitor) is rendered and its charts are drawn. */
export async function waitForProfile(page: Page): Promise<void> {
  await page.waitForSelector('[data-profile-ready]', { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('[data-pending]'), undefined, { timeout: 30_000 });
}
