import type { ReviewContext } from '../../context';
import { toPlainString } from '../../decimal';
import { dynamicPaybackPeriod, irr, npv, paybackPeriod, type Payback } from '../../finance';
import { t } from '../../i18n';
import { formatShort } from '../../numbers';
import { percentText, readRateInput } from '../../percent';
import type { Block } from './block';
import { checkCashFlowTotals, readCashFlow, type CashFlow } from './cashflow';
import type { LocatedTable } from '../../locate';
import { derivedRate, reportAs } from './report';

/** NPV at 折现率, IRR, static and dynamic payback of the optional cash-flow table (SPEC §3.5). */
export function evaluateCashFlow(ctx: ReviewContext, b: Block, table: LocatedTable): CashFlow | null {
  const cf = readCashFlow(ctx, table);
  if (!cf) return null;
  checkCashFlowTotals(ctx, cf);
  const where = cf.rows[0].row.addr('year');
  const policy = ctx.policy('FUNDING_SHORTFALL');

  const staticPayback = paybackPeriod(cf.flows);
  reportPayback(ctx, b, staticPayback, 'returns.payback', 'statedPayback', '静态投资回收期');
  if (staticPayback.kind === 'never') {
    ctx.report({
      code: 'FUNDING_SHORTFALL', sheet: b.sheet, cell: cf.rows[cf.rows.length - 1].row.addr('year'),
      expected: '≥ 0', found: toPlainString(staticPayback.finalCumulative),
      message: t(
        `现金流量表累计净现金流量至末年仍为负（${formatShort(staticPayback.finalCumulative)}万元）：投资在计算期内无法回收`,
        `Cumulative net cash flow is still negative in the last year (${formatShort(staticPayback.finalCumulative)} 万元): the investment is not recovered`,
      ),
      rule: policy,
    });
  }

  const result = irr(cf.flows);
  const irrRef = b.ref('statedIrr', '内部收益率');
  if (result.kind === 'unique') {
    ctx.result('returns.irr', b.sheet, irrRef.addr, '内部收益率 IRR', result.rate.times(100), '%');
    if (irrRef.addr) derivedRate(ctx, irrRef, result.rate);
  } else if (result.kind === 'none') {
    reportAs(ctx, 'warning', {
      code: 'INPUT_OUT_OF_RANGE', sheet: b.sheet, cell: where, expected: '±',
      message: t('现金流量表净现金流量没有正负变化，不存在内部收益率（IRR）', 'Net cash flows never change sign: there is no IRR'),
    });
  } else {
    const list = result.rates.map((r) => percentText(r.toDecimalPlaces(8))).join('、');
    const range = `${percentText(result.searchedFrom)}～${percentText(result.searchedTo)}`;
    reportAs(ctx, 'warning', {
      code: 'INPUT_OUT_OF_RANGE', sheet: b.sheet, cell: where, found: String(result.signChanges),
      message: t(
        `净现金流量正负变化${result.signChanges}次，内部收益率可能不唯一：在 ${range} 内${result.rates.length ? `求得 ${list}` : '无解'}。IRR 不宜作为判断依据，请以净现值判断`,
        `Net cash flows change sign ${result.signChanges} times, so the IRR may not be unique: ${result.rates.length ? `found ${list}` : 'none found'} in ${range}. Judge by the NPV instead`,
      ),
    });
    if (result.rates.length === 1) ctx.result('returns.irr', b.sheet, irrRef.addr, '内部收益率 IRR（现金流多次变号，唯一性不保证）', result.rates[0].times(100), '%');
  }

  const discount = readRateInput(ctx, b.ref('discountRate', '折现率'), { required: true });
  if (!discount) return cf;
  const value = npv(discount.value, cf.flows);
  const npvRef = b.ref('statedNpv', '净现值');
  ctx.result('returns.npv', b.sheet, npvRef.addr, `净现值 NPV（折现率 ${percentText(discount.value)}）`, value, '万元');
  if (npvRef.addr) ctx.derived(npvRef, value, { unit: '万元' });
  const dynamic = dynamicPaybackPeriod(discount.value, cf.flows);
  reportPayback(ctx, b, dynamic, 'returns.paybackDynamic', 'statedPaybackDynamic', '动态投资回收期');
  if (staticPayback.kind !== 'never' && value.isNegative() && !value.isZero()) {
    ctx.report({
      code: 'FUNDING_SHORTFALL', sheet: b.sheet, cell: npvRef.addr ?? b.ref('discountRate', '折现率').addr,
      expected: '≥ 0', found: toPlainString(value),
      message: t(
        `按折现率 ${percentText(discount.value)} 计算的净现值为 ${formatShort(value)}万元（负）：收入不足以覆盖投资成本及按折现率计的回报`,
        `NPV at ${percentText(discount.value)} is ${formatShort(value)} 万元: revenue does not cover cost plus the return at that rate`,
      ),
      rule: policy,
    });
  }
  return cf;
}

function reportPayback(
  ctx: ReviewContext, b: Block, p: Payback, id: string, stated: 'statedPayback' | 'statedPaybackDynamic', label: string,
): void {
  if (p.kind !== 'years') return;
  const ref = b.ref(stated, label);
  ctx.result(id, b.sheet, ref.addr, `${label}（年内线性插值）`, p.years, '年');
  if (ref.addr) ctx.derived(ref, p.years, { unit: '年' });
}
