// Entry of the upload worker thread. A worker does not inherit the tsx loader of its parent (bin/juisteplek.mjs,
// bin/run-ts.mjs, vitest), so it registers tsx itself, the same way the bin scripts do, then loads the TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
