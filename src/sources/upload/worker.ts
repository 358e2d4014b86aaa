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
try {
  const result = await parseUpload(job.filePath, job.mappingPath, job.context);
  parentPort!.postMessage({ result });
} catch (error) {
  // parseUpload turns every problem with the file into errors; anything else is a failure of ours.
  const text = error instanceof UploadFileError ? error.text : null;
  parentPort!.postMessage({ failure: { message: (error as Error).message, text } });
}
