import type { ReviewContext } from '../../context';
import { Decimal } from '../../decimal';
import type { LocatedTable } from '../../locate';
import { plainNumberOf } from '../../numbers';
import { convertArea, parseAreaUnit } from '../../units';
import { cellIn, colOf } from './cells';
import { refOf, type Plot } from './parse';

/** 单产 per 亩 of each farmland plot that states one (plot.perMu); a header "单产（kg/公顷）" is converted to kg/亩. */
export function readYields(ctx: ReviewContext, table: LocatedTable, plots: Plot[]): void {
  const col = colOf(table, 'yield');
  if (col === undefined) return;
  const per = parseAreaUnit(table.columns.get('yield')?.unit?.split('/')[1]) ?? '亩';
  // Per 亩 already: dividing by 1 would only copy each value.
  const muPerUnit = per === '亩' ? undefined : convertArea(new Decimal(1), per, '亩');
  for (const plot of plots) {
    if (!plot.farmland) continue;
    let value = plainNumberOf(cellIn(table.sheet, plot.row.row, col));
    // A plain non-negative number, the common case, needs no CellRef: one is made only to word a finding.
    if (value === undefined || value.isNegative()) {
      const ref = refOf(table.sheet.name, plot.row, 'yield', plot.id);
      value ??= ctx.optionalNumber(ref);
      if (!ctx.nonNegative(ref, value)) continue;
    }
    plot.perMu = muPerUnit ? value.div(muPerUnit) : value;
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
  for (const plot of plots) {
    if (plot.perMu === undefined || plot.mu === undefined) continue;
    const ref = refOf(table.sheet.name, plot.row, 'capacity', plot.id);
    ctx.derived(ref, plot.mu.times(plot.perMu).div(scale), { unit, formula: { zh: '面积（亩）× 单产（kg/亩）', en: 'area (mu) × yield (kg/mu)' } });
  }
}
