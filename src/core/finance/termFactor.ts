import { Decimal, ONE } from '../decimal';

/**
 * Land value term correction (年期修正), REFERENCES "Land value term correction" and SPEC §3.7:
 * K(n, m, r) = [1 − (1+r)^−n] / [1 − (1+r)^−m], n = remaining (or target) years, m = the base term the
 * price was appraised at; for an infinite base term (m absent) K = 1 − (1+r)^−n. V_n = V_m × K.
 *
 * Decimal throughout: (1+r)^−n uses decimal.js `pow`, exact to 40 significant digits also for fractional
 * years (23.5 年). K > 1 is legitimate: it corrects a value to a longer term than its base (30 → 50 年).
 */
export function termFactor(r: Decimal, n: Decimal, m?: Decimal | null): Decimal {
  assertTermInputs(r, n, m);
  const growth = ONE.plus(r);
  const numerator = ONE.minus(growth.pow(n.negated()));
  if (m === undefined || m === null) return numerator;
  return numerator.div(ONE.minus(growth.pow(m.negated())));
}

/** Value for n years of a price appraised for m years (m absent = 无限年期): price × K(n, m, r). */
export function termValue(price: Decimal, r: Decimal, n: Decimal, m?: Decimal | null): Decimal {
  return price.times(termFactor(r, n, m));
}

/**
 * What makes the formula meaningless (not merely unusual): r ≤ 0 divides 0 by 0, a base term ≤ 0 divides by
 * zero or flips the sign, n < 0 is not a term. Domain limits (n > 0, n ≤ 法定最高年限, r < 100 %) are checked
 * by the callers, which know which cell or argument to point at.
 */
function assertTermInputs(r: Decimal, n: Decimal, m?: Decimal | null): void {
  if (!r.isPositive() || r.isZero()) throw new RangeError(`土地还原率须大于0 (r = ${r.toFixed()})`);
  if (n.isNegative() && !n.isZero()) throw new RangeError(`年期不能为负 (n = ${n.toFixed()})`);
  if (m !== undefined && m !== null && (!m.isPositive() || m.isZero())) {
    throw new RangeError(`基准年期须大于0 (m = ${m.toFixed()})`);
  }
}
