import type { Engine, EngineRun } from '../services/engine';
import type { EngineRequest, EngineResponse } from '../services/engineProtocol';

/** What the client needs of a Worker (the DOM's Worker, or a test double). */
export interface EngineWorker {
  postMessage(message: EngineRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** User Timing marks around the worker's run, for the browser test and for profiling in the Office webview. */
export const MARKS = { post: 'mineplan:engine-post', posted: 'mineplan:engine-posted', reply: 'mineplan:engine-reply' } as const;

function mark(name: string): void {
  try {
    globalThis.performance?.mark?.(name);
  } catch {
    // marks are diagnostics only
  }
}

/**
 * The engine in a Web Worker, falling back to `fallback` (the in-thread engine) when the worker cannot be created,
 * fails to load, or fails on a run: the failure is logged and the user still gets a review. After a worker-level
 * failure (script not loaded, message not cloneable) the worker is dropped and every later run is in-thread.
 */
export function createWorkerEngine(
  makeWorker: () => EngineWorker,
  fallback: Engine,
  log: (message: string, error?: unknown) => void = (m, e) => console.warn(m, e),
): Engine {
  let worker: EngineWorker | undefined;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, { resolve(run: EngineRun): void; reject(error: Error): void }>();

  const giveUp = (reason: string) => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const p of pending.values()) p.reject(new Error(reason));
    pending.clear();
  };

  const start = (): EngineWorker | undefined => {
    if (broken) return undefined;
    if (worker) return worker;
    try {
      const w = makeWorker();
      w.addEventListener('message', (event) => {
        const response = event.data;
        const p = pending.get(response.id);
        if (!p) return;
        pending.delete(response.id);
        mark(MARKS.reply);
        if (response.ok) p.resolve(response.run);
        else p.reject(new Error(response.error));
      });
      w.addEventListener('error', (event) => {
        event.preventDefault?.();
        giveUp(`engine worker failed: ${(event as ErrorEvent).message ?? 'not loaded'}`);
      });
      w.addEventListener('messageerror', () => giveUp('engine worker: a message could not be cloned'));
      worker = w;
      return w;
    } catch (e) {
      log('mine-plan: no engine worker, reviewing on the main thread', e);
      broken = true;
      return undefined;
    }
  };

  const inWorker = (w: EngineWorker, request: EngineRequest) =>
    new Promise<EngineRun>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      try {
        mark(MARKS.post);
        w.postMessage(request);
        mark(MARKS.posted);
      } catch (e) {
        pending.delete(request.id);
        giveUp('engine worker: the snapshot could not be posted');
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });

  return async (snapshot) => {
    const w = start();
    if (!w) return fallback(snapshot);
    try {
      return await inWorker(w, { id: nextId++, snapshot });
    } catch (e) {
      log('mine-plan: the engine worker failed, reviewing on the main thread', e);
      return fallback(snapshot);
    }
  };
}
