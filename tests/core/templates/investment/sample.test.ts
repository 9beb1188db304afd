import { reviewWorkbook } from '../../../../src/core/review';
import { BIDS_SAMPLE } from '../../../../src/core/templates/bids/sample';
import { EARTH_SAMPLE } from '../../../../src/core/templates/earthBalance/sample';
import { PROJECT_INFO_SAMPLE } from '../../../../src/core/templates/projectInfo/sample';
import { blankEstimate } from '../../../../src/core/templates/investment/blank';
import { SAMPLE_ESTIMATE } from '../../../../src/core/templates/investment/sample';
import { runInvestment, sheetOf, workbookOf } from './helpers';

describe('sample and blank estimate', () => {
  it('the sample reviews clean and totals about 5,000 万元', () => {
    const ctx = runInvestment(workbookOf(sheetOf(SAMPLE_ESTIMATE.name, SAMPLE_ESTIMATE.rows)));
    expect(ctx.findings).toEqual([]);
    expect(ctx.patches).toEqual([]);
    expect(ctx.shared.investment?.notes).toEqual([]);
    const total = ctx.results.find((r) => r.id === 'invest.total');
    expect(total).toMatchObject({ value: '5071.43366', unit: '万元', cell: 'H43' });
    // 业主管理费 follows 财建〔2016〕504号 (cited in 备注): 1000×2% + 3390×1.5% = 70.85
    expect(ctx.results.find((r) => r.id === 'invest.业主管理费')?.value).toBe('70.85');
    expect(SAMPLE_ESTIMATE.rows.length - 3).toBeGreaterThanOrEqual(40);
  });

  it('the blank is a fillable sheet: the example item agrees, the rest is queued for filling', () => {
    const blank = blankEstimate();
    const ctx = runInvestment(workbookOf(sheetOf(blank.name, blank.rows)));
    expect(ctx.templates).toEqual([{ sheet: '投资估算表', kind: 'investment', rows: blank.rows.length - 2 }]);
    expect(ctx.findings.filter((x) => x.code === 'VALUE_MISMATCH')).toEqual([]);
    // 一 工程施工费 = the example item, filled in.
    expect(ctx.patches.find((p) => p.cell === 'H3')?.value).toBe('5');
  });
});

describe('sample estimate beside the other samples', () => {
  it('agrees with the earth-stone balance sample (no cross-check warning)', () => {
    const sheets = [PROJECT_INFO_SAMPLE, EARTH_SAMPLE, BIDS_SAMPLE, SAMPLE_ESTIMATE].map((s) => sheetOf(s.name, s.rows));
    const review = reviewWorkbook(workbookOf(...sheets));
    expect(review.templates.map((t) => t.kind)).toContain('investment');
    expect(review.findings.filter((f) => f.sheet === '投资估算表')).toEqual([]);
    expect(review.results.find((r) => r.id === 'invest.total')?.value).toBe('5071.43366');
  });
});
