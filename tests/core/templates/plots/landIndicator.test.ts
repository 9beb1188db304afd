import { plotsModule } from '../../../../src/core/templates/plots';
import { findings, plot, run, scenario } from './support';

describe('LAND_INDICATOR_EXCEEDS_RECLAIMED (山西 采矿用地 第二十条)', () => {
  it('equal areas are fine ("不得高于")', () => {
    const ctx = run({ province: '山西', info: { 复垦为农用地面积: [100, '亩'], 拟使用新增建设用地面积: [100, '亩'] }, plots: [plot({ area: 100 })] });
    expect(findings(ctx, 'LAND_INDICATOR_EXCEEDS_RECLAIMED')).toEqual([]);
  });

  it('100.5 亩 of new construction land over 100 亩 reclaimed is flagged on the 项目信息 cell, naming both cells', () => {
    const ctx = run({ province: '山西', info: { 复垦为农用地面积: [100, '亩'], 拟使用新增建设用地面积: [100.5, '亩'] }, plots: [plot({ area: 100 })] });
    const [f] = findings(ctx, 'LAND_INDICATOR_EXCEEDS_RECLAIMED');
    expect(f).toMatchObject({ sheet: '项目信息', cell: 'B4', found: '100.5 亩', expected: '≤ 100 亩', rule: '山西省采矿用地保障实施细则 第二十条' });
    expect(f.message.zh).toContain('项目信息!B4');
    expect(f.message.zh).toContain('项目信息!B3');
  });

  it('compares across units (7 公顷 = 105 亩 > 100 亩)', () => {
    const ctx = run({ province: '山西', info: { 复垦为农用地面积: [100, '亩'], 拟使用新增建设用地面积: [7, '公顷'] }, plots: [plot({ area: 100 })] });
    expect(findings(ctx, 'LAND_INDICATOR_EXCEEDS_RECLAIMED')).toHaveLength(1);
  });

  it('without a stated 复垦为农用地面积, the agricultural plots are the reclaimed area', () => {
    const ctx = run({ province: '山西', info: { 拟使用新增建设用地面积: [60, '亩'] }, plots: [plot({ area: 40 }), plot({ area: 19, after: '乔木林地', usage: '其他' }), plot({ area: 50, after: '生态产业用地', usage: '生态产业' })] });
    const [f] = findings(ctx, 'LAND_INDICATOR_EXCEEDS_RECLAIMED');
    expect(f.expected).toBe('≤ 59 亩');
    expect(f.message.zh).toContain('复垦地块表!B3,B4');
  });

  it('runs on 项目信息 alone when the plots sheet is absent', () => {
    const { ctx } = scenario({ province: '山西', info: { 复垦为农用地面积: [10, '亩'], 拟使用新增建设用地面积: [11, '亩'] } });
    expect(plotsModule.review(ctx)).toBe(false);
    expect(findings(ctx, 'LAND_INDICATOR_EXCEEDS_RECLAIMED')).toHaveLength(1);
  });

  it('does not apply outside 山西', () => {
    for (const province of ['河南', '海南', '内蒙古'] as const) {
      const ctx = run({ province, info: { 复垦为农用地面积: [10, '亩'], 拟使用新增建设用地面积: [11, '亩'] }, plots: [plot({ area: 10 })] });
      expect(findings(ctx, 'LAND_INDICATOR_EXCEEDS_RECLAIMED')).toEqual([]);
    }
  });
});
