/**
 * The workbook as the engine sees it: what both adapters (exceljs, Office.js) produce.
 * Pure data, no behaviour beyond address arithmetic.
 */
export type CellValue = string | number | boolean | Date | null;

export interface Cell {
  value: CellValue;
  /** Formula text without the leading '=' stripped (e.g. "=B2+C2"); the value is its cached result. */
  formula?: string;
  numberFormat?: string;
  /** Excel error value such as "#REF!"; `value` is then null. */
  error?: string;
}

export interface SheetSnapshot {
  name: string;
  /** 1-based row/column of cells[0][0] (A1 = {row: 1, col: 1}). */
  origin: { row: number; col: number };
  /** Row-major grid; ragged rows are allowed, a missing cell is an empty cell. */
  cells: Cell[][];
  /** Merged ranges as A1 strings ("A1:C1"); slaves of a merge hold null. */
  merges?: string[];
  hidden?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null }) as Cell;

/** Letters of the columns met so far, by number: every address of every result and input cell needs them. */
const LETTERS: string[] = [];
const MAX_COLUMN = 16384; // XFD

/** 1 → "A", 27 → "AA". */
export function columnLetters(col: number): string {
  if (col > 0 && col <= MAX_COLUMN && (col | 0) === col) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function parseA1(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 reference: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** Cell at absolute 1-based (row, col), or EMPTY_CELL outside the grid. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): Cell {
  const r = sheet.cells[row - sheet.origin.row];
  if (!r) return EMPTY_CELL;
  return r[col - sheet.origin.col] ?? EMPTY_CELL;
}

export function lastRow(sheet: SheetSnapshot): number {
  return sheet.origin.row + sheet.cells.length - 1;
}

const widths = new WeakMap<Cell[][], number>();

/** Last used column; cached per grid because locators ask for it once per candidate header row. */
export function lastColumn(sheet: SheetSnapshot): number {
  let width = widths.get(sheet.cells);
  if (width === undefined) {
    width = 0;
    // An indexed loop: a for-of over 100,000s of rows runs mostly before it is optimised, allocating per row.
    const rows = sheet.cells;
    for (let i = 0; i < rows.length; i++) if (rows[i] && rows[i].length > width) width = rows[i].length;
    widths.set(sheet.cells, width);
  }
  return sheet.origin.col + width - 1;
}

export function isBlank(cell: Cell): boolean {
  if (cell.error) return false;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Display text of a cell, for labels and headers. */
export function cellText(cell: Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return cell.error ?? '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}
