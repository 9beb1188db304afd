import { HEADERS } from '../../../../src/core/templates/compensation/blank';
import { codes, COLLECTIVE_ACTIVE, COLLECTIVE_EXPIRED, compensationBook, row, run, STATE } from './sheet';

const only = (ctx: ReturnType<typeof run>, code: string) => ctx.findings.filter((f) => f.code === code);

describe('COMPENSATION_NEGATIVE (warning)', () => {
  it('agricultural value above the certified-use value → warning with formula, inputs and the 海南 paragraph', () => {
    const ctx = run(compensationBook([row({ ...STATE, certPrice: 50, amount: -10.53 })]));
    const [f] = only(ctx, 'COMPENSATION_NEGATIVE');
    expect(f).toMatchObject({ severity: 'warning', sheet: '补偿测算表', cell: 'K3', expected: '≥ 0' });
    expect(f.found?.startsWith('-10.5264')).toBe(true);
    expect(f.message.zh).toContain('20000 m² × (50 元/m² × K(n=23, m₁=50) − 60 元/m² × K(n=23, m₂=∞)) ÷ 10000');
    expect(f.message.zh).toContain('K(23, 50) = 0.780579');
    expect(f.rule).toBe('关于建立新旧采矿用地挂钩制度促进净矿出让和生态修复的通知 附件 二（一）第二段');
    expect(codes(ctx)).toEqual(['COMPENSATION_NEGATIVE']);
  });

  it('boundary: a difference of exactly 0 is not negative', () => {
    // K(50, 50) = 1 on both sides and equal prices → 0
    const ctx = run(compensationBook([row({ ...COLLECTIVE_EXPIRED, agriPrice: 420, agriTerm: 50 })]));
    expect(codes(ctx)).toEqual([]);
    expect(ctx.results.find((r) => r.id === 'comp.某村股份经济合作社.amount')?.value).toBe('0');
  });

  it('集体未到期: a negative collective part is flagged at 集体补偿 even when the holder part makes the total positive', () => {
    const ctx = run(compensationBook([row({ ...COLLECTIVE_ACTIVE, agriPrice: 500 })]));
    const [f] = only(ctx, 'COMPENSATION_NEGATIVE');
    expect(f.cell).toBe('M3');
    expect(f.rule).toContain('附件 二（二）第二段');
  });
});

