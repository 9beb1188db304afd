import type { BlankSheet } from '../types';
import { CASH_FLOW_HEADER, blockRows } from './blank';

/**
 * A 河南 plan (项目总投资 ≈ 5,000 万元): cost-plus return at 6 % 复利 over 5 years. 土石料处置收入 is left blank
 * so the review takes the 竞价记录 winning prices (收支两条线: the proceeds are government revenue that repays
 * the investor; the rest is 上缴国库). 指标交易收入 6,500 万元 ≈ 260 亩 of released indicators at 25 万元/亩.
 * Hand check: 合理回报 = 5000 × (1.06⁵ − 1) = 1691.127888 万元, 投资回收额 6691.127888 万元; with 运营成本
 * 40 × 5 = 200, the balance is ≥ 0 once the 土石料 proceeds reach 391.127888 万元 (the bundled 竞价记录 sample
 * sells for 618.7 万元: balance 227.572112, all of it 上缴国库).
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
      indicatorIncome: 6500,
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
