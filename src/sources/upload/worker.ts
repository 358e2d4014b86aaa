// The upload worker thread: reads and checks one file (parseUpload) and posts the result back, so the parsing
// never runs on the thread that answers requests. Started by ./offThread.ts through ./worker.mjs.
import { parentPort, workerData } from 'node:worker_threads';
import { UploadFileError } from './errors.ts';
import { parseUpload, type UploadContext } from './index.ts';

export interface WorkerJob {
  filePath: string;
  mappingPath: string;
  context: UploadContext;
}

const job = workerData as WorkerJob;
const CHUNK = 10_000;
try {
  const result = await parseUpload(job.filePath, job.mappingPath, job.context);
  // The observations go in parts: the receiving thread copies each part in a task of its own, so a file of many
  // rows does not stall it while it takes them over either.
  for (let i = 0; i < result.observations.length; i += CHUNK)
    parentPort!.postMessage({ observations: result.observations.slice(i, i + CHUNK) });
  parentPort!.postMessage({ result: { ...result, observations: [] } });
} catch (error) {
  // parseUpload turns every problem with the file into errors; anything else is a failure of ours.
  const text = error instanceof UploadFileError ? error.text : null;
  parentPort!.postMessage({ failure: { message: (error as Error).message, text } });
}
