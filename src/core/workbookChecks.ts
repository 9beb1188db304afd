import type { ReviewContext } from './context';
import { t } from './i18n';
import { a1, type Cell, type SheetSnapshot } from './snapshot';

/**
 * Sheet-level checks that follow the template modules, so a workbook that is technically readable but holds
 * nothing reviewable gets a clear answer instead of a silent pass.
 */

/** A formula whose cached result is absent: written by a program (not Excel) and never calculated. */
export function isUncomputedFormula(cell: Cell): boolean {
  return !!cell.formula && cell.error === undefined && (cell.value === null || cell.value === undefined);
}

/** A recognised template with a header and no data rows: the review of that sheet had nothing to check. */
export function reportEmptyTables(ctx: ReviewContext): void {
  for (const use of ctx.templates) {
    if (use.rows > 0 || use.kind === 'projectInfo' || use.kind === 'returns') continue; // label/value sheets have no data rows
    ctx.report({
      code: 'INPUT_MISSING',
      severity: 'warning',
      sheet: use.sheet,
      cell: null,
      message: t(`${use.sheet}只有表头，没有数据行，该表的复核未执行`, `${use.sheet} has headers but no data rows; nothing in it was reviewed`),
    });
  }
}

/**
 * One finding per template sheet holding formulas without a cached result. exceljs and other generators write
 * formulas without results; Excel computes them on open. The engine cannot see those numbers, so they are
 * treated as empty (an input → INPUT_MISSING, a derived cell → not compared and never overwritten), and this
 * warning says why, pointing at the first such cell.
 */
export function reportUncomputedFormulas(ctx: ReviewContext): void {
  for (const sheet of ctx.workbook.sheets) {
    if (!ctx.claimedSheets.has(sheet.name)) continue;
    const found = uncomputed(sheet);
    if (!found) continue;
    ctx.report({
      code: 'INPUT_MISSING',
      severity: 'warning',
      sheet: sheet.name,
      cell: found.first,
      found: found.formula,
      message: t(
        `${sheet.name}有 ${found.count} 个公式单元格没有计算结果（文件未经 Excel 计算保存，首个为 ${found.first} ${found.formula}），按空白处理：无法与复核值比较；请在 Excel 中打开、保存后再复核`,
        `${sheet.name} has ${found.count} formula cell(s) without a computed result (the file was not saved by Excel; first ${found.first} ${found.formula}); they are treated as empty and cannot be compared — open and save the file in Excel, then review again`,
      ),
    });
  }
}

function uncomputed(sheet: SheetSnapshot): { count: number; first: string; formula: string } | undefined {
  let count = 0;
  let first = '';
  let formula = '';
  // Plain loops: this visits every cell of every template sheet (millions at 100k rows).
  const rows = sheet.cells;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row) continue;
    for (let j = 0; j < row.length; j++) {
      const cell = row[j];
      if (!cell || !isUncomputedFormula(cell)) continue;
      if (count++ === 0) {
        first = a1(sheet.origin.row + i, sheet.origin.col + j);
        formula = cell.formula!;
      }
    }
  }
  return count ? { count, first, formula } : undefined;
}
