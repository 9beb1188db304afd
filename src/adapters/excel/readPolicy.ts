/**
 * How much one context.sync() may carry. Excel on the web refuses a request or a response above 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) and answers a read above 5,000,000
 * cells with null arrays; Excel desktop has neither limit.
 *
 * Reading: sync 1 lists the sheets, sync 2 loads every used range (address, values, formulas, numberFormat)
 * at once — 2 syncs whatever the row count, as long as Excel accepts the response. Only when it does not
 * (the payload error, or a range that came back without values) does the adapter learn the sizes and read
 * in row chunks (ChunkPlanner): one sync for the used-range addresses, then syncs of ≈ 80 % of the limit
 * each, sized from the bytes per cell measured on what earlier chunks of the same sheet returned (before
 * that, the other sheets' rate + 25 %, at most 48 bytes a cell); a chunk Excel still refuses is halved and retried.
 */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
/** Above this many cells in one range Excel on the web returns nulls instead of values. */
export const MAX_CELLS_PER_READ = 5_000_000;
/**
 * Estimated JSON bytes per cell for values + formulas + numberFormat: a number or short text (≈ 12 bytes)
 * twice plus "General" (10 bytes), rounded up for CJK text (3 bytes a character in UTF-8).
 */
export const BYTES_PER_CELL_ESTIMATE = 48;
/** Leave room for the envelope and for estimates that turn out low. */
const SAFETY = 0.8;
/**
 * A sheet not yet measured is planned at the bytes per cell measured on the workbook's other sheets so far,
 * with this margin (a plan's sheets weigh 22–28 bytes a cell; a heavier one is refused and halved), never
 * above BYTES_PER_CELL_ESTIMATE.
 */
const UNMEASURED_MARGIN = 1.25;

export interface ReadPolicy {
  /** Response size one chunked sync aims at; default RESPONSE_LIMIT_BYTES. */
  responseBudgetBytes: number;
}

/**
 * What a port remembers of its last read of the workbook, so the next read (a reviewer runs 复核 again after
 * an edit) does not repeat a whole-workbook request Excel refused last time, and plans each sheet's first
 * chunk at the bytes per cell measured last time instead of the 48-byte guess.
 */
export interface ReadMemory {
  /** The last read needed chunks (its response would not fit in one). */
  chunked: boolean;
  /** JSON bytes per cell measured per sheet on the last chunked read. */
  bytesPerCell: Map<string, number>;
}

export function emptyReadMemory(): ReadMemory {
  return { chunked: false, bytesPerCell: new Map() };
}

/** Cells per chunked sync: 5 MB × 0.8 / 48 B ≈ 87,381 cells by default. */
export function chunkCells(policy: ReadPolicy): number {
  return Math.max(1, Math.floor((policy.responseBudgetBytes * SAFETY) / BYTES_PER_CELL_ESTIMATE));
}

export interface RowBlock {
  sheet: string;
  /** 1-based absolute rows and columns. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function blockCells(b: RowBlock): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

/**
 * Plans the chunked read one sync at a time. Each sync takes whole rows, in sheet order, until the estimated
 * response reaches `responseBudgetBytes × 0.8`; a sheet's estimate is the JSON bytes per cell measured on
 * its chunks read so far (`record`), or BYTES_PER_CELL_ESTIMATE before its first chunk. A block never passes
 * `maxCells` (Excel answers larger reads with nulls). Deterministic: the same workbook gives the same plan.
 */
export class ChunkPlanner {
  private readonly remaining: RowBlock[];
  /** Halves of refused chunks, each read alone before planning goes on. */
  private readonly retries: RowBlock[][] = [];
  private readonly measured = new Map<string, { bytes: number; cells: number }>();
  readonly budgetBytes: number;

