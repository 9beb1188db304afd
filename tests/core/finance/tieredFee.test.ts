import { Decimal } from '../../../src/core/decimal';
import { tieredFee, type FeeBracket } from '../../../src/core/finance/tieredFee';

const d = (v: string | number) => new Decimal(v);
/** 财建〔2016〕504号 建设管理费 brackets (REFERENCES): ≤1000 2 %, 1000–5000 1.5 %, 5000–10000 1.2 %, 10000–50000 1 %. */
const STANDARD_504: FeeBracket[] = [
  { lower: d(0), upper: d(1000), rate: d('0.02') },
  { lower: d(1000), upper: d(5000), rate: d('0.015') },
  { lower: d(5000), upper: d(10000), rate: d('0.012') },
  { lower: d(10000), upper: d(50000), rate: d('0.01') },
];

describe('tieredFee — 差额定率累进', () => {
  it('charges each slice of the base at its bracket rate', () => {
    expect(tieredFee(d(800), STANDARD_504).toFixed()).toBe('16');
    expect(tieredFee(d(1000), STANDARD_504).toFixed()).toBe('20');
    // 1000×2% + 2000×1.5% = 20 + 30
    expect(tieredFee(d(3000), STANDARD_504).toFixed()).toBe('50');
    // 20 + 60 + 5000×1.2% + 2000×1% = 20 + 60 + 60 + 20
    expect(tieredFee(d(12000), STANDARD_504).toFixed()).toBe('160');
    expect(tieredFee(d(0), STANDARD_504).toFixed()).toBe('0');
  });
  it('an open last bracket covers any base; a closed one does not', () => {
    const open = [...STANDARD_504.slice(0, 3), { lower: d(10000), upper: null, rate: d('0.01') }];
    expect(tieredFee(d(60000), open).toFixed()).toBe('640');
    expect(() => tieredFee(d('50000.01'), STANDARD_504)).toThrow(/超出/);
    expect(tieredFee(d(50000), STANDARD_504).toFixed()).toBe('540');
  });
  it('rejects gaps, bad bounds, rates above 100 %, an empty standard and a negative base', () => {
    expect(() => tieredFee(d(10), [])).toThrow(/为空/);
    expect(() => tieredFee(d(10), [STANDARD_504[0], { lower: d(1001), upper: d(5000), rate: d('0.015') }])).toThrow(/不连续/);
    expect(() => tieredFee(d(10), [{ lower: d(10), upper: d(5), rate: d('0.01') }])).toThrow(/应大于下限/);
    expect(() => tieredFee(d(10), [{ lower: d(0), upper: null, rate: d(2) }])).toThrow(/100%/);
    expect(() => tieredFee(d(-1), STANDARD_504)).toThrow(/负/);
    expect(() => tieredFee(d(10), [{ lower: d(0), upper: null, rate: d('0.01') }, STANDARD_504[1]])).toThrow(/无上限/);
  });
});
