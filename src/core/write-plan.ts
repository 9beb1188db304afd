import type { Patch } from './review-model';
import type { CellValue } from './snapshot';

/**
 * Everything an adapter writes for one review, decided by the engine, applied by adapters
 * (exceljs copy or Office.js workbook). Adapters never decide what to write, only how.
 */
export interface WritePlan {
  /** Derived cells to fill; adapters re-check the target is still empty and formula-free before writing. */
  patches: Patch[];
  /** A report sheet (复核报告), written as plain values: text that starts with = + - @ stays text. */
  report?: { name: string; rows: CellValue[][]; columnWidths?: number[]; headerRows?: number[] };
  /** Notes (comments) on flagged cells, one per cell, text already joined. */
  notes: { sheet: string; cell: string; text: string }[];
  /** Cells to highlight (flagged), with the fill colour by severity. */
  highlights: { sheet: string; cell: string; severity: 'error' | 'warning' | 'info' }[];
}

export const REPORT_SHEET_NAME = '复核报告';
