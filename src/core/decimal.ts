import DecimalJs from 'decimal.js';

/**
 * One Decimal constructor for the whole engine: 40 significant digits (SPEC §4 asks ≥ 34),
 * half-up rounding like Excel's ROUND, and no exponent notation in strings.
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);
export const TEN_THOUSAND = new Decimal(10000);
/** ÷ 10000 as a multiplication: the same exact value (a shift of the exponent), without decimal.js's long division. */
export const TEN_THOUSANDTH = new Decimal('0.0001');

/**
 * a = b without allocating: decimal.js copies its argument in every comparison, and the engine compares
 * each recomputed figure with the author's. Uses the documented instance fields (d digits in base 1e7 with
 * trailing zero words removed, e exponent, s sign), so equal values have equal fields; ±0 are equal.
 */
export function decimalEquals(a: Decimal, b: Decimal): boolean {
  if (a === b) return true;
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.eq(b); // NaN or ±Infinity: let decimal.js decide
  if (ad[0] === 0 && bd[0] === 0) return true;
  if (a.s !== b.s || a.e !== b.e || ad.length !== bd.length) return false;
  for (let i = 0; i < ad.length; i++) if (ad[i] !== bd[i]) return false;
  return true;
}

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

/**
 * Excel ROUND: half away from zero (10.155 → 10.16, -2.5 → -3). Negative places round to tens, hundreds …
 * as ROUND(1250, -2) = 1300 does: a thousands-scaled format ("0.0,") displays 1 decimal of thousands, −2 places.
 */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  if (places >= 0) return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const unit = new Decimal(10).pow(-places); // exact: a power of ten
  return value.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit);
}

/** Decimal digits of a non-negative integer (a base-1e7 word of a Decimal's `d`, or a count): 0 → 1, 4500000 → 7. */
export function digitCount(n: number): number {
  let digits = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    digits++;
  }
  return digits;
}

/** Trailing zero digits of a base-1e7 word (at most 7: a zero word counts as 7). */
export function trailingZeros(word: number): number {
  let n = 0;
  while (word % 10 === 0 && n < 7) {
    word /= 10;
    n++;
  }
  return n;
}

/** Exact decimal string without exponent, trailing zeros removed ("12345.6"). */
export function toPlainString(value: Decimal): string {
  return value.toFixed();
}
