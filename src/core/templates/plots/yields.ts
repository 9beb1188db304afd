import type { ReviewContext } from '../../context';
import { Decimal } from '../../decimal';
import type { LocatedTable } from '../../locate';
import { convertArea, parseAreaUnit } from '../../units';
import { refOf, type Plot } from './parse';

/** 单产 per 亩 of each farmland plot that states one; a header "单产（kg/公顷）" is converted to kg/亩. */
export function readYields(ctx: ReviewContext, table: LocatedTable, plots: Plot[]): Map<Plot, Decimal> {
  const yields = new Map<Plot, Decimal>();
  if (!table.columns.has('yield')) return yields;
  const per = parseAreaUnit(table.columns.get('yield')?.unit?.split('/')[1]) ?? '亩';
  const muPerUnit = convertArea(new Decimal(1), per, '亩');
  for (const plot of plots.filter((p) => p.farmland)) {
    const ref = refOf(table.sheet.name, plot.row, 'yield', plot.id);
    const value = ctx.optionalNumber(ref);
    if (ctx.nonNegative(ref, value)) yields.set(plot, value.div(muPerUnit));
  }
  return yields;
}

const CAPACITY_SCALE: Record<string, Decimal> = { kg: new Decimal(1), 公斤: new Decimal(1), t: new Decimal(1000), 吨: new Decimal(1000) };

/** An optional 产能 column is a derived cell: 面积(亩) × 单产(kg/亩), compared or filled. */
export function checkCapacityCells(ctx: ReviewContext, table: LocatedTable, yields: Map<Plot, Decimal>): void {
  const column = table.columns.get('capacity');
  if (!column) return;
  const unit = column.unit?.toLowerCase() ?? 'kg';
  const scale = CAPACITY_SCALE[unit];
  if (!scale) return;
  for (const [plot, perMu] of yields) {
    if (plot.mu === undefined) continue;
    const ref = refOf(table.sheet.name, plot.row, 'capacity', plot.id);
    ctx.derived(ref, plot.mu.times(perMu).div(scale), { unit, formula: { zh: '面积（亩）× 单产（kg/亩）', en: 'area (mu) × yield (kg/mu)' } });
  }
}
