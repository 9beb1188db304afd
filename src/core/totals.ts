import type { CellRef, ReviewContext } from './context';
import { Decimal, ZERO, roundHalfUp, toPlainString } from './decimal';
import { sum } from './decimalSum';
import { t, type Text } from './i18n';
import { agrees, formatShort, readCellNumber } from './numbers';
import type { Cell } from './snapshot';

/**
 * A stated total (or parent row) against its parts, SPEC §4: equal within the displayed precision of the
 * stated cell; otherwise, if it equals the sum of the parts *as displayed* (each rounded to its own cell's
 * displayed precision) it is a rounding habit, reported as TOTAL_OF_ROUNDED_PARTS (info), not an error.
 */
export interface TotalPart {
  /** The part's exact recomputed value. */
  exact: Decimal;
  /** The cell that displays the part (its number format/typed decimals give the displayed precision). */
  cell?: Cell;
}

export type TotalVerdict = 'ok' | 'roundedParts' | 'mismatch';

/** Sum of the parts as a reader sees them: each exact part rounded to its cell's displayed decimals. */
export function sumOfDisplayedParts(parts: TotalPart[], fallbackDecimals: number): Decimal {
  return sum(
    parts.map((p) => {
      const read = p.cell ? readCellNumber(p.cell) : undefined;
      const decimals = read?.kind === 'number' ? read.decimals : fallbackDecimals;
      return roundHalfUp(p.exact, decimals);
    }),
  );
}

function sumOfParts(parts: TotalPart[]): Decimal {
  let s = ZERO;
  for (const p of parts) s = s.plus(p.exact);
  return s;
}

/** Pure verdict for a stated total (value + displayed decimals) against exact parts. */
export function classifyTotal(stated: { value: Decimal; decimals: number }, parts: TotalPart[], exact = sumOfParts(parts)): TotalVerdict {
  if (agrees(stated, exact)) return 'ok';
  const shown = sumOfDisplayedParts(parts, stated.decimals);
  return agrees(stated, shown) ? 'roundedParts' : 'mismatch';
}

export interface TotalCheck {
  ref: CellRef;
  /**
   * The parts, or a function making them: a long table's parts are only needed when the stated total does
   * not agree with `exact` (to tell rounded parts from a mismatch), so they need not be built for every check.
   */
  parts: TotalPart[] | (() => TotalPart[]);
  unit: string;
  /** Number format for a fill patch when the total cell is empty. */
  numberFormat?: string;
  /** How the parts were chosen, for the message ("一至四部分之和"). */
  formula?: Text;
  /** The parts' sum when the caller has it already (a parent row's value): not added up again. */
  exact?: Decimal;
}

/**
 * Check (or plan to fill) a total cell against its parts. Empty → fill patch; text → INPUT_NOT_A_NUMBER;
 * beyond tolerance → TOTAL_OF_ROUNDED_PARTS or TOTAL_MISMATCH. Returns the exact sum and the verdict
 * (undefined when the cell holds no number).
 */
export function checkTotal(ctx: ReviewContext, check: TotalCheck): { exact: Decimal; verdict?: TotalVerdict } {
  const { ref, unit } = check;
  const partsOf = () => (typeof check.parts === 'function' ? check.parts() : check.parts);
  const exact = check.exact ?? sumOfParts(partsOf());
  const read = readCellNumber(ref.cell);
  if (read.kind !== 'number') {
    ctx.derived(ref, exact, { unit, code: 'TOTAL_MISMATCH', numberFormat: check.numberFormat, formula: check.formula });
    return { exact };
  }
  if (agrees(read, exact)) return { exact, verdict: 'ok' };
  const parts = partsOf();
  const verdict = classifyTotal(read, parts, exact);
  if (verdict === 'ok') return { exact, verdict };
  const how = check.formula ? t(`（${check.formula.zh}）`, ` (${check.formula.en})`) : t('', '');
  if (verdict === 'roundedParts') {
    const shown = sumOfDisplayedParts(parts, read.decimals);
    ctx.report({
      code: 'TOTAL_OF_ROUNDED_PARTS',
      sheet: ref.sheet,
      cell: ref.addr,
      expected: toPlainString(exact),
      found: toPlainString(read.value),
      message: t(
        `${ref.label}填写为 ${toPlainString(read.value)}${unit}，等于各分项显示值之和 ${toPlainString(shown)}${unit}；精确合计为 ${formatShort(exact)}${unit}，按显示精度应为 ${toPlainString(roundHalfUp(exact, read.decimals))}${unit}${how.zh}`,
        `${ref.label} is ${toPlainString(read.value)} ${unit}, the sum of the parts as displayed (${toPlainString(shown)}); the exact sum is ${formatShort(exact)} ${unit}, shown as ${toPlainString(roundHalfUp(exact, read.decimals))}${how.en}`,
      ),
    });
  } else if (verdict === 'mismatch') {
    ctx.report({
      code: 'TOTAL_MISMATCH',
      sheet: ref.sheet,
      cell: ref.addr,
      expected: toPlainString(exact),
      found: toPlainString(read.value),
      message: t(
        `${ref.label}填写为 ${toPlainString(read.value)}${unit}，分项之和为 ${formatShort(exact)}${unit}${how.zh}`,
        `${ref.label} is ${toPlainString(read.value)} ${unit}, the parts sum to ${formatShort(exact)} ${unit}${how.en}`,
      ),
    });
  }
  return { exact, verdict };
}
