// `juisteplek workspaces create|list` and `juisteplek users unlock` as an operator runs them, on both databases:
// the workspace and its first beheerder's invitation link from the command line, accepted in the app afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../../src/app/context.ts';
import type { Config } from '../../../src/config.ts';
import { buildServer } from '../../../src/server/app.ts';
import { runCli } from '../../support/cli.ts';
import { testDatabases } from '../../support/database.ts';

for (const database of testDatabases()) {
  describe(`juisteplek workspaces on ${database.name}`, () => {
    let config: Config;
    let env: NodeJS.ProcessEnv;
    let dir: string;

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'jp-cli-ws-'));
      const base = await database.config();
      // PGlite in a process of its own needs a directory; PostgreSQL a schema of this run.
      config = database.name === 'pglite' ? { ...base, dataDir: join(dir, 'data') } : base;
      env =
        database.name === 'pglite'
          ? { JUISTEPLEK_DATA_DIR: config.dataDir }
          : { DATABASE_URL: config.databaseUrl!, DATABASE_SCHEMA: config.databaseSchema! };
    });
    afterAll(async () => {
      await database.cleanup();
      await rm(dir, { recursive: true, force: true });
    });

    it('refuses wrong usage with exit code 2, naming the option', async () => {
      const kind = await runCli(
        ['workspaces', 'create', '--name', 'X', '--kind', 'vereniging', '--region', 'ZK04'],
        env,
      );
      expect(kind.code).toBe(2);
      expect(kind.stderr).toContain('--kind: kies uit dsv, iza-regio, gemeente-team, other');
      const both = await runCli(['workspaces', 'create', '--name', 'X', '--kind', 'dsv'], env);
      expect(both.code).toBe(2);
      expect(both.stderr).toContain('--region');
      const mail = await runCli(
        [
          'workspaces',
          'create',
          '--name',
          'X',
          '--kind',
          'dsv',
          '--region',
          'ZK04',
          '--beheerder',
          'geen-adres',
        ],
        env,
      );
      expect(mail.code).toBe(2);
      expect(mail.stderr).toContain("--beheerder: 'geen-adres' is geen e-mailadres");
    });

    it('creates a workspace with its first beheerder, lists it, and the link works in the app', async () => {
      const created = await runCli(
        [
          'workspaces',
          'create',
          '--name',
          'DSV Rivierenland',
          '--kind',
          'dsv',
          '--region',
          'ZK04',
          '--beheerder',
          'Eerste@Example.nl',
          '--json',
        ],
        env,
      );
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      const { workspace, invitation } = JSON.parse(created.stdout);
      expect(workspace).toMatchObject({ name: 'DSV Rivierenland', kind: 'dsv', regionCode: 'ZK04' });
      expect(invitation).toMatchObject({ email: 'eerste@example.nl', role: 'beheerder' });
      const unknown = await runCli(
        ['workspaces', 'create', '--name', 'Y', '--kind', 'dsv', '--region', 'ZK99'],
        env,
      );
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("Regio 'ZK99' bestaat niet");

      const before = JSON.parse((await runCli(['workspaces', 'list', '--json'], env)).stdout);
      expect(before).toEqual([
        expect.objectContaining({ id: workspace.id, name: 'DSV Rivierenland', members: 0, beheerders: [] }),
      ]);

      const app = await openApp(config);
      const server = await buildServer(app);
      try {
        const accept = await server.inject({
          method: 'POST',
          url: `/api/invitations/${invitation.token}/accept`,
          payload: { password: 'een-goed-wachtwoord' },
        });
        expect(accept.statusCode).toBe(200);
        expect(accept.json()).toMatchObject({ workspaceId: workspace.id, role: 'beheerder' });
        const [made] = await app.db.query<{ actor_email: string }>(
          `SELECT actor_email FROM audit_log WHERE action = 'workspace.create' AND workspace_id = $1`,
          [workspace.id],
        );
        expect(made!.actor_email).toBe('cli');
        for (let i = 0; i < 5; i++)
          await server.inject({
            method: 'POST',
            url: '/api/auth/login',
            payload: { email: 'eerste@example.nl', password: `fout-${i}` },
          });
        const locked = await server.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'eerste@example.nl', password: 'een-goed-wachtwoord' },
        });
        expect(locked.statusCode).toBe(429);
      } finally {
        await server.close();
        await app.close();
      }

      const listed = await runCli(['workspaces', 'list'], env);
      expect(listed.code).toBe(0);
      expect(listed.stdout).toContain('DSV Rivierenland');
      expect(listed.stdout).toContain('beheerder: eerste@example.nl');

      const unlock = await runCli(['users', 'unlock', '--email', 'eerste@example.nl'], env);
      expect(unlock.code).toBe(0);
      expect(unlock.stdout).toContain('de wachttijd is opgeheven');
      const again = await runCli(['users', 'unlock', '--email', 'eerste@example.nl'], env);
      expect(again.stdout).toContain('er was geen wachttijd');
    });
  });
}
