// The analysts' CLI: `juisteplek stats ci|dsr` and `juisteplek profile`, with worked values and bad input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESP2013, ESP2013_BANDS } from '../../../src/stats/intervals.ts';
import { runCli } from '../../support/cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jp-stats-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const result = await runCli(args, env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
};

describe('juisteplek stats ci', () => {
  it('gives the Wilson interval of Newcombe (1998) Table II for 1/10 (in %)', async () => {
    const out = await json([
      'stats',
      'ci',
      '--method',
      'wilson',
      '--count',
      '1',
      '--denominator',
      '10',
      '--json',
    ]);
    expect(out.value).toBe(10);
    expect(out.lower).toBeCloseTo(1.79, 2); // Newcombe 1998: 0.0179–0.4042
    expect(out.upper).toBeCloseTo(40.42, 2);
  });

  it("gives Byar's limits for 10 events and exact limits for 0 events (per 100,000)", async () => {
    const byar = await json([
      'stats',
      'ci',
      '--method',
      'byar',
      '--count',
      '10',
      '--denominator',
      '100000',
      '--json',
    ]);
    // Byar: 10·(1 − 1/90 − 1.96/(3·√10))³ = 4.7874 and 11·(1 − 1/99 + 1.96/(3·√11))³ = 18.3915
    expect(byar.lower).toBeCloseTo(4.7874, 3);
    expect(byar.upper).toBeCloseTo(18.3915, 3);
    const zero = await json([
      'stats',
      'ci',
      '--method',
      'exact-poisson',
      '--count',
      '0',
      '--denominator',
      '100000',
      '--json',
    ]);
    expect(zero).toMatchObject({ value: 0, lower: 0 });
    expect(zero.upper).toBeCloseTo(3.6889, 3); // χ²(0.975, 2)/2 = 3.68888
  });

  it('gives the t-interval of a mean', async () => {
    const out = await json([
      'stats',
      'ci',
      '--method',
      'mean',
      '--mean',
      '10',
      '--sd',
      '2',
      '--n',
      '25',
      '--json',
    ]);
    // t(0.975, 24) = 2.063899; 2/√25 = 0.4
    expect(out.lower).toBeCloseTo(10 - 2.063899 * 0.4, 5);
    expect(out.upper).toBeCloseTo(10 + 2.063899 * 0.4, 5);
  });

  it('refuses bad input with exit code 2 naming the value', async () => {
    const negative = await runCli([
      'stats',
      'ci',
      '--method',
      'wilson',
      '--count',
      '-1',
      '--denominator',
      '10',
    ]);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain('--count');
    const above = await runCli(['stats', 'ci', '--method', 'wilson', '--count', '11', '--denominator', '10']);
    expect(above.code).toBe(2);
    expect(above.stderr).toContain('groter dan');
    const method = await runCli(['stats', 'ci', '--method', 'magic', '--count', '1', '--denominator', '10']);
    expect(method.code).toBe(2);
    expect(method.stderr).toContain("'magic'");
  });
});

describe('juisteplek stats dsr', () => {
  const bands = ESP2013_BANDS.map((band, i) => ({
    band,
    count: i < 5 ? 2 : 10 + i * 3,
    population: 40000 - i * 1500,
  }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('computes the directly standardised rate with the ESP 2013', async () => {
    const file = write(
      'bands.csv',
      `ageband,count,population\n${bands.map((b) => `${b.band},${b.count},${b.population}`).join('\n')}\n`,
    );
    const out = await json(['stats', 'dsr', '--file', file, '--json']);
    const total = ESP2013.reduce((s, w) => s + w, 0);
    const expected =
      (bands.reduce((s, b, i) => s + (b.count / b.population) * ESP2013[i]!, 0) / total) * 100000;
    expect(out.value).toBeCloseTo(expected, 8);
    expect(out.lower).toBeLessThan(out.value);
    expect(out.upper).toBeGreaterThan(out.value);
  });

  it('names the row and column of a malformed bands file', async () => {
    const badNumber = write(
      'bad.csv',
      `ageband,count,population\n${bands.map((b, i) => `${b.band},${i === 3 ? 'veel' : b.count},${b.population}`).join('\n')}\n`,
    );
    const result = await runCli(['stats', 'dsr', '--file', badNumber]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("rij 5, kolom 'count': 'veel'");
    const badHeader = write('header.csv', 'band,n,pop\n0-4,1,2\n');
    expect((await runCli(['stats', 'dsr', '--file', badHeader])).stderr).toContain('kopregel');
  });
});

describe('juisteplek profile', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'jp-profile-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints the profile of a standard and of an ad-hoc region as JSON', async () => {
    const zk = await json(['profile', 'ZK02', '--json'], { JUISTEPLEK_DATA_DIR: dataDir });
    expect(zk.region.code).toBe('ZK02');
    const admissions = zk.indicators.find((i: { id: string }) => i.id === 'covid-ziekenhuisopnames');
    expect(admissions.lower).toBeLessThan(admissions.value);
    const adhoc = await json(['profile', 'GM0363,GM0384', '--json'], { JUISTEPLEK_DATA_DIR: dataDir });
    expect(adhoc.region.gemeenten.map((g: { code: string }) => g.code)).toEqual(['GM0363', 'GM0384']);
  });

  it('refuses unknown, duplicated and empty gemeente lists with exit code 2', async () => {
    for (const [arg, text] of [
      ['GM0363,GM9999', 'GM9999'],
      ['GM0363,GM0363', 'meer dan één keer'],
      [',', 'leeg'],
      ['XX99', "'XX99'"],
    ] as const) {
      const result = await runCli(['profile', arg, '--json'], { JUISTEPLEK_DATA_DIR: dataDir });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(text);
    }
  });
});
