import { Decimal, ZERO } from '../decimal';

/**
 * One bracket of a 差额定率累进 fee standard: the part of the base between `lower` and `upper` (万元;
 * upper null = no ceiling) is charged at `rate` (fraction).
 */
export interface FeeBracket {
  lower: Decimal;
  upper: Decimal | null;
  rate: Decimal;
}

/**
 * Minimal progressive fee (SPEC §3.4) for the MINEPLAN.TIEREDFEE custom function: Σ over brackets of
 * (min(base, upper) − lower) × rate for the part of the base inside each bracket. The `investment` branch
 * owns the fee-standard data and its own `tieredFee(base, standard)` in src/core/feeStandards/; the lead
 * dedupes at merge. Brackets must ascend without gaps or overlaps and cover the base: a table that does not
 * cover the base is an error, never a silently smaller fee.
 */
export function tieredFee(base: Decimal, standard: readonly FeeBracket[]): Decimal {
  assertStandard(standard);
  if (base.isNegative() && !base.isZero()) throw new RangeError(`计费基数不能为负 (${base.toFixed()})`);
  const last = standard[standard.length - 1];
  if (last.upper !== null && base.greaterThan(last.upper)) {
    throw new RangeError(`计费基数 ${base.toFixed()} 超出取费标准最高档上限 ${last.upper.toFixed()}`);
  }
  if (base.lessThan(standard[0].lower)) {
    throw new RangeError(`计费基数 ${base.toFixed()} 低于取费标准最低档下限 ${standard[0].lower.toFixed()}`);
  }
  let fee = ZERO;
  for (const b of standard) {
    if (!base.greaterThan(b.lower)) break;
    const top = b.upper === null || base.lessThan(b.upper) ? base : b.upper;
    fee = fee.plus(top.minus(b.lower).times(b.rate));
  }
  return fee;
}

function assertStandard(standard: readonly FeeBracket[]): void {
  if (standard.length === 0) throw new RangeError('取费标准为空');
  standard.forEach((b, i) => {
    const label = `第${i + 1}档`;
    if (b.rate.isNegative() && !b.rate.isZero()) throw new RangeError(`${label}费率不能为负`);
    if (b.rate.greaterThan(1)) throw new RangeError(`${label}费率超过100%`);
    if (b.upper !== null && !b.upper.greaterThan(b.lower)) {
      throw new RangeError(`${label}上限 ${b.upper.toFixed()} 应大于下限 ${b.lower.toFixed()}`);
    }
    if (i > 0) {
      const prev = standard[i - 1];
      if (prev.upper === null) throw new RangeError(`第${i}档无上限，其后不应再有分档`);
      if (!prev.upper.equals(b.lower)) {
        throw new RangeError(`分档不连续：第${i}档上限 ${prev.upper.toFixed()} ≠ ${label}下限 ${b.lower.toFixed()}`);
      }
    }
  });
}
