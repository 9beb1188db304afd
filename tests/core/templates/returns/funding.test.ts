import { base, returnsSheet, run } from './fixture';

describe('收益测算: cost-plus return and recovery', () => {
  it('单利: 12000 × 6 % × 5 = 3600, recovery 15600', () => {
    const r = run(returnsSheet(base('单利')));
    expect(r.found).toBe(true);
    expect(r.result('returns.return')).toBe('3600');
    expect(r.result('returns.recovery')).toBe('15600');
  });
  it('复利: 12000 × (1.06⁵ − 1) = 4058.7069312', () => {
    const r = run(returnsSheet(base('复利')));
    expect(r.result('returns.return')).toBe('4058.7069312');
    expect(r.result('returns.recovery')).toBe('16058.7069312');
  });
  it('等额年金: A = 2848.7568051742755…, return = 5A − 12000', () => {
    const r = run(returnsSheet(base('等额年金')));
    expect(r.result('returns.annuity')?.startsWith('2848.7568051742755')).toBe(true);
    expect(r.result('returns.return')?.startsWith('2243.784025871377')).toBe(true);
  });
  it('the author\'s 合理回报 / 投资回收额 agreeing within displayed precision: no finding', () => {
    const r = run(returnsSheet(base('复利', [['合理回报', { v: 4058.71, fmt: '0.00' }], ['投资回收额', 16058.7]])));
    expect(r.codes).toEqual([]);
  });
  it('a wrong stated 合理回报 → VALUE_MISMATCH (error) at its cell', () => {
    const r = run(returnsSheet(base('复利', [['合理回报', 3600]])));
    expect(r.codes).toEqual(['VALUE_MISMATCH']);
    expect(r.findings[0]).toMatchObject({ cell: 'B6', severity: 'error', expected: '4058.7069312', found: '3600' });
  });
  it('an empty stated 合理回报 is filled (patch)', () => {
    const r = run(returnsSheet(base('复利', [['合理回报', null, '万元']])));
    expect(r.patches).toEqual([expect.objectContaining({ sheet: '收益测算', cell: 'B6', value: '4058.7069312' })]);
  });
});

describe('收益测算: input checks', () => {
  it('percent inputs: "6%", 6 and a %-formatted 0.06 give the same return; a bare 0.06 is refused', () => {
    for (const rate of ['6%', 6, { v: 0.06, fmt: '0%' }]) {
      const r = run(returnsSheet([['投资成本', 12000], ['合理回报率', rate], ['回报年限', 5], ['计息方式', '单利']]));
      expect(r.result('returns.return')).toBe('3600');
      expect(r.codes).toEqual([]);
    }
    const r = run(returnsSheet([['投资成本', 12000], ['合理回报率', 0.06], ['回报年限', 5], ['计息方式', '单利']]));
    expect(r.result('returns.return')).toBeUndefined();
    expect(r.findings).toEqual([expect.objectContaining({ code: 'INPUT_OUT_OF_RANGE', cell: 'B3', expected: '6%' })]);
  });
  it('missing 回报年限 (empty cell, or no row) → INPUT_MISSING and no return', () => {
    const empty = run(returnsSheet([['投资成本', 12000], ['合理回报率', '6%'], ['回报年限', null], ['计息方式', '复利']]));
    expect(empty.findings).toEqual([expect.objectContaining({ code: 'INPUT_MISSING', cell: 'B4' })]);
    expect(empty.result('returns.return')).toBeUndefined();
    const absent = run(returnsSheet([['投资成本', 12000], ['合理回报率', '6%'], ['计息方式', '复利']]));
    expect(absent.findings).toEqual([expect.objectContaining({ code: 'INPUT_MISSING', cell: null })]);
  });
  it('a sheet without any cost-plus row skips the return silently', () => {
    const r = run(returnsSheet([['折现率', '6%']]));
    expect(r.found).toBe(true);
    expect(r.codes).toEqual([]);
  });
  it('negative cost, rate above 100 %, 0 years and an unknown mode → INPUT_OUT_OF_RANGE', () => {
    expect(run(returnsSheet([['投资成本', -1], ['合理回报率', '6%'], ['回报年限', 5], ['计息方式', '单利']])).codes).toEqual(['INPUT_OUT_OF_RANGE']);
    expect(run(returnsSheet([['投资成本', 0], ['合理回报率', '6%'], ['回报年限', 5], ['计息方式', '单利']])).codes).toEqual([]);
    expect(run(returnsSheet([['投资成本', 1], ['合理回报率', 101], ['回报年限', 5], ['计息方式', '单利']])).codes).toEqual(['INPUT_OUT_OF_RANGE']);
    expect(run(returnsSheet([['投资成本', 1], ['合理回报率', 100], ['回报年限', 5], ['计息方式', '单利']])).codes).toEqual([]);
    expect(run(returnsSheet([['投资成本', 1], ['合理回报率', '6%'], ['回报年限', 0], ['计息方式', '单利']])).codes).toEqual(['INPUT_OUT_OF_RANGE']);
    expect(run(returnsSheet([['投资成本', 1], ['合理回报率', '6%'], ['回报年限', 5], ['计息方式', '浮动']])).codes).toEqual(['INPUT_OUT_OF_RANGE']);
  });
  it('text where a number is needed → INPUT_NOT_A_NUMBER', () => {
    expect(run(returnsSheet([['投资成本', '约一万'], ['合理回报率', '6%'], ['回报年限', 5], ['计息方式', '单利']])).codes).toEqual(['INPUT_NOT_A_NUMBER']);
  });
});

