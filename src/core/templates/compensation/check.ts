import { uniqueKeyer } from '../../resultKeys';
import type { ReviewContext } from '../../context';
import { Decimal, roundHalfUp, toPlainString } from '../../decimal';
import { sum } from '../../decimalSum';
import { t } from '../../i18n';
import { findTable, type LocatedTable, type TableRow } from '../../locate';
import { agrees, formatShort, readCellNumber } from '../../numbers';
import { cellText } from '../../snapshot';
import { compensate, inputProblems, type CompensationOutcome, type InputField } from './calculate';
import { compensationRule } from './citation';
import { COLUMNS, LABELS, SHEET_NAMES } from './columns';
import { readRowInput, refFor, type RowIdentity } from './rowInputs';

type Part = 'amount' | 'holder' | 'collective';
const PARTS: Part[] = ['amount', 'holder', 'collective'];
const FIELD_COLUMN: Record<InputField, string> = {
  areaSqm: 'area', certPrice: 'certPrice', certTerm: 'certTerm', agriPrice: 'agriPrice', agriTerm: 'agriTerm',
  remaining: 'remaining', maxTerm: 'maxTerm', rate: 'rate',
};

/** 补偿测算表 (SPEC §3.7): recompute every row's compensation, compare the author's figures, check the 合计. */
export function reviewCompensation(ctx: ReviewContext): boolean {
  const table = findTable(ctx.workbook, SHEET_NAMES, COLUMNS, ctx.claimedSheets);
  if (!table) return false;
  const sheet = table.sheet.name;
  const dataRows = table.rows.filter((r) => !r.isTotal);
  ctx.useTemplate(sheet, 'compensation', dataRows.length);
  if (ctx.reportMissingColumns(table)) return true;
  const keys = rowKeys();
  const outcomes = dataRows.map((row) => reviewRow(ctx, table, row, keys(row)));
  const total = table.rows.find((r) => r.isTotal);
  if (total && outcomes.every((o): o is CompensationOutcome => o !== undefined)) checkTotal(ctx, sheet, total, outcomes);
  return true;
}

/**
 * Result-id keys: the 地块/权利人 text; a blank name becomes `row<excel row>`; a repeated name gets `#2`, `#3`
 * on its second, third … occurrence (the first keeps the bare name), so every row keeps its own ids.
 */
function rowKeys(): (row: TableRow) => { key: string; name: string } {
  const key = uniqueKeyer();
  return (row) => {
    const name = cellText(row.cell('name')).trim();
    return { key: name ? key(name) : `row${row.row}`, name };
  };
}

function reviewRow(ctx: ReviewContext, table: LocatedTable, row: TableRow, k: { key: string; name: string }): CompensationOutcome | undefined {
  const sheet = table.sheet.name;
  const id: RowIdentity = { row, sheet, key: k.key, label: k.name || `第${row.row}行` };
  const input = readRowInput(ctx, id, table.columns.get('area')?.unit);
  if (!input) return undefined;
  const problems = inputProblems(input);
  for (const p of problems) {
    const ref = refFor(id, FIELD_COLUMN[p.field]);
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet,
      cell: ref.addr,
      expected: p.expected,
      found: p.found,
      message: t(`${id.label}：${p.message.zh}`, `${id.label}: ${p.message.en}`),
    });
  }
  if (problems.length > 0) return undefined;

  const outcome = compensate(input);
  const rule = compensationRule('VALUE_MISMATCH', input.situation);
  for (const part of PARTS) {
    const value = outcome[part];
    if (value === undefined) continue;
    ctx.result(`comp.${id.key}.${part}`, sheet, row.addr(part), `${id.label} ${LABELS[part][0]}`, value, '万元');
    if (table.columns.has(part)) {
      ctx.derived(refFor(id, part), value, { unit: '万元', numberFormat: '0.00', formula: outcome.formula, rule });
    }
  }
  const difference = outcome.collective ?? outcome.amount;
  if (difference.isNegative() && !difference.isZero()) {
    const at = outcome.collective !== undefined && table.columns.has('collective') ? 'collective' : 'amount';
    ctx.report({
      code: 'COMPENSATION_NEGATIVE',
      sheet,
      cell: row.addr(at) ?? row.addr('situation'),
      expected: '≥ 0',
      found: toPlainString(difference),
      message: t(
        `${id.label}：证载用途价值量低于农用地价值量，补偿为负（${formatShort(difference)} 万元）。${outcome.formula.zh}`,
        `${id.label}: the certified-use value is below the agricultural value, compensation is negative (${formatShort(difference)} 万元). ${outcome.formula.en}`,
      ),
      rule: compensationRule('COMPENSATION_NEGATIVE', input.situation),
    });
  }
  return outcome;
}

/** The 合计 row: each stated part total against the sum of the rows (SPEC §4 tolerance and rounded parts). */
function checkTotal(ctx: ReviewContext, sheet: string, total: TableRow, outcomes: CompensationOutcome[]): void {
  for (const part of PARTS) {
    const values = outcomes.map((o) => o[part]).filter((v): v is Decimal => v !== undefined);
    if (values.length === 0) continue;
    const exact = sum(values);
    const label = `合计 ${LABELS[part][0]}`;
    ctx.result(`comp.total.${part}`, sheet, total.addr(part), label, exact, '万元');
    const addr = total.addr(part);
    if (!addr) continue;
    const ref = { sheet, addr, cell: total.cell(part), label };
    const read = readCellNumber(ref.cell);
    if (read.kind === 'number' && !agrees(read, exact)) {
      const roundedParts = sum(values.map((v) => roundHalfUp(v, read.decimals)));
      if (agrees(read, roundedParts)) {
        ctx.report({
          code: 'TOTAL_OF_ROUNDED_PARTS',
          sheet,
          cell: addr,
          expected: toPlainString(exact),
          found: toPlainString(read.value),
          message: t(
            `${label} ${toPlainString(read.value)} 万元等于各行舍入值之和，精确合计为 ${formatShort(exact)} 万元`,
            `${label} ${toPlainString(read.value)} 万元 is the sum of rounded rows; the exact total is ${formatShort(exact)} 万元`,
          ),
        });
        continue;
      }
    }
    ctx.derived(ref, exact, {
      unit: '万元',
      code: 'TOTAL_MISMATCH',
      numberFormat: '0.00',
      formula: t(`合计 = 各行${LABELS[part][0]}之和`, `total = sum of the rows' ${LABELS[part][1]}`),
    });
  }
}
