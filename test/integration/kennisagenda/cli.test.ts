// `juisteplek kennisagenda train|suggest` as a user runs them: a real process on a PGlite data directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';

describe('juisteplek kennisagenda', () => {
  let dir: string;
  const env = () => ({ JUISTEPLEK_DATA_DIR: dir, DATABASE_URL: '' });
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jp-ka-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('train: a model of the seed examples with its cross-validated evaluation next to the baseline', async () => {
    const r = await runCli(['kennisagenda', 'train', '--json'], env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const trained = JSON.parse(r.stdout);
    expect(trained).toMatchObject({ trainedOn: 'examples', examples: 71, evaluation: { k: 5, seed: 2020 } });
    expect(trained.evaluation.classifier.items).toBe(71);
    expect(trained.evaluation.baseline.items).toBe(71);
    const text = await runCli(['kennisagenda', 'train'], env());
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/classificatiemodel\s+top-1\s+\d+,\d%\s+top-3\s+\d+,\d%\s+macro-F1 0,\d{3}/);
    expect(text.stdout).toMatch(/trefwoorden \(basis\)/);
  }, 120_000);

  it('suggest: three themes with scores from the stored model, as suggestions', async () => {
    const r = await runCli(
      [
        'kennisagenda',
        'suggest',
        'De',
        'bekostigingsstructuur',
        'en',
        'financieringsprikkels',
        'remmen',
        '--json',
      ],
      env(),
    );
    expect(r.code).toBe(0);
    const answer = JSON.parse(r.stdout);
    expect(answer.suggestions).toHaveLength(3);
    expect(answer.model).not.toBe('voorbeelden-seed-004');
    expect(answer.note).toMatch(/geen code/);
    for (const s of answer.suggestions) expect(s.score).toBeGreaterThan(0);
  }, 60_000);

  it('exits 2 naming the problem for a corpus that does not exist', async () => {
    const r = await runCli(['kennisagenda', 'train', '--source', 'bestaat-niet'], env());
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("juisteplek: Corpus 'bestaat-niet' bestaat niet.");
  }, 60_000);
});
