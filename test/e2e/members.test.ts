// Members and organisations in the browser, end to end: a beheerder reaches the page from the plan and from the
// workspace list, adds organisations, invites a partner with a role and an organisation and copies the link; the
// invitee accepts through that link; the page shows the new member linked to the organisation. Changing a role
// or organisation, a refusal in words (the last beheerder), removing a member only after confirming, the read-only
// view of a partner and the English page. axe on every state (no serious or critical violations).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiCall,
  callApi,
  checkPage,
  closeAll,
  launchBrowser,
  newPage,
  type RunningApp,
  signInAdmin,
  startApp,
} from './support.ts';

const PASSWORD = 'een-goed-wachtwoord';

describe('members and organisations in the browser', () => {
  let app: RunningApp;
  let browser: Browser;
  let ws: string;
  let beheerderToken: string;
  let adminSession: { cookie: string; csrf: string };
  let beheerder: { context: BrowserContext; page: Page; errors: string[] };
  let inviteLink: string;

  const inject = (...call: ApiCall) => callApi(app, ...call);
  const admin = (method: string, url: string, body?: unknown) =>
    inject(adminSession.cookie, method, url, body, adminSession.csrf);
  const membersUrl = () => `${app.baseUrl}/werkruimte/${ws}/leden`;
  const member = (page: Page, email: string) => page.locator(`tr[data-member="${email}"]`);
  const members = async () =>
    (await admin('GET', `/api/workspaces/${ws}/members`)).body as {
      email: string;
      role: string;
      organisationId: string | null;
    }[];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    adminSession = await signInAdmin(app);
    ws = (
      await admin('POST', '/api/workspaces', { name: 'DSV Leden', kind: 'dsv', region: { code: 'ZK04' } })
    ).body.id;
    beheerderToken = (
      await admin('POST', `/api/workspaces/${ws}/invitations`, {
        email: 'beheerder@example.nl',
        role: 'beheerder',
      })
    ).body.token;
  });
  afterAll(() => closeAll(browser, app));

  it('takes the beheerder from the plan to the members page, where organisations are added', async () => {
    beheerder = await newPage(browser);
    const { page, errors } = beheerder;
    await page.goto(`${app.baseUrl}/uitnodiging/${beheerderToken}`);
    await page.getByLabel('Nieuw wachtwoord').fill(PASSWORD);
    await page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await page.waitForURL(new RegExp(`/werkruimte/${ws}/plan$`));
    await page.getByRole('link', { name: 'Leden en organisaties' }).click();
    await page.waitForURL(new RegExp(`/werkruimte/${ws}/leden$`));
    await page.getByRole('heading', { level: 1, name: 'Leden en organisaties' }).waitFor();
    await page.getByText('Er zijn nog geen organisaties.').waitFor();
    await page.getByText('Er staan geen uitnodigingen open.').waitFor();
    await checkPage(page, errors, 'members-empty');

    // From the workspace list as well.
    await page.goto(`${app.baseUrl}/werkruimten`);
    const fromList = page.getByRole('link', { name: 'Leden en organisaties' });
    await expect(fromList.getAttribute('aria-describedby')).resolves.toBeTruthy();
    expect(await page.locator(`#${await fromList.getAttribute('aria-describedby')}`).textContent()).toBe(
      'DSV Leden',
    );
    await fromList.click();
    await page.waitForURL(new RegExp(`/werkruimte/${ws}/leden$`));
    await page.getByRole('heading', { level: 1, name: 'Leden en organisaties' }).waitFor();

    for (const [name, type, laws] of [
      ['GGD Testregio', 'GGD', ['Wpg (Wet publieke gezondheid)']],
      ['Gemeente Testdorp', 'Gemeente', ['Wmo (Wet maatschappelijke ondersteuning)', 'Jeugdwet']],
    ] as const) {
      await page.getByLabel('Naam van de organisatie').fill(name);
      await page.getByLabel('Soort', { exact: true }).selectOption({ label: type });
      for (const law of laws) await page.getByLabel(law, { exact: true }).check();
      await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
      await page.getByText(`Organisatie ${name} is toegevoegd.`).waitFor();
      await page.locator('tr', { hasText: name }).first().waitFor();
    }
    const rows = page.locator('table', { hasText: 'Deelnemende organisaties' }).locator('tbody tr');
    expect(await rows.count()).toBe(2);
    await expect(rows.filter({ hasText: 'Gemeente Testdorp' }).textContent()).resolves.toMatch(
      /Wmo, Jeugdwet/,
    );
    // The form is empty again for the next one.
    await expect(page.getByLabel('Naam van de organisatie').inputValue()).resolves.toBe('');
    await checkPage(page, errors, 'members-organisations');
  });

  it('invites a partner with a role and an organisation and shows the link to pass on', async () => {
    const { page, context, errors } = beheerder;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
    await page.getByLabel('E-mailadres', { exact: true }).fill('partner@example.nl');
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'partner' });
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: 'GGD Testregio' });
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    await page.getByRole('heading', { name: 'Uitnodigingslink voor partner@example.nl' }).waitFor();
    const field = page.getByLabel('Uitnodigingslink');
    inviteLink = await field.inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${app.baseUrl}/uitnodiging/[A-Za-z0-9_-]{43}$`));
    // The link field has the focus, its text selected, ready to copy.
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Link kopiëren' }).click();
    await page.getByText('De link is gekopieerd.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(inviteLink);
    const open = page.locator('tr[data-invitation="partner@example.nl"]');
    await open.waitFor();
    await expect(open.textContent()).resolves.toMatch(/partner.*GGD Testregio.*beheerder@example\.nl/);
    await checkPage(page, errors, 'members-invitation-link');

    // A refused invitation is explained in words, naming the field.
    await page.getByLabel('E-mailadres', { exact: true }).fill('iemand@');
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    // The browser's own check stops an incomplete address before it is sent.
    expect(
      await page
        .getByLabel('E-mailadres', { exact: true })
        .evaluate((el) => (el as HTMLInputElement).validity.valid),
    ).toBe(false);
    expect(await page.locator('tr[data-invitation]').count()).toBe(1);
  });

  it('lets the invitee accept through the link', async () => {
    const invitee = await newPage(browser);
    await invitee.page.goto(inviteLink);
    await invitee.page.getByText('U neemt deel namens GGD Testregio.').waitFor();
    await expect(invitee.page.locator('main').textContent()).resolves.toMatch(/als partner/);
    await invitee.page.getByLabel('Nieuw wachtwoord').fill(PASSWORD);
    await invitee.page.getByLabel('Wachtwoord nog een keer').fill(PASSWORD);
    await invitee.page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await invitee.page.waitForURL(new RegExp(`/werkruimte/${ws}/plan$`));
    expect(invitee.errors).toEqual([]);

    // The partner sees the members page without the forms.
    await invitee.page.goto(membersUrl());
    await invitee.page
      .getByText('Alleen een beheerder kan organisaties, leden en uitnodigingen wijzigen.')
      .waitFor();
    await expect(member(invitee.page, 'partner@example.nl').textContent()).resolves.toMatch(
      /partner@example\.nl \(u\)partnerGGD Testregio/,
    );
    expect(await invitee.page.locator('form').count()).toBe(0);
    expect(await invitee.page.getByRole('heading', { name: 'Iemand uitnodigen' }).count()).toBe(0);
    await checkPage(invitee.page, invitee.errors, 'members-partner-view');
    await invitee.context.close();
  });

  it('shows the new member linked to the organisation', async () => {
    const { page, errors } = beheerder;
    await page.reload();
    const row = member(page, 'partner@example.nl');
    await row.waitFor();
    await expect(row.getByLabel('Rol van partner@example.nl').inputValue()).resolves.toBe('partner');
    await expect(
      row.getByLabel('Organisatie van partner@example.nl').locator('option:checked').textContent(),
    ).resolves.toBe('GGD Testregio');
    await expect(
      page.locator('tr[data-organisation]', { hasText: 'GGD Testregio' }).locator('td').last().textContent(),
    ).resolves.toBe('1');
    await page.getByText('Er staan geen uitnodigingen open.').waitFor();
    expect((await members()).find((m) => m.email === 'partner@example.nl')).toMatchObject({
      role: 'partner',
      organisationId: expect.any(String),
    });
    await checkPage(page, errors, 'members-linked');
  });

  it('changes a role and an organisation, explains a refusal, and removes a member only after confirming', async () => {
    const { page, errors } = beheerder;
    // Another member, invited and accepted through the API.
    // Invited by the beheerder: the administrator only invites a workspace's first beheerder (issue 18).
    const signIn = await inject(null, 'POST', '/api/auth/login', {
      email: 'beheerder@example.nl',
      password: PASSWORD,
    });
    const beheerderApi = String(signIn.headers['set-cookie']).split(';')[0]!;
    const token = (
      await inject(
        beheerderApi,
        'POST',
        `/api/workspaces/${ws}/invitations`,
        { email: 'lezer@example.nl', role: 'lezer' },
        signIn.body.csrfToken,
      )
    ).body.token;
    expect(
      (await inject(null, 'POST', `/api/invitations/${token}/accept`, { password: PASSWORD })).status,
    ).toBe(200);
    await page.reload();
    const lezer = member(page, 'lezer@example.nl');
    await lezer.waitFor();
    await lezer.getByLabel('Rol van lezer@example.nl').selectOption('analist');
    await lezer.getByLabel('Organisatie van lezer@example.nl').selectOption({ label: 'Gemeente Testdorp' });
    await lezer.getByRole('button', { name: /^Opslaan/ }).click();
    await page.getByText('De wijzigingen voor lezer@example.nl zijn opgeslagen.').waitFor();
    const gemeente = (await admin('GET', `/api/workspaces/${ws}`)).body.organisations.find(
      (o: { name: string }) => o.name === 'Gemeente Testdorp',
    );
    expect((await members()).find((m) => m.email === 'lezer@example.nl')).toMatchObject({
      role: 'analist',
      organisationId: gemeente.id,
    });

    // The last beheerder cannot give up the role: said in words, nothing changes.
    const self = member(page, 'beheerder@example.nl');
    await expect(self.textContent()).resolves.toMatch(/beheerder@example\.nl \(u\)/);
    await self.getByLabel('Rol van beheerder@example.nl').selectOption('lezer');
    await self.getByRole('button', { name: /^Opslaan/ }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'De laatste beheerder kan zijn rol niet verliezen' })
      .waitFor();
    expect((await members()).find((m) => m.email === 'beheerder@example.nl')?.role).toBe('beheerder');
    await expect(self.getByLabel('Rol van beheerder@example.nl').inputValue()).resolves.toBe('beheerder');

    // Removing asks first; cancelling keeps the member and returns focus to the button.
    await member(page, 'lezer@example.nl')
      .getByRole('button', { name: /^Verwijderen/ })
      .click();
    const yes = page.getByRole('button', { name: 'Ja, verwijderen' });
    await yes.waitFor();
    await page.getByText('lezer@example.nl uit de werkruimte verwijderen?').waitFor();
    expect(await yes.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkPage(page, errors, 'members-confirm-remove');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page
      .waitForFunction(() => document.activeElement?.textContent?.startsWith('Verwijderen'))
      .catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(
      /^Verwijderen lezer@example\.nl/,
    );
    expect((await members()).map((m) => m.email)).toContain('lezer@example.nl');
    // With the keyboard this time.
    await page.keyboard.press('Enter');
    await yes.waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('lezer@example.nl is uit de werkruimte verwijderd.').waitFor();
    await member(page, 'lezer@example.nl').waitFor({ state: 'detached' });
    expect((await members()).map((m) => m.email)).not.toContain('lezer@example.nl');
    await expect(member(page, 'partner@example.nl').textContent()).resolves.toMatch(/partner@example\.nl/);
    await checkPage(page, errors, 'members-removed');
  });

  it('has the page in English', async () => {
    const { page, errors } = beheerder;
    await page.goto(`${membersUrl()}?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Members and organisations' }).waitFor();
    await page.getByRole('heading', { name: 'Invite someone' }).waitFor();
    await expect(
      member(page, 'partner@example.nl').getByLabel('Role of partner@example.nl').inputValue(),
    ).resolves.toBe('partner');
    await checkPage(page, errors, 'members-en');
    await beheerder.context.close();
  });
});
