import { reviewWorkbook } from '../../../../src/core/review';
import { TEMPLATES } from '../../../../src/core/templates';
import { compensation } from '../../../../src/core/templates/compensation';
import { SAMPLE } from '../../../../src/core/templates/compensation/sample';
import type { BlankSheet } from '../../../../src/core/templates/types';
import type { WorkbookSnapshot } from '../../../../src/core/snapshot';
import { sheetOf } from './sheet';

const book = (s: BlankSheet): WorkbookSnapshot => ({ sheets: [sheetOf(s.name, s.rows)] });

describe('sample and blank sheets', () => {
  it('the module is registered in TEMPLATES', () => {
    expect(TEMPLATES).toContain(compensation);
  });

  it('the sample (one row of each 情形) reviews clean on its sheet, with the documented results', () => {
    const review = reviewWorkbook(book(SAMPLE));
    expect(review.findings.filter((f) => f.sheet === '补偿测算表')).toEqual([]);
    expect(review.templates).toContainEqual({ sheet: '补偿测算表', kind: 'compensation', rows: 3 });
    const ids = review.results.map((r) => r.id);
    expect(ids).toEqual([
      'comp.海南某矿业有限公司.amount', 'comp.海南某矿业有限公司.holder',
      'comp.某村股份经济合作社.amount', 'comp.某村股份经济合作社.collective',
      'comp.某村经济合作社/某石材加工厂.amount', 'comp.某村经济合作社/某石材加工厂.holder', 'comp.某村经济合作社/某石材加工厂.collective',
      'comp.total.amount', 'comp.total.holder', 'comp.total.collective',
    ]);
    expect(review.patches.filter((p) => p.sheet === '补偿测算表')).toEqual([]);
  });

  it('the blank template is recognised; its example row computes the worked example and is filled', () => {
    const blank = compensation.blank();
    expect(blank.name).toBe('补偿测算表');
    expect(blank.rows[blank.headerRow]).toContain('土地还原率r(%)');
    const review = reviewWorkbook(book(blank));
    expect(review.findings.filter((f) => f.sheet === '补偿测算表')).toEqual([]);
    // 10000 m² × (600·K(23,50) − 60·K(23,∞)) ÷ 10000 = 468.3474596… − 44.2921643… = 424.0552952763…
    const amount = review.results.find((r) => r.id === 'comp.示例地块（国有）.amount');
    expect(amount?.value.startsWith('424.0552952763627188982')).toBe(true);
    expect(review.patches.map((p) => p.cell)).toEqual(['K3', 'L3', 'K4', 'L4']);
  });
});
