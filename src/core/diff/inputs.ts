import { inputCells, inputValue, type InputExclusion } from '../inputsDigest';
import { cellAt, parseA1, type WorkbookSnapshot } from '../snapshot';
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

function stateOf(workbook: WorkbookSnapshot, sheetName: string, addr: string, exclude?: InputExclusion): CellState {
  const sheet = workbook.sheets.find((s) => s.name === sheetName);
  if (!sheet) return { kind: 'empty' };
  const { row, col } = parseA1(addr);
  const cell = cellAt(sheet, row, col);
  if (cell.formula) return { kind: 'formula', formula: cell.formula };
  const value = inputValue(cell);
  if (!value || exclude?.(sheetName, addr, cell)) return { kind: 'empty' };
  return { kind: 'input', type: TYPE[value.type], value: value.text };
}

function same(a: CellState, b: CellState): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'input' && b.kind === 'input') return a.type === b.type && a.value === b.value;
  if (a.kind === 'formula' && b.kind === 'formula') return a.formula === b.formula;
  return true;
}

/** Input cells that differ, in the new workbook's order, then cells only the old one had. */
export function diffInputs(before: WorkbookSnapshot, after: WorkbookSnapshot): InputChange[] {
  const exBefore = reportsExclusion(before);
  const exAfter = reportsExclusion(after);
  const keys = new Map<string, { sheet: string; cell: string }>();
  for (const c of [...inputCells(after, exAfter), ...inputCells(before, exBefore)]) keys.set(`${c.sheet}\u0000${c.cell}`, c);
  const changes: InputChange[] = [];
  for (const { sheet, cell } of keys.values()) {
    const old = stateOf(before, sheet, cell, exBefore);
    const now = stateOf(after, sheet, cell, exAfter);
    if (!same(old, now)) changes.push({ sheet, cell, old, new: now });
  }
  return changes;
}

export function stateText(s: CellState): string {
  if (s.kind === 'input') return s.type === 'text' ? `“${s.value}”` : s.value;
  if (s.kind === 'formula') return s.formula.startsWith('=') ? s.formula : `=${s.formula}`;
  return '∅';
}
