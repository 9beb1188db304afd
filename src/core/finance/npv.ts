import { Decimal, ONE, ZERO } from '../decimal';

/**
 * Net present value of `flows`, where flows[t] happens at the end of year t and flows[0] is at time 0
 * (not discounted). Note: Excel's NPV() discounts its first argument by one period; NPV here equals
 * Excel's `flows[0] + NPV(rate, flows[1..])`.
 */
export function npv(rate: Decimal, flows: readonly Decimal[]): Decimal {
  if (!rate.greaterThan(-1)) throw new RangeError(`discount rate must be > −100 %, got ${rate.toFixed()}`);
  // Horner in x = 1/(1+r): Σ c_t·x^t, one division in all.
  return polynomialAt(flows, ONE.div(ONE.plus(rate)));
}

/** Σ c_t·x^t by Horner's rule (exact in Decimal up to the precision). */
export function polynomialAt(coefficients: readonly Decimal[], x: Decimal): Decimal {
  let acc = ZERO;
  for (let i = coefficients.length - 1; i >= 0; i--) acc = acc.times(x).plus(coefficients[i]);
  return acc;
}

/** Each flow discounted to time 0: flows[t] / (1+r)^t. */
export function discountedFlows(rate: Decimal, flows: readonly Decimal[]): Decimal[] {
  if (!rate.greaterThan(-1)) throw new RangeError(`discount rate must be > −100 %, got ${rate.toFixed()}`);
  const base = ONE.plus(rate);
  return flows.map((f, t) => f.div(base.pow(t)));
}

/** Number of sign changes in the sequence, zeros skipped (Descartes' rule bounds the IRRs by it). */
export function signChanges(flows: readonly Decimal[]): number {
  let last = 0;
  let changes = 0;
  for (const f of flows) {
    const s = f.isZero() ? 0 : f.isNegative() ? -1 : 1;
    if (s === 0) continue;
    if (last !== 0 && s !== last) changes++;
    last = s;
  }
  return changes;
}
