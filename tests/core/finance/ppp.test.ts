import { Decimal } from '../../../src/core/decimal';
import { pppAnnualPayment, pppMode, pppSchedule, type PppInputs } from '../../../src/core/finance';

const D = (v: string | number) => new Decimal(v);
// 建设成本 10000 万元, 合理利润率 8 %, 年度折现率 5 %, 补贴周期 10 年, 年度运营成本 200 万元/年.
const base: PppInputs = {
  constructionCost: D(10000), profitRate: D('0.08'), discountRate: D('0.05'), subsidyYears: D(10), operatingCost: D(200),
};

describe('pppAnnualPayment (财金〔2015〕21号)', () => {
  it('政府付费, year 1: 10000 × 1.08 × 1.05 / 10 + 200 × 1.08 = 1134 + 216 = 1350', () => {
    expect(pppMode(base)).toBe('政府付费');
    expect(pppAnnualPayment(base, 1).toFixed()).toBe('1350');
  });
  it('政府付费, year 2: 10000 × 1.08 × 1.1025 / 10 + 216 = 1190.7 + 216 = 1406.7', () => {
    expect(pppAnnualPayment(base, 2).toFixed()).toBe('1406.7');
  });
  it('可行性缺口补助: minus 使用者付费 150 → 1200 in year 1', () => {
    const gap = { ...base, userFee: D(150) };
    expect(pppMode(gap)).toBe('可行性缺口补助');
    expect(pppAnnualPayment(gap, 1).toFixed()).toBe('1200');
  });
  it('schedule covers n = 1…周期', () => {
    const s = pppSchedule(base);
    expect(s).toHaveLength(10);
    // year 10: 1080 × 1.05^10 + 216, 1.05^10 = 1.62889462677744140625 exactly
    expect(s[9].payment.toFixed()).toBe(D(1080).times('1.62889462677744140625').plus(216).toFixed());
    expect(s[9].payment.toFixed()).toBe('1975.20619691963671875');
  });
  it('rejects a non-positive or fractional subsidy period', () => {
    expect(() => pppAnnualPayment({ ...base, subsidyYears: D(0) }, 1)).toThrow(RangeError);
    expect(() => pppSchedule({ ...base, subsidyYears: D('2.5') })).toThrow(RangeError);
  });
});
