import type { ProgressReporter } from './port';
import { a1 } from '../../core/snapshot';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { parseRangeAddress } from './addresses';
import { toCell } from './cells';
import { ChunkPlanner, MAX_CELLS_PER_READ, emptyReadMemory, isPayloadError } from './readPolicy';
import type { ReadMemory, ReadPolicy, RowBlock } from './readPolicy';
import { estimateBytes } from './sync';

const CELL_PROPERTIES = 'address,values,formulas,numberFormat';

interface SheetEntry {
  ws: Excel.Worksheet;
  name: string;
  hidden: boolean;
}

/** Grids as Office.js returns them (values/formulas any, numberFormat strings). */
type Grid = unknown[][];

function cellsFrom(values: Grid, formulas: Grid, formats: Grid): Cell[][] {
  return values.map((row, i) => row.map((v, j) => toCell(v, formulas[i]?.[j], formats[i]?.[j])));
}

function sheetSnapshot(entry: SheetEntry, origin: { row: number; col: number }, cells: Cell[][]): SheetSnapshot {
  const sheet: SheetSnapshot = { name: entry.name, origin, cells };
  if (entry.hidden) sheet.hidden = true;
  return sheet;
}

/**
 * Read every sheet's used range (values only: formatting alone does not widen it) into a snapshot.
 * Two syncs normally; see readPolicy.ts for when and how it falls back to row chunks. `memory` carries what
 * the last read learnt (it is updated here): a workbook whose last read needed chunks goes straight to them.
 */
export async function readWorkbookIn(
  context: Excel.RequestContext,
  policy: ReadPolicy,
  progress?: ProgressReporter,
  memory: ReadMemory = emptyReadMemory(),
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await context.sync();
  const entries: SheetEntry[] = worksheets.items.map((ws) => ({ ws, name: ws.name, hidden: ws.visibility !== 'Visible' }));
  progress?.({ done: 1, total: 2, label: 'sheets' });
  if (memory.chunked) return { sheets: await readChunked(context, entries, new Map(), policy, progress, memory) };

  const used = entries.map((e) => e.ws.getUsedRangeOrNullObject(true).load(CELL_PROPERTIES));
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadError(e)) throw e;
    return { sheets: await readChunked(context, entries, new Map(), policy, progress, memory) };
  }
  progress?.({ done: 2, total: 2, label: 'used ranges' });

  const sheets = new Map<string, SheetSnapshot>();
  const oversized = new Map<string, string>();
  entries.forEach((entry, i) => {
    const range = used[i];
    if (range.isNullObject) {
      sheets.set(entry.name, sheetSnapshot(entry, { row: 1, col: 1 }, []));
      return;
    }
    const block = parseRangeAddress(range.address);
    const cells = (block.bottom - block.top + 1) * (block.right - block.left + 1);
    // Excel on the web answers a read above 5,000,000 cells with nulls instead of an error.
    if (!range.values || !range.formulas || !range.numberFormat || cells > MAX_CELLS_PER_READ) {
      oversized.set(entry.name, range.address);
      return;
    }
    sheets.set(entry.name, sheetSnapshot(entry, { row: block.top, col: block.left }, cellsFrom(range.values, range.formulas, range.numberFormat)));
  });
  if (oversized.size > 0) {
    const big = entries.filter((e) => oversized.has(e.name));
    for (const s of await readChunked(context, big, oversized, policy, progress, memory)) sheets.set(s.name, s);
  }
  return { sheets: entries.map((e) => sheets.get(e.name) as SheetSnapshot) };
}

/** The fallback: learn each used range's address (unless known), then read row blocks sized by the policy. */
async function readChunked(
  context: Excel.RequestContext,
  entries: SheetEntry[],
  knownAddresses: Map<string, string>,
  policy: ReadPolicy,
  progress: ProgressReporter | undefined,
  memory: ReadMemory,
): Promise<SheetSnapshot[]> {
  const addresses = new Map(knownAddresses);
  const unknown = entries.filter((e) => !addresses.has(e.name));
  if (unknown.length > 0) {
    const ranges = unknown.map((e) => e.ws.getUsedRangeOrNullObject(true).load('address'));
    await context.sync();
    unknown.forEach((e, i) => {
      if (!ranges[i].isNullObject) addresses.set(e.name, ranges[i].address);
    });
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  const extents: RowBlock[] = [];
  for (const e of entries) {
    const address = addresses.get(e.name);
    if (!address) continue;
    const b = parseRangeAddress(address);
    extents.push({ sheet: e.name, top: b.top, bottom: b.bottom, left: b.left, right: b.right });
  }
  const planner = new ChunkPlanner(extents, policy, MAX_CELLS_PER_READ, memory.bytesPerCell);
  const parts: { block: RowBlock; cells: Cell[][] }[] = [];
  let done = 0;
  for (let group = planner.next(); group; group = planner.next()) {
    const loads = group.map((b) =>
      (byName.get(b.sheet) as SheetEntry).ws.getRange(`${a1(b.top, b.left)}:${a1(b.bottom, b.right)}`).load('values,formulas,numberFormat'),
    );
    try {
      await context.sync();
    } catch (e) {
      if (!isPayloadError(e) || !planner.refused(group)) throw e;
      continue;
    }
    // Excel on the web answers a read above its cell cap with null arrays: same remedy as a refusal.
    if (loads.some((r) => !r.values || !r.formulas || !r.numberFormat)) {
      if (!planner.refused(group)) throw new Error(`Excel returned no values for ${group[0].sheet}!${group[0].top}–${group[0].bottom}`);
      continue;
    }
    group.forEach((block, i) => {
      const r = loads[i];
      planner.record(block, estimateBytes(r.values) + estimateBytes(r.formulas) + estimateBytes(r.numberFormat));
      parts.push({ block, cells: cellsFrom(r.values, r.formulas, r.numberFormat) });
    });
    done += 1;
    progress?.({ done, total: done + planner.syncsLeft(), label: `rows ${group[0].sheet}!${group[0].top}–${group[group.length - 1].bottom}` });
  }
  // Remember for the next read: chunks again only while the workbook would not fit in one response.
  const { bytesPerCell, bytes } = planner.measurements();
  memory.bytesPerCell = bytesPerCell;
  memory.chunked = bytes > planner.budgetBytes;
  return entries.map((e) => {
    const own = parts.filter((p) => p.block.sheet === e.name).sort((x, y) => x.block.top - y.block.top);
    if (own.length === 0) return sheetSnapshot(e, { row: 1, col: 1 }, []);
    return sheetSnapshot(e, { row: own[0].block.top, col: own[0].block.left }, own.flatMap((p) => p.cells));
  });
}
