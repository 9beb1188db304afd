import type { CellRef, FindingInput, ReviewContext } from '../../context';
import type { Decimal } from '../../decimal';
import { toPlainString } from '../../decimal';
import type { Severity } from '../../findings';
import { t } from '../../i18n';
import { agrees, formatShort } from '../../numbers';
import { percentText, readPercent } from '../../percent';

/**
 * Report a SPEC §6 code at a severity other than its default (docs/returns.md says where and why):
 * ReviewContext.report takes the severity from a rule or the code, so it is adjusted on the finding pushed.
 */
export function reportAs(ctx: ReviewContext, severity: Severity, input: FindingInput): void {
  ctx.report(input);
  ctx.findings[ctx.findings.length - 1].severity = severity;
}

/**
 * Compare an author's stated rate (内部收益率 …) with the exact fraction, reading it by the percent rule; a
 * bare 0 < x ≤ 1 is accepted under either reading. Empty → fill patch formatted as a percentage.
 */
export function derivedRate(ctx: ReviewContext, ref: CellRef, exact: Decimal): void {
  const read = readPercent(ref.cell);
  if (read.kind === 'empty') {
    if (ref.addr && !ref.cell.formula) {
      ctx.patches.push({ sheet: ref.sheet, cell: ref.addr, value: toPlainString(exact), kind: 'number', numberFormat: '0.00%', label: ref.label });
    }
    return;
  }
  if (read.kind === 'nan') {
    ctx.optionalNumber({ ...ref, cell: { value: read.text } });
    return;
  }
  const candidates =
    read.kind === 'rate'
      ? [{ value: read.value, decimals: read.decimals }]
      : [
          { value: read.bare, decimals: read.bare.decimalPlaces() },
          { value: read.bare.div(100), decimals: read.bare.decimalPlaces() + 2 },
        ];
  if (candidates.some((c) => agrees(c, exact))) return;
  const found = candidates[0].value;
  ctx.report({
    code: 'VALUE_MISMATCH',
    sheet: ref.sheet,
    cell: ref.addr,
    expected: toPlainString(exact),
    found: toPlainString(found),
    message: t(
      `${ref.label}填写为 ${percentText(found)}，复核值为 ${formatShort(exact.times(100), 6)}%`,
      `${ref.label} is ${percentText(found)}, recomputed ${formatShort(exact.times(100), 6)}%`,
    ),
  });
}
