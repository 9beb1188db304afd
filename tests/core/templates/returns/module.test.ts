import { reviewWorkbook } from '../../../../src/core/review';
import { TEMPLATES } from '../../../../src/core/templates';
import { returnsTemplate } from '../../../../src/core/templates/returns';
import { SAMPLE } from '../../../../src/core/templates/returns/sample';
import { run, sheetOf } from './fixture';

describe('收益测算 module', () => {
  it('is registered in TEMPLATES and found by name or alias', () => {
    expect(TEMPLATES).toContain(returnsTemplate);
    for (const name of ['收益测算', '收益测算表', '投资收益测算', '资金平衡分析']) {
      const review = reviewWorkbook({ sheets: [sheetOf(name, [['投资成本', 100], ['合理回报率', '6%'], ['回报年限', 2], ['计息方式', '单利']])] });
      expect(review.templates).toEqual([{ sheet: name, kind: 'returns', rows: 4 }]);
      expect(review.results.find((r) => r.id === 'returns.return')?.value).toBe('12');
    }
  });
  it('a renamed sheet is recognised by its labels; an absent one gives MISSING_SHEET', () => {
    const renamed = reviewWorkbook({ sheets: [sheetOf('Sheet3', [['投资成本', 100], ['合理回报率', '6%'], ['回报年限', 2]])] });
    expect(renamed.templates[0]).toMatchObject({ sheet: 'Sheet3', kind: 'returns' });
    const none = reviewWorkbook({ sheets: [sheetOf('其他', [['x', 1]])] });
    expect(none.findings.map((f) => f.code)).toEqual(['MISSING_SHEET']);
  });
  it('every result states its unit', () => {
    const r = run(sheetOf(SAMPLE.name, SAMPLE.rows), { bidsTotal: '4000' });
    for (const res of r.ctx.results) expect(res.unit).toMatch(/^(万元|万元\/年|%|年)$/);
  });
});

describe('blank() and SAMPLE', () => {
  it('the blank sheet reads back: every required input reported missing, nothing else', () => {
    const blank = returnsTemplate.blank();
    expect(blank.name).toBe('收益测算');
    const r = run(sheetOf(blank.name, blank.rows));
    expect(r.found).toBe(true);
    expect(r.codes).toEqual(['INPUT_MISSING', 'INPUT_MISSING', 'INPUT_MISSING', 'INPUT_MISSING', 'INPUT_MISSING']);
    expect(r.findings.map((f) => f.cell)).toEqual(['B3', 'B4', 'B5', 'B6', 'B7']);
  });
  it('the 河南 sample: 5000 万元, 6 %, 5 年, 复利, 土石料 proceeds from 竞价记录', () => {
    const r = run(sheetOf(SAMPLE.name, SAMPLE.rows), { bidsTotal: '4000' });
    expect(r.codes).toEqual([]);
    expect(r.result('returns.return')).toBe('1691.127888');
    expect(r.result('returns.recovery')).toBe('6691.127888');
    expect(r.result('returns.revenue')).toBe('6800'); // 4000 + 3000 + 0 − 40 × 5
    expect(r.result('returns.balance')).toBe('108.872112');
    expect(r.result('returns.treasury')).toBe('108.872112');
    // cumulative −5000, −3660, −2320, −980, +360 → 3 + 980/1340
    expect(r.result('returns.payback')?.startsWith('3.7313432835820895522')).toBe(true);
    expect(r.result('returns.irr')).toBeDefined();
    expect(r.patches.find((p) => p.cell === 'B7')?.value).toBe('4000'); // 土石料处置收入 filled from 竞价记录
  });
  it('the sample without enough 土石料 proceeds shows the shortfall', () => {
    const r = run(sheetOf(SAMPLE.name, SAMPLE.rows), { bidsTotal: '3800' });
    expect(r.codes).toEqual(['FUNDING_SHORTFALL']);
  });
});