  constructor(
    extents: RowBlock[],
    policy: ReadPolicy,
    private readonly maxCells = MAX_CELLS_PER_READ,
    /** Bytes per cell remembered from an earlier read, used until a sheet is measured in this one. */
    private readonly remembered: ReadonlyMap<string, number> = new Map(),
  ) {
    this.remaining = extents.map((e) => ({ ...e }));
    this.budgetBytes = policy.responseBudgetBytes * SAFETY;
  }

  /**
   * Estimated JSON bytes per cell of a sheet: measured when a chunk of it has been read, else remembered, else
   * the other sheets' measured rate with a margin (at most 48), else 48.
   */
  bytesPerCell(sheet: string): number {
    const m = this.measured.get(sheet);
    if (m && m.cells > 0) return m.bytes / m.cells;
    const remembered = this.remembered.get(sheet);
    if (remembered !== undefined) return remembered;
    let bytes = 0;
    let cells = 0;
    for (const other of this.measured.values()) {
      bytes += other.bytes;
      cells += other.cells;
    }
    return cells > 0 ? Math.min(BYTES_PER_CELL_ESTIMATE, (bytes / cells) * UNMEASURED_MARGIN) : BYTES_PER_CELL_ESTIMATE;
  }

  /** Bytes per cell measured in this read, by sheet, and the JSON bytes read in all. */
  measurements(): { bytesPerCell: Map<string, number>; bytes: number } {
    let bytes = 0;
    const rates = new Map<string, number>();
    for (const [sheet, m] of this.measured) {
      bytes += m.bytes;
      if (m.cells > 0) rates.set(sheet, m.bytes / m.cells);
    }
    return { bytesPerCell: rates, bytes };
  }

  /** The blocks of the next sync, or undefined when everything has been read. */
  next(): RowBlock[] | undefined {
    const retry = this.retries.shift();
    if (retry) return retry;
    const group: RowBlock[] = [];
    let left = this.budgetBytes;
    while (this.remaining.length > 0) {
      const r = this.remaining[0];
      const width = r.right - r.left + 1;
      const total = r.bottom - r.top + 1;
      const perRow = width * this.bytesPerCell(r.sheet);
      let rows = Math.min(total, Math.floor(left / perRow), Math.max(1, Math.floor(this.maxCells / width)));
      if (rows < 1) {
        if (group.length > 0) break;
        rows = 1;
      }
      group.push({ ...r, bottom: r.top + rows - 1 });
      left -= rows * perRow;
      if (rows === total) this.remaining.shift();
      else this.remaining[0] = { ...r, top: r.top + rows };
    }
    return group.length > 0 ? group : undefined;
  }

  /** What a block actually weighed (JSON bytes of values + formulas + numberFormat). */
  record(block: RowBlock, bytes: number): void {
    const m = this.measured.get(block.sheet) ?? { bytes: 0, cells: 0 };
    m.bytes += bytes;
    m.cells += blockCells(block);
    this.measured.set(block.sheet, m);
  }

  /** Excel refused a sync (or answered it with nulls): its blocks are halved, each read alone. False if none can be split. */
  refused(group: RowBlock[]): boolean {
    const smaller = group.flatMap(halve);
    if (smaller.length === group.length) return false;
    this.retries.unshift(...smaller.map((b) => [b]));
    return true;
  }

  /** Syncs still expected at the current estimates (for progress). */
  syncsLeft(): number {
    const bytes = this.remaining.reduce((n, r) => n + blockCells(r) * this.bytesPerCell(r.sheet), 0);
    return this.retries.length + Math.ceil(bytes / this.budgetBytes);
  }
}

/** Halve a block by rows (a one-row block cannot be split further). */
export function halve(b: RowBlock): RowBlock[] {
  if (b.top === b.bottom) return [b];
  const mid = b.top + Math.floor((b.bottom - b.top) / 2);
  return [
    { ...b, bottom: mid },
    { ...b, top: mid + 1 },
  ];
}

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === 'ResponsePayloadSizeLimitExceeded' || code === 'RequestPayloadSizeLimitExceeded';
}
