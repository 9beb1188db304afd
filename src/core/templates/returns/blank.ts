import type { CellValue } from '../../snapshot';
import type { BlankSheet } from '../types';
import { LABELS, UNITS, type LabelKey } from './labels';

const HINTS: Partial<Record<LabelKey, string>> = {
  cost: '社会资本方投入的修复工程投资',
  rate: '填写“6%”或6（表示6%）',
  years: '整数年',
  mode: '单利 / 复利 / 等额年金',
  earthIncome: '空白时取竞价记录成交价合计（或土石料平衡分析表处置底价合计）',
  indicatorIncome: '新增耕地、建设用地指标交易收入',
  opCost: '回报期内每年运营管护成本',
  discountRate: '用于现金流量表净现值、动态回收期',
  pppCost: 'PPP项目：项目全部建设成本（财金〔2015〕21号）',
  pppPeriod: '财政运营补贴周期，整数年',
  pppUserFee: '填写则按可行性缺口补助计算，空白按政府付费',
  statedReturn: '计算值，可空白由复核回填',
  statedRecovery: '= 投资成本 + 合理回报',
  statedBalance: '= 可用于补偿投资的收入 − 投资回收额',
  statedTreasury: '河南：土石料收益结余，收支两条线',
};

/** Rows of the label/value block, in the order written. */
export const BLOCK_ORDER: LabelKey[] = [
  'cost', 'rate', 'years', 'mode', 'earthIncome', 'indicatorIncome', 'otherIncome', 'opCost', 'discountRate',
  'pppCost', 'pppProfit', 'pppDiscount', 'pppPeriod', 'pppOpCost', 'pppUserFee',
  'statedReturn', 'statedRecovery', 'statedRevenue', 'statedBalance', 'statedTreasury',
  'statedNpv', 'statedIrr', 'statedPayback', 'statedPaybackDynamic',
];

export const CASH_FLOW_HEADER: CellValue[] = ['年度', '投入（万元）', '收入（万元）', '运营成本（万元）', '净现金流量（万元）'];

/** Label rows with values from `values` (blank when absent). */
export function blockRows(values: Partial<Record<LabelKey, CellValue>>): CellValue[][] {
  return BLOCK_ORDER.map((key) => [LABELS[key][0], values[key] ?? null, UNITS[key] ?? '', HINTS[key] ?? '']);
}

/** Fillable 收益测算 sheet: label | 值 | 单位 | 说明, then an empty cash-flow table. */
export function blankReturns(): BlankSheet {
  return {
    name: '收益测算',
    rows: [
      ['收益测算表（投资成本+合理回报、资金平衡）'],
      ['项目', '值', '单位', '说明'],
      ...blockRows({}),
      [],
      ['现金流量表（年度0为建设投入时点；可选）'],
      CASH_FLOW_HEADER,
    ],
    headerRow: 1,
    columnWidths: [26, 16, 10, 48, 18],
  };
}
