import { Decimal, ONE, ZERO } from '../decimal';
import { polynomialAt, signChanges } from './npv';

/**
 * Internal rate of return, computed in Decimal (40 digits) as the positive root x of Σ c_t·x^t with
 * x = 1/(1+r), by safeguarded Newton (Newton inside a bisection bracket), far below the 1e-10 the SPEC asks.
 *
 * By Descartes' rule the number of IRRs above −100 % is the number of sign changes of the flows minus an
 * even number, so:
 * - no sign change → no IRR ('none');
 * - one sign change → exactly one IRR ('unique');
 * - several → none, one or several IRRs ('several'): every root found on a scan of −99 %…1000 % is listed and
 *   the caller must say that the IRR is not a sound criterion for such flows (use the NPV).
 */
export type IrrResult =
  | { kind: 'unique'; rate: Decimal; signChanges: 1 }
  | { kind: 'none'; signChanges: 0 }
  | { kind: 'several'; signChanges: number; rates: Decimal[]; searchedFrom: Decimal; searchedTo: Decimal };

/** x-tolerance of the root; rates are reported to 25 decimal places. */
const X_TOLERANCE = new Decimal('1e-32');
const RATE_PLACES = 25;
const MAX_ITERATIONS = 500;
export const IRR_SCAN_FROM = new Decimal('-0.99');
export const IRR_SCAN_TO = new Decimal(10);

function sign(d: Decimal): number {
  return d.isZero() ? 0 : d.isNegative() ? -1 : 1;
}

function derivative(c: readonly Decimal[]): Decimal[] {
  return c.slice(1).map((v, i) => v.times(i + 1));
}

/** Drop leading zeros (a root at x = 0 is r = ∞, not an IRR) and trailing zeros (no effect on roots). */
function trimZeros(flows: readonly Decimal[]): Decimal[] {
  let a = 0;
  let b = flows.length;
  while (a < b && flows[a].isZero()) a++;
  while (b > a && flows[b - 1].isZero()) b--;
  return flows.slice(a, b);
}

/** Root of the polynomial inside [lo, hi], where its sign at lo and hi differ. */
function rootBetween(c: readonly Decimal[], dc: readonly Decimal[], lo0: Decimal, hi0: Decimal): Decimal {
  let lo = lo0;
  let hi = hi0;
  const signLo = sign(polynomialAt(c, lo));
  let x = lo.plus(hi).div(2);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const fx = polynomialAt(c, x);
    if (fx.isZero()) return x;
    if (sign(fx) === signLo) lo = x;
    else hi = x;
    const dfx = polynomialAt(dc, x);
    const next = dfx.isZero() ? null : x.minus(fx.div(dfx));
    if (next && next.greaterThan(lo) && next.lessThan(hi)) {
      const step = next.minus(x).abs();
      x = next;
      if (step.lessThan(X_TOLERANCE)) return x;
    } else {
      // Newton would leave the bracket: bisect instead.
      x = lo.plus(hi).div(2);
    }
    if (hi.minus(lo).lessThan(X_TOLERANCE)) return x;
  }
  return x;
}

function toRate(x: Decimal): Decimal {
  return ONE.div(x).minus(1).toDecimalPlaces(RATE_PLACES);
}

/** IRR of flows[t] at the end of year t (flows[0] at time 0). */
export function irr(flows: readonly Decimal[]): IrrResult {
  const c = trimZeros(flows);
  const changes = signChanges(c);
  if (changes === 0) return { kind: 'none', signChanges: 0 };
  const dc = derivative(c);
  if (changes === 1) return { kind: 'unique', rate: toRate(uniqueRoot(c, dc)), signChanges: 1 };
  return { kind: 'several', signChanges: changes, rates: scanRoots(c, dc).map(toRate), searchedFrom: IRR_SCAN_FROM, searchedTo: IRR_SCAN_TO };
}

/** One sign change: f(0) = c_0 and f(∞) have opposite signs; widen [0, hi] until it brackets the root. */
function uniqueRoot(c: readonly Decimal[], dc: readonly Decimal[]): Decimal {
  const s0 = sign(c[0]);
  let hi = ONE;
  for (let i = 0; i < 400 && sign(polynomialAt(c, hi)) === s0; i++) hi = hi.times(2);
  if (polynomialAt(c, hi).isZero()) return hi;
  return rootBetween(c, dc, ZERO, hi);
}

/** The r grid −0.99, −0.98 … 1.00, 1.1 … 10 (as x = 1/(1+r)); each sign change between neighbours is refined. */
function scanGrid(): Decimal[] {
  const rates: Decimal[] = [];
  for (let i = -99; i <= 100; i++) rates.push(new Decimal(i).div(100));
  for (let i = 11; i <= 100; i++) rates.push(new Decimal(i).div(10));
  return rates.map((r) => ONE.div(ONE.plus(r)));
}

function scanRoots(c: readonly Decimal[], dc: readonly Decimal[]): Decimal[] {
  const roots: Decimal[] = [];
  let last: { x: Decimal; s: number } | undefined;
  let rootSinceLast = false;
  for (const x of scanGrid()) {
    const s = sign(polynomialAt(c, x));
    if (s === 0) {
      roots.push(x);
      rootSinceLast = true;
      continue;
    }
    if (last && s !== last.s && !rootSinceLast) roots.push(rootBetween(c, dc, x, last.x));
    last = { x, s };
    rootSinceLast = false;
  }
  // Grid x decreases as r increases; report rates ascending.
  return roots.sort((a, b) => b.comparedTo(a));
}
