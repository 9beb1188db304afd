import type { CellRef, ReviewContext } from '../../context';
import { Decimal, ZERO, toPlainString } from '../../decimal';
import { annuityPayment, parseReturnMode, reasonableReturn, type ReturnMode } from '../../finance';
import { t } from '../../i18n';
import { agrees, formatShort, readCellNumber } from '../../numbers';
import { percentText, readRateInput } from '../../percent';
import { cellText } from '../../snapshot';
import type { Block } from './block';
import { reportAs } from './report';

export interface CostPlus {
  cost: Decimal;
  rate: Decimal;
  years: Decimal;
  mode: ReturnMode;
  return: Decimal;
  recovery: Decimal;
}

/** 投资成本 + 合理回报 (河南 第二十条; 海南 "成本+合理利润"), with the author's stated figures checked. */
export function costPlus(ctx: ReviewContext, b: Block): CostPlus | undefined {
  // A sheet without any cost-plus row (only PPP or a cash-flow table) skips this part; one row asks for all.
  if (!(['cost', 'rate', 'years', 'mode'] as const).some((k) => b.has(k))) return undefined;
  const costRef = b.ref('cost', '投资成本');
  const cost = ctx.requireNumber(costRef);
  const costOk = ctx.nonNegative(costRef, cost);
  const rate = readRateInput(ctx, b.ref('rate', '合理回报率'), { required: true });
  const yearsRef = b.ref('years', '回报年限');
  const years = ctx.requireNumber(yearsRef);
  let yearsOk = years !== undefined;
  if (years !== undefined && !years.greaterThan(0)) {
    yearsOk = false;
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE', sheet: b.sheet, cell: yearsRef.addr, expected: '> 0', found: toPlainString(years),
      message: t(`回报年限应大于0（${toPlainString(years)}）`, `回报年限 (return period) must be > 0 (${toPlainString(years)})`),
    });
  }
  const mode = readMode(ctx, b.ref('mode', '计息方式'));
  if (!costOk || !rate || !yearsOk || !years || !mode || !cost) return undefined;

  const ret = reasonableReturn(cost, rate.value, years, mode);
  const recovery = cost.plus(ret);
  const how = modeFormula(mode);
  const returnRef = b.ref('statedReturn', '合理回报');
  ctx.result('returns.return', b.sheet, returnRef.addr, `合理回报（${mode}，${percentText(rate.value)}，${toPlainString(years)}年）`, ret, '万元');
  if (returnRef.addr) ctx.derived(returnRef, ret, { unit: '万元', formula: how });
  if (mode === '等额年金') {
    const a = annuityPayment(cost, rate.value, years);
    const aRef = b.ref('statedAnnuity', '年等额回报');
    ctx.result('returns.annuity', b.sheet, aRef.addr, '年等额回报额 A', a, '万元/年');
    if (aRef.addr) ctx.derived(aRef, a, { unit: '万元/年', formula: t('A = C·r(1+r)^n/((1+r)^n−1)', 'A = C·r(1+r)^n/((1+r)^n−1)') });
  }
  const recRef = b.ref('statedRecovery', '投资回收额');
  ctx.result('returns.recovery', b.sheet, recRef.addr, '投资回收额（投资成本+合理回报）', recovery, '万元');
  if (recRef.addr) ctx.derived(recRef, recovery, { unit: '万元', formula: t('投资成本 + 合理回报', 'cost + return') });
  return { cost, rate: rate.value, years, mode, return: ret, recovery };
}

function modeFormula(mode: ReturnMode) {
  switch (mode) {
    case '单利':
      return t('单利：C×r×n', 'simple: C·r·n');
    case '复利':
      return t('复利：C×((1+r)^n−1)', 'compound: C·((1+r)^n − 1)');
    case '等额年金':
      return t('等额年金：A×n−C', 'annuity: A·n − C');
  }
}

