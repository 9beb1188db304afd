import { returnsSheet, run } from './fixture';
import type { FixtureCell } from './fixture';

const ppp = (fee: FixtureCell = null, period: FixtureCell = 10): [string, FixtureCell, string?][] => [
  ['建设成本', 10000, '万元'],
  ['合理利润率', '8%'],
  ['年度折现率', '5%'],
  ['运营补贴周期', period, '年'],
  ['年度运营成本', 200, '万元/年'],
  ['使用者付费', fee, '万元/年'],
];

describe('收益测算: PPP annual payment (财金〔2015〕21号)', () => {
  it('政府付费: year 1 = 10000 × 1.08 × 1.05 / 10 + 200 × 1.08 = 1350; year 2 = 1406.7', () => {
    const r = run(returnsSheet(ppp()));
    expect(r.codes).toEqual([]);
    expect(r.result('returns.ppp')).toBe('1350');
    expect(r.result('returns.ppp.2')).toBe('1406.7');
    expect(r.result('returns.ppp.10')).toBe('1975.20619691963671875');
    // Σ 1080 × 1.05^n (n = 1…10) + 10 × 216 = 1080 × 13.206787162326… + 2160
    expect(r.result('returns.ppp.total')?.slice(0, 14)).toBe('16423.33013531');
    expect(r.ctx.results.find((x) => x.id === 'returns.ppp')?.label).toContain('政府付费');
  });
  it('可行性缺口补助: minus 使用者付费 150 → 1200 in year 1', () => {
    const r = run(returnsSheet(ppp(150)));
    expect(r.result('returns.ppp')).toBe('1200');
    expect(r.ctx.results.find((x) => x.id === 'returns.ppp')?.label).toContain('可行性缺口补助');
  });
  it('a PPP block with a missing or fractional 运营补贴周期 → INPUT_MISSING / INPUT_OUT_OF_RANGE', () => {
    expect(run(returnsSheet(ppp(null, null))).codes).toEqual(['INPUT_MISSING']);
    expect(run(returnsSheet(ppp(null, 2.5))).codes).toEqual(['INPUT_OUT_OF_RANGE']);
  });
  it('no PPP input filled → no PPP result and no finding', () => {
    const r = run(returnsSheet([['建设成本', null], ['合理利润率', null]]));
    expect(r.result('returns.ppp')).toBeUndefined();
    expect(r.codes).toEqual([]);
  });
});
