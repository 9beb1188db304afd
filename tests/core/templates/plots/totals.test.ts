import { findings, plot, run } from './support';

describe('合计 row (TOTAL_MISMATCH / TOTAL_OF_ROUNDED_PARTS)', () => {
  const parts = [
    plot({ id: 'D1', area: 1200.5 }),
    plot({ id: 'D2', area: 1851.7 }),
    plot({ id: 'D3', area: 100, unit: '公顷' }), // 1500 亩
  ];

  it('plots adding to 4552.20 亩 under a 合计 of 4552.95 亩 → TOTAL_MISMATCH on the 合计 row with both figures', () => {
    const ctx = run({ province: '河南', plots: [...parts, ['合计', { value: 4552.95, numberFormat: '0.00' }, '亩']] });
    const [f] = findings(ctx, 'TOTAL_MISMATCH');
    expect(f).toMatchObject({ sheet: '复垦地块表', cell: 'B6', expected: '4552.2', found: '4552.95', severity: 'error' });
    expect(f.message.zh).toContain('4552.95');
    expect(f.message.zh).toContain('4552.20');
  });

  it('a matching 合计 (same or other unit) is fine', () => {
    expect(findings(run({ province: '河南', plots: [...parts, ['合计', 4552.2, '亩']] }), 'TOTAL_MISMATCH')).toEqual([]);
    expect(findings(run({ province: '河南', plots: [...parts, ['合计', 303.48, '公顷']] }), 'TOTAL_MISMATCH')).toEqual([]);
  });

  it('within the displayed precision is equal: 4552.2 shown as "4552" (format 0) agrees; 4553 does not', () => {
    expect(findings(run({ province: '河南', plots: [...parts, ['合计', { value: 4552, numberFormat: '0' }, '亩']] }), 'TOTAL_MISMATCH')).toEqual([]);
    expect(findings(run({ province: '河南', plots: [...parts, ['合计', { value: 4553, numberFormat: '0' }, '亩']] }), 'TOTAL_MISMATCH')).toHaveLength(1);
  });

  it('a total equal to the sum of the rounded parts → TOTAL_OF_ROUNDED_PARTS (info)', () => {
    const shown = { value: 1.505, numberFormat: '0.00' }; // displayed 1.51
    const ctx = run({ province: '河南', plots: [plot({ area: shown }), plot({ area: shown }), ['合计', { value: 3.02, numberFormat: '0.00' }, '亩']] });
    expect(findings(ctx, 'TOTAL_MISMATCH')).toEqual([]);
    expect(findings(ctx, 'TOTAL_OF_ROUNDED_PARTS')).toEqual([expect.objectContaining({ severity: 'info', expected: '3.01', found: '3.02' })]);
  });

  it('an empty 合计 is filled, not flagged', () => {
    const ctx = run({ province: '河南', plots: [...parts, ['合计', null, '亩']] });
    expect(findings(ctx, 'TOTAL_MISMATCH')).toEqual([]);
    expect(ctx.patches).toEqual([expect.objectContaining({ sheet: '复垦地块表', cell: 'B6', value: '4552.2' })]);
  });

  it('小计 rows cover the plots above them; 合计 covers all plots', () => {
    const ctx = run({
      province: '河南',
      plots: [plot({ area: 10 }), plot({ area: 5 }), ['小计', 15, '亩'], plot({ area: 7 }), ['小计', 8, '亩'], ['合计', 22, '亩']],
    });
    expect(findings(ctx, 'TOTAL_MISMATCH')).toEqual([expect.objectContaining({ cell: 'B7', expected: '7', found: '8' })]);
  });
});

describe('项目信息 areas the plots must add up to', () => {
  const plots = [plot({ area: 100 }), plot({ area: 2, unit: '公顷', after: '乔木林地', usage: '其他' }), plot({ area: 10, after: '生态产业用地', usage: '生态产业' })];

  it('consistent figures give no finding', () => {
    const ctx = run({ province: '河南', info: { 复垦为农用地面积: [130, '亩'], 生态产业用地面积: [10, '亩'] }, plots });
    expect(findings(ctx, 'TOTAL_MISMATCH')).toEqual([]);
  });

  it('复垦为农用地面积 ≠ Σ agricultural plots → TOTAL_MISMATCH on the 项目信息 cell naming both places', () => {
    const ctx = run({ province: '河南', info: { 复垦为农用地面积: [8.8, '公顷'], 生态产业用地面积: [10, '亩'] }, plots });
    const [f] = findings(ctx, 'TOTAL_MISMATCH');
    expect(f).toMatchObject({ sheet: '项目信息', cell: 'B3', found: '8.8', expected: '8.666666666666666666666666666666666666667' });
    expect(f.message.zh).toContain('项目信息!B3');
    expect(f.message.zh).toContain('复垦地块表!B3,B4');
    expect(f.message.zh).toContain('8.67 公顷');
  });

  it('生态产业用地面积 ≠ Σ 生态产业 plots → TOTAL_MISMATCH', () => {
    const ctx = run({ province: '河南', info: { 生态产业用地面积: [12, '亩'] }, plots });
    expect(findings(ctx, 'TOTAL_MISMATCH')).toEqual([expect.objectContaining({ cell: 'B3', found: '12', expected: '10' })]);
  });
});
