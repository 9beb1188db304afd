import type { Decimal } from '../core/decimal';
import { rateFromInput } from '../core/finance/rate';
import { decimalFromNumber } from '../core/numbers';
import { parseAreaUnit, type AreaUnit } from '../core/units';
import { functionError } from './errors';

/**
 * Argument conversion at the Excel boundary: numbers arrive as JS doubles and become Decimals through
 * `decimalFromNumber` (15 significant digits, as Excel shows them); nothing is computed in floats.
 */
export function decimalArg(value: unknown, name: string): Decimal {
  if (typeof value !== 'number') {
    throw functionError('invalidValue', `参数 ${name} 应为数值，实为 ${describe(value)}`);
  }
  if (!Number.isFinite(value)) throw functionError('invalidNumber', `参数 ${name} 不是有限数值`);
  return decimalFromNumber(value);
}

/** An optional number: omitted (undefined/null) → undefined. */
export function optionalDecimalArg(value: unknown, name: string): Decimal | undefined {
  if (value === undefined || value === null) return undefined;
  return decimalArg(value, name);
}

export function nonNegativeArg(value: unknown, name: string): Decimal {
  const d = decimalArg(value, name);
  if (d.isNegative() && !d.isZero()) throw functionError('invalidNumber', `参数 ${name} 不能为负（${d.toFixed()}）`);
  return d;
}

export function positiveArg(value: unknown, name: string, hint = ''): Decimal {
  const d = decimalArg(value, name);
  if (!d.greaterThan(0)) throw functionError('invalidNumber', `参数 ${name} 须大于0（${d.toFixed()}）${hint}`);
  return d;
}

/**
 * A rate argument: 0.06 or 6 both mean 6 % (a number above 1 is read as percent, at most 1 as a fraction;
 * "6%" typed in a formula reaches us as 0.06). The result must lie in [min, 100 %).
 */
export function rateArg(value: unknown, name: string, allowZero: boolean): Decimal {
  const r = rateFromInput(decimalArg(value, name));
  const low = allowZero ? r.isNegative() && !r.isZero() : !r.greaterThan(0);
  if (low || !r.lessThan(1)) {
    const range = allowZero ? '0% ≤ r < 100%' : '0% < r < 100%';
    throw functionError('invalidNumber', `参数 ${name} 超出范围（应 ${range}；输入 6 或 0.06 均表示 6%），实为 ${String(value)}`);
  }
  return r;
}

export function textArg(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw functionError('invalidValue', `参数 ${name} 应为文字，实为 ${describe(value)}`);
  }
  return value.trim();
}

/** An area unit: omitted → m²; unknown text → #VALUE!. */
export function areaUnitArg(value: unknown, name: string): AreaUnit {
  if (value === undefined || value === null || value === '') return 'm²';
  if (typeof value !== 'string') throw functionError('invalidValue', `参数 ${name} 应为面积单位文字（m²、亩、公顷、km²）`);
  const unit = parseAreaUnit(value);
  if (!unit) throw functionError('invalidValue', `无法识别的面积单位“${value}”（可用 m²、亩、公顷、km²）`);
  return unit;
}

/** Decimal → Excel number, only at the boundary. */
export function toExcelNumber(d: Decimal): number {
  return Number(d.toString());
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return '空';
  if (typeof value === 'string') return `文字“${value}”`;
  return typeof value;
}
