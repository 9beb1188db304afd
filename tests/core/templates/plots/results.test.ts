import { reviewWorkbook } from '../../../../src/core/review';
import { TEMPLATES } from '../../../../src/core/templates';
import { plotsModule } from '../../../../src/core/templates/plots';
import { SAMPLE } from '../../../../src/core/templates/plots/sample';
import { findings, result, run, scenario, sheetOf, plot } from './support';

const SAMPLE_INFO = { 修复总面积: [1200, '亩'], 复垦为农用地面积: [1152, '亩'], 生态产业用地面积: [30, '亩'] } as const;

describe('results of the 河南 sample (land.*)', () => {
  function reviewSample() {
    const { ctx } = scenario({ province: '河南', info: { ...SAMPLE_INFO } as never });
    ctx.workbook.sheets.push(sheetOf(SAMPLE.name, SAMPLE.rows));
    plotsModule.review(ctx);
    return ctx;
  }

  it('computes the SPEC §3.6 results exactly', () => {
    const ctx = reviewSample();
    // 新增耕地: D01 320 + D02 12 公顷 (180) + D03 85 + D07 8000 m² (12) = 597 亩.
    expect(result(ctx, 'land.farmland.area')).toMatchObject({ value: '597', unit: '亩', sheet: '复垦地块表' });
    expect(result(ctx, 'land.farmland.paddy')).toMatchObject({ value: '0', unit: '亩' });
    // 320×400 + 180×450 + 85×420 + 12×380 = 249260 kg.
    expect(result(ctx, 'land.farmland.capacity')).toMatchObject({ value: '249260', unit: 'kg' });
    expect(result(ctx, 'land.linkage.area')).toMatchObject({ value: '12', unit: '亩' });
    // 30 / 1200.
    expect(result(ctx, 'land.eco.share')).toMatchObject({ value: '0.025', unit: 'ratio' });
  });

  it('raises no error or warning', () => {
    const ctx = reviewSample();
    expect(ctx.findings).toEqual([]);
    expect(ctx.templates).toEqual([{ sheet: '复垦地块表', kind: 'plots', rows: 8 }]);
  });
});

describe('farmland results', () => {
  it('counts 水田 in paddy, excludes land that was farmland before from 新增耕地', () => {
    const ctx = run({
      province: '河南',
      plots: [plot({ area: 3, after: '水田', yield: 500 }), plot({ area: 1, unit: '公顷', yield: 400 }), plot({ area: 50, before: '旱地', after: '旱地' })],
    });
    expect(result(ctx, 'land.farmland.area')?.value).toBe('18');
    expect(result(ctx, 'land.farmland.paddy')?.value).toBe('3');
    expect(result(ctx, 'land.farmland.capacity')?.value).toBe('7500');
  });

  it('capacity notes farmland plots without 单产 and leaves them out', () => {
    const ctx = run({ province: '河南', plots: [plot({ area: 2, yield: 450.5 }), plot({ area: 3, yield: null })] });
    expect(result(ctx, 'land.farmland.capacity')).toMatchObject({ value: '901' });
    expect(result(ctx, 'land.farmland.capacity')?.label).toContain('1 块新增耕地未填单产');
  });

  it('an optional 产能 column is checked as a derived cell', () => {
    const header = ['地块编号', '面积', '单位', '复垦后地类', '单产（kg/亩）', '产能（kg）'];
    const ctx = run({ province: '河南', header, plots: [['D1', 2, '亩', '旱地', 400, 800], ['D2', 3, '亩', '旱地', 400, 1300], ['D3', 1, '亩', '旱地', 400, null]] });
    expect(findings(ctx, 'VALUE_MISMATCH')).toEqual([expect.objectContaining({ cell: 'F4', expected: '1200', found: '1300' })]);
    expect(ctx.patches).toEqual([expect.objectContaining({ cell: 'F5', value: '400' })]);
  });
});

describe('input handling', () => {
  it('missing and non-numeric areas are reported and left out of the sums', () => {
    const ctx = run({ province: '河南', plots: [plot({ area: null }), plot({ area: '约10' }), plot({ area: '1,234.5' })] });
    expect(findings(ctx, 'INPUT_MISSING').map((f) => f.cell)).toEqual(['B3']);
    expect(findings(ctx, 'INPUT_NOT_A_NUMBER').map((f) => f.cell)).toEqual(['B4']);
    expect(result(ctx, 'land.farmland.area')?.value).toBe('1234.5');
  });

  it('an unknown unit is INPUT_OUT_OF_RANGE', () => {
    const ctx = run({ province: '河南', plots: [plot({ unit: '英亩' })] });
    expect(findings(ctx, 'INPUT_OUT_OF_RANGE')).toEqual([expect.objectContaining({ cell: 'C3', found: '英亩' })]);
  });

  it('finds a renamed sheet by its header, and the alias 耕地利用 by name', () => {
    const { ctx } = scenario({ province: '河南' });
    ctx.workbook.sheets.push(sheetOf('Sheet3', [['地块编号', '面积（亩）', '复垦后地类', '利用方式'], ['A', 5, '旱地', '占补平衡']]));
    expect(plotsModule.review(ctx)).toBe(true);
    expect(result(ctx, 'land.farmland.area')?.value).toBe('5');
    const other = scenario({ province: '河南' }).ctx;
    other.workbook.sheets.push(sheetOf('耕地利用', [['编号', '面积', '复垦后地类'], ['A', 2, '水田']]));
    plotsModule.review(other);
    expect(result(other, 'land.farmland.paddy')?.value).toBe('2');
  });

  it('the blank template reviews cleanly', () => {
    const { ctx } = scenario({ province: '河南' });
    ctx.workbook.sheets.push(sheetOf(plotsModule.blank().name, plotsModule.blank().rows));
    plotsModule.review(ctx);
    expect(ctx.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(ctx.patches).toEqual([expect.objectContaining({ cell: 'B4', value: '12.5' })]);
  });
});

describe('registration', () => {
  it('is in TEMPLATES and reports MISSING_SHEET through reviewWorkbook when absent', () => {
    expect(TEMPLATES).toContain(plotsModule);
    const review = reviewWorkbook({ sheets: [] });
    expect(review.findings).toContainEqual(expect.objectContaining({ code: 'MISSING_SHEET', sheet: '复垦地块表' }));
  });
});
