// Invitations that name a member organisation, on both databases: the link is set when the invitation is accepted,
// another workspace's organisation is refused (400 naming the field), the new member can score for it in a
// prioritisation round; linking and unlinking members; open invitations listed (never with a token) and withdrawn;
// migration 0006 on a database that already holds invitations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireInvitation } from '../../../src/db/accountStore.ts';
import { listMigrations, migrate } from '../../../src/db/migrate.ts';
import { testDatabases } from '../../support/database.ts';
import { ADMIN, anonymous, type Harness, harness, PASSWORD, sessionFrom, type Who } from './helpers.ts';

for (const database of testDatabases()) {
  describe(`invitations with an organisation on ${database.name}`, () => {
    let h: Harness;
    let admin: Who;
    let beheerder: Who;
    let ws: string;
    let ggd: { id: string; name: string };
    let gemeente: { id: string; name: string };
    let foreign: { id: string; name: string };
    const members = (url = `/api/workspaces/${ws}/members`) => h.call(beheerder, 'GET', url);
    const memberOf = async (email: string) =>
      (await members()).body.find((m: { email: string }) => m.email === email) as
        | { accountId: string; role: string; organisationId: string | null }
        | undefined;
    const invite = (body: Record<string, unknown>, who: Who = beheerder) =>
      h.call(who, 'POST', `/api/workspaces/${ws}/invitations`, body);
    const accept = async (token: string) => {
      const r = await h.call(anonymous, 'POST', `/api/invitations/${token}/accept`, { password: PASSWORD });
      expect(r.status).toBe(200);
      return {
        who: { cookie: sessionFrom(r.headers['set-cookie']), csrf: r.body.csrfToken, id: r.body.account.id },
        body: r.body,
      };
    };

    beforeAll(async () => {
      h = await harness(database);
      admin = await h.login(ADMIN.email, ADMIN.password);
      const create = async (name: string, code: string) =>
        (await h.call(admin, 'POST', '/api/workspaces', { name, kind: 'iza-regio', region: { code } })).body
          .id as string;
      ws = await create('Regio Leden', 'ZK04');
      beheerder = await h.join(ws, admin, 'beheerder@example.nl', 'beheerder');
      const organisation = async (
        workspace: string,
        who: Who,
        name: string,
        type: string,
        laws: string[],
      ) => {
        const r = await h.call(who, 'POST', `/api/workspaces/${workspace}/organisations`, {
          name,
          type,
          laws,
        });
        expect(r.status).toBe(201);
        return { id: r.body.id as string, name };
      };
      ggd = await organisation(ws, beheerder, 'GGD Testregio', 'ggd', ['Wpg']);
      gemeente = await organisation(ws, beheerder, 'Gemeente Testdorp', 'gemeente', ['Wmo', 'Jeugdwet']);
      const other = await create('Andere regio', 'ZK02');
      const otherBeheerder = await h.join(other, admin, 'ander@example.nl', 'beheerder');
      foreign = await organisation(other, otherBeheerder, 'Zorgverzekeraar Elders', 'zorgverzekeraar', [
        'Zvw',
      ]);
    });
    afterAll(async () => {
      await h?.close();
    });

    it('refuses an organisation of another workspace or an unknown one, naming the field', async () => {
      for (const organisationId of [foreign.id, 'bestaat-niet']) {
        const r = await invite({ email: 'x@example.nl', role: 'partner', organisationId });
        expect(r.status).toBe(400);
        expect(r.body.parameter).toBe('organisationId');
        expect(r.body.message).toBe('organisationId: geen organisatie van deze werkruimte');
      }
      const bad = await invite({ email: 'x@example.nl', role: 'partner', organisationId: 'a b' });
      expect(bad.status).toBe(400);
      expect(bad.body.parameter).toBe('organisationId');
      const email = await invite({ email: 'geen-adres', role: 'partner', organisationId: ggd.id });
      expect(email.status).toBe(400);
      expect(email.body.parameter).toBe('email');
      // Nothing was stored by the refused requests.
      const open = await h.call(beheerder, 'GET', `/api/workspaces/${ws}/invitations`);
      expect(open.body.map((i: { email: string }) => i.email)).not.toContain('x@example.nl');
    });

    it('links the new membership to the invitation’s organisation when it is accepted', async () => {
      const inv = await invite({ email: 'Partner@Example.nl', role: 'partner', organisationId: ggd.id });
      expect(inv.status).toBe(201);
      expect(inv.body).toMatchObject({
        email: 'partner@example.nl',
        role: 'partner',
        organisationId: ggd.id,
        link: `/uitnodiging/${inv.body.token}`,
      });
      const shown = await h.call(anonymous, 'GET', `/api/invitations/${inv.body.token}`);
      expect(shown.status).toBe(200);
      expect(shown.body).toMatchObject({ role: 'partner', organisation: 'GGD Testregio' });
      const { body } = await accept(inv.body.token);
      expect(body.organisationId).toBe(ggd.id);
      const member = await memberOf('partner@example.nl');
      expect(member).toMatchObject({ role: 'partner', organisationId: ggd.id });
      const log = await h.call(beheerder, 'GET', `/api/workspaces/${ws}/audit`);
      const entries = log.body.filter((e: { action: string }) =>
        ['invitation.create', 'invitation.accept'].includes(e.action),
      );
      expect(
        entries.filter((e: { detail: { organisation?: string } }) => e.detail.organisation),
      ).toHaveLength(2);
      // Without an organisation the membership is not linked, as before.
      const plain = await invite({ email: 'lezer@example.nl', role: 'lezer' });
      await accept(plain.body.token);
      expect((await memberOf('lezer@example.nl'))?.organisationId).toBeNull();
      const nulled = await invite({ email: 'lezer2@example.nl', role: 'lezer', organisationId: null });
      expect(nulled.status).toBe(201);
      expect(nulled.body.organisationId).toBeNull();
    });

    it('lets the member score for that organisation in a prioritisation round', async () => {
      const inv = await invite({ email: 'scoort@example.nl', role: 'partner', organisationId: gemeente.id });
      const { who: partner } = await accept(inv.body.token);
      const unlinked = await accept(
        (await invite({ email: 'los@example.nl', role: 'partner' })).body.token as string,
      );
      const rounds = `/api/workspaces/${ws}/plan/rounds`;
      const round = await h.call(beheerder, 'POST', rounds, {
        title: 'Ronde 1',
        method: 'score',
        candidates: [
          { source: 'eigen', label: 'Wonen en zorg' },
          { source: 'eigen', label: 'Eenzaamheid' },
        ],
      });
      expect(round.status).toBe(201);
      const scores = {
        scores: ['eigen:1', 'eigen:2'].map((candidate) => ({
          candidate,
          urgency: 4,
          impact: 3,
          feasibility: 5,
        })),
      };
      const url = `${rounds}/${round.body.id}/scores`;
      const scored = await h.call(partner, 'PUT', url, scores);
      expect(scored.status).toBe(200);
      expect(scored.body.organisationId).toBe(gemeente.id);
      const refused = await h.call(unlinked.who, 'PUT', url, scores);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toBe('no-organisation');
      const seen = await h.call(beheerder, 'GET', `${rounds}/${round.body.id}`);
      expect(seen.body.submittedBy).toEqual(['Gemeente Testdorp']);
    });

    it('links, keeps and unlinks a membership through PUT, refusing a foreign organisation', async () => {
      const member = (await memberOf('los@example.nl'))!;
      const url = `/api/workspaces/${ws}/members/${member.accountId}`;
      const foreignLink = await h.call(beheerder, 'PUT', url, {
        role: 'partner',
        organisationId: foreign.id,
      });
      expect(foreignLink.status).toBe(400);
      expect(foreignLink.body.parameter).toBe('organisationId');
      const linked = await h.call(beheerder, 'PUT', url, { role: 'partner', organisationId: ggd.id });
      expect(linked.status).toBe(200);
      expect(linked.body.organisationId).toBe(ggd.id);
      // Leaving organisationId out keeps the link; null removes it.
      const kept = await h.call(beheerder, 'PUT', url, { role: 'analist' });
      expect(kept.body).toMatchObject({ role: 'analist', previousRole: 'partner', organisationId: ggd.id });
      expect(await memberOf('los@example.nl')).toMatchObject({ role: 'analist', organisationId: ggd.id });
      const unlinked = await h.call(beheerder, 'PUT', url, { role: 'analist', organisationId: null });
      expect(unlinked.body.organisationId).toBeNull();
      expect((await memberOf('los@example.nl'))?.organisationId).toBeNull();
    });

    it('links an existing member who accepts a new invitation while signed in', async () => {
      const who = await h.login('lezer@example.nl', PASSWORD);
      const inv = await invite({ email: 'lezer@example.nl', role: 'partner', organisationId: gemeente.id });
      const r = await h.call(who, 'POST', `/api/invitations/${inv.body.token}/accept`, {});
      expect(r.status).toBe(200);
      expect(await memberOf('lezer@example.nl')).toMatchObject({
        role: 'partner',
        organisationId: gemeente.id,
      });
    });

    it('never leaves the workspace without a beheerder through an invitation', async () => {
      expect((await memberOf('beheerder@example.nl'))?.role).toBe('beheerder');
      // The only beheerder is not invited into a lower role …
      const refused = await invite({ email: 'beheerder@example.nl', role: 'lezer' });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ error: 'last-beheerder' });
      // … and an invitation made while there were two is refused at acceptance once only one is left.
      const second = await accept(
        (await invite({ email: 'tweede@example.nl', role: 'beheerder' })).body.token,
      );
      const demote = await invite({ email: 'beheerder@example.nl', role: 'lezer' });
      expect(demote.status).toBe(201);
      const removed = await h.call(beheerder, 'DELETE', `/api/workspaces/${ws}/members/${second.who.id}`);
      expect(removed.status).toBe(204);
      const r = await h.call(beheerder, 'POST', `/api/invitations/${demote.body.token}/accept`, {});
      expect(r.status).toBe(409);
      expect(r.body.error).toBe('last-beheerder');
      expect((await memberOf('beheerder@example.nl'))?.role).toBe('beheerder');
      // Refused means not used: the invitation is still open (the beheerder can withdraw it).
      expect((await h.call(anonymous, 'GET', `/api/invitations/${demote.body.token}`)).status).toBe(200);
      await h.call(beheerder, 'DELETE', `/api/workspaces/${ws}/invitations/${demote.body.id}`);
    });

    it('lists open invitations without their token, and withdraws one', async () => {
      const inv = await invite({ email: 'open@example.nl', role: 'analist', organisationId: ggd.id });
      const expired = await invite({ email: 'verlopen@example.nl', role: 'lezer' });
      await expireInvitation(h.ctx.db, expired.body.token);
      const list = await h.call(beheerder, 'GET', `/api/workspaces/${ws}/invitations`);
      expect(list.status).toBe(200);
      const emails = list.body.map((i: { email: string }) => i.email);
      expect(emails).toContain('open@example.nl');
      expect(emails).toContain('lezer2@example.nl');
      // Accepted and expired invitations are not open.
      for (const gone of ['partner@example.nl', 'verlopen@example.nl']) expect(emails).not.toContain(gone);
      const open = list.body.find((i: { email: string }) => i.email === 'open@example.nl');
      expect(open).toMatchObject({ id: inv.body.id, role: 'analist', organisationId: ggd.id });
      expect(open.invitedBy).toBe('beheerder@example.nl');
      expect(Date.parse(open.expiresAt)).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
      expect(JSON.stringify(list.body)).not.toContain(inv.body.token);
      expect(JSON.stringify(list.body)).not.toMatch(/token/i);

      const partner = await h.login('partner@example.nl', PASSWORD);
      const url = `/api/workspaces/${ws}/invitations/${inv.body.id}`;
      expect((await h.call(partner, 'GET', `/api/workspaces/${ws}/invitations`)).status).toBe(403);
      expect((await h.call(partner, 'DELETE', url)).status).toBe(403);
      expect((await h.call(anonymous, 'DELETE', url)).status).toBe(401);
      expect((await h.call(beheerder, 'DELETE', url)).status).toBe(204);
      expect((await h.call(beheerder, 'DELETE', url)).status).toBe(404);
      expect((await h.call(anonymous, 'GET', `/api/invitations/${inv.body.token}`)).status).toBe(404);
      const after = await h.call(beheerder, 'GET', `/api/workspaces/${ws}/invitations`);
      expect(after.body.map((i: { email: string }) => i.email)).not.toContain('open@example.nl');
      const log = await h.call(beheerder, 'GET', `/api/workspaces/${ws}/audit`);
      expect(log.body.map((e: { action: string }) => e.action)).toContain('invitation.revoke');
    });

    it('applies migration 0006 last, also on a database that already holds invitations', async () => {
      const versions = listMigrations().map((m) => m.version);
      const at = versions.indexOf('0006_invitation_organisation');
      expect(at).toBeGreaterThan(-1);
      for (const earlier of versions.filter((v) => /^000[1-5]_/.test(v)))
        expect(versions.indexOf(earlier)).toBeLessThan(at);
      // Back to the state before 0006, with an invitation made then; migrating again brings it forward.
      await h.ctx.db.query(
        'ALTER TABLE invitation DROP COLUMN organisation_id, DROP COLUMN id, DROP COLUMN created_at',
      );
      await h.ctx.db.query(`DELETE FROM schema_migration WHERE version = '0006_invitation_organisation'`);
      const token = 'o'.repeat(43);
      const { tokenHash } = await import('../../../src/db/ids.ts');
      await h.ctx.db.query(
        `INSERT INTO invitation (token_hash, workspace_id, email, role, invited_by, expires_at)
         VALUES ($1, $2, 'oud@example.nl', 'lezer', $3, now() + interval '1 day')`,
        [tokenHash(token), ws, beheerder.id],
      );
      expect(await migrate(h.ctx.db)).toEqual(['0006_invitation_organisation']);
      const open = (await h.call(beheerder, 'GET', `/api/workspaces/${ws}/invitations`)).body.find(
        (i: { email: string }) => i.email === 'oud@example.nl',
      );
      expect(open).toMatchObject({
        id: tokenHash(token).slice(0, 16),
        organisationId: null,
        createdAt: null,
      });
      await accept(token);
      expect(await memberOf('oud@example.nl')).toMatchObject({ role: 'lezer', organisationId: null });
      const fresh = await invite({ email: 'na@example.nl', role: 'partner', organisationId: ggd.id });
      await accept(fresh.body.token);
      expect((await memberOf('na@example.nl'))?.organisationId).toBe(ggd.id);
    });
  });
}
