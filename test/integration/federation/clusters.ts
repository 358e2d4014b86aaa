// Throwaway PostgreSQL 15 clusters for the federation suite: initdb + pg_ctl on a free port in a temp dir, as the
// `postgres` OS user when the tests run as root (initdb refuses root). Tuned to start fast: small shared_buffers,
// fsync off. Connections over TCP need a password (scram-sha-256), as a real partner's server would.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const BIN = '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;

export interface Cluster {
  port: number;
  dir: string;
  /** Password of the cluster's superuser `postgres` (TCP connections). */
  superPassword: string;
  /** A client as superuser on database `partner`. */
  client(): Promise<pg.Client>;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function asPostgres(cmd: string, args: string[]): Promise<void> {
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(BIN, cmd), ...args]]
    : [join(BIN, cmd), args];
  await run(file, argv, { timeout: 60_000 });
}

export async function startCluster(label: string): Promise<Cluster> {
  const dir = await mkdtemp(join(tmpdir(), `jp-fed-${label}-`));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  await chmod(dir, 0o700);
  const data = join(dir, 'data');
  const superPassword = randomBytes(12).toString('hex');
  const pwfile = join(dir, 'pw');
  await writeFile(pwfile, superPassword);
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(pwfile, Number(stdout.trim()), Number(gid.trim()));
  }
  await asPostgres('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--pwfile',
    pwfile,
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale=C',
  ]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=16MB -c fsync=off -c full_page_writes=off -c max_connections=30`;
  const start = () =>
    asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  // A fast stop (a partner going down) keeps every committed change; with an immediate stop and asynchronous commit
  // the test's last change to the partner's view could be lost in recovery (the view came back without its threshold).
  const stop = (mode: 'fast' | 'immediate' = 'fast') =>
    asPostgres('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  await start();
  const superClient = async (database: string) => {
    const c = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: superPassword, database });
    await c.connect();
    return c;
  };
  const admin = await superClient('postgres');
  await admin.query('CREATE DATABASE partner');
  await admin.end();
  let running = true;
  return {
    port,
    dir,
    superPassword,
    client: () => superClient('partner'),
    async stop() {
      if (running) await stop();
      running = false;
    },
    async start() {
      if (!running) {
        await start();
        // pg_ctl -w returns when the postmaster says it is ready; wait until it really answers on its TCP port too.
        for (let attempt = 0; ; attempt++) {
          try {
            await (await superClient('partner')).end();
            break;
          } catch (error) {
            if (attempt >= 60) throw error;
            await new Promise((r) => setTimeout(r, 500));
          }
        }
      }
      running = true;
    },
    async destroy() {
      if (running) await stop('immediate').catch(() => {});
      running = false;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
