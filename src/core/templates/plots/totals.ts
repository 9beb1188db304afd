import type { ReviewContext } from '../../context';
import { Decimal, roundHalfUp, toPlainString } from '../../decimal';
import { sum } from '../../decimalSum';
import { t } from '../../i18n';
import { agrees, formatFixed, readCellNumber } from '../../numbers';
import type { TableRow } from '../../locate';
import { convertArea, type AreaUnit } from '../../units';
import type { PlotSums } from './calculate';
import { areaReadOf, type Plot, type ParsedPlots } from './plot';

/** A part as the author shows it: the typed value when typed in the total's unit, else the exact value rounded. */
function shownPart(plot: Plot, unit: AreaUnit, decimals: number): Decimal {
  // The typed value is not kept per plot: read again, only for parts typed in the total's unit.
  const read = plot.unit === unit ? areaReadOf(plot) : undefined;
  if (read?.kind === 'number') return roundHalfUp(read.value, read.decimals);
  return roundHalfUp(convertArea(plot.mu as Decimal, '亩', unit), decimals);
}

/** Plots a total row covers: 小计 = the plots since the previous total row; 合计/总计 = all plots. */
function partsOf(total: ParsedPlots['totals'][number], plots: Plot[], previousTotalRow: number): Plot[] {
  if (!total.subtotal) return plots;
  return plots.filter((p) => p.row.row > previousTotalRow && p.row.row < total.row.row);
}

/**
 * A stated 合计 row must equal the sum of the plot areas (SPEC §3.6, §4): within the displayed precision → fine;
 * equal to the sum of the parts as shown but not to the rounded exact sum → TOTAL_OF_ROUNDED_PARTS (info);
 * else TOTAL_MISMATCH naming both figures. An empty total cell is filled.
 */
export function checkTotalRows(ctx: ReviewContext, sheet: string, parsed: ParsedPlots, sums: PlotSums): void {
  let previous = 0;
  for (const total of parsed.totals) {
    const parts = partsOf(total, parsed.plots, previous);
    previous = total.row.row;
    if (parts === parsed.plots) {
      // 合计 of every plot: the same row-order sum calculatePlots made for `all`.
      if (sums.complete) checkOneTotal(ctx, sheet, total.row, total.unit, parts, sums.all);
      continue;
    }
    if (parts.length === 0 || parts.some((p) => p.mu === undefined)) continue;
    checkOneTotal(ctx, sheet, total.row, total.unit, parts, sum(parts.map((p) => p.mu as Decimal)));
  }
}

function checkOneTotal(ctx: ReviewContext, sheet: string, row: TableRow, unit: AreaUnit, parts: Plot[], muSum: Decimal): void {
  const exact = convertArea(muSum, '亩', unit);
  const ref = { sheet, addr: row.addr('area'), cell: row.cell('area'), label: '面积合计' };
  const stated = readCellNumber(ref.cell);
  if (stated.kind !== 'number') {
    ctx.derived(ref, exact, { unit, code: 'TOTAL_MISMATCH', numberFormat: '0.00' });
    return;
  }
  if (agrees(stated, exact)) return;
  const places = Math.max(stated.decimals, 2);
  const found = stated.value.toFixed(stated.decimals);
  const shown = sum(parts.map((p) => shownPart(p, unit, stated.decimals)));
  const first = parts[0].row.addr('area');
  const last = parts[parts.length - 1].row.addr('area');
  const range = first && last ? `${first}:${last}` : '';
  if (roundHalfUp(shown, stated.decimals).equals(roundHalfUp(stated.value, stated.decimals))) {
    ctx.report({
      code: 'TOTAL_OF_ROUNDED_PARTS',
      sheet,
      cell: ref.addr,
      expected: toPlainString(exact),
      found,
      message: t(
        `面积合计 ${found} ${unit} 等于各地块显示值（舍入后）之和；精确合计为 ${formatFixed(exact, places + 2)} ${unit}，舍入后应为 ${formatFixed(exact, stated.decimals)} ${unit}`,
        `Area total ${found} ${unit} equals the sum of the rounded parts; the exact total is ${formatFixed(exact, places + 2)} ${unit}`,
      ),
    });
    return;
  }
  ctx.report({
    code: 'TOTAL_MISMATCH',
    sheet,
    cell: ref.addr,
    expected: toPlainString(exact),
    found,
    message: t(
      `面积合计填写为 ${found} ${unit}，各地块面积（${range}）之和为 ${formatFixed(exact, places)} ${unit}，相差 ${formatFixed(stated.value.minus(exact), places)} ${unit}`,
      `Area total is ${found} ${unit} but the plots (${range}) add up to ${formatFixed(exact, places)} ${unit}`,
    ),
  });
}
