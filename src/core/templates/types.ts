import type { ReviewContext } from '../context';
import type { Text } from '../i18n';
import type { TemplateKind } from '../review-model';
import type { CellValue } from '../snapshot';

/** A blank template sheet: what `mine-plan template` and 插入模板 write. Row 1 = title, then header, example. */
export interface BlankSheet {
  name: string;
  rows: CellValue[][];
  /** Row index (0-based in `rows`) of the header, for bold/fill styling. */
  headerRow: number;
  columnWidths?: number[];
  /** Number formats per column (0-based) for data rows. */
  numberFormats?: Record<number, string>;
  /** Author formulas with their cached results, by A1 address (sample workbooks only). */
  formulas?: Record<string, { formula: string; result: number }>;
}

/**
 * One template = one module (SPEC §3, STYLE.md): it locates its sheet, parses rows, calculates, checks,
 * and publishes shared facts. review.ts runs the modules in list order, so a module may read the facts of
 * modules listed before it.
 */
export interface TemplateModule {
  kind: TemplateKind;
  title: Text;
  /** Sheet names (and aliases) that identify the template. */
  sheetNames: string[];
  /** Run against the workbook; returns false when the sheet is absent (MISSING_SHEET is then reported). */
  review(ctx: ReviewContext): boolean;
  blank(): BlankSheet;
}
