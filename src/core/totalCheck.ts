import type { CellRef, ReviewContext } from './context';
import { Decimal, roundHalfUp, sum, toPlainString } from './decimal';
import { t } from './i18n';
import { agrees, formatShort, readCellNumber, type NumberRead } from './numbers';

/** One part of a total: its exact recomputed value and, when the author typed it, what they typed. */
export interface TotalPart {
  exact: Decimal;
  author?: NumberRead;
}

/**
 * Check a stated total (合计/小计/parent) against its parts (SPEC §4): equal within the stated cell's
 * displayed precision → fine; equal to the sum of the parts as displayed (rounded) but not to the rounded
 * exact sum → TOTAL_OF_ROUNDED_PARTS (info); otherwise TOTAL_MISMATCH. An empty total cell is filled.
 */
export function checkTotal(ctx: ReviewContext, ref: CellRef, parts: TotalPart[], unit: string): Decimal {
  const exact = sum(parts.map((p) => p.exact));
  const stated = readCellNumber(ref.cell);
  if (stated.kind !== 'number') {
    ctx.derived(ref, exact, { unit, code: 'TOTAL_MISMATCH' });
    return exact;
  }
  if (agrees(stated, exact)) return exact;
  const shownParts = sum(
    parts.map((p) =>
      p.author?.kind === 'number' ? roundHalfUp(p.author.value, p.author.decimals) : roundHalfUp(p.exact, stated.decimals),
    ),
  );
  const found = toPlainString(stated.value);
  if (roundHalfUp(shownParts, stated.decimals).equals(roundHalfUp(stated.value, stated.decimals))) {
    ctx.report({
      code: 'TOTAL_OF_ROUNDED_PARTS',
      sheet: ref.sheet,
      cell: ref.addr,
      expected: toPlainString(exact),
      found,
      message: t(
        `${ref.label} ${found}${unit} 等于各分项显示值（舍入后）之和，精确合计为 ${formatShort(exact)}${unit}，舍入后应为 ${roundHalfUp(exact, stated.decimals).toFixed(stated.decimals)}`,
        `${ref.label} ${found} ${unit} equals the sum of the rounded parts; the exact total is ${formatShort(exact)} ${unit}`,
      ),
    });
  } else {
    ctx.report({
      code: 'TOTAL_MISMATCH',
      sheet: ref.sheet,
      cell: ref.addr,
      expected: toPlainString(exact),
      found,
      message: t(
        `${ref.label}填写为 ${found}${unit}，各分项之和为 ${formatShort(exact)}${unit}，相差 ${formatShort(stated.value.minus(exact))}${unit}`,
        `${ref.label} is ${found} ${unit} but its parts add up to ${formatShort(exact)} ${unit}`,
      ),
    });
  }
  return exact;
}
