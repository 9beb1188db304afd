import { Decimal, ZERO } from '../decimal';
import { sum } from '../decimalSum';
import { formatShort } from '../numbers';
import type { FeeBracket } from './types';

/** One bracket's share of a 差额定率累进 computation (万元). */
export interface TieredStep {
  lower: Decimal;
  upper: Decimal | null;
  rate: Decimal;
  /** Part of the base falling into this bracket. */
  portion: Decimal;
  fee: Decimal;
}

export interface TieredFee {
  amount: Decimal;
  steps: TieredStep[];
  /**
   * The base exceeds the top of the table (last bracket has an upper bound): the part above it is not
   * computed, because the table gives no rate for it.
   */
  beyondTable: boolean;
}

/** Brackets sorted by lower bound, as Decimals. */
function sortedBrackets(brackets: readonly FeeBracket[]): { lower: Decimal; upper: Decimal | null; rate: Decimal }[] {
  return brackets
    .map((b) => ({
      lower: new Decimal(b.lowerWan),
      upper: b.upperWan === null ? null : new Decimal(b.upperWan),
      rate: new Decimal(b.ratePercent).div(100),
    }))
    .sort((a, b) => a.lower.comparedTo(b.lower));
}

/**
 * 差额定率累进: each bracket's rate applies to the part of the base above the previous bracket's upper
 * bound and up to its own. Tables written "1000以下, 1001–5000" thus charge 1.5 % on (base − 1000): the
 * usual reading of 差额定率累进 tables, whose 算例 columns compute 1000×r₁ + (5000−1000)×r₂ + ….
 * Base in 万元, result in 万元, exact decimals.
 */
export function tieredFee(base: Decimal, standard: { brackets: readonly FeeBracket[] }): TieredFee {
  const brackets = sortedBrackets(standard.brackets);
  const steps: TieredStep[] = [];
  let floor = brackets.length ? brackets[0].lower : ZERO;
  for (const b of brackets) {
    if (base.lte(floor)) break;
    const top = b.upper === null ? base : Decimal.min(base, b.upper);
    const portion = top.minus(floor);
    if (portion.gt(0)) steps.push({ lower: floor, upper: b.upper, rate: b.rate, portion, fee: portion.times(b.rate) });
    if (b.upper === null) break;
    floor = b.upper;
  }
  const last = brackets[brackets.length - 1];
  const beyondTable = !!last && last.upper !== null && base.gt(last.upper);
  return { amount: sum(steps.map((s) => s.fee)), steps, beyondTable };
}

/** "1000×2% + 4000×1.5% + 1000×1.2% = 92" — the computation shown in messages. */
export function describeTieredFee(fee: TieredFee): string {
  if (fee.steps.length === 0) return `0`;
  const terms = fee.steps.map((s) => `${formatShort(s.portion)}×${formatShort(s.rate.times(100))}%`);
  return `${terms.join(' + ')} = ${formatShort(fee.amount)}`;
}