describe('收益测算: funding balance (河南 第二十条, 第三条 收支两条线)', () => {
  // 复利 recovery = 16058.7069312
  const incomes = (earth: number | null, indicator: number | null = 0) =>
    returnsSheet(base('复利', [['土石料处置收入', earth, '万元'], ['指标交易收入', indicator, '万元'], ['资金平衡', null, '万元']]));

  it('balance < 0 → FUNDING_SHORTFALL (warning) citing 豫自然资规〔2025〕13号 第二十条', () => {
    const r = run(incomes(10000, 6000));
    expect(r.result('returns.balance')).toBe('-58.7069312');
    expect(r.findings).toEqual([
      expect.objectContaining({ code: 'FUNDING_SHORTFALL', severity: 'warning', cell: 'B8', rule: '豫自然资规〔2025〕13号 第二十条', ruleId: 'HN-20' }),
    ]);
    expect(r.result('returns.treasury')).toBe('0');
  });
  it('balance exactly 0 → no FUNDING_SHORTFALL', () => {
    const r = run(incomes(10058.7069312, 6000));
    expect(r.result('returns.balance')).toBe('0');
    expect(r.codes).toEqual([]);
  });
  it('surplus: the 土石料 part is 上缴国库 (河南 only), capped at the 土石料 proceeds', () => {
    const r = run(incomes(12000, 6000)); // balance 1941.2930688 ≤ 12000
    expect(r.result('returns.balance')).toBe('1941.2930688');
    expect(r.result('returns.treasury')).toBe('1941.2930688');
    const big = run(incomes(3000, 20000)); // balance 6941.29…, but only 3000 came from 土石料
    expect(big.result('returns.treasury')).toBe('3000');
    const elsewhere = run(incomes(12000, 6000), { province: null });
    expect(elsewhere.result('returns.treasury')).toBeUndefined();
  });
  it('outside 河南 the shortfall is still reported, uncited', () => {
    const r = run(incomes(100, 0), { province: null });
    expect(r.findings).toEqual([expect.objectContaining({ code: 'FUNDING_SHORTFALL', severity: 'warning' })]);
    expect(r.findings[0].rule).toBeUndefined();
  });
  it('operating cost per year × 回报年限 is deducted from the revenue', () => {
    const r = run(returnsSheet(base('单利', [['土石料处置收入', 15000], ['运营成本（万元/年）', 100]])));
    expect(r.result('returns.revenue')).toBe('14500');
    expect(r.result('returns.balance')).toBe('-1100');
  });
  it('no revenue at all → INPUT_MISSING, no balance', () => {
    const r = run(incomes(null, null));
    expect(r.codes).toEqual(['INPUT_MISSING']);
    expect(r.result('returns.balance')).toBeUndefined();
  });
  it('a wrong stated 资金平衡 → VALUE_MISMATCH', () => {
    const r = run(returnsSheet(base('单利', [['土石料处置收入', 15600], ['资金平衡', 100]])));
    expect(r.codes).toEqual(['VALUE_MISMATCH']);
  });
});

describe('收益测算: 土石料处置收入 linked to 竞价记录 / 土石料平衡分析表', () => {
  const sheet = (earth: number | null) => returnsSheet(base('单利', [['土石料处置收入', earth, '万元']]));
  it('empty → the winning prices are used and filled in', () => {
    const r = run(sheet(null), { bidsTotal: '16000' });
    expect(r.result('returns.balance')).toBe('400');
    expect(r.patches).toEqual([expect.objectContaining({ cell: 'B6', value: '16000' })]);
  });
  it('empty and no bids → the floors of 土石料平衡分析表', () => {
    expect(run(sheet(null), { earthFloor: '15000' }).result('returns.balance')).toBe('-600');
  });
  it('a different stated figure → VALUE_MISMATCH at warning severity, naming both cells', () => {
    const r = run(sheet(15000), { bidsTotal: '16000' });
    const f = r.findings.find((x) => x.code === 'VALUE_MISMATCH');
    expect(f).toMatchObject({ severity: 'warning', cell: 'B6', expected: '16000', found: '15000' });
    expect(f?.message.zh).toContain('收益测算!B6');
    expect(f?.message.zh).toContain('竞价记录!C3');
    expect(r.result('returns.balance')).toBe('-600'); // the sheet's own figure is used
  });
  it('the same figure → no finding', () => {
    expect(run(sheet(16000), { bidsTotal: '16000' }).codes).toEqual([]);
  });
});
