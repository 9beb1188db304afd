import { inThreadEngine, type Engine } from '../services/engine';
import { createWorkerEngine, type EngineWorker } from './workerEngine';

/**
 * The pane's engine: a Web Worker built by webpack 5 from engine.worker.ts (a separate chunk, served from the
 * add-in's own origin, loaded on the first review), or the in-thread engine where `Worker` is missing or fails.
 * Kept apart from workerEngine.ts because `import.meta.url` exists only in the webpack build (ES modules).
 */
export function startWorkerEngine(): Engine {
  const fallback = inThreadEngine();
  return createWorkerEngine(() => {
    if (typeof Worker === 'undefined') throw new Error('Worker is not available');
    // webpack recognises only this literal form (new Worker(new URL(…, import.meta.url))) and emits the worker chunk.
    return new Worker(
      // @ts-expect-error TS1343: tsconfig.json is CommonJS for jest and the CLI; webpack compiles this file as ES2020.
      new URL('./engine.worker.ts', import.meta.url),
      { name: 'mine-plan-engine' },
    ) as unknown as EngineWorker;
  }, fallback);
}
