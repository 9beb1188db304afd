import { type Decimal, TEN_THOUSANDTH } from '../decimal';

/**
 * The four row formulas of 土石料平衡分析表 (SPEC §3.2), shared by the MINEPLAN custom functions and
 * the earthBalance template (one formula each, so a cell formula and the review never disagree).
 */

/** 供应量小计 = 原地遗留量 + 新产生量. */
export function supplySubtotal(legacy: Decimal, produced: Decimal): Decimal {
  return legacy.plus(produced);
}

/** 剩余可处置量 = 供应量小计 − 本工程利用量; negative = shortfall (EARTH_SHORTFALL), kept as is. */
export function disposableVolume(legacy: Decimal, produced: Decimal, use: Decimal): Decimal {
  return supplySubtotal(legacy, produced).minus(use);
}

/** 评估价值 (万元) = 拟对外销售量 × 评估单价 (元/单位) / 10000. */
export function appraisalValue(sale: Decimal, unitPrice: Decimal): Decimal {
  return sale.times(unitPrice).times(TEN_THOUSANDTH); // = ÷ 10000, exactly
}

/** 处置底价 (万元) = 评估价值 × 底价系数 (default 1). */
export function reserveFloor(appraisal: Decimal, coefficient?: Decimal): Decimal {
  // × 1 is the appraisal itself (already at the engine's precision): no multiplication per row.
  return coefficient === undefined ? appraisal : appraisal.times(coefficient);
}
