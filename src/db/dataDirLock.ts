// One writer per PGlite data directory. PGlite is a single process: a second process on the same directory (a CLI
// command while the server runs) writes into files the first one never rereads, and the write is lost. A lock file
// beside the directory holds the owner's pid; a live owner refuses the newcomer, a dead one's lock is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `De ingebouwde database in '${dataDir}' is in gebruik door een ander juisteplek-proces (pid ${pid}, bijvoorbeeld de server). ` +
        'Stop dat proces eerst, of gebruik PostgreSQL (DATABASE_URL) om met meer processen tegelijk te werken.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

export const lockFileOf = (dataDir: string) => `${resolve(dataDir)}.lock`;

/** Whether a process with this pid runs (signal 0 only checks; EPERM means it runs under another user). */
function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const held = new Set<string>();

/** Takes the lock of a data directory or throws DataDirLockedError naming the live owner. */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = lockFileOf(dataDir);
  // Two attempts: the second after removing the lock of a dead owner.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      held.add(file);
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          held.delete(file);
          rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    // Our own pid is only ours when this process holds it; otherwise an earlier process with the same pid left it.
    const ownedHere = owner === process.pid && held.has(file);
    if (ownedHere || (owner !== process.pid && isAlive(owner))) throw new DataDirLockedError(dataDir, owner);
    rmSync(file, { force: true });
  }
  throw new DataDirLockedError(dataDir, Number.NaN);
}

// A process that ends without closing its database (an uncaught error, process.exit) still frees its locks.
process.once('exit', () => {
  for (const file of held) rmSync(file, { force: true });
});
