// Membership rules on every path (issue 13) and what the platform administrator may do in a workspace (issue 18),
// on both databases: never zero beheerders, an invitation for a member is a role change under the same rule, a
// signed-in invitee accepts without a password, organisation names unique per workspace, the administrator's list,
// and the administrator only starts a workspace (its first beheerder), with every refusal in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../support/database.ts';
import { ADMIN, anonymous, type Harness, harness, PASSWORD, sessionFrom, type Who } from './helpers.ts';

for (const database of testDatabases()) {
  describe(`membership rules on ${database.name}`, () => {
    let h: Harness;
    let admin: Who;
    let beheerder: Who;
    let ws: string;

    const newWorkspace = async (name: string) => {
      const r = await h.call(admin, 'POST', '/api/workspaces', {
        name,
        kind: 'dsv',
        region: { code: 'ZK04' },
      });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    const roleOf = async (workspace: string, email: string) =>
      (await h.call(beheerder, 'GET', `/api/workspaces/${workspace}/members`)).body.find(
        (m: { email: string }) => m.email === email,
      )?.role ?? null;
    const auditActions = async (workspace: string) =>
      (
        await h.ctx.db.query<{ action: string; detail: Record<string, unknown> }>(
          'SELECT action, detail FROM audit_log WHERE workspace_id = $1 ORDER BY id',
          [workspace],
        )
      ).map((e) => ({
        action: e.action,
        detail: typeof e.detail === 'string' ? JSON.parse(e.detail) : e.detail,
      }));

    beforeAll(async () => {
      h = await harness(database);
      admin = await h.login(ADMIN.email, ADMIN.password);
      ws = await newWorkspace('DSV Lidmaatschap');
      beheerder = await h.join(ws, admin, 'enige-beheerder@example.nl', 'beheerder');
    });
    afterAll(async () => {
      await h?.close();
    });

    it('refuses an invitation that would make the only beheerder a lezer, and its acceptance later', async () => {
      const refused = await h.call(beheerder, 'POST', `/api/workspaces/${ws}/invitations`, {
        email: 'enige-beheerder@example.nl',
        role: 'lezer',
      });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({
        error: 'last-beheerder',
        message: 'De laatste beheerder kan zijn rol niet verliezen.',
      });
      // An invitation made while there were two beheerders, accepted when only one is left, is refused too.
      const second = await h.join(ws, beheerder, 'tweede@example.nl', 'beheerder');
      const demote = await h.call(beheerder, 'POST', `/api/workspaces/${ws}/invitations`, {
        email: 'tweede@example.nl',
        role: 'lezer',
      });
      expect(demote.status).toBe(201);
      const me = (await h.call(beheerder, 'GET', '/api/auth/session')).body.account.id;
      expect(
        (await h.call(second, 'PUT', `/api/workspaces/${ws}/members/${me}`, { role: 'analist' })).status,
      ).toBe(200);
      const accept = await h.call(second, 'POST', `/api/invitations/${demote.body.token}/accept`, {});
      expect(accept.status).toBe(409);
      expect(accept.body.error).toBe('last-beheerder');
      expect(await roleOf(ws, 'tweede@example.nl')).toBe('beheerder');
      // Nothing was used up: once there is another beheerder the same link works, as a role change.
      expect(
        (await h.call(second, 'PUT', `/api/workspaces/${ws}/members/${me}`, { role: 'beheerder' })).status,
      ).toBe(200);
      const again = await h.call(second, 'POST', `/api/invitations/${demote.body.token}/accept`, {});
      expect(again.status).toBe(200);
      expect(await roleOf(ws, 'tweede@example.nl')).toBe('lezer');
    });

    it('never leaves a workspace without a beheerder through the members table either', async () => {
      const me = (await h.call(beheerder, 'GET', '/api/auth/session')).body.account.id;
      const down = await h.call(beheerder, 'PUT', `/api/workspaces/${ws}/members/${me}`, { role: 'partner' });
      expect(down.status).toBe(409);
      expect(down.body.error).toBe('last-beheerder');
      const away = await h.call(beheerder, 'DELETE', `/api/workspaces/${ws}/members/${me}`);
      expect(away.status).toBe(409);
      expect(await roleOf(ws, 'enige-beheerder@example.nl')).toBe('beheerder');
    });

    it('lets a signed-in invitee accept without a password, and says so on the invitation', async () => {
      const lezer = await h.join(ws, beheerder, 'lid@example.nl', 'lezer');
      const inv = await h.call(beheerder, 'POST', `/api/workspaces/${ws}/invitations`, {
        email: 'lid@example.nl',
        role: 'analist',
      });
      expect(inv.status).toBe(201);
      const seenAnonymously = await h.call(anonymous, 'GET', `/api/invitations/${inv.body.token}`);
      expect(seenAnonymously.body).toMatchObject({ existingAccount: true, signedInAsInvitee: false });
      const seen = await h.call(lezer, 'GET', `/api/invitations/${inv.body.token}`);
      expect(seen.body).toMatchObject({ existingAccount: true, signedInAsInvitee: true, role: 'analist' });
      // Not signed in: the existing account must sign in first, a password does not replace that.
      const stranger = await h.call(anonymous, 'POST', `/api/invitations/${inv.body.token}/accept`, {
        password: 'een-ander-wachtwoord',
      });
      expect(stranger.status).toBe(403);
      const accepted = await h.call(lezer, 'POST', `/api/invitations/${inv.body.token}/accept`, {});
      expect(accepted.status).toBe(200);
      expect(sessionFrom(accepted.headers['set-cookie'])).not.toBeNull();
      expect(await roleOf(ws, 'lid@example.nl')).toBe('analist');
      // Its password is unchanged.
      expect((await h.login('lid@example.nl', PASSWORD)).id).toBe(lezer.id);
      const fresh = await h.call(
        anonymous,
        'GET',
        `/api/invitations/${
          (
            await h.call(beheerder, 'POST', `/api/workspaces/${ws}/invitations`, {
              email: 'nieuw@example.nl',
              role: 'lezer',
            })
          ).body.token
        }`,
      );
      expect(fresh.body).toMatchObject({ existingAccount: false, signedInAsInvitee: false });
    });

    it('keeps organisation names unique within a workspace, whatever their case or spaces', async () => {
      const add = (name: string, workspace = ws, who = beheerder) =>
        h.call(who, 'POST', `/api/workspaces/${workspace}/organisations`, {
          name,
          type: 'ggd',
          laws: ['Wpg'],
        });
      expect((await add('GGD Gelderland-Zuid')).status).toBe(201);
      const twice = await add('  ggd gelderland-zuid ');
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ error: 'duplicate-organisation', parameter: 'name' });
      expect(twice.body.message).toContain('GGD Gelderland-Zuid');
      const both = await Promise.all([add('Gemeente Nijmegen'), add('Gemeente Nijmegen')]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
      const list = (await h.call(beheerder, 'GET', `/api/workspaces/${ws}`)).body.organisations;
      expect(list.filter((o: { name: string }) => o.name.toLowerCase() === 'gemeente nijmegen')).toHaveLength(
        1,
      );
      // The same name in another workspace is another organisation.
      const other = await newWorkspace('Andere DSV');
      const otherBeheerder = await h.join(other, admin, 'ander-beheerder@example.nl', 'beheerder');
      expect((await add('GGD Gelderland-Zuid', other, otherBeheerder)).status).toBe(201);
    });

    it('lists every workspace for the platform administrator, also in its session', async () => {
      const made = await newWorkspace('Zojuist gemaakt');
      const listed = (await h.call(admin, 'GET', '/api/workspaces')).body.map((w: { id: string }) => w.id);
      expect(listed).toContain(made);
      expect(listed).toContain(ws);
      const session = (await h.call(admin, 'GET', '/api/auth/session')).body;
      expect(session.workspaces.map((w: { id: string }) => w.id)).toContain(made);
      expect(session.workspaces.find((w: { id: string }) => w.id === made).role).toBeNull();
      // A member sees only its own.
      const mine = (await h.call(beheerder, 'GET', '/api/workspaces')).body.map((w: { id: string }) => w.id);
      expect(mine).toEqual([ws]);
    });

    it('lets the platform administrator start a workspace, and nothing more, each refusal logged', async () => {
      const fresh = await newWorkspace('Nieuwe regio');
      // Before there is a beheerder: the first beheerder's invitation, with its link.
      const first = await h.call(admin, 'POST', `/api/workspaces/${fresh}/invitations`, {
        email: 'start@example.nl',
        role: 'beheerder',
      });
      expect(first.status).toBe(201);
      expect(first.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      // Not another role, not even now.
      const lezer = await h.call(admin, 'POST', `/api/workspaces/${fresh}/invitations`, {
        email: 'tweede-adres@example.nl',
        role: 'lezer',
      });
      expect(lezer.status).toBe(403);
      expect(JSON.stringify(lezer.body)).not.toMatch(/token|uitnodiging\//);
      const starter = await h.call(anonymous, 'POST', `/api/invitations/${first.body.token}/accept`, {
        password: PASSWORD,
      });
      expect(starter.status).toBe(200);
      const starterId = starter.body.account.id;
      // Once there is a beheerder: no invitation (so no token) and no role change by the administrator.
      const after = await h.call(admin, 'POST', `/api/workspaces/${fresh}/invitations`, {
        email: 'tweede-adres@example.nl',
        role: 'beheerder',
      });
      expect(after.status).toBe(403);
      expect(after.body.token).toBeUndefined();
      const spare = await h.join(ws, beheerder, 'reserve@example.nl', 'lezer');
      const grant = await h.call(admin, 'PUT', `/api/workspaces/${fresh}/members/${spare.id}`, {
        role: 'analist',
      });
      expect(grant.status).toBe(403);
      const demote = await h.call(admin, 'PUT', `/api/workspaces/${fresh}/members/${starterId}`, {
        role: 'lezer',
      });
      expect(demote.status).toBe(403);
      expect((await h.call(spare, 'GET', `/api/workspaces/${fresh}/data`)).status).toBe(404);
      const log = await auditActions(fresh);
      expect(log.map((e) => e.action)).toEqual([
        'workspace.create',
        'invitation.create',
        'invitation.refused',
        'invitation.accept',
        'invitation.refused',
        'member.role.refused',
        'member.role.refused',
      ]);
      expect(log[2]!.detail).toMatchObject({ subject: 'tweede-adres@example.nl', role: 'lezer' });
      // The administrator may assign the first beheerder directly as well (an existing account).
      const other = await newWorkspace('Nog een regio');
      expect(
        (await h.call(admin, 'PUT', `/api/workspaces/${other}/members/${spare.id}`, { role: 'beheerder' }))
          .status,
      ).toBe(200);
      expect(
        (await h.call(admin, 'PUT', `/api/workspaces/${other}/members/${starterId}`, { role: 'beheerder' }))
          .status,
      ).toBe(403);
    });
  });
}
