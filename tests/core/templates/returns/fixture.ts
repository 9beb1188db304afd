import { ReviewContext } from '../../../../src/core/context';
import { Decimal } from '../../../../src/core/decimal';
import { packsForProvince } from '../../../../src/core/rulePacks';
import type { Cell, CellValue, SheetSnapshot } from '../../../../src/core/snapshot';
import { returnsTemplate } from '../../../../src/core/templates/returns';

/** A cell written as a plain value, or {v, f} for a value with a number format. */
export type FixtureCell = CellValue | { v: CellValue; fmt?: string; formula?: string };

export function sheetOf(name: string, rows: FixtureCell[][]): SheetSnapshot {
  const cells: Cell[][] = rows.map((r) =>
    r.map((c) => (c !== null && typeof c === 'object' && !(c instanceof Date) ? { value: c.v, numberFormat: c.fmt, formula: c.formula } : { value: c })),
  );
  return { name, origin: { row: 1, col: 1 }, cells };
}

/** A 收益测算 sheet: header row 1 (项目 | 值 | 单位), one row per [label, value, unit], then extra rows. */
export function returnsSheet(labels: [string, FixtureCell, string?][], extra: FixtureCell[][] = []): SheetSnapshot {
  return sheetOf('收益测算', [['项目', '值', '单位'], ...labels.map(([l, v, u]) => [l, v, u ?? null]), ...extra]);
}

export interface RunOptions {
  province?: '河南' | null;
  bidsTotal?: string;
  earthFloor?: string;
}

export function run(sheet: SheetSnapshot, opts: RunOptions = {}) {
  const ctx = new ReviewContext({ sheets: [sheet] });
  const province = opts.province === undefined ? '河南' : opts.province;
  ctx.province = province;
  ctx.packs = packsForProvince(province);
  if (opts.bidsTotal) {
    ctx.shared.bids = { sheet: '竞价记录', lots: [{ lot: '建筑用石料', price: new Decimal(opts.bidsTotal), priceAddr: 'C3' }], totalPrice: new Decimal(opts.bidsTotal) };
  }
  if (opts.earthFloor) ctx.shared.earth = { sheet: '土石料平衡分析表', rows: [], totalFloor: new Decimal(opts.earthFloor) };
  const found = returnsTemplate.review(ctx);
  const result = (id: string) => ctx.results.find((r) => r.id === id)?.value;
  const codes = ctx.findings.map((f) => f.code);
  return { ctx, found, result, codes, findings: ctx.findings, patches: ctx.patches };
}

/** The standard inputs: C = 12000 万元, 6 %, 5 years. */
export function base(mode: string, more: [string, FixtureCell, string?][] = []): [string, FixtureCell, string?][] {
  return [
    ['投资成本', 12000, '万元'],
    ['合理回报率（%）', '6%'],
    ['回报年限', 5, '年'],
    ['计息方式', mode],
    ...more,
  ];
}
