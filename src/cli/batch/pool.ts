import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { reviewOne, type BatchOutcome, type BatchTask } from './reviewOne';

export type Parallelism = 'workers' | 'inline';

/** Compiled worker script beside this file; absent when running from TypeScript sources (ts-jest). */
const WORKER_SCRIPT = join(__dirname, 'worker.js');

/** Threads: one per core. Inline: two files in flight, so one's disk reads overlap the other's parsing. */
export function defaultJobs(mode: Parallelism): number {
  return mode === 'workers' ? Math.max(1, availableParallelism()) : 2;
}

/** Worker threads are used only when asked for and when the compiled worker script exists. */
export function workersAvailable(): boolean {
  return existsSync(WORKER_SCRIPT);
}

/**
 * Review `tasks` with at most `jobs` at a time, reporting each outcome as it lands (in completion order);
 * resolves to the outcomes in input order. `inline` (the default) interleaves them on this thread; `workers`
 * runs each on its own thread. Measured on a loaded 2-core machine (docs/performance.md), inline was faster:
 * each worker pays ~1 s to load exceljs, and parallel parsing gains nothing when the cores are busy.
 */
export async function runBatch(
  tasks: BatchTask[],
  opts: { jobs: number; mode?: Parallelism; onDone?: (outcome: BatchOutcome, done: number) => void },
): Promise<BatchOutcome[]> {
  const mode = opts.mode === 'workers' && workersAvailable() ? 'workers' : 'inline';
  const jobs = Math.max(1, Math.min(opts.jobs, tasks.length));
  const results: BatchOutcome[] = new Array(tasks.length);
  let next = 0;
  let done = 0;
  const finish = (i: number, outcome: BatchOutcome) => {
    results[i] = outcome;
    opts.onDone?.(outcome, ++done);
  };
  const lanes = Array.from({ length: jobs }, () => (mode === 'workers' ? workerLane() : inlineLane()));
  await Promise.all(
    lanes.map(async (lane) => {
      try {
        while (next < tasks.length) {
          const i = next++;
          finish(i, await lane.run(tasks[i]));
        }
      } finally {
        await lane.close();
      }
    }),
  );
  return results;
}

interface Lane {
  run(task: BatchTask): Promise<BatchOutcome>;
  close(): Promise<void>;
}

function inlineLane(): Lane {
  return { run: reviewOne, close: async () => undefined };
}

/** One worker thread reviewing files one after another; a crashed worker fails only its current file. */
function workerLane(): Lane {
  let worker: Worker | undefined;
  const start = () => (worker ??= new Worker(WORKER_SCRIPT));
  return {
    run: (task) =>
      new Promise<BatchOutcome>((resolve) => {
        const w = start();
        const cleanup = () => {
          w.off('message', onMessage);
          w.off('error', onError);
        };
        const onMessage = (outcome: BatchOutcome) => {
          cleanup();
          resolve(outcome);
        };
        const onError = (err: Error) => {
          cleanup();
          worker = undefined;
          resolve({ path: task.path, ok: false, stage: 'read', error: err.message });
        };
        w.on('message', onMessage);
        w.on('error', onError);
        w.postMessage(task);
      }),
    close: async () => {
      if (worker) await worker.terminate();
    },
  };
}
