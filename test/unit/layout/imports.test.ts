// The import directions of the README's layout ("One capability, one home") hold for the whole of src/: checked
// with dependency-cruiser and the rules in .dependency-cruiser.cjs, with no list of tolerated violations. A second
// test builds a small tree that breaks every rule once, so the check is known to fail when it should.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

/** Runs dependency-cruiser in `cwd` on its src/; the exit code is the number of violations. */
async function cruise(cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(
      depcruise,
      ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
      {
        cwd,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('import directions', () => {
  it('src/ imports only in the directions of the layout', async () => {
    const { code, output } = await cruise(root);
    console.log(output.trim());
    expect(output).toContain('no dependency violations found');
    expect(code).toBe(0);
  });

  const tree: Record<string, string> = {
    // every rule broken once; the right-hand side is allowed
    'src/stats/a.ts': "import '../db/store.ts';\n",
    'src/plans/rules.ts': "import '../db/store.ts';\nimport './service.ts';\nimport '../stats/ok.ts';\n",
    'src/newcap/model.ts': "import '../newcap/service/part.ts';\n",
    'src/db/store.ts': "import '../sources/reader.ts';\nimport '../plans/rules.ts';\n",
    'src/sources/reader.ts': "import '../plans/service.ts';\n",
    'src/plans/service.ts': "import '../app/context.ts';\nimport '../db/store.ts';\n",
    'src/newcap/service/part.ts': "import '../../server/route.ts';\n",
    'src/server/route.ts':
      "import '../db/store.ts';\nimport '../plans/service.ts';\nimport '../sources/service.ts';\n",
    'src/sources/service.ts': "import './reader.ts';\n",
    'src/app/context.ts': "import '../cli/main.ts';\n",
    'src/cli/main.ts': "import '../app/context.ts';\n",
    'src/web/page.tsx': "import '../plans/service.ts';\nimport '../plans/rules.ts';\n",
    'src/stats/ok.ts': 'export const ok = 1;\n',
  };
  let dir: string | null = null;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reports each kind of wrong import, also in a capability folder it was never told about', async () => {
    dir = await mkdtemp(join(tmpdir(), 'jp-layout-'));
    await copyFile(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    await writeFile(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { allowImportingTsExtensions: true, noEmit: true, jsx: 'react-jsx' },
      }),
    );
    for (const [path, text] of Object.entries(tree)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const { code, output } = await cruise(dir);
    const found = [...output.matchAll(/error ([a-z-]+): (\S+) → (\S+)/g)].map(
      (m) => `${m[1]} ${m[2]} → ${m[3]}`,
    );
    expect(found.sort()).toEqual(
      [
        'core-imports-only-core src/stats/a.ts → src/db/store.ts',
        'model-is-pure src/plans/rules.ts → src/db/store.ts',
        'model-is-pure src/plans/rules.ts → src/plans/service.ts',
        'model-is-pure src/newcap/model.ts → src/newcap/service/part.ts',
        'store-is-sql-only src/db/store.ts → src/sources/reader.ts',
        'sources-below-services src/sources/reader.ts → src/plans/service.ts',
        'service-below-adapters src/plans/service.ts → src/app/context.ts',
        'service-below-adapters src/newcap/service/part.ts → src/server/route.ts',
        'adapters-call-services src/server/route.ts → src/db/store.ts',
        'app-below-adapters src/app/context.ts → src/cli/main.ts',
        'web-imports-models-and-core src/web/page.tsx → src/plans/service.ts',
      ].sort(),
    );
    expect(code).toBe(found.length);
  });
});