describe('INPUT_OUT_OF_RANGE', () => {
  it('n = 0 is out of range; n = 法定最高年限 is allowed; n above it is out of range', () => {
    const zero = run(compensationBook([row({ ...STATE, n: 0 })]));
    expect(only(zero, 'INPUT_OUT_OF_RANGE')).toMatchObject([{ cell: 'H3', expected: '> 0', found: '0' }]);
    expect(run(compensationBook([row({ ...STATE, n: 50 })])).findings).toEqual([]);
    const over = run(compensationBook([row({ ...STATE, n: 50.5 })]));
    const [f] = only(over, 'INPUT_OUT_OF_RANGE');
    expect(f).toMatchObject({ cell: 'H3', expected: '≤ 50', found: '50.5' });
    expect(f.message.zh).toContain('超过法定最高年限 50 年');
    expect(over.results).toEqual([]);
  });

  it('n checked against a stated 法定最高年限 (40 for 商业), and against the default 50 when blank', () => {
    expect(codes(run(compensationBook([row({ ...STATE, n: 41, max: 40 })])))).toEqual(['INPUT_OUT_OF_RANGE']);
    expect(codes(run(compensationBook([row({ ...STATE, n: 50, max: null })])))).toEqual([]);
    expect(codes(run(compensationBook([row({ ...STATE, n: 51, max: null })])))).toEqual(['INPUT_OUT_OF_RANGE']);
  });

  it('r ≤ 0 or ≥ 100 % is out of range; 99.99 % is not', () => {
    for (const r of [0, -0.05, 1, '100%', { value: 6, numberFormat: '0%' }]) {
      const ctx = run(compensationBook([row({ ...STATE, r })]));
      expect(only(ctx, 'INPUT_OUT_OF_RANGE')).toMatchObject([{ cell: 'J3', expected: '0% < r < 100%' }]);
    }
    expect(codes(run(compensationBook([row({ ...STATE, r: 99.99 })])))).toEqual([]);
    expect(codes(run(compensationBook([row({ ...STATE, r: 0.0001 })])))).toEqual([]);
  });

  it('base terms ≤ 0, negative area or prices; 国有同时到期 and unknown 情形', () => {
    expect(only(run(compensationBook([row({ ...STATE, certTerm: 0 })])), 'INPUT_OUT_OF_RANGE')[0].cell).toBe('E3');
    expect(only(run(compensationBook([row({ ...STATE, agriTerm: 0 })])), 'INPUT_OUT_OF_RANGE')[0].cell).toBe('G3');
    expect(only(run(compensationBook([row({ ...STATE, area: -1 })])), 'INPUT_OUT_OF_RANGE')[0].cell).toBe('C3');
    expect(only(run(compensationBook([row({ ...STATE, agriPrice: -1 })])), 'INPUT_OUT_OF_RANGE')[0].cell).toBe('F3');
    expect(only(run(compensationBook([row({ ...COLLECTIVE_EXPIRED, max: 0 })])), 'INPUT_OUT_OF_RANGE').length).toBeGreaterThan(0);
    const stateExpired = only(run(compensationBook([row({ ...STATE, situation: '国有同时到期' })])), 'INPUT_OUT_OF_RANGE');
    expect(stateExpired).toMatchObject([{ cell: 'B3', rule: expect.stringContaining('附件 二（一）第一段') }]);
    expect(only(run(compensationBook([row({ ...STATE, situation: '租赁' })])), 'INPUT_OUT_OF_RANGE')).toMatchObject([{ cell: 'B3', found: '租赁' }]);
    const withUnit = ['地块/权利人', '情形', '面积', '单位', '证载用途地价', '证载用途基准年期', '农用地地价', '农用地基准年期', '剩余年期', '法定最高年限', '土地还原率'];
    const badUnit = run(compensationBook([[STATE.name, STATE.situation, 2, '块', 600, 50, 60, null, 23, 50, 6]], withUnit));
    expect(codes(badUnit)).toEqual(['INPUT_OUT_OF_RANGE']);
    expect(badUnit.findings[0].cell).toBe('D3');
  });
});

describe('VALUE_MISMATCH on the author’s figures', () => {
  it('848.12 against 848.1106 (2 decimals) is a mismatch citing the formula, inputs and paragraph', () => {
    const ctx = run(compensationBook([row({ ...STATE, amount: 848.12 })]));
    const [f] = only(ctx, 'VALUE_MISMATCH');
    expect(f).toMatchObject({ severity: 'error', cell: 'K3', found: '848.12' });
    expect(f.expected?.startsWith('848.1105905527')).toBe(true);
    expect(f.message.zh).toContain('补偿额 = 面积 × (证载用途地价·K(n, m₁) − 农用地地价·K(n, m₂)) ÷ 10000');
    expect(f.message.zh).toContain('r = 6%');
    expect(f.rule).toContain('附件 二（一）第二段');
  });

  it('boundary: 848.11 (and 848.1 shown with one decimal) agree', () => {
    expect(codes(run(compensationBook([row({ ...STATE, amount: 848.11 })])))).toEqual([]);
    expect(codes(run(compensationBook([row({ ...STATE, amount: { value: 848.1, numberFormat: '0.0' } })])))).toEqual([]);
  });

  it('集体未到期 holder and collective columns are checked too', () => {
    const ctx = run(compensationBook([row({ ...COLLECTIVE_ACTIVE, amount: 854.21, holder: 370.95, collective: 483.36 })]));
    expect(only(ctx, 'VALUE_MISMATCH')).toMatchObject([{ cell: 'M3', found: '483.36' }]);
  });
});

