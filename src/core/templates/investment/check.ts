import type { ReviewContext } from '../../context';
import { decimalEquals } from '../../decimal';
import { t } from '../../i18n';
import { plainNumberIs, plainNumberOf } from '../../numbers';
import { checkTotal, type TotalPart } from '../../totals';
import type { EstimateCalculator } from './calculate';
import type { EstimateCells } from './cells';
import { AMOUNT_FORMAT } from './columns';
import type { EstimateLookup } from './lookup';
import type { TotalRow } from './parse';
import type { EstimateRow } from './row';

const SUM_OF_ITEMS = t('下级各项合价之和', 'sum of its items');

/**
 * Compare the author's 合价 with the recomputed values: items and fee rows (VALUE_MISMATCH), parents and
 * stated totals (TOTAL_MISMATCH, or TOTAL_OF_ROUNDED_PARTS when the author added the displayed parts).
 * Empty derived cells are queued as fill patches by the context.
 */
export function checkRows(ctx: ReviewContext, calc: EstimateCalculator, lookup: EstimateLookup, cells: EstimateCells, unit: string): void {
  const rows = lookup.rows;
  // Indexed: a for…of over 100,000 rows allocates an iterator result per step until it is optimised.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const value = calc.valueOf(i);
    if (value === undefined || !calc.isRecomputed(i)) continue;
    // Most 合价 are typed exactly as recomputed: then checkTotal and derived would find nothing to say
    // (their first test is this equality), so the row costs one comparison, no refs, parts or reads.
    // Shown equal without a Decimal when it can be (plainNumberIs), else read and compared.
    const cell = cells.at(row.row, cells.amount);
    if (plainNumberIs(cell, value)) continue;
    const author = plainNumberOf(cell);
    if (author && decimalEquals(author, value)) continue;
    if (row.kind === 'group') {
      checkTotal(ctx, {
        ref: calc.ref(row, cells.amount, '合价'),
        // Made only when the 合价 disagrees with the sum (an empty 合价 is filled without them).
        parts: () => partsOf(calc, rows, cells, row.children),
        exact: value,
        unit,
        numberFormat: AMOUNT_FORMAT,
        formula: SUM_OF_ITEMS,
      });
    } else {
      ctx.derived(calc.ref(row, cells.amount, '合价'), value, { unit, numberFormat: AMOUNT_FORMAT, formula: calc.formulaOf(i) });
    }
  }
}

function partsOf(calc: EstimateCalculator, rows: readonly EstimateRow[], cells: EstimateCells, indices: readonly number[]): TotalPart[] {
  const parts: TotalPart[] = [];
  for (let k = 0; k < indices.length; k++) parts.push({ exact: calc.valueOf(indices[k])!, cell: cells.at(rows[indices[k]].row, cells.amount) });
  return parts;
}

/** Level-1 rows a total row adds up: all above it (合计/总投资), or its level-1 group's items (小计). */
export function totalScope(lookup: EstimateLookup, total: TotalRow): { indices: readonly number[]; what: 'levelOne' | 'group' } {
  const above = lookup.topLevel().filter((i) => i < total.before);
  if (total.kind === 'subtotal' && above.length) {
    const group = lookup.rows[above[above.length - 1]];
    if (group.children.length) return { indices: group.children, what: 'group' };
  }
  return { indices: above, what: 'levelOne' };
}

export function checkTotals(
  ctx: ReviewContext,
  calc: EstimateCalculator,
  lookup: EstimateLookup,
  cells: EstimateCells,
  totals: readonly TotalRow[],
  sheet: string,
  unit: string,
): void {
  for (const total of totals) {
    const scope = totalScope(lookup, total);
    if (!scope.indices.length) continue;
    if (scope.indices.some((i) => calc.valueOf(i) === undefined)) continue;
    checkTotal(ctx, {
      ref: { sheet, addr: total.source.addr('amount'), cell: total.source.cell('amount'), label: `${sheet} 第${total.row}行“${total.label}”` },
      parts: partsOf(calc, lookup.rows, cells, scope.indices),
      unit,
      numberFormat: AMOUNT_FORMAT,
      formula: scope.what === 'group' ? t('本部分各项之和', 'sum of the items of this part') : t('各一级费用之和', 'sum of the level-1 costs'),
    });
  }
}
