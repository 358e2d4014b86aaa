// Safe membership and no lost input, in the browser (issue 13 items 1–3): the platform administrator creates a
// workspace on /werkruimten and sees it listed; a signed-in invitee accepts without a password; irreversible steps
// ask first (and cancelling changes nothing); scores start empty and an empty result says so; the goal form offers
// only indicators with data for the region; an incomplete milestone is refused at its field; an edit conflict shows
// both versions and lets the user choose; duiding is private until published and can be withdrawn; a server that is
// away gets a Dutch message and a retry that keeps the page. axe at 390 px and at desktop width.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '../../src/accounts/service.ts';
import {
  callApi,
  launchBrowser,
  type RunningApp,
  screenshot,
  seriousViolations,
  startApp,
  watchErrors,
} from './support.ts';

const PASSWORD = 'een-goed-wachtwoord';
const INDICATOR = 'covid-ziekenhuisopnames';
const MOBILE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

interface Session {
  cookie: string;
  csrf: string;
}

describe('membership, confirmations and conflicts in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let admin: Session;
  let ws: string;
  let base: string;
  let beheerder: Session;
  let goalId: string;
  let kernopgaveId: string;
  const contexts: BrowserContext[] = [];

  const call = (session: Session | null, method: string, url: string, body?: unknown) =>
    callApi(app, session?.cookie ?? null, method, url, body, session?.csrf);
  const sessionOf = (answer: { headers: Record<string, unknown>; body: { csrfToken: string } }) => ({
    cookie: String(answer.headers['set-cookie']).split(';')[0]!,
    csrf: answer.body.csrfToken,
  });
  const login = async (email: string, password: string) =>
    sessionOf(await call(null, 'POST', '/api/auth/login', { email, password }));
  /** A browser signed in with the session (its cookie), at the given width. */
  const pageFor = async (session: Session | null, viewport = DESKTOP) => {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    if (session) {
      const [name, value] = session.cookie.split('=');
      await context.addCookies([{ name: name!, value: value!, url: app.baseUrl }]);
    }
    const page = await context.newPage();
    return { page, errors: watchErrors(page) };
  };
  const check = async (page: Page, errors: string[], name: string) => {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // no horizontal overflow (390 px included)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  };
  /** Both widths: axe and overflow on mobile and on desktop. */
  const checkBoth = async (page: Page, errors: string[], name: string) => {
    await page.setViewportSize(MOBILE);
    await check(page, errors, `${name}-390`);
    await page.setViewportSize(DESKTOP);
    await check(page, errors, name);
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    await createAdmin(app.ctx.db, 'admin@example.nl', 'beheer-wachtwoord-1');
    admin = await login('admin@example.nl', 'beheer-wachtwoord-1');
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
  });

  it('lets the platform administrator create a workspace in the browser and see it in the list', async () => {
    const { page, errors } = await pageFor(admin);
    await page.goto(`${app.baseUrl}/werkruimten`);
    await page.getByRole('heading', { name: 'Nieuwe werkruimte' }).waitFor();
    expect(await page.getByText('U bent nog geen lid van een werkruimte.').count()).toBe(1);
    await page.getByLabel('Naam', { exact: true }).fill('DSV Veilig');
    await page.getByLabel('Soort samenwerking').selectOption('dsv');
    // An unknown region is named next to its field, and nothing typed is lost.
    await page.getByLabel('Regio', { exact: true }).fill('ZK99');
    await page.getByRole('button', { name: 'Werkruimte maken' }).click();
    const region = page.getByLabel('Regio', { exact: true });
    await page.locator('[aria-invalid="true"]').waitFor();
    expect(await region.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await region.getAttribute('aria-describedby'))!;
    const errorText = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(errorText).toMatch(/ZK99/);
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('DSV Veilig');
    await checkBoth(page, errors, 'safety-create-workspace-error');

    await region.fill('zk04');
    await page.getByRole('button', { name: 'Werkruimte maken' }).click();
    await page.getByText('Werkruimte ‘DSV Veilig’ is gemaakt en staat nu in de lijst.').waitFor();
    const card = page.getByTestId('workspace-list').locator('li', { hasText: 'DSV Veilig' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/u bent geen lid/);
    const listed = (await call(admin, 'GET', '/api/workspaces')).body as { id: string; name: string }[];
    expect(listed.map((w) => w.name)).toEqual(['DSV Veilig']);
    ws = listed[0]!.id;
    base = `/api/workspaces/${ws}/plan`;
    expect((await call(admin, 'GET', `/api/workspaces/${ws}`)).body.regionCode).toBe('ZK04');
    await checkBoth(page, errors, 'safety-workspaces-admin');
  });

  it('lets a signed-in invitee accept without a password', async () => {
    // A beheerder with a new account (password chosen on acceptance) …
    const token = (
      await call(admin, 'POST', `/api/workspaces/${ws}/invitations`, {
        email: 'beheerder@example.nl',
        role: 'beheerder',
      })
    ).body.token;
    expect(
      (await call(null, 'POST', `/api/invitations/${token}/accept`, { password: PASSWORD })).status,
    ).toBe(200);
    beheerder = await login('beheerder@example.nl', PASSWORD);
    // … is invited to a second workspace and opens the link while signed in.
    const other = (
      await call(admin, 'POST', '/api/workspaces', {
        name: 'IZA Tweede',
        kind: 'iza-regio',
        region: { code: 'ZK02' },
      })
    ).body.id as string;
    const second = (
      await call(admin, 'POST', `/api/workspaces/${other}/invitations`, {
        email: 'beheerder@example.nl',
        role: 'beheerder',
      })
    ).body.token;
    const { page, errors } = await pageFor(beheerder, MOBILE);
    await page.goto(`${app.baseUrl}/uitnodiging/${second}`);
    await page.getByText('U bent ingelogd als beheerder@example.nl.', { exact: false }).waitFor();
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    await checkBoth(page, errors, 'safety-invitation-signed-in');
    await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await page.waitForURL(new RegExp(`/werkruimte/${other}/plan$`));
    const members = (await call(admin, 'GET', `/api/workspaces/${other}/members`)).body as {
      email: string;
      role: string;
    }[];
    expect(members).toEqual([expect.objectContaining({ email: 'beheerder@example.nl', role: 'beheerder' })]);
    // Accepting started a new session in that browser (the old one ends): sign in again for what follows.
    beheerder = await login('beheerder@example.nl', PASSWORD);
  });

  it('refuses in words to invite the only beheerder into a lower role, keeping what was typed', async () => {
    const { page, errors } = await pageFor(beheerder, MOBILE);
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/leden`);
    await page.getByRole('heading', { name: 'Iemand uitnodigen' }).waitFor();
    await page.getByLabel('E-mailadres', { exact: true }).fill('beheerder@example.nl');
    await page.getByLabel('Rol', { exact: true }).selectOption('lezer');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'De laatste beheerder kan zijn rol niet verliezen' })
      .waitFor();
    expect(await page.getByLabel('E-mailadres', { exact: true }).inputValue()).toBe('beheerder@example.nl');
    expect(await page.getByLabel('Rol', { exact: true }).inputValue()).toBe('lezer');
    expect((await call(beheerder, 'GET', `/api/workspaces/${ws}/invitations`)).body).toEqual([]);
    expect((await call(beheerder, 'GET', `/api/workspaces/${ws}/members`)).body).toEqual([
      expect.objectContaining({ email: 'beheerder@example.nl', role: 'beheerder' }),
    ]);
    await checkBoth(page, errors, 'safety-invite-self');
  });

  it('asks before closing a round; scores start empty and an empty result says so', async () => {
    for (const [name, type] of [
      ['GGD Veilig', 'ggd'],
      ['Gemeente Veilig', 'gemeente'],
    ])
      await call(beheerder, 'POST', `/api/workspaces/${ws}/organisations`, { name, type, laws: [] });
    const round = (
      await call(beheerder, 'POST', `${base}/rounds`, {
        title: 'Eerste ronde',
        candidates: ['participatie', 'vermijdbare-opnamen-en-behandelingen', 'gezond-gewicht'].map(
          (themeId) => ({
            source: 'jzojp',
            themeId,
          }),
        ),
      })
    ).body as { id: string; candidates: { id: string }[] };
    const { page, errors } = await pageFor(beheerder);
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan/ronde/${round.id}`);
    await page.getByRole('heading', { name: 'Uw scores' }).waitFor();
    const selects = page.locator('fieldset[data-candidate] select');
    expect(await selects.count()).toBe(9);
    expect(await selects.evaluateAll((els) => els.map((el) => (el as HTMLSelectElement).value))).toEqual(
      Array(9).fill(''),
    );
    await page.getByTestId('empty-result').waitFor();
    expect(await page.getByText('0,00').count()).toBe(0);

    // Closing asks first, says what follows; cancelling (Escape) changes nothing and returns the focus.
    const close = page.getByRole('button', { name: 'Ronde sluiten' });
    await close.click();
    await page.getByText('Daarna kan niemand meer scores invullen of wijzigen.', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Weet u het zeker?');
    await checkBoth(page, errors, 'safety-confirm-close');
    await page.keyboard.press('Escape');
    expect(await close.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: 'Ja, sluit de ronde' }).count()).toBe(0);
    expect((await call(beheerder, 'GET', `${base}/rounds/${round.id}`)).body.status).toBe('open');

    // Scores on behalf of two organisations, then the round is closed and the kernopgaven fixed (set-up).
    const organisations = (await call(beheerder, 'GET', `/api/workspaces/${ws}`)).body.organisations as {
      id: string;
    }[];
    for (const o of organisations)
      expect(
        (
          await call(beheerder, 'PUT', `${base}/rounds/${round.id}/scores`, {
            organisationId: o.id,
            scores: round.candidates.map((c, i) => ({
              candidate: c.id,
              urgency: 5 - i,
              impact: 4,
              feasibility: 3,
            })),
          })
        ).status,
      ).toBe(200);
    await call(beheerder, 'POST', `${base}/rounds/${round.id}/close`);
    const fixed = await call(beheerder, 'POST', `${base}/kernopgaven`, {
      roundId: round.id,
      candidates: round.candidates.map((c) => c.id),
    });
    expect(fixed.status).toBe(201);
    const plan = (await call(beheerder, 'GET', base)).body;
    kernopgaveId = plan.kernopgaven[0].id;
  });

  it('offers only indicators with data for the region in the goal form', async () => {
    const { page, errors } = await pageFor(beheerder);
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan`);
    const section = page.locator('section.jp-kernopgave').first();
    await section.locator('summary', { hasText: 'Een doel toevoegen' }).click();
    await section.getByText('Alleen indicatoren met gegevens voor', { exact: false }).waitFor();
    const offered = await section
      .getByLabel('Indicator', { exact: true })
      .locator('optgroup[label="Alle indicatoren met regionale gegevens"] option')
      .evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    // The same set the profile of ZK04 has a regional value for.
    const profile = (await call(null, 'GET', '/api/regions/ZK04/profile')).body as {
      indicators: { id: string; value: number | null; availability: string }[];
    };
    const catalog = (await call(null, 'GET', '/api/indicators')).body as {
      indicators: { id: string; geography: string }[];
    };
    const withData = new Set(
      profile.indicators.filter((r) => r.availability === 'regional' && r.value !== null).map((r) => r.id),
    );
    const expected = catalog.indicators
      .filter((i) => i.geography === 'gemeente' && i.id !== 'bevolking' && withData.has(i.id))
      .map((i) => i.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(offered).toEqual(expected);
    expect(offered).toContain(INDICATOR);
    await checkBoth(page, errors, 'safety-goal-form');

    await section.getByLabel('Omschrijving van het doel').fill('Minder opnames');
    await section.getByLabel('Indicator', { exact: true }).selectOption(INDICATOR);
    await section.getByLabel('Streefwaarde').fill('60');
    await section.getByLabel('Streefdatum').fill('2030-12-31');
    await section.getByRole('button', { name: 'Doel opslaan' }).click();
    await page.getByText('Het doel is toegevoegd').waitFor();
    goalId = (await section.locator('li.jp-goal').first().getAttribute('data-goal-id'))!;
  });

  it('refuses a milestone without a date at its field and keeps what was typed', async () => {
    const { page, errors } = await pageFor(beheerder, MOBILE);
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan`);
    const section = page.locator('section.jp-kernopgave').first();
    await section.locator('summary', { hasText: 'Een actie toevoegen' }).click();
    const form = section.locator('details', { hasText: 'Een actie toevoegen' });
    await form.getByLabel('Naam van de actie').fill('Wijkverpleging uitbreiden');
    await form.getByLabel('Mijlpaal 1').fill('Start in twee wijken');
    await form.getByRole('button', { name: 'Actie opslaan' }).click();
    const due = form.getByLabel('Datum', { exact: true });
    await form.getByText('Vul een datum in voor deze mijlpaal', { exact: false }).waitFor();
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    expect(await due.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await form.getByLabel('Mijlpaal 1').inputValue()).toBe('Start in twee wijken');
    const actions = async () =>
      (await call(beheerder, 'GET', base)).body.kernopgaven.find((k: { id: string }) => k.id === kernopgaveId)
        .actions as { title: string; milestones: { title: string; due: string }[] }[];
    expect(await actions()).toEqual([]);
    await checkBoth(page, errors, 'safety-milestone-error');

    await due.fill('2027-03-31');
    await form.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.getByText('De actie is toegevoegd.').waitFor();
    expect((await actions())[0]!.milestones).toMatchObject([
      { title: 'Start in twee wijken', due: '2027-03-31' },
    ]);
  });

  it('shows both versions on an edit conflict and saves the one the user chooses', async () => {
    const url = `${app.baseUrl}/werkruimte/${ws}/plan/doel/${goalId}`;
    const mine = await pageFor(beheerder);
    await mine.page.goto(url);
    const title = mine.page.getByLabel('Omschrijving van het doel');
    await title.waitFor();
    // Someone else saves in between.
    const current = (await call(beheerder, 'GET', `${base}/goals/${goalId}/monitoring`)).body.goal;
    expect(
      (
        await call(beheerder, 'PATCH', `${base}/goals/${goalId}`, {
          version: current.version,
          title: 'Hun titel',
        })
      ).status,
    ).toBe(200);
    await title.fill('Mijn titel');
    await mine.page.locator('form.jp-form').getByLabel('Streefwaarde', { exact: true }).fill('55,5');
    await mine.page.getByRole('button', { name: 'Doel opslaan' }).click();
    const conflict = mine.page.getByTestId('conflict');
    await conflict.waitFor();
    await expect(conflict.locator('[data-version="yours"]').textContent()).resolves.toMatch(
      /Mijn titel.*55,5/,
    );
    await expect(conflict.locator('[data-version="saved"]').textContent()).resolves.toMatch(
      /Hun titel.*60,0/,
    );
    // What was typed is still in the form.
    expect(await title.inputValue()).toBe('Mijn titel');
    await checkBoth(mine.page, mine.errors, 'safety-conflict');
    await conflict.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await mine.page.getByText('Het doel is opgeslagen.').waitFor();
    await conflict.waitFor({ state: 'detached' });
    const saved = (await call(beheerder, 'GET', `${base}/goals/${goalId}/monitoring`)).body.goal;
    expect(saved).toMatchObject({ title: 'Mijn titel', target: { value: 55.5 } });

    // Again, and this time the saved version stays.
    await call(beheerder, 'PATCH', `${base}/goals/${goalId}`, {
      version: saved.version,
      title: 'Weer hun titel',
    });
    await title.fill('Nog een poging');
    await mine.page.getByRole('button', { name: 'Doel opslaan' }).click();
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'De opgeslagen versie houden' }).click();
    await mine.page.getByText('U ziet nu de opgeslagen versie', { exact: false }).waitFor();
    await mine.page.waitForFunction(
      () =>
        (document.querySelector('input[name="title"]') as HTMLInputElement | null)?.value ===
        'Weer hun titel',
    );
    expect((await call(beheerder, 'GET', `${base}/goals/${goalId}/monitoring`)).body.goal.title).toBe(
      'Weer hun titel',
    );
  });

  it('keeps duiding private until it is published, with a preview, and withdraws it after confirming', async () => {
    const publicTexts = async () =>
      (await call(null, 'GET', `/api/duiding?region=ZK04&indicator=${INDICATOR}`)).body.texts as unknown[];
    const { page, errors } = await pageFor(beheerder, MOBILE);
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan#duiding`);
    const section = page.locator('section#duiding');
    await section.getByLabel('Indicator').selectOption(INDICATOR);
    const text = section.getByLabel('Duiding', { exact: true });
    await text.fill('Minder opnames dan landelijk.');
    await section.getByText('Niet openbaar: alleen leden van de werkruimte zien deze tekst.').waitFor();
    await section.locator('summary', { hasText: 'Voorbeeld in het regiobeeld' }).click();
    await expect(section.getByTestId('duiding-preview').textContent()).resolves.toMatch(
      /Minder opnames dan landelijk\..*DSV Veilig/,
    );
    await section.getByRole('button', { name: 'Opslaan (niet openbaar)' }).click();
    await page.getByText('De duiding is opgeslagen. Ze is nog niet openbaar.').waitFor();
    expect(await publicTexts()).toEqual([]);
    await checkBoth(page, errors, 'safety-duiding-private');

    await section.getByRole('button', { name: 'Openbaar maken', exact: true }).click();
    await section.getByText('De tekst komt in het openbare regiobeeld te staan', { exact: false }).waitFor();
    await section.getByRole('button', { name: 'Ja, maak openbaar' }).click();
    await page.getByText('De duiding is openbaar.').waitFor();
    expect(await publicTexts()).toHaveLength(1);

    await section.getByRole('button', { name: 'Intrekken', exact: true }).click();
    await section.getByText('De tekst verdwijnt uit het openbare regiobeeld.', { exact: false }).waitFor();
    await checkBoth(page, errors, 'safety-duiding-withdraw');
    await section.getByRole('button', { name: 'Ja, trek in' }).click();
    await page.getByText('De duiding is ingetrokken', { exact: false }).waitFor();
    expect(await publicTexts()).toEqual([]);
    // Kept for the members, every version with it.
    const kept = (await call(beheerder, 'GET', `/api/workspaces/${ws}/duiding/${INDICATOR}`)).body;
    expect(kept.current).toMatchObject({ text: 'Minder opnames dan landelijk.', published: false });
    expect(kept.versions).toHaveLength(3);
    const logged = (await call(beheerder, 'GET', `/api/workspaces/${ws}/audit`)).body as { action: string }[];
    expect(logged.map((e) => e.action).filter((a) => a.startsWith('duiding.'))).toEqual(
      expect.arrayContaining(['duiding.update', 'duiding.publish', 'duiding.withdraw']),
    );
  });

  it('asks before publishing the plan and before withdrawing it; both are in the audit log', async () => {
    const { page, errors } = await pageFor(beheerder);
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan`);
    await page.getByRole('button', { name: 'Plan openbaar maken' }).click();
    await page.getByText('Het regioplan komt op een openbare pagina', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    expect((await call(null, 'GET', `/api/public/plans/${ws}`)).status).toBe(404);
    await page.getByRole('button', { name: 'Plan openbaar maken' }).click();
    await page.getByRole('button', { name: 'Ja, maak het plan openbaar' }).click();
    await page.getByText('Het plan is nu openbaar.').waitFor();
    expect((await call(null, 'GET', `/api/public/plans/${ws}`)).status).toBe(200);
    await page.getByRole('button', { name: 'Plan niet meer openbaar maken' }).click();
    await page.getByText('De openbare pagina van het plan verdwijnt', { exact: false }).waitFor();
    await checkBoth(page, errors, 'safety-confirm-withdraw-plan');
    await page.getByRole('button', { name: 'Ja, trek het plan in' }).click();
    await page.getByText('Het plan is niet meer openbaar.').waitFor();
    expect((await call(null, 'GET', `/api/public/plans/${ws}`)).status).toBe(404);
    const audit = (await call(beheerder, 'GET', `/api/workspaces/${ws}/audit`)).body as { action: string }[];
    const actions = audit.map((e) => e.action);
    expect(actions).toContain('plan.publish');
    expect(actions).toContain('plan.unpublish');
  });

  it('says in Dutch when the server is away, keeps the page and what was typed, and recovers without reload', async () => {
    const { page, errors } = await pageFor(beheerder);
    await page.goto(`${app.baseUrl}/werkruimte/${ws}/plan/doel/${goalId}`);
    const title = page.getByLabel('Omschrijving van het doel');
    await title.waitFor();
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
    });
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await title.fill('Offline getypt');
    await page.getByRole('button', { name: 'Doel opslaan' }).click();
    await page.getByText('De server is even niet bereikbaar', { exact: false }).first().waitFor();
    expect(await page.getByText('Failed to fetch').count()).toBe(0);
    expect(await title.inputValue()).toBe('Offline getypt');
    // Going to another page while away: the message with a retry, in Dutch.
    await page
      .getByRole('link', { name: /^Regioplan/ })
      .first()
      .click();
    const retry = page.getByRole('button', { name: 'Opnieuw proberen' });
    await retry.waitFor();
    await checkBoth(
      page,
      errors.filter((e) => !/ERR_CONNECTION_REFUSED|net::/.test(e)),
      'safety-server-away',
    );
    errors.length = 0;
    await page.unroute('**/api/**');
    await retry.click();
    await page.getByRole('heading', { level: 1, name: /Regioplan DSV Veilig|DSV Veilig/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(errors).toEqual([]);
  });
});
