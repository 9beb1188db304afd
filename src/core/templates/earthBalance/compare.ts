import type { Decimal } from '../../decimal';

/**
 * a.cmp(b) without a copy: decimal.js copies its argument in every comparison, and a long balance compares a
 * few figures on every row. Mirrors decimal.js's comparedTo on the documented fields (d digits in base 1e7,
 * e exponent, s sign), as decimalEquals does; NaN and ±Infinity are left to decimal.js.
 */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.cmp(b);
  const sign = a.s;
  if (!ad[0] || !bd[0]) return ad[0] ? sign : bd[0] ? -b.s : 0;
  if (sign !== b.s) return sign;
  // With a negative sign every "larger in magnitude" answer flips.
  const flip = sign < 0;
  if (a.e !== b.e) return a.e > b.e !== flip ? 1 : -1;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i] > bd[i] !== flip ? 1 : -1;
  return ad.length === bd.length ? 0 : ad.length > bd.length !== flip ? 1 : -1;
}
