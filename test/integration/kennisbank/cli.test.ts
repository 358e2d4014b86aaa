// `juisteplek kennisbank …` as a user runs it, on a PostgreSQL schema of its own: search with marked matches, a
// stop-word search, a broken seed directory named to the row and field, and appointing a redacteur.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../../support/cli.ts';
import { postgresDatabase } from '../../support/database.ts';

const database = postgresDatabase();
let env: NodeJS.ProcessEnv;
let brokenDir: string;

beforeAll(async () => {
  const config = await database.config();
  env = { DATABASE_URL: config.databaseUrl, DATABASE_SCHEMA: config.databaseSchema };
  brokenDir = mkdtempSync(join(tmpdir(), 'jp-kb-seed-'));
  cpSync(join(projectRoot, 'catalog', 'kennisbank'), brokenDir, { recursive: true });
  const tools = JSON.parse(readFileSync(join(brokenDir, 'tools.json'), 'utf8'));
  delete tools[4].source;
  tools[9].title = tools[0].title;
  writeFileSync(join(brokenDir, 'tools.json'), JSON.stringify(tools));
});
afterAll(async () => {
  rmSync(brokenDir, { recursive: true, force: true });
  await database.cleanup();
});

describe('juisteplek kennisbank', () => {
  it('searches in Dutch and marks the matches', async () => {
    const r = await runCli(['kennisbank', 'search', 'financiering', '--limit', '5'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ treffer\(s\) voor financiering/);
    expect(r.stdout).toMatch(/«[Ff]inanciering[a-z]*»/);
    expect(r.stdout).toMatch(/bron: ks-(rivm|vilans|nivel)-2024, /);
    const json = JSON.parse((await runCli(['kennisbank', 'search', 'financiering', '--json'], env)).stdout);
    expect(json.matched).toBe('all');
    expect(json.hits.length).toBeGreaterThan(0);
  });

  it('explains a search of only stop words and refuses a bad phase', async () => {
    const r = await runCli(['kennisbank', 'search', 'de', 'het'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/alleen uit veelvoorkomende woorden/);
    expect(r.stdout).toMatch(/^0 treffer/);
    const bad = await runCli(['kennisbank', 'search', 'zorg', '--phase', '7'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^juisteplek: --phase: /);
  });

  it('checks a seed directory and names file, row and field of each problem', async () => {
    const good = await runCli(['kennisbank', 'seed', '--check', '--json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual({ items: 229, sources: 6 });
    const broken = await runCli(['kennisbank', 'seed', '--check', '--dir', brokenDir]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('er is niets geladen');
    expect(broken.stderr).toContain('tools.json, rij 5, veld source: ontbreekt');
    expect(broken.stderr).toMatch(
      /tools\.json, rij 10, veld title: de titel 'Regiobeeld\.nl' komt al voor \(tools\.json, rij 1\)/,
    );
  });

  it('shows an item and appoints only existing accounts as redacteur', async () => {
    const show = await runCli(['kennisbank', 'show', 'fin-kassiersmodel'], env);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/^Kassiersmodel \(Financieringsvorm\)/);
    expect(show.stdout).toContain(
      'Bron: ks-nivel-2024, 3.2 Problemen met bekostiging door zorgverzekeraars en gemeenten, p. 107',
    );
    const missing = await runCli(['kennisbank', 'show', 'bestaat-niet'], env);
    expect(missing.code).toBe(2);
    const nobody = await runCli(['kennisbank', 'editor', 'niemand@example.nl'], env);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toMatch(/geen account met e-mailadres 'niemand@example.nl'/);
  });
});
