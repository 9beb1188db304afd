import { ErrorCode, FakeOfficeError } from './errors';
import type { FakeWorkbookModel } from './model';

export interface FakeOfficeOptions {
  /** The n-th context.sync() (1-based, counted over the runtime's life) rejects and applies nothing. */
  failOnSync?: number | number[];
  /** Highest version per requirement set, e.g. { ExcelApi: '1.17' }. Default: ExcelApi 1.20. */
  supportedSets?: Record<string, string>;
  /** Excel on the web rejects a response above 5 MB (ResponsePayloadSizeLimitExceeded). Default 5 MB. */
  maxResponseBytes?: number;
  /** … and a request above 5 MB (RequestPayloadSizeLimitExceeded). Default 5 MB. */
  maxRequestBytes?: number;
  /** A read above this many cells comes back with null arrays instead of an error. Default 5,000,000. */
  maxCellsPerRead?: number;
  /** Every context.sync() waits this long before it applies (a slow network/host; the browser tests use it). */
  syncDelayMs?: number;
}

export interface FakeOfficeStats {
  /** Every context.sync() call, failed ones included. */
  syncs: number;
  /** Syncs whose batch carried at least one write. */
  writeSyncs: number;
  failedSyncs: number;
  /** Options passed to each Excel.run, in order ({} for the one-argument form). */
  runs: Excel.RunOptions[];
  /** UTF-8 JSON size of the largest response served (refused ones excluded) and request received. */
  largestResponseBytes: number;
  largestRequestBytes: number;
  /** UTF-8 JSON bytes of every response served (refused ones excluded). */
  totalResponseBytes: number;
}

export const MB = 1024 * 1024;

export class FakeRuntime {
  readonly stats: FakeOfficeStats = { syncs: 0, writeSyncs: 0, failedSyncs: 0, runs: [], largestResponseBytes: 0, largestRequestBytes: 0, totalResponseBytes: 0 };

  /** Counts batches that carried writes (for caches keyed on the model's state). */
  version = 0;

  constructor(
    readonly model: FakeWorkbookModel,
    readonly options: FakeOfficeOptions,
  ) {}

  get maxCellsPerRead(): number {
    return this.options.maxCellsPerRead ?? 5_000_000;
  }

  /** Office.context.requirements.isSetSupported: default ExcelApi 1.20. */
  supports(name: string, minVersion?: string): boolean {
    const highest = this.options.supportedSets?.[name] ?? (name === 'ExcelApi' ? '1.20' : undefined);
    if (highest === undefined) return false;
    if (minVersion === undefined) return true;
    return compareVersions(highest, minVersion) >= 0;
  }

  shouldFail(syncNumber: number): boolean {
    const f = this.options.failOnSync;
    return Array.isArray(f) ? f.includes(syncNumber) : f === syncNumber;
  }
}

/** What an operation may do while a sync applies it: stage a loaded value for delivery after the sync. */
export interface SyncStage {
  deliver(commit: () => void, bytes: number): void;
}

export interface Op {
  write: boolean;
  /** JSON size this op adds to the request (written values). */
  requestBytes: number;
  apply(stage: SyncStage): void;
}

/** One Excel.run's context: queues operations and applies them, in order, on sync(). */
export class FakeBatch {
  private pending: Op[] = [];

  constructor(readonly runtime: FakeRuntime) {}

  enqueue(op: Op): void {
    this.pending.push(op);
  }

  hasPendingWrites(): boolean {
    return this.pending.some((op) => op.write);
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    const { stats, options } = this.runtime;
    stats.syncs += 1;
    if (ops.some((op) => op.write)) stats.writeSyncs += 1;
    await Promise.resolve();
    if (options.syncDelayMs) await new Promise((resolve) => setTimeout(resolve, options.syncDelayMs));
    const fail = (code: string, message: string): never => {
      stats.failedSyncs += 1;
      throw new FakeOfficeError(code, message);
    };
    if (this.runtime.shouldFail(stats.syncs)) fail(ErrorCode.generalException, `Simulated failure of sync #${stats.syncs}`);
    const requestBytes = ops.reduce((n, op) => n + op.requestBytes, 0);
    stats.largestRequestBytes = Math.max(stats.largestRequestBytes, requestBytes);
    if (requestBytes > (options.maxRequestBytes ?? 5 * MB)) fail(ErrorCode.requestTooLarge, `Request of ${requestBytes} bytes exceeds the limit`);
    const deliveries: (() => void)[] = [];
    let responseBytes = 0;
    const stage: SyncStage = {
      deliver(commit, bytes) {
        deliveries.push(commit);
        responseBytes += bytes;
      },
    };
    // Like Excel, operations before a failing one stay applied; nothing is delivered to the proxies.
    for (const op of ops) {
      try {
        op.apply(stage);
        if (op.write) this.runtime.version += 1;
      } catch (e) {
        stats.failedSyncs += 1;
        throw e;
      }
    }
    if (responseBytes > (options.maxResponseBytes ?? 5 * MB)) fail(ErrorCode.responseTooLarge, `Response of ${responseBytes} bytes exceeds the limit`);
    stats.largestResponseBytes = Math.max(stats.largestResponseBytes, responseBytes);
    stats.totalResponseBytes += responseBytes;
    for (const d of deliveries) d();
  }
}