function readMode(ctx: ReviewContext, ref: CellRef): ReturnMode | undefined {
  const text = cellText(ref.cell).trim();
  if (!text) {
    ctx.requireNumber(ref); // empty → INPUT_MISSING
    return undefined;
  }
  const mode = parseReturnMode(text);
  if (!mode) {
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE', sheet: ref.sheet, cell: ref.addr, expected: '单利 / 复利 / 等额年金', found: text,
      message: t(`计息方式应为“单利”“复利”或“等额年金”，实为“${text}”`, `计息方式 must be 单利, 复利 or 等额年金, found "${text}"`),
    });
    return undefined;
  }
  return mode;
}

/** The 土石料 proceeds of the other sheets: winning prices (竞价记录), else floors, else appraisal (土石料平衡分析表). */
function linkedEarthIncome(ctx: ReviewContext): { value: Decimal; where: string } | undefined {
  const bids = ctx.shared.bids;
  if (bids?.totalPrice !== undefined) {
    const cells = bids.lots.filter((l) => l.price !== undefined && l.priceAddr).map((l) => l.priceAddr);
    return { value: bids.totalPrice, where: `${bids.sheet}${cells.length ? '!' + cells.join('+') : ''} 成交价合计` };
  }
  const earth = ctx.shared.earth;
  const cells = (pick: (r: NonNullable<typeof earth>['rows'][number]) => string | null | undefined) => {
    const addrs = earth!.rows.map(pick).filter((a): a is string => !!a);
    return addrs.length ? `!${addrs.join('+')}` : '';
  };
  if (earth?.totalFloor !== undefined) return { value: earth.totalFloor, where: `${earth.sheet}${cells((r) => r.floorAddr)} 处置底价合计` };
  if (earth?.totalAppraisal !== undefined) return { value: earth.totalAppraisal, where: `${earth.sheet}${cells((r) => r.appraisalAddr)} 评估价值合计` };
  return undefined;
}

/** 土石料处置收入: the sheet's figure, checked against the other sheets, or theirs when the sheet leaves it empty. */
function earthIncome(ctx: ReviewContext, b: Block): Decimal | undefined {
  const ref = b.ref('earthIncome', '土石料处置收入');
  const linked = linkedEarthIncome(ctx);
  const read = readCellNumber(ref.cell);
  if (read.kind === 'empty') {
    if (!linked) return undefined;
    if (ref.addr && !ref.cell.formula) {
      ctx.patches.push({ sheet: b.sheet, cell: ref.addr, value: toPlainString(linked.value), kind: 'number', numberFormat: '0.00', label: `土石料处置收入（取自${linked.where}）` });
    }
    return linked.value;
  }
  const own = ctx.optionalNumber(ref);
  if (!ctx.nonNegative(ref, own)) return undefined;
  if (linked && read.kind === 'number' && !agrees(read, linked.value)) {
    // Warning, not error: the plan may have been costed before the trading result; both figures are shown.
    reportAs(ctx, 'warning', {
      code: 'VALUE_MISMATCH',
      sheet: b.sheet,
      cell: ref.addr,
      expected: toPlainString(linked.value),
      found: toPlainString(own),
      message: t(
        `土石料处置收入 ${b.sheet}!${ref.addr} 填写为 ${toPlainString(own)}万元，与 ${linked.where}（${formatShort(linked.value)}万元）不一致；资金平衡按本表填写值计算`,
        `土石料处置收入 ${b.sheet}!${ref.addr} is ${toPlainString(own)} 万元, but ${linked.where} gives ${formatShort(linked.value)} 万元; the balance uses this sheet's figure`,
      ),
    });
  }
  return own;
}

/**
 * 资金平衡 = 可用于补偿投资的收入 − 投资回收额, where the usable revenue is 土石料处置收入 + 指标交易收入 +
 * 其他收益 − 运营成本 × 回报年限. For 河南 the 土石料 proceeds are government revenue (第三条 收支两条线); what
 * the investor is not owed of them stays in the treasury (returns.treasury).
 */
