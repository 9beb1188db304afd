import { columnLetters } from '../../core/snapshot';
import type { CellValue } from '../../core/snapshot';
import { excelInput, rectangular } from './cells';
import { RequestBudget, estimateBytes } from './sync';

/** Rows per range write: one 2-D array per range, small enough to budget. */
const ROWS_PER_BLOCK = 2000;
const DATE_FORMAT = 'yyyy-mm-dd';

export interface SheetContent {
  rows: CellValue[][];
  /** 0-based indexes into rows. */
  headerRows?: number[];
  /** Widths in characters, as exceljs and BlankSheet use them. */
  columnWidths?: number[];
  /** Number formats per 0-based column, applied to rows after the last header row. */
  numberFormats?: Record<number, string>;
}

/** Excel column width in characters → points: whole pixels of w × 7 px + 5 px padding, at 0.75 pt per px (8.43 → 48). */
export function charsToPoints(chars: number): number {
  return Math.round(chars * 7 + 5) * 0.75;
}

/**
 * Queue the writes that fill a new sheet from A1: values as text-safe input (see excelInput), dates with a
 * date format, bold header rows, column widths (or autofit when none are given).
 */
export async function queueSheetContent(ws: Excel.Worksheet, content: SheetContent, budget: RequestBudget): Promise<void> {
  const { rows, width } = rectangular(content.rows, null);
  if (rows.length === 0 || width === 0) return;
  const last = columnLetters(width);
  for (let start = 0; start < rows.length; start += ROWS_PER_BLOCK) {
    const block = rows.slice(start, start + ROWS_PER_BLOCK);
    const input = block.map((r) => r.map(excelInput));
    const range = ws.getRange(`A${start + 1}:${last}${start + block.length}`);
    await budget.reserve(estimateBytes(input));
    if (block.some((r) => r.some((v) => v instanceof Date))) {
      range.numberFormat = block.map((r) => r.map((v) => (v instanceof Date ? DATE_FORMAT : 'General')));
    }
    range.values = input;
  }
  const headers = content.headerRows ?? [];
  for (const h of headers) if (h >= 0 && h < rows.length) ws.getRange(`A${h + 1}:${last}${h + 1}`).format.font.bold = true;
  const firstData = headers.length > 0 ? Math.max(...headers) + 2 : 1;
  for (const [col, format] of Object.entries(content.numberFormats ?? {})) {
    const letter = columnLetters(Number(col) + 1);
    if (firstData <= rows.length) {
      ws.getRange(`${letter}${firstData}:${letter}${rows.length}`).numberFormat = Array.from({ length: rows.length - firstData + 1 }, () => [format]);
    }
  }
  if (content.columnWidths && content.columnWidths.length > 0) {
    content.columnWidths.forEach((w, i) => {
      const letter = columnLetters(i + 1);
      ws.getRange(`${letter}1:${letter}${rows.length}`).format.columnWidth = charsToPoints(w);
    });
  } else {
    ws.getRange(`A1:${last}${rows.length}`).format.autofitColumns();
  }
}
