// parseUpload in a worker thread (./worker.ts): a large or hostile file costs that thread its time and memory
// (bounded by limits.workerMemoryMb), never the thread that answers the server's other requests. One fresh worker
// per upload, so its memory is returned when it ends; at most limits.parallelUploads at once, the rest wait.
import { Worker } from 'node:worker_threads';
import type { UploadContext, UploadResult } from './index.ts';
import { UPLOAD_LIMIT_SETTINGS, type UploadLimits, uploadLimits } from './limits.ts';
import type { WorkerJob } from './worker.ts';

const WORKER = new URL('./worker.mjs', import.meta.url);

let running = 0;
const waiting: (() => void)[] = [];

async function turn(parallel: number): Promise<() => void> {
  while (running >= parallel) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

/** As parseUpload, in a worker. Rejects (the caller answers 500 and removes its files) when the worker fails. */
export async function parseUploadOffThread(
  filePath: string,
  mappingPath: string,
  context: UploadContext & { limits?: Partial<UploadLimits> },
): Promise<UploadResult> {
  const limits = uploadLimits(context.limits);
  const done = await turn(limits.parallelUploads);
  try {
    return await new Promise<UploadResult>((resolve, reject) => {
      const job: WorkerJob = { filePath, mappingPath, context: { ...context, limits } };
      const worker = new Worker(WORKER, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: limits.workerMemoryMb },
        stdout: false,
        stderr: false,
      });
      let settled = false;
      const observations: UploadResult['observations'] = [];
      type Message = {
        observations?: UploadResult['observations'];
        result?: UploadResult;
        failure?: { message: string };
      };
      worker.on('message', (m: Message) => {
        if (m.observations) {
          for (const o of m.observations) observations.push(o);
          return;
        }
        settled = true;
        if (m.result) resolve({ ...m.result, observations });
        else reject(new Error(`upload worker: ${m.failure?.message ?? 'unknown failure'}`));
      });
      worker.once('error', (error) => {
        if (settled) return;
        settled = true;
        if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY')
          reject(new Error(`upload worker: ${error.message}`));
        else resolve(outOfMemory(context.file ?? 'upload', limits.workerMemoryMb));
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`upload worker stopped (exit code ${code})`));
        settled = true;
      });
    });
  } finally {
    done();
  }
}

/** The answer when reading the file took more memory than the worker may have. */
function outOfMemory(file: string, mb: number): UploadResult {
  const setting = UPLOAD_LIMIT_SETTINGS.workerMemoryMb;
  return {
    ok: false,
    observations: [],
    errors: [
      {
        file,
        row: null,
        column: null,
        value: null,
        message: {
          nl: `Het bestand vraagt bij het lezen meer dan ${mb} MB geheugen (geheugengrens, ${setting}); splits het bestand`,
          en: `Reading the file takes more than ${mb} MB of memory (memory limit, ${setting}); split the file`,
        },
      },
    ],
    errorCount: 1,
    rowCount: 0,
  };
}
