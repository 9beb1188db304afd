import { a1, columnLetters, parseA1 } from '../../core/snapshot';

/**
 * The in-memory workbook the fake Office.js runtime serves. Plain JSON-friendly data so a browser page
 * can receive it from a test runner. Cells are keyed by A1 address ("B2"); dates are Excel serial numbers,
 * as Excel itself stores them.
 */
export type FakeScalar = string | number | boolean | null;

export interface FakeCellModel {
  /** Typed constant, or the cached result of `formula`. */
  value?: FakeScalar;
  /** Formula text with its leading '='. */
  formula?: string;
  /** Excel error value such as "#DIV/0!" (the value is then absent). */
  error?: string;
  numberFormat?: string;
  /** Fill colour "#RRGGBB"; absent = no fill. */
  fill?: string;
  bold?: boolean;
  /** True when the text was entered with a leading apostrophe (Excel's quote prefix). */
  quotePrefix?: boolean;
}

export type FakeVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeSheetModel {
  name: string;
  visibility?: FakeVisibility;
  cells: Record<string, FakeCellModel>;
  /** Column widths in points, by 1-based column number. */
  columnWidths?: Record<number, number>;
  /** Cell notes (ExcelApi 1.18), by A1 address. */
  notes?: Record<string, string>;
}

export interface FakeWorkbookModel {
  sheets: FakeSheetModel[];
  /** Workbook settings (Excel.SettingCollection), values stored as given. */
  settings?: Record<string, unknown>;
  /** Last `select()` target. */
  selection?: { sheet: string; address: string };
}

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_WIDTH = 48;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function rectAddress(r: Rect): string {
  const start = a1(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? start : `${start}:${a1(r.bottom, r.right)}`;
}

/** "B2", "B2:D9", "$B$2" (no sheet prefix, no whole rows/columns). */
export function parseRect(address: string): Rect {
  const parts = address.split(':');
  if (parts.length > 2 || parts.some((p) => p.trim() === '')) throw new Error(`Not a range address: ${address}`);
  const p1 = parseA1(parts[0]);
  const p2 = parts.length === 2 ? parseA1(parts[1]) : p1;
  return {
    top: Math.min(p1.row, p2.row),
    left: Math.min(p1.col, p2.col),
    bottom: Math.max(p1.row, p2.row),
    right: Math.max(p1.col, p2.col),
  };
}

/** Excel quotes a sheet name in an address when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function hasContent(cell: FakeCellModel | undefined): boolean {
  if (!cell) return false;
  return cell.formula !== undefined || cell.error !== undefined || (cell.value !== undefined && cell.value !== null && cell.value !== '');
}

function hasFormat(cell: FakeCellModel | undefined): boolean {
  if (!cell) return false;
  return cell.fill !== undefined || cell.bold === true || (cell.numberFormat !== undefined && cell.numberFormat !== 'General');
}

const usedCache = new WeakMap<FakeSheetModel, { version: number; valuesOnly: boolean; rect: Rect | null }>();

/**
 * usedRect, remembered until the next synced write (`version` is the runtime's write counter): a used range
 * scans every cell, and a 150,000-cell sheet is read several times in the chunking tests.
 */
export function cachedUsedRect(sheet: FakeSheetModel, valuesOnly: boolean, version: number): Rect | null {
  const hit = usedCache.get(sheet);
  if (hit && hit.version === version && hit.valuesOnly === valuesOnly) return hit.rect;
  const rect = usedRect(sheet, valuesOnly);
  usedCache.set(sheet, { version, valuesOnly, rect });
  return rect;
}

/** Bounding box of the cells with content (valuesOnly) or with content or formatting; null when none. */
export function usedRect(sheet: FakeSheetModel, valuesOnly: boolean): Rect | null {
  let rect: Rect | null = null;
  for (const key in sheet.cells) {
    const cell = sheet.cells[key];
    if (!(hasContent(cell) || (!valuesOnly && hasFormat(cell)))) continue;
    const { row, col } = keyPosition(key);
    if (!rect) rect = { top: row, left: col, bottom: row, right: col };
    else {
      rect.top = Math.min(rect.top, row);
      rect.left = Math.min(rect.left, col);
      rect.bottom = Math.max(rect.bottom, row);
      rect.right = Math.max(rect.right, col);
    }
  }
  return rect;
}

/** Row and column of a normalised key ("AB12"); a hand-rolled parse, the used range scans every cell. */
export function keyPosition(key: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i === key.length) return parseA1(key);
  return { row: Number(key.slice(i)), col };
}

export function cellKey(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** Test helper: the model cell at an A1 address (undefined when never touched). */
export function modelCell(model: FakeWorkbookModel, sheet: string, address: string): FakeCellModel | undefined {
  const s = model.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`No sheet ${sheet}`);
  const { row, col } = parseA1(address);
  return s.cells[cellKey(row, col)];
}

/** Build a sheet model from a readable table: row-major values starting at `origin` (default A1). */
export function sheetFromRows(name: string, rows: FakeScalar[][], origin = 'A1'): FakeSheetModel {
  const o = parseA1(origin);
  const cells: Record<string, FakeCellModel> = {};
  rows.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v === null || v === '') return;
      cells[cellKey(o.row + i, o.col + j)] = { value: v };
    }),
  );
  return { name, cells };
}
