import type { Decimal } from '../decimal';
import { ZERO } from '../decimal';
import { discountedFlows } from './npv';

/**
 * Payback period from flows[t] at the end of year t (flows[0] at time 0): the time at which the cumulative
 * net flow first turns from negative to ≥ 0, interpolated linearly within that year (the usual
 * 投资回收期 = 累计净现金流量开始出现正值的年份 − 1 + 上年累计净现金流量的绝对值 / 当年净现金流量).
 * Linear interpolation assumes the flow of a year arrives evenly over it; the result is fractional years.
 */
export type Payback =
  | { kind: 'years'; years: Decimal; /** year t in which the cumulative flow reaches ≥ 0 */ year: number }
  | { kind: 'never'; finalCumulative: Decimal }
  | { kind: 'noOutlay' };

export function paybackPeriod(flows: readonly Decimal[]): Payback {
  let cumulative = ZERO;
  let wasNegative = false;
  for (let t = 0; t < flows.length; t++) {
    const before = cumulative;
    cumulative = cumulative.plus(flows[t]);
    if (cumulative.isNegative() && !cumulative.isZero()) {
      wasNegative = true;
    } else if (wasNegative) {
      // before < 0 ≤ cumulative, so flows[t] > 0.
      return { kind: 'years', years: before.abs().div(flows[t]).plus(t - 1), year: t };
    }
  }
  return wasNegative ? { kind: 'never', finalCumulative: cumulative } : { kind: 'noOutlay' };
}

/** 动态投资回收期: the payback period of the flows discounted at `rate`. */
export function dynamicPaybackPeriod(rate: Decimal, flows: readonly Decimal[]): Payback {
  return paybackPeriod(discountedFlows(rate, flows));
}
