// Issue 18 item 9: the real server (`juisteplek serve` on the shipped data in a fresh PGlite directory, as
// `npm start` runs it) under 50 connections for 60 s, on a mix of region profiles (gemeente, zorgkantoorregio,
// GGD-regio), ad-hoc profiles of an own region of N gemeenten and indicator values for the map. Prints requests/s,
// p50/p99 latency, errors and non-2xx answers, and the server's RSS before, right after, after a few idle seconds
// and after a full GC. Printed, never asserted. LOAD_SECONDS / LOAD_CONNECTIONS change the run. The data directory
// (.tmp/bench-load) is kept, as `npm start` keeps .juisteplek: the first run loads the bundle into it (minutes),
// later runs reopen it; LOAD_FRESH=1 starts from an empty one.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { report } from './measure.ts';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const root = join(import.meta.dirname, '..');

/** Starts `juisteplek serve` on a free port and resolves with its address once it says it is running. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', './bench/support/gcOnSignal.mjs', 'bin/juisteplek.mjs', 'serve'],
    { cwd: root, env: { ...process.env, PORT: '0', JUISTEPLEK_DATA_DIR: dataDir, DATABASE_URL: '' } },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /draait op (http:\/\/localhost:\d+)/.exec(output);
      if (match) resolve({ child, baseUrl: match[1]!.replace('localhost', '127.0.0.1') });
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.once('exit', (code) =>
      reject(new Error(`server stopped (exit ${code}) before it ran:\n${output}`)),
    );
  });
}

/** The server's resident set size in MB (Linux), read from /proc. */
function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mb = (n: number) => `${n.toFixed(0)} MB`;

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The request mix, from the server's own lists: every n-th region of three types, own regions, map values. */
async function requestMix(baseUrl: string): Promise<{ path: string; kind: string }[]> {
  type Region = { code: string };
  const codes = async (type: string, take: number) => {
    const regions = await json<Region[]>(`${baseUrl}/api/regions?type=${type}`);
    const step = Math.max(1, Math.floor(regions.length / take));
    return regions
      .filter((_, i) => i % step === 0)
      .slice(0, take)
      .map((r) => r.code);
  };
  const gemeenten = await json<Region[]>(`${baseUrl}/api/regions?type=gemeente`);
  const catalog = await json<{ indicators: { id: string; periodsWithData: number }[] }>(
    `${baseUrl}/api/indicators`,
  );
  const mix: { path: string; kind: string }[] = [];
  for (const type of ['gemeente', 'zorgkantoorregio', 'ggdregio']) {
    for (const code of await codes(type, 8))
      mix.push({ path: `/api/regions/${code}/profile`, kind: 'profile' });
  }
  // Own regions of 3, 10, 30 and 100 gemeenten, each taken at an other place in the list.
  for (const [i, n] of [3, 10, 30, 100].entries()) {
    const pick = gemeenten.slice(i * 40, i * 40 + n).map((g) => g.code);
    mix.push({ path: `/api/profile?gemeenten=${pick.join(',')}&name=Eigen%20regio%20${n}`, kind: 'ad-hoc' });
    mix.push({ path: `/api/profile?gemeenten=${pick.join(',')}&name=Eigen%20regio%20${n}`, kind: 'ad-hoc' });
  }
  const withData = catalog.indicators.filter((i) => i.periodsWithData > 0);
  const step = Math.max(1, Math.floor(withData.length / 8));
  for (const indicator of withData.filter((_, i) => i % step === 0).slice(0, 8)) {
    mix.push({ path: `/api/indicators/${indicator.id}/values?type=gemeente`, kind: 'map values' });
  }
  // Every address answers before the run starts, so errors under load are the load's.
  for (const { path } of mix) {
    const response = await fetch(`${baseUrl}${path}`);
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  }
  return mix;
}

export default async function (): Promise<void> {
  const dataDir = join(root, '.tmp', 'bench-load');
  if (process.env.LOAD_FRESH === '1') rmSync(dataDir, { recursive: true, force: true });
  const fresh = !existsSync(dataDir);
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const started = Date.now();
  const { child, baseUrl } = await startServer(dataDir);
  try {
    report(
      `server started on the shipped data (${fresh ? 'bundle loaded into a new' : 'reopened its'} PGlite dir)`,
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const mix = await requestMix(baseUrl);
    const kinds = ['profile', 'ad-hoc', 'map values'].map(
      (k) => `${mix.filter((m) => m.kind === k).length} ${k}`,
    );
    report(`request mix (${mix.length} addresses, in turn)`, kinds.join(', '));
    await sleep(2000);
    const before = rssMb(child.pid!);
    report('RSS before the load (warm, idle)', mb(before));

    const result = await autocannon({
      url: baseUrl,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: mix.map(({ path }) => ({ method: 'GET', path })),
    });
    const after = rssMb(child.pid!);
    report(
      `${CONNECTIONS} connections for ${SECONDS} s: requests/s (average)`,
      result.requests.average.toFixed(0),
    );
    report('  requests in all', String(result.requests.total));
    report('  latency p50', `${result.latency.p50} ms`);
    report('  latency p99', `${result.latency.p99} ms`);
    report('  errors / timeouts / non-2xx', `${result.errors} / ${result.timeouts} / ${result.non2xx}`);
    report('RSS right after the load', mb(after));
    report('  peak RSS (VmHWM)', mb(rssMb(child.pid!, 'VmHWM')));
    await sleep(5000);
    report('RSS after 5 s idle', mb(rssMb(child.pid!)));
    child.kill('SIGUSR2');
    await sleep(2000);
    report('RSS after a full GC', mb(rssMb(child.pid!)));
  } finally {
    const stopped = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await stopped;
  }
}
