// Shared by the browser journeys: the real app in-process (in-memory PGlite, port 0), Debian's Chromium through
// playwright-core, axe-core checks and screenshots in test/artifacts/.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createAdmin } from '../../src/accounts/service.ts';
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

/**
 * Starts the app and the browser before the tests of the describe block it is called in and closes both after them;
 * `app` and `browser` are set by the time a test runs.
 */
export function appAndBrowser(): { app: RunningApp; browser: Browser } {
  const running = {} as { app: RunningApp; browser: Browser };
  beforeAll(async () => {
    [running.app, running.browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(() => closeAll(running.browser, running.app));
  return running;
}

/** Closes the browser and the app of a describe block; either is unset when starting it failed. */
export async function closeAll(browser: Browser | undefined, app: RunningApp | undefined): Promise<void> {
  await browser?.close();
  await app?.close();
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

/** One API call on the app in-process, for set-up that has no page of its own; a cookie and CSRF token sign it in. */
export async function callApi(
  app: RunningApp,
  cookie: string | null,
  method: string,
  url: string,
  body?: unknown,
  csrf?: string | null,
) {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (csrf) headers['x-csrf-token'] = csrf;
  const r = await app.server.inject({
    method: method as 'GET',
    url,
    headers,
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: r.statusCode, body: r.body ? JSON.parse(r.body) : null, headers: r.headers };
}

/** callApi's arguments after the app, for a test's own short name bound to its app. */
export type ApiCall = [cookie: string | null, method: string, url: string, body?: unknown, csrf?: string];

/** Makes the platform administrator and signs in as it through the API: the session cookie and its CSRF token. */
export async function signInAdmin(app: RunningApp): Promise<{ cookie: string; csrf: string }> {
  await createAdmin(app.ctx.db, 'admin@example.nl', 'beheer-wachtwoord-1');
  const login = await callApi(app, null, 'POST', '/api/auth/login', {
    email: 'admin@example.nl',
    password: 'beheer-wachtwoord-1',
  });
  return { cookie: String(login.headers['set-cookie']).split(';')[0]!, csrf: login.body.csrfToken as string };
}

/** A page in a new browser context (1280 by 900 unless a width is given), with its errors collected. */
export async function newPage(browser: Browser, width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** A screenshot of the page, then no serious or critical axe violations and no page errors. */
export async function checkPage(page: Page, errors: string[], name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
}
