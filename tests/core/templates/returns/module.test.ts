import { SAMPLE_SHEETS } from '../../../../scripts/sampleSheets';
import { Decimal } from '../../../../src/core/decimal';
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
    expect(none.findings.filter((f) => f.sheet === '收益测算').map((f) => f.code)).toEqual(['MISSING_SHEET']);
  });
  it('every result states its unit', () => {
    const r = run(sheetOf(SAMPLE.name, SAMPLE.rows), { bidsTotal: '618.7' });
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
    const r = run(sheetOf(SAMPLE.name, SAMPLE.rows), { bidsTotal: '618.7' });
    expect(r.codes).toEqual([]);
    expect(r.result('returns.return')).toBe('1691.127888');
    expect(r.result('returns.recovery')).toBe('6691.127888');
    expect(r.result('returns.revenue')).toBe('6918.7'); // 618.7 + 6500 + 0 − 40 × 5
    expect(r.result('returns.balance')).toBe('227.572112');
    expect(r.result('returns.treasury')).toBe('227.572112');
    // cumulative −5000, −3660, −2320, −980, +360 → 3 + 980/1340
    expect(r.result('returns.payback')?.startsWith('3.7313432835820895522')).toBe(true);
    expect(r.result('returns.irr')?.startsWith('10.6216628306')).toBe(true);
    expect(r.patches.find((p) => p.cell === 'B7')?.value).toBe('618.7'); // 土石料处置收入 filled from 竞价记录
  });
  it('the sample without enough 土石料 proceeds shows the shortfall (boundary 391.127888 → none)', () => {
    expect(run(sheetOf(SAMPLE.name, SAMPLE.rows), { bidsTotal: '391.127888' }).codes).toEqual([]);
    expect(run(sheetOf(SAMPLE.name, SAMPLE.rows), { bidsTotal: '391.12' }).codes).toEqual(['FUNDING_SHORTFALL']);
  });
});

describe('the bundled sample workbook with 收益测算 added', () => {
  it('reviews end to end: proceeds from the 竞价记录 sample, 河南 citation, balance consistent with them', () => {
    const sheets = [...SAMPLE_SHEETS, SAMPLE].map((s) => sheetOf(s.name, s.rows));
    const review = reviewWorkbook({ sheets });
    const value = (id: string) => review.results.find((r) => r.id === id)?.value;
    const proceeds = new Decimal(value('bids.total.price') ?? 'NaN');
    expect(value('returns.balance')).toBe(proceeds.plus(6500 - 200).minus('6691.127888').toFixed());
    expect(review.findings.filter((f) => f.sheet === '收益测算').map((f) => f.code)).toEqual(
      proceeds.lessThan('391.127888') ? ['FUNDING_SHORTFALL'] : [],
    );
  });
});
