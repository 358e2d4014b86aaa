// Issue "Foundation": cold first start (incl. bundle load) and warm start to a served /api/health, and the time
// of GET /api/regions?type=gemeente.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, ms, percentile, report } from './measure.ts';

const root = join(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `juisteplek serve` and returns the time until /api/health answers 200, and a stop function. */
async function start(dataDir: string, port: number) {
  const began = performance.now();
  const child = spawn(process.execPath, [join(root, 'bin', 'juisteplek.mjs'), 'serve'], {
    env: { ...process.env, JUISTEPLEK_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' },
    stdio: 'ignore',
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const elapsed = performance.now() - began;
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { elapsed, stop };
}

export default async function (): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'jp-bench-'));
  const port = await freePort();
  try {
    const cold = await start(dataDir, port);
    await cold.stop();
    report('cold first start to /api/health (migrate + load bundle)', ms(cold.elapsed));
    const warmTimes: number[] = [];
    let server: Awaited<ReturnType<typeof start>> | null = null;
    for (let i = 0; i < 3; i++) {
      server = await start(dataDir, port);
      warmTimes.push(server.elapsed);
      if (i < 2) await server.stop();
    }
    report('warm start to /api/health (median of 3)', ms(median(warmTimes)), '< 3 s');
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const began = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/regions?type=gemeente`);
      await response.json();
      if (i >= 10) times.push(performance.now() - began);
    }
    report('GET /api/regions?type=gemeente median', ms(median(times)));
    report('GET /api/regions?type=gemeente p95', ms(percentile(times, 95)));
    await server?.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
