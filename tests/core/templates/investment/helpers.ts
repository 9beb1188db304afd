import { ReviewContext } from '../../../../src/core/context';
import type { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../../src/core/snapshot';
import { investmentTemplate } from '../../../../src/core/templates/investment';

/** A cell given as a plain value, or with a number format / formula. */
export type CellInput = CellValue | Cell;

function toCell(v: CellInput | undefined): Cell {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return v;
  return { value: v ?? null };
}

/** Build a sheet from a readable table, top-left at A1 unless `origin` says otherwise. */
export function sheetOf(name: string, rows: CellInput[][], origin = { row: 1, col: 1 }): SheetSnapshot {
  return { name, origin, cells: rows.map((r) => r.map(toCell)) };
}

export function workbookOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** Number with a display format: f(37.854, '0.0'). */
export function f(value: number, numberFormat: string): Cell {
  return { value, numberFormat };
}

/** Run the investment module alone (optionally after preparing shared facts). */
export function runInvestment(wb: WorkbookSnapshot, prepare?: (ctx: ReviewContext) => void): ReviewContext {
  const ctx = new ReviewContext(wb);
  prepare?.(ctx);
  investmentTemplate.review(ctx);
  return ctx;
}

export const HEADER: CellValue[] = ['序号', '工程或费用名称', '单位', '工程量', '单价（元）', '费率（%）', '计费基数', '合价（万元）', '费用类别', '备注'];

/** Replace one cell (A1 address) of a sheet built by sheetOf, for "change one input" tests. */
export function setCell(sheet: SheetSnapshot, addr: string, value: CellInput): void {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error(addr);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - sheet.origin.col;
  const row = Number(m[2]) - sheet.origin.row;
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const r = sheet.cells[row];
  while (r.length <= col) r.push({ value: null });
  const keepFormat = r[col].numberFormat;
  const cell = toCell(value);
  r[col] = keepFormat && cell.numberFormat === undefined ? { ...cell, numberFormat: keepFormat } : cell;
}
