import { findings, plot, result, run } from './support';

const linkage = (p: Parameters<typeof plot>[0]) => plot({ usage: '增减挂钩', ...p });

describe('LINKAGE_PLOT_UNDER_1MU (内蒙古 附件4 第三章 "单个地块面积不小于1亩")', () => {
  it('allows exactly 1 亩', () => {
    const ctx = run({ province: '内蒙古', plots: [linkage({ area: 1 })] });
    expect(findings(ctx, 'LINKAGE_PLOT_UNDER_1MU')).toEqual([]);
  });

  it('flags 0.99 亩', () => {
    const ctx = run({ province: '内蒙古', plots: [linkage({ id: 'G1', area: 0.99 })] });
    expect(findings(ctx, 'LINKAGE_PLOT_UNDER_1MU')).toEqual([
      expect.objectContaining({ cell: 'B3', found: '0.99 亩', expected: '≥ 1 亩', rule: '内政办发〔2023〕14号 附件4 第三章' }),
    ]);
  });

  it('compares in exact 亩 after unit conversion: 0.0666 公顷 = 0.999 亩 is under', () => {
    const ctx = run({ province: '内蒙古', plots: [linkage({ area: 0.0666, unit: '公顷' })] });
    const [f] = findings(ctx, 'LINKAGE_PLOT_UNDER_1MU');
    expect(f.found).toBe('0.999 亩');
    expect(f.message.zh).toContain('0.0666 公顷');
  });

  it('0.0667 公顷 (1.0005 亩) and 666.67 m² (1.000005 亩) qualify; 666.66 m² does not', () => {
    const ok = run({ province: '内蒙古', plots: [linkage({ area: 0.0667, unit: '公顷' }), linkage({ area: 666.67, unit: 'm²' })] });
    expect(findings(ok, 'LINKAGE_PLOT_UNDER_1MU')).toEqual([]);
    const under = run({ province: '内蒙古', plots: [linkage({ area: 666.66, unit: 'm²' })] });
    expect(findings(under, 'LINKAGE_PLOT_UNDER_1MU')[0].found).toBe('0.99999 亩');
  });

  it('a unit in the header ("面积（公顷）") applies when there is no per-row unit', () => {
    const header = ['地块编号', '面积（公顷）', '权属', '复垦后地类', '遥感影像支持', '利用方式', '坡度', '生态保护红线内'];
    const ctx = run({ province: '内蒙古', header, plots: [['G1', 0.0666, '集体', '旱地', '是', '增减挂钩', 3, '否']] });
    expect(findings(ctx, 'LINKAGE_PLOT_UNDER_1MU')[0].found).toBe('0.999 亩');
  });

  it('applies only to 增减挂钩 plots, in every province (national site condition)', () => {
    expect(findings(run({ province: '内蒙古', plots: [plot({ area: 0.5 })] }), 'LINKAGE_PLOT_UNDER_1MU')).toEqual([]);
    expect(findings(run({ province: '河南', plots: [linkage({ area: 0.5 })] }), 'LINKAGE_PLOT_UNDER_1MU')).toHaveLength(1);
  });
});

describe('LINKAGE_NOT_COLLECTIVE', () => {
  it('内蒙古 附件4 第三章: 国有 is flagged, 村集体 is fine', () => {
    const ctx = run({ province: '内蒙古', plots: [linkage({ owner: '国有' }), linkage({ owner: '村集体' })] });
    expect(findings(ctx, 'LINKAGE_NOT_COLLECTIVE')).toEqual([expect.objectContaining({ cell: 'D3', found: '国有', ruleId: 'NM-A4-3-collective' })]);
  });

  it('山西 采矿用地 第十二条 asks the same', () => {
    const ctx = run({ province: '山西', plots: [linkage({ owner: '国有' })] });
    expect(findings(ctx, 'LINKAGE_NOT_COLLECTIVE')).toEqual([expect.objectContaining({ rule: '山西省采矿用地保障实施细则 第十二条' })]);
  });

  it('blank ownership is missing; 河南 gets the national rule', () => {
    expect(findings(run({ province: '内蒙古', plots: [linkage({ owner: null })] }), 'INPUT_MISSING').map((f) => f.cell)).toEqual(['D3']);
    expect(findings(run({ province: '河南', plots: [linkage({ owner: '国有' })] }), 'LINKAGE_NOT_COLLECTIVE')).toHaveLength(1);
  });
});

describe('LINKAGE_NO_IMAGERY (内蒙古 附件4 第三章 "遥感影像支持")', () => {
  it('flags 否 and accepts 是 / √', () => {
    const ctx = run({ province: '内蒙古', plots: [linkage({ imagery: '否' }), linkage({ imagery: '是' }), linkage({ imagery: '√' })] });
    expect(findings(ctx, 'LINKAGE_NO_IMAGERY')).toEqual([expect.objectContaining({ cell: 'I3', found: '否' })]);
  });

  it('applies in 山西 and 河南 too (national site condition)', () => {
    for (const province of ['山西', '河南'] as const) {
      expect(findings(run({ province, plots: [linkage({ imagery: '否' })] }), 'LINKAGE_NO_IMAGERY')).toHaveLength(1);
    }
  });
});

describe('land.linkage.area (eligible plots only)', () => {
  it('counts only plots meeting every active site condition', () => {
    const ctx = run({
      province: '内蒙古',
      plots: [
        linkage({ id: 'ok', area: 1 }),
        linkage({ id: 'small', area: 0.0666, unit: '公顷' }),
        linkage({ id: 'state', area: 5, owner: '国有' }),
        linkage({ id: 'steep', area: 7, slope: 26 }),
        linkage({ id: 'ha', area: 2, unit: '公顷' }),
        plot({ id: 'notLinkage', area: 100 }),
      ],
    });
    expect(result(ctx, 'land.linkage.area')).toMatchObject({ value: '31', unit: '亩' });
    expect(result(ctx, 'land.linkage.area')?.label).toContain('3 块');
  });

  it('河南 (no site conditions of its own): the national conditions decide which plots count', () => {
    const ctx = run({ province: '河南', plots: [linkage({ area: 0.5, owner: '国有' }), linkage({ area: 2 })] });
    expect(result(ctx, 'land.linkage.area')?.value).toBe('2');
  });
});
