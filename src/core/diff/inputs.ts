import { forEachInput, inputText, inputType, type InputExclusion } from '../inputsDigest';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { reportsExclusion } from '../report/signOff';

/**
 * What a cell holds, for showing a change: an input (typed as in the inputs digest), a formula (not an input:
 * its text), or nothing. A cell is compared when it is an input on at least one side — so an input that was
 * cleared or replaced by a formula shows, and a formula-only edit does not (formulas are derived).
 */
export type CellState =
  | { kind: 'input'; type: 'number' | 'text' | 'boolean' | 'date' | 'error'; value: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'empty' };

export interface InputChange {
  sheet: string;
  cell: string;
  old: CellState;
  new: CellState;
}

const TYPE = { n: 'number', s: 'text', b: 'boolean', d: 'date', e: 'error' } as const;

/** One workbook's side of the comparison: its sheets by name and the cells its reports list as filled. */
interface Side {
  sheets: Map<string, SheetSnapshot>;
  exclude?: InputExclusion;
}

function sideOf(workbook: WorkbookSnapshot): Side {
  const sheets = new Map<string, SheetSnapshot>();
  for (const s of workbook.sheets) if (!sheets.has(s.name)) sheets.set(s.name, s);
  return { sheets, exclude: reportsExclusion(workbook) };
}

/** The cell at absolute (row, col) of a side's sheet, or undefined. */
function cellOn(side: Side, sheetName: string, row: number, col: number): Cell | undefined {
  const sheet = side.sheets.get(sheetName);
  return sheet ? sheet.cells[row - sheet.origin.row]?.[col - sheet.origin.col] : undefined;
}

/** Whether a cell is an input of its side (as the inputs digest counts them): no formula, not blank, not excluded. */
function isInput(side: Side, sheetName: string, addr: string, cell: Cell | undefined): boolean {
  return !!cell && inputType(cell) !== null && !side.exclude?.(sheetName, addr, cell);
}

function stateOf(side: Side, sheetName: string, addr: string, cell: Cell | undefined): CellState {
  if (!cell) return { kind: 'empty' };
  if (cell.formula) return { kind: 'formula', formula: cell.formula };
  const type = inputType(cell);
  if (type === null || side.exclude?.(sheetName, addr, cell)) return { kind: 'empty' };
  return { kind: 'input', type: TYPE[type], value: inputText(cell, type) };
}

function same(a: CellState, b: CellState): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'input' && b.kind === 'input') return a.type === b.type && a.value === b.value;
  if (a.kind === 'formula' && b.kind === 'formula') return a.formula === b.formula;
  return true;
}

/**
 * Input cells that differ, in the new workbook's order, then cells only the old one had. Two 100,000-row
 * versions hold millions of inputs: cells are visited by position (no address parsed, no state object made for
 * a cell that did not change). A sheet name is unique in a workbook; were one repeated, only its first sheet counts.
 */
export function diffInputs(before: WorkbookSnapshot, after: WorkbookSnapshot): InputChange[] {
  const old = sideOf(before);
  const now = sideOf(after);
  const changes: InputChange[] = [];
  const compare = (sheet: string, addr: string, row: number, col: number) => {
    const o = stateOf(old, sheet, addr, cellOn(old, sheet, row, col));
    const n = stateOf(now, sheet, addr, cellOn(now, sheet, row, col));
    if (!same(o, n)) changes.push({ sheet, cell: addr, old: o, new: n });
  };
  // The new workbook's inputs, in its order.
  forEachInput(after, now.exclude, (sheet, addr, type, text, row, col, cell) => {
    if (cellOn(now, sheet, row, col) !== cell) return; // a repeated sheet name
    const a = cellOn(old, sheet, row, col);
    // Unchanged typed inputs (the common case) compare without building states.
    if (a && !old.exclude && inputType(a) === type && inputText(a, type) === text) return;
    compare(sheet, addr, row, col);
  });
  // Then the old workbook's inputs the new one does not have as inputs, in the old order.
  forEachInput(before, old.exclude, (sheet, addr, _type, _text, row, col, cell) => {
    if (cellOn(old, sheet, row, col) !== cell) return;
    if (isInput(now, sheet, addr, cellOn(now, sheet, row, col))) return;
    compare(sheet, addr, row, col);
  });
  return changes;
}

export function stateText(s: CellState): string {
  if (s.kind === 'input') return s.type === 'text' ? `“${s.value}”` : s.value;
  if (s.kind === 'formula') return s.formula.startsWith('=') ? s.formula : `=${s.formula}`;
  return '∅';
}
