import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileOutcome } from './process-file';
import { removeTemporaryFilesOf } from './file-io';
import type { WorkerInit, WorkerTask } from './worker';

export interface PoolFile {
  file: string;
  display: string;
}

/**
 * How to start a worker from wherever this module runs: the compiled `worker.js` next to it, or,
 * when running from TypeScript sources (tests, tsx), `worker.ts` through tsx's require hook.
 * Null when neither is possible; the caller then runs in-process.
 */
export function workerEntry(): { script: string; eval: boolean } | null {
  if (__filename.endsWith('.js')) {
    const compiled = path.join(__dirname, 'worker.js');
    return fs.existsSync(compiled) ? { script: compiled, eval: false } : null;
  }
  const source = path.join(__dirname, 'worker.ts');
  let tsxApi: string;
  try {
    tsxApi = require.resolve('tsx/cjs/api');
  } catch {
    return null;
  }
  if (!fs.existsSync(source)) return null;
  return {
    script: `require(${JSON.stringify(tsxApi)}).register(); require(${JSON.stringify(source)});`,
    eval: true,
  };
}

type WorkerMessage = { type: 'ready' } | { type: 'done'; position: number; outcome: FileOutcome };

export class WorkerStartError extends Error {}

/** Worker threads get a deeper stack than the main thread, so deeply nested code can still be analysed. */
const WORKER_STACK_MB = 32;

/**
 * Processes files on `count` worker threads, handing out one file at a time (files differ a lot
 * in cost). A worker that dies takes only its current file with it: that file is reported as
 * failed and a fresh worker continues. Throws WorkerStartError when no worker ever starts, so
 * the caller can fall back to in-process work for the files not yet done.
 */
export function runInWorkers(
  files: readonly PoolFile[],
  count: number,
  init: WorkerInit,
  onOutcome: (position: number, outcome: FileOutcome) => void,
  signal?: AbortSignal,
): Promise<void> {
  const timeoutMs = init.options.fileTimeoutMs;
  const entry = workerEntry();
  if (!entry) return Promise.reject(new WorkerStartError('no worker script available'));
  let next = 0;
  let finished = 0;
  let anyReady = false;
  let live = 0;

  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const workers = new Set<Worker>();
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (error) {
        for (const worker of workers) void worker.terminate();
        reject(error);
      }
      else resolve();
    };

    const spawn = () => {
      if (next >= files.length) return;
      live++;
      const worker = new Worker(entry.script, {
        eval: entry.eval,
        workerData: init satisfies WorkerInit,
        resourceLimits: { stackSizeMb: WORKER_STACK_MB },
      });
      workers.add(worker);
      let current: number | null = null;
      let ready = false;
      let watchdog: NodeJS.Timeout | undefined;
      let overdue = false;

      const feed = () => {
        clearTimeout(watchdog);
        // After an interrupt, files in progress finish; no new one starts.
        if (next >= files.length || signal?.aborted) {
          current = null;
          void worker.terminate();
          return;
        }
        current = next++;
        const task: WorkerTask = { position: current, ...files[current] };
        worker.postMessage(task);
        if (timeoutMs) {
          watchdog = setTimeout(() => {
            overdue = true;
            void worker.terminate(); // 'exit' reports the file and starts a fresh worker
          }, timeoutMs);
        }
      };

      worker.on('message', (message: WorkerMessage) => {
        if (settled) return;
        if (message.type === 'ready') {
          ready = true;
          anyReady = true;
          feed();
          return;
        }
        onOutcome(message.position, message.outcome);
        finished++;
        feed();
      });

      const lost = (reason: string) => {
        clearTimeout(watchdog);
        if (current !== null) {
          const file = files[current];
          // A worker stopped in the middle of a write leaves its temporary file behind.
          removeTemporaryFilesOf(file.file);
          const why = overdue
            ? `took longer than the per-file time limit of ${timeoutMs! / 1000} s (--file-timeout); left as it is`
            : `worker crashed: ${reason}`;
          onOutcome(current, {
            file: file.display, changed: false, changes: [], skipped: [],
            errors: [{ file: file.display, line: 1, column: 1, reason: why }],
          });
          overdue = false;
          finished++;
          current = null;
        }
      };

      worker.on('error', (error) => {
        if (settled) return;
        if (!ready && !anyReady) {
          // Could not even load: let the caller run the remaining files in-process.
          live--;
          void worker.terminate();
          settle(new WorkerStartError(error.message));
          return;
        }
        lost(error.message);
      });

      worker.on('exit', (code) => {
        workers.delete(worker);
        if (settled) return;
        live--;
        if (current !== null) lost(`exited with code ${code}`);
        if (finished === files.length || signal?.aborted) {
          if (live === 0) settle();
          return;
        }
        if (live < count) spawn();
      });
    };

    for (let i = 0; i < Math.min(count, files.length); i++) spawn();
  });
}