describe('INPUT_MISSING / INPUT_NOT_A_NUMBER', () => {
  it('blank required inputs are missing, not zero; the row is skipped', () => {
    const ctx = run(compensationBook([row({ ...STATE, area: null, situation: null })]));
    expect(codes(ctx).sort()).toEqual(['INPUT_MISSING', 'INPUT_MISSING']);
    expect(ctx.findings.map((f) => f.cell).sort()).toEqual(['B3', 'C3']);
    expect(ctx.results).toEqual([]);
  });

  it('n is required for 国有未到期 and 集体未到期, not for 集体同时到期', () => {
    expect(only(run(compensationBook([row({ ...STATE, n: null })])), 'INPUT_MISSING')).toMatchObject([{ cell: 'H3' }]);
    expect(only(run(compensationBook([row({ ...COLLECTIVE_ACTIVE, n: null })])), 'INPUT_MISSING')).toMatchObject([{ cell: 'H3' }]);
    expect(codes(run(compensationBook([row({ ...COLLECTIVE_EXPIRED, n: null })])))).toEqual([]);
  });

  it('text where a number is needed', () => {
    const ctx = run(compensationBook([row({ ...STATE, area: '约2万', agriTerm: '无限' })]));
    expect(only(ctx, 'INPUT_NOT_A_NUMBER').map((f) => f.cell).sort()).toEqual(['C3', 'G3']);
    expect(ctx.results).toEqual([]);
  });

  it('a missing required column → MISSING_COLUMN, rows not computed', () => {
    const headers = HEADERS.filter((h) => !h.startsWith('土地还原率'));
    const ctx = run(compensationBook([row(STATE).filter((_, i) => i !== 9)], headers));
    expect(ctx.findings).toMatchObject([{ code: 'MISSING_COLUMN', expected: '土地还原率' }]);
    expect(ctx.results).toEqual([]);
  });
});

describe('合计 row — TOTAL_MISMATCH / TOTAL_OF_ROUNDED_PARTS', () => {
  const rows = [row(STATE), row(COLLECTIVE_EXPIRED), row(COLLECTIVE_ACTIVE)];
  const total = (amount: unknown) => row({ name: '合计', amount: amount as never });

  it('2237.85 agrees with Σ = 2237.851396…; 2237.95 is a TOTAL_MISMATCH', () => {
    const ok = run(compensationBook([...rows, total(2237.85)]));
    expect(codes(ok)).toEqual([]);
    expect(ok.results.find((r) => r.id === 'comp.total.amount')?.value.startsWith('2237.8513967941133072214787762')).toBe(true);
    const bad = run(compensationBook([...rows, total(2237.95)]));
    expect(bad.findings).toMatchObject([{ code: 'TOTAL_MISMATCH', cell: 'K6', found: '2237.95' }]);
  });

  it('a total that is the sum of parts rounded to one decimal → TOTAL_OF_ROUNDED_PARTS (info)', () => {
    // 848.1 + 535.5 + 854.2 = 2237.8, while the exact 2237.8514 rounds to 2237.9
    const ctx = run(compensationBook([...rows, total({ value: 2237.8, numberFormat: '0.0' })]));
    expect(ctx.findings).toMatchObject([{ code: 'TOTAL_OF_ROUNDED_PARTS', severity: 'info', cell: 'K6' }]);
  });

  it('holder and collective totals; a blank total cell is filled', () => {
    const ctx = run(compensationBook([...rows, row({ name: '合计', holder: 1219.06, collective: 1018.79 })]));
    expect(codes(ctx)).toEqual([]);
    expect(ctx.patches.filter((p) => p.cell === 'K6')).toHaveLength(1);
  });

  it('the total is not checked when a row could not be computed', () => {
    const ctx = run(compensationBook([row(STATE), row({ ...COLLECTIVE_EXPIRED, area: null }), total(1)]));
    expect(codes(ctx)).toEqual(['INPUT_MISSING']);
  });
});
