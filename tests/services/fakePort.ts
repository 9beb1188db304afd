import type { ExcelPort, WriteOutcome } from '../../src/adapters/excel/port';
import { parseA1, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../src/core/snapshot';
import type { BlankSheet } from '../../src/core/templates/types';
import type { WritePlan } from '../../src/core/write-plan';

/**
 * A hand-written ExcelPort over an in-memory workbook, for service tests: it records every call and applies
 * writes the way the contract says (patches only into empty, formula-free cells; previous values returned).
 */
export class FakePort implements ExcelPort {
  calls: string[] = [];
  plans: WritePlan[] = [];
  selected: string[] = [];
  cleared: { sheet: string; cell: string }[][] = [];
  inserted: BlankSheet[] = [];

  constructor(public workbook: WorkbookSnapshot) {}

  private sheet(name: string): SheetSnapshot {
    let s = this.workbook.sheets.find((x) => x.name === name);
    if (!s) {
      s = { name, origin: { row: 1, col: 1 }, cells: [] };
      this.workbook.sheets.push(s);
    }
    return s;
  }

  private cell(sheet: string, ref: string) {
    const s = this.sheet(sheet);
    const { row, col } = parseA1(ref);
    const r = row - s.origin.row;
    const c = col - s.origin.col;
    while (s.cells.length <= r) s.cells.push([]);
    while (s.cells[r].length <= c) s.cells[r].push({ value: null });
    return s.cells[r][c];
  }

  async readWorkbook(progress?: Parameters<ExcelPort['readWorkbook']>[0]) {
    this.calls.push('readWorkbook');
    progress?.({ done: 1, total: 1, label: 'read' });
    return structuredClone(this.workbook);
  }

  async applyWritePlan(plan: WritePlan): Promise<WriteOutcome> {
    this.calls.push('applyWritePlan');
    this.plans.push(plan);
    const outcome: WriteOutcome = { written: [], previous: [], skipped: [], syncs: 1 };
    for (const p of plan.patches) {
      const cell = this.cell(p.sheet, p.cell);
      if (cell.formula || (cell.value !== null && cell.value !== '')) {
        outcome.skipped.push({ sheet: p.sheet, cell: p.cell, reason: 'not empty' });
        continue;
      }
      outcome.previous.push({ sheet: p.sheet, cell: p.cell, value: cell.value });
      cell.value = p.kind === 'number' ? Number(p.value) : p.value;
      outcome.written.push({ sheet: p.sheet, cell: p.cell });
    }
    return outcome;
  }

  async insertTemplates(sheets: BlankSheet[]) {
    this.calls.push('insertTemplates');
    this.inserted.push(...sheets);
    return { inserted: sheets.map((s) => ({ requested: s.name, actual: s.name })) };
  }

  async selectCell(sheet: string, cell: string) {
    this.calls.push('selectCell');
    this.selected.push(`${sheet}!${cell}`);
  }

  async clearMarks(marks: { sheet: string; cell: string }[]) {
    this.calls.push('clearMarks');
    this.cleared.push(marks);
  }

  async revert(previous: { sheet: string; cell: string; value: CellValue }[]) {
    this.calls.push('revert');
    for (const p of previous) this.cell(p.sheet, p.cell).value = p.value;
  }

  valueAt(sheet: string, ref: string): CellValue {
    return this.cell(sheet, ref).value;
  }
}
