import type { ReviewContext } from '../../context';
import { Decimal, TEN_THOUSAND } from '../../decimal';
import { sum } from '../../decimalSum';
import { t } from '../../i18n';
import { findTable } from '../../locate';
import type { TemplateModule } from '../types';
import { blankEstimate } from './blank';
import { EstimateCalculator, type MoneyScale } from './calculate';
import { CATEGORIES } from './categories';
import { checkRows, checkTotals } from './check';
import { AMOUNT_UNIT, ESTIMATE_COLUMNS, ESTIMATE_SHEET_NAMES } from './columns';
import { crossCheckEarth } from './earthCross';
import { readFeeSchedule } from './feeSchedule';
import { parseEstimate } from './parse';

/** Yuan per unit written in a money header: "元" → 1, "万元" or nothing → 10000. */
function yuanPer(unit: string | undefined, fallback: Decimal): Decimal {
  if (!unit) return fallback;
  const u = unit.normalize('NFKC');
  if (u.startsWith('万元')) return TEN_THOUSAND;
  if (u.startsWith('元')) return new Decimal(1);
  return fallback;
}

function review(ctx: ReviewContext): boolean {
  const table = findTable(ctx.workbook, ESTIMATE_SHEET_NAMES, ESTIMATE_COLUMNS, ctx.claimedSheets);
  if (!table) return false;
  const sheet = table.sheet.name;
  ctx.useTemplate(sheet, 'investment', table.rows.length);
  if (ctx.reportMissingColumns(table)) return true;

  const standards = readFeeSchedule(ctx);
  const { rows, totals, cells, lookup } = parseEstimate(table, standards);
  const amount = yuanPer(table.columns.get('amount')?.unit, TEN_THOUSAND);
  const price = yuanPer(table.columns.get('price')?.unit, new Decimal(1));
  // Both are 1 or 10000, so their ratio is 1, 10000 or 0.0001: exact.
  const scale: MoneyScale = { amount, price, priceToAmount: price.div(amount) };
  const calc = new EstimateCalculator(ctx, sheet, lookup, cells, scale);
  for (let i = 0; i < rows.length; i++) calc.valueOf(i);
  const unit = scale.amount.equals(1) ? '元' : AMOUNT_UNIT;
  checkRows(ctx, calc, lookup, cells, unit);
  checkTotals(ctx, calc, lookup, cells, totals, sheet, unit);

  // Results in 万元 whatever the sheet's unit.
  const toWan = (v: Decimal) => v.times(scale.amount).div(TEN_THOUSAND);
  const levelOne = lookup.topLevel().map((i) => calc.valueOf(i));
  const grand = [...totals].reverse().find((x) => x.kind === 'grand' && x.before === rows.length);
  const totalAddr = grand?.source.addr('amount') ?? null;
  let total: Decimal | undefined;
  if (levelOne.length && levelOne.every((v) => v !== undefined)) {
    total = toWan(sum(levelOne as Decimal[]));
    ctx.result('invest.total', sheet, totalAddr, '总投资', total, AMOUNT_UNIT);
  }
  const categories: Record<string, Decimal> = {};
  for (const category of CATEGORIES) {
    const roots = lookup.categoryRoots(category);
    const values = roots.map((i) => calc.valueOf(i));
    if (!roots.length || values.some((v) => v === undefined)) continue;
    categories[category] = toWan(sum(values as Decimal[]));
    const cell = roots.length === 1 ? cells.addr(rows[roots[0]].row, cells.amount) : null;
    ctx.result(`invest.${category}`, sheet, cell, category, categories[category], AMOUNT_UNIT);
  }
  ctx.shared.investment = { sheet, total, totalAddr, categories, notes: calc.notes };
  crossCheckEarth(ctx, sheet, rows, cells);
  return true;
}

/** 投资估算表 (SPEC §3.4; outline of 内政办发〔2023〕14号 附件1 第六章). */
export const investmentTemplate: TemplateModule = {
  kind: 'investment',
  title: t('投资估算表', 'Investment estimate'),
  sheetNames: ESTIMATE_SHEET_NAMES,
  review,
  blank: blankEstimate,
};
