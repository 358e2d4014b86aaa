#!/usr/bin/env node
// Runs before `npm start`: builds the web app into dist/web when it is missing or older than its sources,
// so a fresh clone serves the app without a separate build step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'web', 'index.html');
const sources = join(root, 'src', 'web');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

if (!existsSync(join(sources, 'vite.config.ts'))) process.exit(0);
if (existsSync(built) && statSync(built).mtimeMs >= newest(sources)) process.exit(0);
console.log('Webapp bouwen (eenmalig)…');
const result = spawnSync(
  'npx',
  ['vite', 'build', '--logLevel', 'warn', '--config', 'src/web/vite.config.ts'],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
