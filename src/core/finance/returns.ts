import { Decimal, ONE, ZERO } from '../decimal';

/**
 * Cost-plus returns (SPEC §3.5; 河南 豫自然资规〔2025〕13号 第二十条 "投资成本+投资合理回报",
 * 海南 "成本+合理利润"). Rates are fractions (6 % = 0.06); amounts in any one currency unit (万元 on the sheet).
 */
export type ReturnMode = '单利' | '复利' | '等额年金';
export const RETURN_MODES: readonly ReturnMode[] = ['单利', '复利', '等额年金'];

const MODE_ALIASES: Record<string, ReturnMode> = {
  单利: '单利', 单利法: '单利', 单利计息: '单利', simple: '单利',
  复利: '复利', 复利法: '复利', 复利计息: '复利', compound: '复利',
  等额年金: '等额年金', 年金: '等额年金', 等额年金法: '等额年金', 等额本息: '等额年金', annuity: '等额年金',
};

/** "单利" / "复利" / "等额年金" (also "年金", "等额本息", simple/compound/annuity); null when not recognised. */
export function parseReturnMode(text: string): ReturnMode | null {
  const key = text.normalize('NFKC').replace(/\s/g, '').toLowerCase();
  return MODE_ALIASES[key] ?? null;
}

function checkInputs(cost: Decimal, rate: Decimal, years: Decimal): void {
  if (cost.isNegative() && !cost.isZero()) throw new RangeError(`cost must be ≥ 0, got ${cost.toFixed()}`);
  if (rate.isNegative() && !rate.isZero()) throw new RangeError(`rate must be ≥ 0, got ${rate.toFixed()}`);
  if (!years.greaterThan(0)) throw new RangeError(`years must be > 0, got ${years.toFixed()}`);
}

/** (1+r)^n; integer n is exact up to the 40-digit precision (Decimal's pow, never Math.pow). */
export function growthFactor(rate: Decimal, years: Decimal): Decimal {
  return ONE.plus(rate).pow(years);
}

/**
 * Level annual payment repaying `cost` over `years` at `rate` (等额年金, capital recovery):
 * A = C·r(1+r)^n / ((1+r)^n − 1); at r = 0 the limit C/n.
 */
export function annuityPayment(cost: Decimal, rate: Decimal, years: Decimal): Decimal {
  checkInputs(cost, rate, years);
  if (rate.isZero()) return cost.div(years);
  const g = growthFactor(rate, years);
  return cost.times(rate).times(g).div(g.minus(1));
}

/**
 * The investor's reasonable return on `cost` over `years`:
 * 单利 C·r·n; 复利 C·((1+r)^n − 1); 等额年金 A·n − C (total annuity payments less the cost repaid).
 */
export function reasonableReturn(cost: Decimal, rate: Decimal, years: Decimal, mode: ReturnMode): Decimal {
  checkInputs(cost, rate, years);
  switch (mode) {
    case '单利':
      return cost.times(rate).times(years);
    case '复利':
      return cost.times(growthFactor(rate, years).minus(1));
    case '等额年金':
      return rate.isZero() ? ZERO : annuityPayment(cost, rate, years).times(years).minus(cost);
  }
}

/** 投资回收额 = 投资成本 + 合理回报. */
export function investmentRecovery(cost: Decimal, rate: Decimal, years: Decimal, mode: ReturnMode): Decimal {
  return cost.plus(reasonableReturn(cost, rate, years, mode));
}
