import { findings, plot, run } from './support';

describe('FARMLAND_SLOPE_OVER_25 (内蒙古 附件4 第四章 "坡度在25°以下")', () => {
  it('allows exactly 25°', () => {
    const ctx = run({ province: '内蒙古', plots: [plot({ slope: 25 })] });
    expect(findings(ctx, 'FARMLAND_SLOPE_OVER_25')).toEqual([]);
  });

  it('flags 25.01° on farmland, citing the appendix', () => {
    const ctx = run({ province: '内蒙古', plots: [plot({ id: 'D1', slope: 25.01 })] });
    const [f] = findings(ctx, 'FARMLAND_SLOPE_OVER_25');
    expect(f).toMatchObject({ sheet: '复垦地块表', cell: 'G3', found: '25.01°', expected: '≤ 25°', severity: 'error', rule: '内政办发〔2023〕14号 附件4 第四章', ruleId: 'NM-A4-4-slope' });
    expect(f.message.zh).toContain('D1');
  });

  it('reads slopes typed as text with ° or 度', () => {
    const ok = run({ province: '内蒙古', plots: [plot({ slope: '25°' })] });
    expect(findings(ok, 'FARMLAND_SLOPE_OVER_25')).toEqual([]);
    const bad = run({ province: '内蒙古', plots: [plot({ slope: '26度' })] });
    expect(findings(bad, 'FARMLAND_SLOPE_OVER_25')).toHaveLength(1);
  });

  it('applies to every farmland class (水田, 水浇地) but not to 林地', () => {
    const ctx = run({
      province: '内蒙古',
      plots: [plot({ after: '水田', slope: 30 }), plot({ after: '水浇地', slope: 30 }), plot({ after: '乔木林地', slope: 40, usage: '其他' })],
    });
    expect(findings(ctx, 'FARMLAND_SLOPE_OVER_25').map((f) => f.cell)).toEqual(['G3', 'G4']);
  });

  it('is national policy: provinces without their own rule (河南, 山西) get it too, citing 内蒙古 附件4', () => {
    for (const province of ['河南', '山西'] as const) {
      const ctx = run({ province, plots: [plot({ slope: 40 })] });
      expect(findings(ctx, 'FARMLAND_SLOPE_OVER_25')).toEqual([expect.objectContaining({ ruleId: 'NM-A4-4-slope' })]);
    }
  });

  it('a blank slope on farmland is missing, not zero', () => {
    const ctx = run({ province: '内蒙古', plots: [plot({ slope: null })] });
    expect(findings(ctx, 'INPUT_MISSING')).toEqual([expect.objectContaining({ cell: 'G3', ruleId: 'NM-A4-4-slope' })]);
  });

  it('a sheet without a 坡度 column gets one MISSING_COLUMN', () => {
    const header = ['地块编号', '面积', '单位', '权属', '复垦前地类', '复垦后地类'];
    const ctx = run({ province: '内蒙古', header, plots: [['D1', 10, '亩', '集体', '采矿用地', '旱地'], ['D2', 10, '亩', '集体', '采矿用地', '旱地']] });
    expect(findings(ctx, 'MISSING_COLUMN').filter((f) => f.message.zh.includes('坡度'))).toHaveLength(1);
  });
});

describe('FARMLAND_IN_REDLINE (内蒙古 附件4 第四章)', () => {
  it('flags farmland inside the red line', () => {
    const ctx = run({ province: '内蒙古', plots: [plot({ redline: '是' })] });
    expect(findings(ctx, 'FARMLAND_IN_REDLINE')).toEqual([expect.objectContaining({ cell: 'H3', found: '是', rule: '内政办发〔2023〕14号 附件4 第四章' })]);
  });

  it('accepts 否, and ignores non-farmland inside the red line', () => {
    const ctx = run({ province: '内蒙古', plots: [plot({ redline: '否' }), plot({ after: '灌木林地', redline: '是', usage: '其他' })] });
    expect(findings(ctx, 'FARMLAND_IN_REDLINE')).toEqual([]);
  });

  it('blank → INPUT_MISSING; other text → INPUT_OUT_OF_RANGE', () => {
    const ctx = run({ province: '内蒙古', plots: [plot({ redline: null }), plot({ redline: '待定' })] });
    expect(findings(ctx, 'INPUT_MISSING').map((f) => f.cell)).toEqual(['H3']);
    expect(findings(ctx, 'INPUT_OUT_OF_RANGE').map((f) => f.cell)).toEqual(['H4']);
  });

  it('applies in 河南 too (national policy), citing 内蒙古 附件4', () => {
    const ctx = run({ province: '河南', plots: [plot({ redline: '是' })] });
    expect(findings(ctx, 'FARMLAND_IN_REDLINE')).toEqual([expect.objectContaining({ ruleId: 'NM-A4-4-redline' })]);
  });
});
