// The `juisteplek` command as a user runs it: a real child process on a real data directory.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.ts';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'jp-cli-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('juisteplek CLI', () => {
  it('prints help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('serve');
    expect(result.stdout).toContain('load-bundle');
  });

  it('loads the bundle once and then reuses it', async () => {
    const first = await runCli(['load-bundle', '--json'], { JUISTEPLEK_DATA_DIR: dataDir });
    expect(first.code).toBe(0);
    // 475 regions made of gemeenten, 3,393 wijken and 14,574 buurten
    expect(JSON.parse(first.stdout)).toMatchObject({ loaded: true, regions: 475 + 3393 + 14574 });
    const second = await runCli(['load-bundle', '--json'], { JUISTEPLEK_DATA_DIR: dataDir });
    expect(JSON.parse(second.stdout)).toMatchObject({ loaded: false });
  });

  it('lists regions of a type as JSON', async () => {
    const result = await runCli(['regions', 'list', '--type', 'zorgkantoorregio', '--json'], {
      JUISTEPLEK_DATA_DIR: dataDir,
    });
    expect(result.code).toBe(0);
    const regions = JSON.parse(result.stdout);
    expect(regions).toHaveLength(31);
    expect(regions).toContainEqual({ code: 'ZK02', name: 'Amsterdam', type: 'zorgkantoorregio' });
  });

  it('refuses an unknown region type with exit code 2', async () => {
    const result = await runCli(['regions', 'list', '--type', 'dorp'], { JUISTEPLEK_DATA_DIR: dataDir });
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^juisteplek: --type: onbekend regiotype 'dorp'/);
  });

  it('lists the indicators', async () => {
    const result = await runCli(['indicators', 'list', '--json']);
    const ids = JSON.parse(result.stdout).map((i: { id: string }) => i.id);
    expect(ids).toEqual(
      expect.arrayContaining(['bevolking', 'aandeel-65plus', 'covid-meldingen', 'vaccinatie-basisserie']),
    );
  });

  it('ends with one clear line when DATABASE_URL does not answer', async () => {
    const result = await runCli(['regions', 'list'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('PostgreSQL op postgres://nobody@127.0.0.1:1/none is niet bereikbaar');
  });

  it('ends with one clear line when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const result = await runCli(['serve'], { JUISTEPLEK_DATA_DIR: dataDir, PORT: String(port) });
    blocker.close();
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `juisteplek: poort ${port} is al in gebruik; kies een andere met PORT=…`,
    );
  });
});
