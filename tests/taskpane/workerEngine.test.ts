import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { inThreadEngine, type Engine, type EngineRun } from '../../src/services/engine';
import { handleEngineRequest, type EngineRequest, type EngineResponse } from '../../src/services/engineProtocol';
import { createWorkerEngine, type EngineWorker } from '../../src/taskpane/workerEngine';
import { earthWorkbook, stubReview } from '../services/fixtures';

type Listener = (event: never) => void;

/** A Worker double: messages cross by structured clone and are answered by the worker's handler, asynchronously. */
class FakeWorker implements EngineWorker {
  listeners: Record<string, Listener[]> = {};
  posted = 0;
  terminated = false;
  constructor(private readonly behaviour: 'answer' | 'fail-to-load' | 'engine-error' = 'answer') {}
  addEventListener(type: string, listener: Listener): void {
    (this.listeners[type] ??= []).push(listener);
  }
  emit(type: string, event: unknown): void {
    for (const l of this.listeners[type] ?? []) (l as (e: unknown) => void)(event);
  }
  postMessage(message: EngineRequest): void {
    this.posted += 1;
    const request = structuredClone(message);
    setTimeout(() => {
      if (this.behaviour === 'fail-to-load') return this.emit('error', { message: 'Failed to load worker script', preventDefault() {} });
      const engine: Engine | undefined = this.behaviour === 'engine-error' ? () => Promise.reject(new Error('engine broke')) : undefined;
      void handleEngineRequest(request, engine).then((response: EngineResponse) => this.emit('message', { data: structuredClone(response) }));
    }, 1);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const fallbackSpy = () => {
  const calls: WorkbookSnapshot[] = [];
  const engine: Engine = async (wb) => {
    calls.push(wb);
    return { review: stubReview(), inputSha256: 'fallback', inputsDigest: { sha256: 'fallback', sheets: [] } };
  };
  return { calls, engine };
};

describe('createWorkerEngine (the pane engine in a Web Worker, in-thread fallback)', () => {
  it('runs in the worker and gives what the in-thread engine gives; one worker for every run', async () => {
    const workers: FakeWorker[] = [];
    const fallback = fallbackSpy();
    const engine = createWorkerEngine(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    }, fallback.engine);
    const expected: EngineRun = await inThreadEngine()(earthWorkbook());
    await expect(engine(earthWorkbook())).resolves.toEqual(expected);
    await expect(engine(earthWorkbook())).resolves.toEqual(expected);
    expect(workers).toHaveLength(1);
    expect(workers[0].posted).toBe(2);
    expect(fallback.calls).toHaveLength(0);
  });

  it('matches concurrent answers to their requests by id', async () => {
    const engine = createWorkerEngine(() => new FakeWorker(), fallbackSpy().engine);
    const small: WorkbookSnapshot = { sheets: [] };
    const [a, b] = await Promise.all([engine(earthWorkbook()), engine(small)]);
    expect(a).toEqual(await inThreadEngine()(earthWorkbook()));
    expect(b).toEqual(await inThreadEngine()(small));
  });

  it('falls back to the main thread when Worker is unavailable, and logs why', async () => {
    const fallback = fallbackSpy();
    const log = jest.fn();
    const engine = createWorkerEngine(() => {
      throw new Error('Worker is not available');
    }, fallback.engine, log);
    await expect(engine(earthWorkbook())).resolves.toMatchObject({ inputSha256: 'fallback' });
    expect(fallback.calls).toEqual([earthWorkbook()]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('main thread'), expect.any(Error));
  });

  it('falls back when the worker fails to load, and stops using it', async () => {
    const fallback = fallbackSpy();
    const log = jest.fn();
    const workers: FakeWorker[] = [];
    const engine = createWorkerEngine(() => {
      const w = new FakeWorker('fail-to-load');
      workers.push(w);
      return w;
    }, fallback.engine, log);
    await expect(engine(earthWorkbook())).resolves.toMatchObject({ inputSha256: 'fallback' });
    await expect(engine(earthWorkbook())).resolves.toMatchObject({ inputSha256: 'fallback' });
    expect(workers).toHaveLength(1);
    expect(workers[0].terminated).toBe(true);
    expect(workers[0].posted).toBe(1);
    expect(fallback.calls).toHaveLength(2);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('falls back when the worker answers with an error, keeping the worker for the next run', async () => {
    const fallback = fallbackSpy();
    const log = jest.fn();
    const worker = new FakeWorker('engine-error');
    const engine = createWorkerEngine(() => worker, fallback.engine, log);
    await expect(engine(earthWorkbook())).resolves.toMatchObject({ inputSha256: 'fallback' });
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'engine broke' }));
    expect(worker.terminated).toBe(false);
  });

  it('falls back when the snapshot cannot be posted (not cloneable)', async () => {
    const fallback = fallbackSpy();
    const worker = new FakeWorker();
    worker.postMessage = () => {
      throw new Error('DataCloneError');
    };
    const engine = createWorkerEngine(() => worker, fallback.engine, jest.fn());
    await expect(engine(earthWorkbook())).resolves.toMatchObject({ inputSha256: 'fallback' });
    expect(worker.terminated).toBe(true);
  });
});
