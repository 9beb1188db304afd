import { Decimal, compareDecimals } from '../decimal';
import type { PolicyRule } from './types';

/**
 * Typed reads of a rule's parameters. Parameters are data: shares are written as decimal strings ("0.03") so
 * they never pass through a float, counts and degrees as integers.
 */
export function decimalParam(rule: PolicyRule, key: string): Decimal | undefined {
  const v = rule.params?.[key];
  if (typeof v === 'string' && v.trim() !== '') return new Decimal(v.trim());
  if (typeof v === 'number' && Number.isFinite(v)) return new Decimal(String(v));
  return undefined;
}

/** "不超过 / 不小于 / 以下" include the bound (SPEC §4); a rule says otherwise with `inclusive: false`. */
export function isInclusive(rule: PolicyRule): boolean {
  return rule.params?.inclusive !== false;
}

/** Comma-separated list parameter ("林草,林地,草地"); empty when absent. */
export function listParam(rule: PolicyRule, key: string): string[] {
  const v = rule.params?.[key];
  if (typeof v !== 'string') return [];
  return v.split(/[,，、]/).map((s) => s.trim()).filter(Boolean);
}

/** value exceeds the upper bound (inclusive bound: value > bound; exclusive: value ≥ bound). */
// Checked once per plot of a long list: compared without decimal.js's copy of the bound.
export function exceedsUpper(value: Decimal, bound: Decimal, inclusive: boolean): boolean {
  const c = compareDecimals(value, bound);
  return inclusive ? c > 0 : c >= 0;
}

/** value falls below the lower bound (inclusive bound: value < bound; exclusive: value ≤ bound). */
export function belowLower(value: Decimal, bound: Decimal, inclusive: boolean): boolean {
  const c = compareDecimals(value, bound);
  return inclusive ? c < 0 : c <= 0;
}
