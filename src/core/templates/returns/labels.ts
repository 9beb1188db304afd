import type { LabelSpec } from '../../locate';

/** Sheet names of the template (SPEC §3.5). */
export const RETURNS_SHEET_NAMES = ['收益测算', '收益测算表', '投资收益测算', '资金平衡分析', '资金平衡分析表'];

/**
 * Labels of the 收益测算 label/value block. Aliases are normalised labels (units in brackets are split off
 * by the locator: "投资成本（万元）" → 投资成本). The first alias is the canonical label written by blank().
 */
export const LABELS = {
  cost: ['投资成本', '项目投资成本', '社会资本投资成本', '投资总额'],
  rate: ['合理回报率', '投资合理回报率', '投资回报率', '合理收益率', '投资收益率', '回报率'],
  years: ['回报年限', '回报期限', '回报期', '收益年限'],
  mode: ['计息方式', '回报计算方式', '计算方式', '计息方法'],
  earthIncome: ['土石料处置收入', '剩余土石料处置收入', '土石料销售收入', '土石料收入', '土石料处置收益'],
  indicatorIncome: ['指标交易收入', '指标交易收益', '指标流转收入', '指标收益'],
  otherIncome: ['其他收益', '其他收入'],
  opCost: ['运营成本', '年运营成本', '运营管护成本'],
  discountRate: ['折现率', '基准折现率', '基准收益率'],
  // PPP (财金〔2015〕21号)
  pppCost: ['建设成本', '项目全部建设成本', '全部建设成本'],
  pppProfit: ['合理利润率'],
  pppDiscount: ['年度折现率'],
  pppPeriod: ['运营补贴周期', '财政运营补贴周期'],
  pppOpCost: ['年度运营成本'],
  pppUserFee: ['使用者付费', '当年使用者付费', '使用者付费数额', '当年使用者付费数额'],
  // Author's derived figures, compared with the recomputed ones (or filled when empty).
  statedReturn: ['合理回报', '投资合理回报', '合理回报额'],
  statedAnnuity: ['年等额回报', '年金', '年等额回收额', '年均回报额'],
  statedRecovery: ['投资回收额', '投资成本+合理回报', '投资回收总额'],
  statedRevenue: ['可用于补偿投资的收入', '可用收入', '收入合计'],
  statedBalance: ['资金平衡', '资金平衡结果', '资金结余'],
  statedTreasury: ['上缴国库', '上缴国库金额', '土石料收益上缴国库'],
  statedNpv: ['净现值', '财务净现值'],
  statedIrr: ['内部收益率', '财务内部收益率'],
  statedPayback: ['静态投资回收期', '投资回收期'],
  statedPaybackDynamic: ['动态投资回收期'],
} as const;

export type LabelKey = keyof typeof LABELS;

export const LABEL_SPECS: LabelSpec[] = (Object.keys(LABELS) as LabelKey[]).map((key) => ({ key, aliases: [...LABELS[key]] }));

/** Canonical label and unit of each input, as blank() writes them. */
export const UNITS: Partial<Record<LabelKey, string>> = {
  cost: '万元', rate: '%', years: '年', earthIncome: '万元', indicatorIncome: '万元', otherIncome: '万元',
  opCost: '万元/年', discountRate: '%', pppCost: '万元', pppProfit: '%', pppDiscount: '%', pppPeriod: '年',
  pppOpCost: '万元/年', pppUserFee: '万元/年', statedReturn: '万元', statedAnnuity: '万元/年', statedRecovery: '万元',
  statedRevenue: '万元', statedBalance: '万元', statedTreasury: '万元', statedNpv: '万元', statedIrr: '%',
  statedPayback: '年', statedPaybackDynamic: '年',
};
