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

export function sum(values: Iterable<Decimal>): Decimal {
  let s = ZERO;
  for (const v of values) s = s.plus(v);
  return s;
}

/** Excel ROUND: half away from zero (10.155 → 10.16, -2.5 → -3). */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Exact decimal string without exponent, trailing zeros removed ("12345.6"). */
export function toPlainString(value: Decimal): string {
  return value.toFixed();
}
