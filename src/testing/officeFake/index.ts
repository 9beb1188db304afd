import { ErrorCode, FakeOfficeError } from './errors';
import type { FakeWorkbookModel } from './model';
import { FakeBatch, FakeRuntime } from './runtime';
import type { FakeOfficeOptions, FakeOfficeStats } from './runtime';
import type { ExcelShape, OfficeShape, RequestContextShape } from './shapes';
import { FakeWorkbook } from './workbook';

export type { FakeCellModel, FakeScalar, FakeSheetModel, FakeWorkbookModel, FakeVisibility } from './model';
export { modelCell, sheetFromRows, DEFAULT_COLUMN_WIDTH } from './model';
export type { FakeOfficeOptions, FakeOfficeStats } from './runtime';
export { FakeOfficeError, ErrorCode } from './errors';

class FakeRequestContext implements RequestContextShape {
  readonly workbook: FakeWorkbook;

  constructor(private readonly batch: FakeBatch) {
    this.workbook = new FakeWorkbook(batch);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this.batch.sync().then(() => passThroughValue as T);
  }
}

export interface FakeOffice {
  Excel: ExcelShape;
  Office: OfficeShape;
  stats: FakeOfficeStats;
  /** The live model (mutated by synced writes). */
  model: FakeWorkbookModel;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * A fake Office.js runtime over an in-memory workbook: assign `Excel` and `Office` to globalThis (or hand
 * them to the port) and drive the live adapter. Pure TypeScript, no Node APIs, so a browser page can
 * bundle it too.
 */
export function createFakeOffice(model: FakeWorkbookModel, options: FakeOfficeOptions = {}): FakeOffice {
  const runtime = new FakeRuntime(model, options);

  async function run<T>(a: Excel.RunOptions | Batch<T>, b?: Batch<T>): Promise<T> {
    const batchFn = typeof a === 'function' ? a : b;
    if (!batchFn) throw new FakeOfficeError(ErrorCode.invalidArgument, 'Excel.run needs a batch function');
    const runOptions = typeof a === 'function' ? {} : a;
    if (runOptions.mergeUndoGroup && !runtime.supports('ExcelApi', '1.20')) {
      throw new FakeOfficeError(ErrorCode.invalidArgument, 'mergeUndoGroup needs ExcelApi 1.20');
    }
    runtime.stats.runs.push({ ...runOptions });
    const batch = new FakeBatch(runtime);
    const result = await batchFn(new FakeRequestContext(batch) as unknown as Excel.RequestContext);
    // Stricter than Excel on purpose: writes queued after the last sync are a bug in the caller.
    if (batch.hasPendingWrites()) throw new FakeOfficeError(ErrorCode.invalidOperation, 'Excel.run ended with writes that were never synced');
    return result;
  }

  return {
    Excel: { run: run as unknown as typeof Excel.run },
    Office: { context: { requirements: { isSetSupported: (name, minVersion) => runtime.supports(name, minVersion === undefined ? undefined : String(minVersion)) } } },
    stats: runtime.stats,
    model,
  };
}
