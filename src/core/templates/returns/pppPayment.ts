import type { ReviewContext } from '../../context';
import { Decimal, toPlainString } from '../../decimal';
import { pppMode, pppSchedule, type PppInputs } from '../../finance';
import { t } from '../../i18n';
import { readRateInput } from '../../percent';
import type { Block } from './block';

const PPP_KEYS = ['pppCost', 'pppProfit', 'pppDiscount', 'pppPeriod', 'pppOpCost'] as const;
const MAX_PERIOD = new Decimal(100);

/**
 * Annual government payment per 财金〔2015〕21号 when the sheet fills any PPP input; then all five are required
 * (使用者付费 optional: present → 可行性缺口补助 mode). Results: returns.ppp = year 1, returns.ppp.<n> for each
 * year of the 运营补贴周期, returns.ppp.total.
 */
export function pppPayments(ctx: ReviewContext, b: Block): void {
  if (!PPP_KEYS.some((k) => b.filled(k))) return;
  const costRef = b.ref('pppCost', '建设成本');
  const cost = ctx.requireNumber(costRef);
  const costOk = ctx.nonNegative(costRef, cost);
  const profit = readRateInput(ctx, b.ref('pppProfit', '合理利润率'), { required: true });
  const discount = readRateInput(ctx, b.ref('pppDiscount', '年度折现率'), { required: true });
  const periodRef = b.ref('pppPeriod', '运营补贴周期');
  const period = ctx.requireNumber(periodRef);
  let periodOk = period !== undefined;
  if (period !== undefined && (!period.isInteger() || period.lessThan(1) || period.greaterThan(MAX_PERIOD))) {
    periodOk = false;
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE', sheet: b.sheet, cell: periodRef.addr, expected: '1–100 的整数年', found: toPlainString(period),
      message: t(`运营补贴周期应为1～100的整数年（${toPlainString(period)}）`, `运营补贴周期 must be a whole number of years, 1–100 (${toPlainString(period)})`),
    });
  }
  const opRef = b.ref('pppOpCost', '年度运营成本');
  const opCost = ctx.requireNumber(opRef);
  const opOk = ctx.nonNegative(opRef, opCost);
  const feeRef = b.ref('pppUserFee', '使用者付费');
  const fee = ctx.optionalNumber(feeRef);
  const feeOk = fee === undefined || ctx.nonNegative(feeRef, fee);
  if (!cost || !costOk || !profit || !discount || !period || !periodOk || !opCost || !opOk || !feeOk) return;

  const inputs: PppInputs = {
    constructionCost: cost, profitRate: profit.value, discountRate: discount.value, subsidyYears: period, operatingCost: opCost,
    userFee: fee,
  };
  const mode = pppMode(inputs);
  const schedule = pppSchedule(inputs);
  const cell = feeRef.addr ?? costRef.addr;
  ctx.result('returns.ppp', b.sheet, cell, `当年运营补贴支出 第1年（${mode}，财金〔2015〕21号）`, schedule[0].payment, '万元/年');
  for (const { year, payment } of schedule) {
    ctx.result(`returns.ppp.${year}`, b.sheet, null, `当年运营补贴支出 第${year}年（${mode}）`, payment, '万元/年');
  }
  const total = schedule.reduce((s, y) => s.plus(y.payment), new Decimal(0));
  ctx.result('returns.ppp.total', b.sheet, null, `运营补贴支出合计（${toPlainString(period)}年，${mode}）`, total, '万元');
}