export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  // UTF-8 size: CJK text counts 3 bytes a character, as on the wire.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/**
 * Base of every proxy: a lazily resolved target pinned when its creating operation runs (as in Excel, a
 * range from getUsedRange() is the used range at that point of the batch), loaded properties readable only
 * after load() + sync().
 */
export abstract class FakeClientObject<T> {
  protected target: T | null | undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;

  protected constructor(
    protected readonly batch: FakeBatch,
    resolve: (() => T | null) | T,
    private readonly nullable: boolean,
    private readonly describe: string,
    /** True when creating the object changes the workbook (worksheets.add, notes.add). */
    creates = false,
  ) {
    if (typeof resolve === 'function') {
      batch.enqueue({ write: creates, requestBytes: 0, apply: () => this.pin((resolve as () => T | null)()) });
    } else this.target = resolve;
  }

  protected pin(t: T | null): void {
    if (t === null && !this.nullable) throw new FakeOfficeError(ErrorCode.itemNotFound, `${this.describe} was not found`);
    this.target = t;
  }

  /** The pinned target during a sync; throws when used on a null object. */
  protected resolved(): T {
    if (this.target === undefined) throw new FakeOfficeError(ErrorCode.invalidOperation, `${this.describe} used before its batch was synced`);
    if (this.target === null) throw new FakeOfficeError(ErrorCode.itemNotFound, `${this.describe} is a null object`);
    return this.target;
  }

  protected targetOrNull(): T | null {
    return this.target ?? null;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw notLoaded('isNullObject', this.describe);
    return this.nullKnown;
  }

  /** Property getters by name, evaluated against the target when the load operation runs. */
  protected abstract readonly loadable: Record<string, (t: T) => unknown>;

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name, this.describe);
    return this.loaded.get(name) as V;
  }

  /** Queue a write applied to the pinned target on sync. */
  protected write(requestBytes: number, apply: (t: T) => void): void {
    this.batch.enqueue({ write: true, requestBytes, apply: () => apply(this.resolved()) });
  }

  protected forget(name: string): void {
    this.loaded.delete(name);
  }

  /** load('a, b'), load(['a','b']), load({select: 'a,b'}), load() = every property. */
  load(names?: string | string[] | { select?: string | string[] }): this {
    const list = propertyNames(names, Object.keys(this.loadable));
    for (const n of list) if (!(n in this.loadable)) throw new FakeOfficeError(ErrorCode.invalidArgument, `${this.describe} has no loadable property ${n}`);
    this.batch.enqueue({ write: false, requestBytes: 0, apply: (stage) => this.stageLoad(stage, list) });
    return this;
  }

  /** Evaluate properties now (inside a sync) and deliver them when the sync succeeds. */
  stageLoad(stage: SyncStage, list: string[]): void {
    const t = this.targetOrNull();
    if (t === null) {
      stage.deliver(() => (this.nullKnown = true), 16);
      return;
    }
    const values = list.map((n) => [n, this.loadable[n](t)] as const);
    stage.deliver(() => {
      this.nullKnown = false;
      for (const [n, v] of values) this.loaded.set(n, v);
    }, jsonBytes(Object.fromEntries(values)));
  }
}

export function propertyNames(names: string | string[] | { select?: string | string[] } | undefined, all: string[]): string[] {
  if (names === undefined) return all;
  const raw = typeof names === 'string' ? names.split(',') : Array.isArray(names) ? names : [names.select ?? ''].flat().join(',').split(',');
  const list = raw.map((s) => s.trim()).filter((s) => s !== '');
  return list.length === 0 ? all : list;
}

export function notLoaded(name: string, owner: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCode.propertyNotLoaded,
    `The property '${name}' of ${owner} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
