import { Decimal } from '../decimal';

const HUNDRED = new Decimal(100);

/**
 * A rate typed by a plan author, as a fraction. A cell formatted as % or text "6%" already holds the
 * fraction (0.06): `explicitPercent` says so and the value is kept. A bare number in a (%) column or a
 * custom-function argument: above 1 it is a percent figure (6 → 6 %), at most 1 it is a fraction
 * (0.06 → 6 %, 1 → 100 %). Documented in docs/compensation.md and docs/custom-functions.md.
 */
export function rateFromInput(value: Decimal, explicitPercent = false): Decimal {
  if (explicitPercent) return value;
  return value.greaterThan(1) ? value.div(HUNDRED) : value;
}

/** "6%" for messages. */
export function percentText(rate: Decimal): string {
  return `${rate.times(HUNDRED).toDecimalPlaces(6).toFixed()}%`;
}
