/**
 * How much one context.sync() may carry. Excel on the web refuses a request or a response above 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded) and answers a read above 5,000,000
 * cells with null arrays; Excel desktop has neither limit.
 *
 * Reading: sync 1 lists the sheets, sync 2 loads every used range (address, values, formulas, numberFormat)
 * at once — 2 syncs whatever the row count, as long as Excel accepts the response. Only when it does not
 * (the payload error, or a range that came back without values) does the adapter learn the sizes and read
 * in row chunks: one sync for the used-range addresses, then ⌈cells / chunkCells⌉ syncs or so (blocks are
 * packed per sync), each chunk halved again if Excel still refuses it.
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

export interface ReadPolicy {
  /** Response size one chunked sync aims at; default RESPONSE_LIMIT_BYTES. */
  responseBudgetBytes: number;
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

/** Split each sheet's used range into row blocks of ≤ `cells` cells (at least one row each). */
export function rowBlocks(ranges: RowBlock[], cells: number): RowBlock[] {
  const out: RowBlock[] = [];
  for (const r of ranges) {
    const width = r.right - r.left + 1;
    const rowsPerBlock = Math.max(1, Math.floor(cells / width));
    for (let top = r.top; top <= r.bottom; top += rowsPerBlock) {
      out.push({ ...r, top, bottom: Math.min(r.bottom, top + rowsPerBlock - 1) });
    }
  }
  return out;
}

export function blockCells(b: RowBlock): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

/** Pack consecutive blocks into syncs of ≤ `cells` cells (a block larger than that gets a sync alone). */
export function packSyncs(blocks: RowBlock[], cells: number): RowBlock[][] {
  const syncs: RowBlock[][] = [];
  let current: RowBlock[] = [];
  let size = 0;
  for (const b of blocks) {
    const n = blockCells(b);
    if (current.length > 0 && size + n > cells) {
      syncs.push(current);
      current = [];
      size = 0;
    }
    current.push(b);
    size += n;
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
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
