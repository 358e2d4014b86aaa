// `juisteplek learning …` as a user runs it, on a PostgreSQL schema of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';
import { postgresDatabase } from '../../support/database.ts';

const database = postgresDatabase();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const config = await database.config();
  env = { DATABASE_URL: config.databaseUrl, DATABASE_SCHEMA: config.databaseSchema };
});
afterAll(() => database.cleanup());

describe('juisteplek learning', () => {
  it('says the synthesis has too few workspaces yet', async () => {
    const r = await runCli(['learning', 'synthesis'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 gepubliceerde leercycli uit 0 werkruimten.');
    expect(r.stdout).toContain('Te weinig werkruimten (minder dan 3)');
    const json = JSON.parse((await runCli(['learning', 'synthesis', '--json'], env)).stdout);
    expect(json).toMatchObject({ enough: false, lessons: null, rule: { minCell: 5, minWorkspaces: 3 } });
  });

  it('prints the residents’ page of a region and refuses an unknown one', async () => {
    const r = await runCli(['learning', 'residents', 'ZK04'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wat zeggen de cijfers?');
    expect(r.stdout).toContain('Er is nog geen gepubliceerd regioplan.');
    expect(r.stdout).toContain('Er is nu geen datadialoog open.');
    const bad = await runCli(['learning', 'residents', 'XX99'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("juisteplek: Regio 'XX99' bestaat niet.");
  });
});
