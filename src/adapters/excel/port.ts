import type { CellValue } from '../../core/snapshot';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { WritePlan } from '../../core/write-plan';
import type { BlankSheet } from '../../core/templates/types';

export interface ProgressReporter {
  (step: { done: number; total: number; label: string }): void;
}

/**
 * What the task pane's services need from Excel. The live implementation (excelPortLive.ts) is the only
 * code that calls Excel.run; tests and the browser double drive the same implementation over a fake
 * Excel runtime, so there is one behaviour, not two.
 */
export interface ExcelPort {
  /** All sheets' used ranges (values, formulas, number formats) in ≤ 2 context.sync() calls. */
  readWorkbook(progress?: ProgressReporter): Promise<WorkbookSnapshot>;
  /** Apply a write plan in one context.sync() (chunked ranges inside one batch); returns what was written. */
  applyWritePlan(plan: WritePlan, progress?: ProgressReporter): Promise<WriteOutcome>;
  /** Insert blank template sheets; an existing name gets a suffix (never overwritten). */
  insertTemplates(sheets: BlankSheet[]): Promise<{ inserted: { requested: string; actual: string }[] }>;
  /** Select a cell so the user sees what a finding points at. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Remove the highlights and notes this add-in added. */
  clearMarks(marks: { sheet: string; cell: string }[]): Promise<void>;
  /** Restore cells to the values saved before the last fill (when Excel's undo is not available). */
  revert(previous: PreviousCell[]): Promise<void>;
}


/** A cell's content before the add-in wrote it (numberFormat: its format then, when the write changed it). */
export interface PreviousCell {
  sheet: string;
  cell: string;
  value: CellValue;
  numberFormat?: string;
}

export interface WriteOutcome {
  written: { sheet: string; cell: string }[];
  /** Previous values of written cells, so the pane can undo its own write. */
  previous: PreviousCell[];
  skipped: { sheet: string; cell: string; reason: string }[];
  syncs: number;
  /** Name the report sheet actually got (a clash adds "(2)", "(3)" …). */
  reportSheet?: string;
  /** False when notes were skipped because the host lacks ExcelApi 1.18. */
  notesSupported?: boolean;
  /** True when the write ran as one undo group (ExcelApi 1.20); otherwise revert() is the way back. */
  undoGroup?: boolean;
}
