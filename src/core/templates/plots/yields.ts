import type { ReviewContext } from '../../context';
import { Decimal } from '../../decimal';
import type { LocatedTable } from '../../locate';
import { convertArea, parseAreaUnit } from '../../units';
import { isBlank } from '../../snapshot';
import { refOf } from './cells';
import type { Plot } from './plot';

/** What a 单产 is divided by to give kg/亩: a header "单产（kg/公顷）" → 1/15; undefined when per 亩 already. */
export function yieldDivisor(table: LocatedTable): Decimal | undefined {
  const column = table.columns.get('yield');
  if (!column) return undefined;
  const per = parseAreaUnit(column.unit?.split('/')[1]) ?? '亩';
  // Per 亩 already: dividing by 1 would only copy each value.
  return per === '亩' ? undefined : convertArea(new Decimal(1), per, '亩');
}

/**
 * 单产 per 亩 of each farmland plot that states one (plot.perMu). Plain non-negative numbers were taken with
 * the row (parse.ts); what is left here is text, errors and negatives to read and report, and blanks.
 */
export function readYields(ctx: ReviewContext, table: LocatedTable, farmland: Plot[]): void {
  if (!table.columns.has('yield')) return;
  const divisor = yieldDivisor(table);
  for (let i = 0; i < farmland.length; i++) {
    const plot = farmland[i];
    if (plot.perMu !== undefined) continue;
    const cell = plot.row.cell('yield');
    // A blank cell is an optional number left out: nothing to report.
    if (isBlank(cell)) continue;
    const ref = refOf(table.sheet.name, plot.row, 'yield', plot.id);
    const value = ctx.optionalNumber(ref);
    if (ctx.nonNegative(ref, value)) plot.perMu = divisor ? value.div(divisor) : value;
  }
}

const CAPACITY_SCALE: Record<string, Decimal> = { kg: new Decimal(1), 公斤: new Decimal(1), t: new Decimal(1000), 吨: new Decimal(1000) };

/** An optional 产能 column is a derived cell: 面积(亩) × 单产(kg/亩), compared or filled. */
export function checkCapacityCells(ctx: ReviewContext, table: LocatedTable, plots: Plot[]): void {
  const column = table.columns.get('capacity');
  if (!column) return;
  const unit = column.unit?.toLowerCase() ?? 'kg';
  const scale = CAPACITY_SCALE[unit];
  if (!scale) return;
  for (let i = 0; i < plots.length; i++) {
    const plot = plots[i];
    if (plot.perMu === undefined || plot.mu === undefined) continue;
    const ref = refOf(table.sheet.name, plot.row, 'capacity', plot.id);
    ctx.derived(ref, plot.mu.times(plot.perMu).div(scale), { unit, formula: { zh: '面积（亩）× 单产（kg/亩）', en: 'area (mu) × yield (kg/mu)' } });
  }
}
