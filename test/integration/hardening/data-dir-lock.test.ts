// Item 2 of issue 18: one writer per PGlite data directory. A CLI command refuses (exit 1, one clear line) while the
// real server holds the directory; once the server is gone (killed, so its lock is stale) the command works and its
// write is there when the server starts again; a server stopped by SIGTERM frees its lock.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockFileOf } from '../../../src/db/dataDirLock.ts';
import { projectRoot, runCli } from '../../support/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'jp-lock-'));
const dataDir = join(root, 'data');
const env = { JUISTEPLEK_DATA_DIR: dataDir, JUISTEPLEK_ADMIN_PASSWORD: 'een-lang-wachtwoord-42' };
const running: ChildProcess[] = [];

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the real server on the data directory and waits until it listens. */
async function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(projectRoot, 'bin', 'juisteplek.mjs'), 'serve'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, PORT: String(port) },
  });
  running.push(child);
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 150_000);
    child.stdout?.on('data', (d) => {
      output += d;
      if (output.includes('draait op')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (d) => {
      output += d;
    });
    child.on('exit', (code) => reject(new Error(`server ended (${code}): ${output}`)));
  });
  return { child, port };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('one writer per PGlite data directory', () => {
  it('refuses the CLI while the server runs, takes over the lock of a killed server, frees it on SIGTERM', async () => {
    const first = await startServer();
    expect(readFileSync(lockFileOf(dataDir), 'utf8').trim()).toBe(String(first.child.pid));

    const refused = await runCli(['users', 'create-admin', '--email', 'beheer@example.nl'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain(`in gebruik door een ander juisteplek-proces (pid ${first.child.pid}`);
    expect(refused.stdout).toBe('');

    // Killed without a chance to clean up: the lock file stays behind, naming a dead process.
    first.child.kill('SIGKILL');
    await exited(first.child);
    expect(existsSync(lockFileOf(dataDir))).toBe(true);

    const done = await runCli(['users', 'create-admin', '--email', 'beheer@example.nl'], env);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(existsSync(lockFileOf(dataDir))).toBe(false);

    // The write is not lost: the restarted server knows the administrator.
    const second = await startServer();
    const login = await fetch(`http://127.0.0.1:${second.port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@example.nl', password: env.JUISTEPLEK_ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);

    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    expect(existsSync(lockFileOf(dataDir))).toBe(false);
  }, 400_000);
});
