// `npm run bench`: runs every bench/*.bench.ts in name order and prints its figures. Timings are printed,
// never asserted. Each bench file exports `default async function (): Promise<void>`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
// scale.bench.ts takes minutes (it generates ~18M rows): it runs only when named (`npm run bench scale`).
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (only ? f.includes(only) : f !== 'scale.bench.ts'))
  .sort();
console.log(`Juiste Plek benchmarks on ${process.platform} ${process.arch}, Node ${process.version}`);
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const module = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> };
  await module.default();
}
