import { Decimal, ONE, ZERO } from '../decimal';

/**
 * Minimal 合理回报 (SPEC §3.5) for the MINEPLAN.RETURN custom function. The `returns` branch owns the full
 * version in src/core/finance/; this file has exactly the same signature so the lead can keep one at merge.
 */
export type ReturnMode = '单利' | '复利' | '等额年金';
export const RETURN_MODES: readonly ReturnMode[] = ['单利', '复利', '等额年金'];

/**
 * 合理回报 on cost C at rate r (fraction) over n years:
 * 单利 C·r·n; 复利 C·((1+r)^n − 1); 等额年金 A·n − C with A = C·r(1+r)^n / ((1+r)^n − 1) (r = 0 → 0).
 */
export function reasonableReturn(cost: Decimal, rate: Decimal, years: Decimal, mode: ReturnMode): Decimal {
  if (cost.isNegative() && !cost.isZero()) throw new RangeError(`投资成本不能为负 (${cost.toFixed()})`);
  if (rate.isNegative() && !rate.isZero()) throw new RangeError(`回报率不能为负 (${rate.toFixed()})`);
  if (years.isNegative() && !years.isZero()) throw new RangeError(`回报年限不能为负 (${years.toFixed()})`);
  switch (mode) {
    case '单利':
      return cost.times(rate).times(years);
    case '复利':
      return cost.times(ONE.plus(rate).pow(years).minus(ONE));
    case '等额年金': {
      if (rate.isZero() || years.isZero()) return ZERO;
      const g = ONE.plus(rate).pow(years);
      const annual = cost.times(rate).times(g).div(g.minus(ONE));
      return annual.times(years).minus(cost);
    }
  }
}

/** "单利", "simple", "复利", "compound", "等额年金", "annuity" → mode; anything else → undefined. */
export function parseReturnMode(text: string): ReturnMode | undefined {
  const s = text.normalize('NFKC').replace(/\s/g, '').toLowerCase();
  if (s === '单利' || s === 'simple') return '单利';
  if (s === '复利' || s === 'compound') return '复利';
  if (s === '等额年金' || s === '年金' || s === '等额本息' || s === 'annuity') return '等额年金';
  return undefined;
}