export function fundingBalance(ctx: ReviewContext, b: Block, cp: CostPlus | undefined): void {
  const earth = earthIncome(ctx, b);
  const optional = (key: 'indicatorIncome' | 'otherIncome' | 'opCost', label: string) => {
    const ref = b.ref(key, label);
    const v = ctx.optionalNumber(ref);
    return ctx.nonNegative(ref, v) ? v : undefined;
  };
  const indicator = optional('indicatorIncome', '指标交易收入');
  const other = optional('otherIncome', '其他收益');
  const opCost = optional('opCost', '运营成本');
  if (earth === undefined && indicator === undefined && other === undefined) {
    // A sheet with no revenue rows at all only computes the return; rows left empty are a gap to report.
    const asked = (['earthIncome', 'indicatorIncome', 'otherIncome', 'statedRevenue', 'statedBalance'] as const).some((k) => b.has(k));
    if (!asked) return;
    const ref = b.ref('earthIncome', '土石料处置收入');
    ctx.report({
      code: 'INPUT_MISSING', sheet: b.sheet, cell: ref.addr,
      message: t('未填写任何收入（土石料处置收入、指标交易收入、其他收益），无法测算资金平衡', 'No revenue stated (土石料, 指标交易, 其他): the funding balance cannot be computed'),
    });
    return;
  }
  if (!cp) return;
  const operating = opCost ? opCost.times(cp.years) : ZERO;
  const revenue = (earth ?? ZERO).plus(indicator ?? ZERO).plus(other ?? ZERO).minus(operating);
  const revRef = b.ref('statedRevenue', '可用于补偿投资的收入');
  ctx.result('returns.revenue', b.sheet, revRef.addr, '可用于补偿投资的收入（土石料+指标交易+其他−运营成本×年限）', revenue, '万元');
  if (revRef.addr) ctx.derived(revRef, revenue, { unit: '万元' });

  const balance = revenue.minus(cp.recovery);
  const balRef = b.ref('statedBalance', '资金平衡');
  ctx.result('returns.balance', b.sheet, balRef.addr, '资金平衡（可用收入−投资回收额）', balance, '万元');
  if (balRef.addr) ctx.derived(balRef, balance, { unit: '万元', formula: t('可用收入 − 投资回收额', 'revenue − recovery') });

  const policy = ctx.policy('FUNDING_SHORTFALL');
  if (balance.isNegative() && !balance.isZero()) {
    ctx.report({
      code: 'FUNDING_SHORTFALL',
      sheet: b.sheet,
      cell: balRef.addr ?? b.ref('cost', '投资成本').addr,
      expected: `≥ ${toPlainString(cp.recovery)}`,
      found: toPlainString(revenue),
      message: t(
        `可用于补偿投资的收入 ${formatShort(revenue)}万元 低于投资回收额（投资成本+合理回报）${formatShort(cp.recovery)}万元，资金缺口 ${formatShort(balance.negated())}万元`,
        `Usable revenue ${formatShort(revenue)} 万元 is below cost + return ${formatShort(cp.recovery)} 万元: shortfall ${formatShort(balance.negated())} 万元`,
      ),
      rule: policy,
    });
  }
  if (policy?.rule.params?.surplusToTreasury === true && earth !== undefined) {
    // Investor repaid first from 指标交易/其他, then from the 土石料 proceeds; the rest of those is 上缴国库.
    const treasury = Decimal.min(Decimal.max(balance, ZERO), earth);
    const tRef = b.ref('statedTreasury', '上缴国库');
    ctx.result('returns.treasury', b.sheet, tRef.addr, '土石料收益结余上缴国库（收支两条线）', treasury, '万元');
    if (tRef.addr) ctx.derived(tRef, treasury, { unit: '万元' });
  }
}
