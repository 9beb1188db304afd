import type { CellRef, ReviewContext } from './context';
import { Decimal, toPlainString } from './decimal';
import { t } from './i18n';
import { displayedDecimals, normalizeWidth, parseNumericText, readNumber } from './numbers';
import type { Cell } from './snapshot';

/**
 * How a rate cell (合理回报率 (%), 折现率 (%), 费率 (%) …) is read. One rule for every template, so that the
 * same cell never means 6 % in one sheet and 600 % in another:
 * 1. text with a percent sign ("6%", "６％", "6.5 %") → a fraction: 0.06;
 * 2. a number in a cell formatted as a percentage (Excel stores 6 % as 0.06) → that fraction: 0.06;
 * 3. a bare number (no sign, no % format) in a rate field → percent points when its magnitude is > 1:
 *    6 → 6 % = 0.06; 0 → 0 %;
 * 4. a bare number with 0 < |x| ≤ 1 → ambiguous (0.06 could mean 0.06 % or 6 %): not guessed; the caller
 *    reports it and asks for "6%".
 * Values are returned as fractions (0.06). Rate fields are percent fields by definition, whether or not the
 * label says "(%)".
 */
export type PercentRead =
  | {
      kind: 'rate';
      /** Fraction: 6 % → 0.06. */
      value: Decimal;
      /** Decimals of the fraction as typed/displayed, for the SPEC §4 tolerance ("6.5%" → 3). */
      decimals: number;
      how: 'percentSign' | 'percentFormat' | 'percentPoints' | 'zero';
    }
  | { kind: 'empty' }
  | { kind: 'nan'; text: string }
  | { kind: 'ambiguous'; bare: Decimal; text: string };

const HUNDRED = new Decimal(100);

function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

function fromBare(bare: Decimal, decimals: number, text: string): PercentRead {
  if (bare.isZero()) return { kind: 'rate', value: bare.abs(), decimals, how: 'zero' };
  if (bare.abs().greaterThan(1)) return { kind: 'rate', value: bare.div(HUNDRED), decimals: decimals + 2, how: 'percentPoints' };
  return { kind: 'ambiguous', bare, text };
}

/** Read a rate cell by the rule above. Pure. */
export function readPercent(cell: Cell): PercentRead {
  if (cell.error) return { kind: 'nan', text: cell.error };
  const v = cell.value;
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'nan', text: String(v) };
    const parsed = readNumber(v);
    if (parsed.kind !== 'number') return { kind: 'nan', text: String(v) };
    if (isPercentFormat(cell.numberFormat)) {
      const shown = displayedDecimals(cell.numberFormat);
      return { kind: 'rate', value: parsed.value, decimals: shown ?? parsed.decimals, how: 'percentFormat' };
    }
    return fromBare(parsed.value, parsed.decimals, String(v));
  }
  if (typeof v !== 'string') return { kind: 'nan', text: v instanceof Date ? v.toISOString().slice(0, 10) : String(v) };
  const text = normalizeWidth(v).replace(/[\s\u00a0]/g, '');
  if (text === '') return { kind: 'empty' };
  const parsed = parseNumericText(text);
  if (parsed.kind !== 'number') return parsed.kind === 'empty' ? parsed : { kind: 'nan', text: v };
  if (text.endsWith('%')) return { kind: 'rate', value: parsed.value, decimals: parsed.decimals, how: 'percentSign' };
  return fromBare(parsed.value, parsed.decimals, v.trim());
}

/** "0.06" → "6%" (for messages). */
export function percentText(fraction: Decimal): string {
  return `${toPlainString(fraction.times(HUNDRED))}%`;
}

export interface RateOptions {
  required: boolean;
  /** Inclusive bounds as fractions; default 0 … 1 (0 %–100 %, SPEC §6 INPUT_OUT_OF_RANGE). */
  min?: Decimal;
  max?: Decimal;
}

/**
 * Read a rate input through the review context: empty → INPUT_MISSING (when required), text →
 * INPUT_NOT_A_NUMBER, ambiguous bare 0 < x ≤ 1 → INPUT_OUT_OF_RANGE asking for "6%", outside the bounds →
 * INPUT_OUT_OF_RANGE. Returns the fraction with its decimals, or undefined when unusable.
 */
export function readRateInput(ctx: ReviewContext, ref: CellRef, opts: RateOptions): { value: Decimal; decimals: number } | undefined {
  const read = readPercent(ref.cell);
  if (read.kind === 'empty') {
    if (opts.required) ctx.requireNumber(ref);
    return undefined;
  }
  if (read.kind === 'nan') {
    ctx.optionalNumber({ ...ref, cell: { value: read.text } });
    return undefined;
  }
  if (read.kind === 'ambiguous') {
    const b = toPlainString(read.bare);
    const asPoints = toPlainString(read.bare.times(HUNDRED));
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet: ref.sheet,
      cell: ref.addr,
      expected: `${asPoints}%`,
      found: read.text,
      message: t(
        `${ref.label}填写为 ${b}，无法判断是 ${b}% 还是 ${asPoints}%：请填写带百分号的“${asPoints}%”（或设置百分比格式），或直接填写百分数 ${asPoints}`,
        `${ref.label} is ${b}: it could mean ${b}% or ${asPoints}%. Type "${asPoints}%" (or use a percentage format), or the percent points ${asPoints}`,
      ),
    });
    return undefined;
  }
  const min = opts.min ?? new Decimal(0);
  const max = opts.max ?? new Decimal(1);
  if (read.value.lessThan(min) || read.value.greaterThan(max)) {
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet: ref.sheet,
      cell: ref.addr,
      expected: `${percentText(min)}～${percentText(max)}`,
      found: percentText(read.value),
      message: t(
        `${ref.label}为 ${percentText(read.value)}，超出合理范围 ${percentText(min)}～${percentText(max)}`,
        `${ref.label} is ${percentText(read.value)}, outside ${percentText(min)}–${percentText(max)}`,
      ),
    });
    return undefined;
  }
  return { value: read.value, decimals: read.decimals };
}
