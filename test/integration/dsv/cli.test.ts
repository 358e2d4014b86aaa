// `juisteplek dsv …` as a user runs it: the definition check of a collaboration file (exit 1 when it fails, 2 for a
// bad file), the check of a questionnaire definition, and the overview of a round that is not published (exit 1).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';

describe('juisteplek dsv', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jp-dsv-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const collaboration = (partners: { name: string; type: string; laws: string[] }[]) => ({
    name: 'Zorgnetwerk Test',
    area: { regionCode: 'ZK04' },
    startYear: 2019,
    partners,
    governance: 'gezamenlijk',
  });

  it('checks a collaboration against the DSV definition, with the reasons', async () => {
    const two = join(dir, 'twee.json');
    await writeFile(
      two,
      JSON.stringify(
        collaboration([
          { name: 'Gemeente', type: 'gemeente', laws: ['Wmo'] },
          { name: 'GGD', type: 'ggd', laws: ['Wpg'] },
        ]),
      ),
    );
    const failed = await runCli(['dsv', 'check', two]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/voldoet niet aan de DSV-definitie/);
    expect(failed.stdout).toMatch(/reden: Er doen 2 organisaties mee; een DSV heeft er minstens 3\./);
    expect(failed.stdout).toMatch(/reden: Alleen actief in één domein/);

    const three = join(dir, 'drie.json');
    await writeFile(
      three,
      JSON.stringify(
        collaboration([
          { name: 'Gemeente', type: 'gemeente', laws: ['Wmo'] },
          { name: 'Zorgkantoor', type: 'zorgkantoor', laws: ['Wlz'] },
          { name: 'Cliëntenraad', type: 'clientenorganisatie', laws: [] },
        ]),
      ),
    );
    const passed = await runCli(['dsv', 'check', three, '--json']);
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.stdout)).toMatchObject({
      passes: true,
      organisations: 3,
      domains: ['sociaal', 'langdurig'],
      warnings: [],
    });
  });

  it('names the file and field of bad input (exit 2)', async () => {
    const bad = join(dir, 'fout.json');
    await writeFile(bad, JSON.stringify({ ...collaboration([]), startYear: 'vorig jaar' }));
    const r = await runCli(['dsv', 'check', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fout\.json: startYear: /);

    const definition = JSON.parse(
      await readFile(new URL('../../../catalog/dsv-questionnaire/2024.json', import.meta.url), 'utf8'),
    );
    definition.scales.effectiviteit.max = 0;
    const file = join(dir, '2024.json');
    await writeFile(file, JSON.stringify(definition));
    const q = await runCli(['dsv', 'questionnaire-check', file]);
    expect(q.code).toBe(2);
    expect(q.stderr).toMatch(/2024\.json: scales\.effectiviteit: max moet groter zijn dan min/);
    expect((await runCli(['dsv', 'questionnaire-check'])).stdout).toMatch(
      /2024\.json: in orde \(9 onderdelen, 35 vragen\)/,
    );
  });

  it('says a round is not published (exit 1)', async () => {
    const r = await runCli(['dsv', 'overview', '2025'], { JUISTEPLEK_DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').pop()).toBe(
      'juisteplek: Ronde 2025 is (nog) niet gepubliceerd; het landelijk overzicht verschijnt na publicatie.',
    );
    expect((await runCli(['dsv', 'overview', 'vorig'])).code).toBe(2);
  });
});
