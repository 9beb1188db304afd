import { findings, plot, result, run } from './support';

const eco = (area: number, unit = '亩') => plot({ id: 'E', area, unit, after: '生态产业用地', usage: '生态产业', yield: null, grade: null });
const forest = (area: number) => plot({ id: 'F', area, after: '乔木林地', usage: '其他', yield: null, grade: null });

describe('ECO_INDUSTRY_AREA_OVER_CAP', () => {
  it('山西 林草-led: 3 % of 修复总面积 is allowed ("不超过" includes the bound)', () => {
    const ctx = run({ province: '山西', info: { 修复主导方向: ['林草'], 修复总面积: [1000, '亩'] }, plots: [eco(30), forest(970)] });
    expect(findings(ctx, 'ECO_INDUSTRY_AREA_OVER_CAP')).toEqual([]);
    expect(result(ctx, 'land.eco.share')).toMatchObject({ value: '0.03', unit: 'ratio' });
  });

  it('山西 林草-led: 30.01 亩 of 1000 亩 is over the cap, citing 33号 第十条第（一）项', () => {
    const ctx = run({ province: '山西', info: { 修复主导方向: ['林草'], 修复总面积: [1000, '亩'] }, plots: [eco(30.01), forest(969.99)] });
    expect(findings(ctx, 'ECO_INDUSTRY_AREA_OVER_CAP')).toEqual([
      expect.objectContaining({ cell: 'B3', expected: '≤ 30 亩', found: '30.01 亩', rule: '晋自然资发〔2021〕33号 第十条第（一）项', ruleId: 'SX33-10-1' }),
    ]);
  });

  it('山西: the 3 % cap applies only to 林草-led projects', () => {
    const ctx = run({ province: '山西', info: { 修复主导方向: ['耕地'], 修复总面积: [1000, '亩'] }, plots: [eco(100)] });
    expect(findings(ctx, 'ECO_INDUSTRY_AREA_OVER_CAP')).toEqual([]);
    expect(result(ctx, 'land.eco.share')?.label).toContain('不适用');
  });

  it('内蒙古: 1 %, compared after unit conversion (1 公顷 = 15 亩)', () => {
    // 修复总面积 100 公顷 = 1500 亩 → cap 15 亩 = 1 公顷.
    const at = run({ province: '内蒙古', info: { 修复总面积: [100, '公顷'] }, plots: [eco(1, '公顷')] });
    expect(findings(at, 'ECO_INDUSTRY_AREA_OVER_CAP')).toEqual([]);
    const over = run({ province: '内蒙古', info: { 修复总面积: [100, '公顷'] }, plots: [eco(10001, 'm²')] });
    expect(findings(over, 'ECO_INDUSTRY_AREA_OVER_CAP')).toEqual([expect.objectContaining({ rule: '内政办发〔2023〕14号 （十九）', expected: '≤ 15 亩' })]);
  });

  it('河南 and 海南 have no cap: no finding, and the share result says so', () => {
    for (const province of ['河南', '海南'] as const) {
      const ctx = run({ province, info: { 修复总面积: [1000, '亩'] }, plots: [eco(500)] });
      expect(findings(ctx, 'ECO_INDUSTRY_AREA_OVER_CAP')).toEqual([]);
      expect(result(ctx, 'land.eco.share')).toMatchObject({ value: '0.5' });
      expect(result(ctx, 'land.eco.share')?.label).toContain('无生态产业用地比例上限');
    }
  });

  it('without 修复总面积 the share uses the plots total and says so', () => {
    const ctx = run({ province: '河南', plots: [eco(25), forest(75)] });
    expect(result(ctx, 'land.eco.share')).toMatchObject({ value: '0.25' });
    expect(result(ctx, 'land.eco.share')?.label).toContain('分母为地块面积合计');
  });
});
