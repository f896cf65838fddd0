import { parentPort, workerData } from 'node:worker_threads';
import { resolveTransforms } from '../engine/registry';
import { processFile, type FileJobOptions } from './process-file';

/** Set once per worker: which transforms to run and how. */
export interface WorkerInit {
  transformIds: string[];
  options: FileJobOptions;
}

export interface WorkerTask {
  position: number;
  file: string;
  display: string;
}

// One worker processes many files; the engine (and, on demand, the type oracle) loads once.
if (parentPort) {
  const port = parentPort;
  const init = workerData as WorkerInit;
  const transforms = resolveTransforms(init.transformIds);
  port.on('message', (task: WorkerTask) => {
    const outcome = processFile(transforms, task.file, task.display, init.options);
    port.postMessage({ type: 'done', position: task.position, outcome });
  });
  port.postMessage({ type: 'ready' });
}
