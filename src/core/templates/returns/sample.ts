import type { BlankSheet } from '../types';
import { CASH_FLOW_HEADER, blockRows } from './blank';

/**
 * A 河南 plan (项目总投资 ≈ 5,000 万元): cost-plus return at 6 % 复利 over 5 years. 土石料处置收入 is left blank
 * so the review takes the 竞价记录 winning prices (收支两条线: the proceeds are government revenue that repays
 * the investor; the rest is 上缴国库). Hand check: 合理回报 = 5000 × (1.06⁵ − 1) = 1691.127888 万元,
 * 投资回收额 6691.127888 万元; with 指标交易收入 3000 and 运营成本 40 × 5, the 土石料 proceeds must reach
 * 3891.127888 万元 for the balance to be ≥ 0.
 */
export const SAMPLE: BlankSheet = {
  name: '收益测算',
  rows: [
    ['收益测算表（投资成本+合理回报、资金平衡）'],
    ['项目', '值', '单位', '说明'],
    ...blockRows({
      cost: 5000,
      rate: '6%',
      years: 5,
      mode: '复利',
      indicatorIncome: 3000,
      otherIncome: 0,
      opCost: 40,
      discountRate: '6%',
      statedReturn: 1691.13,
    }),
    [],
    ['现金流量表（社会资本方，万元）'],
    CASH_FLOW_HEADER,
    [0, 5000, null, null, null],
    [1, null, 1380, 40, null],
    [2, null, 1380, 40, null],
    [3, null, 1380, 40, null],
    [4, null, 1380, 40, null],
    [5, null, 1380, 40, null],
  ],
  headerRow: 1,
  columnWidths: [26, 16, 10, 48, 18],
};
