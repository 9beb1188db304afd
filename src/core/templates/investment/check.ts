import type { ReviewContext } from '../../context';
import { t } from '../../i18n';
import { checkTotal, type TotalPart } from '../../totals';
import type { EstimateCalculator } from './calculate';
import { AMOUNT_FORMAT } from './columns';
import type { EstimateRow, TotalRow } from './parse';

/**
 * Compare the author's 合价 with the recomputed values: items and fee rows (VALUE_MISMATCH), parents and
 * stated totals (TOTAL_MISMATCH, or TOTAL_OF_ROUNDED_PARTS when the author added the displayed parts).
 * Empty derived cells are queued as fill patches by the context.
 */
export function checkRows(ctx: ReviewContext, calc: EstimateCalculator, rows: readonly EstimateRow[], unit: string): void {
  for (const row of rows) {
    const v = calc.valueOf(row.index);
    if (v.value === undefined) continue;
    if (row.kind === 'group') {
      if (!v.computed) continue;
      checkTotal(ctx, {
        ref: calc.ref(row, 'amount', '合价'),
        parts: partsOf(calc, rows, row.children),
        exact: v.value,
        unit,
        numberFormat: AMOUNT_FORMAT,
        formula: t('下级各项合价之和', 'sum of its items'),
      });
    } else if (v.computed) {
      ctx.derived(calc.ref(row, 'amount', '合价'), v.value, { unit, numberFormat: AMOUNT_FORMAT, formula: v.formula });
    }
  }
}

function partsOf(calc: EstimateCalculator, rows: readonly EstimateRow[], indices: readonly number[]): TotalPart[] {
  return indices.map((i) => ({ exact: calc.valueOf(i).value!, cell: rows[i].source.cell('amount') }));
}

/** Level-1 rows a total row adds up: all above it (合计/总投资), or its level-1 group's items (小计). */
export function totalScope(rows: readonly EstimateRow[], total: TotalRow): { indices: number[]; what: 'levelOne' | 'group' } {
  const above = rows.slice(0, total.before);
  if (total.kind === 'subtotal') {
    const group = [...above].reverse().find((r) => r.parent < 0);
    if (group && group.children.length) return { indices: group.children, what: 'group' };
  }
  return { indices: above.filter((r) => r.parent < 0).map((r) => r.index), what: 'levelOne' };
}

export function checkTotals(ctx: ReviewContext, calc: EstimateCalculator, rows: readonly EstimateRow[], totals: readonly TotalRow[], sheet: string, unit: string): void {
  for (const total of totals) {
    const scope = totalScope(rows, total);
    if (!scope.indices.length) continue;
    if (scope.indices.some((i) => calc.valueOf(i).value === undefined)) continue;
    checkTotal(ctx, {
      ref: { sheet, addr: total.source.addr('amount'), cell: total.source.cell('amount'), label: `${sheet} 第${total.row}行“${total.label}”` },
      parts: partsOf(calc, rows, scope.indices),
      unit,
      numberFormat: AMOUNT_FORMAT,
      formula: scope.what === 'group' ? t('本部分各项之和', 'sum of the items of this part') : t('各一级费用之和', 'sum of the level-1 costs'),
    });
  }
}
