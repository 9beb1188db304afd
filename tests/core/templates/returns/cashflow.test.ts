import type { FixtureCell } from './fixture';
import { returnsSheet, run, sheetOf } from './fixture';

const HEADER: FixtureCell[] = ['年度', '投入（万元）', '收入（万元）', '运营成本（万元）'];
/** Label block rows 2–3 (折现率 + 内部收益率), a blank row, then the table from row 5. */
const withTable = (rows: FixtureCell[][], labels: [string, FixtureCell, string?][] = [['折现率', '6%']]) =>
  returnsSheet(labels, [[], HEADER, ...rows]);
const example: FixtureCell[][] = [[0, 12000, null, null], [1, null, 3000, null], [2, null, 3000, null], [3, null, 3000, null], [4, null, 3000, null], [5, null, 3000, null]];

describe('收益测算: cash-flow table', () => {
  it('IRR of −12000, 5 × 3000 = 7.930826116052859 %, NPV at 6 %, payback 4 years', () => {
    const r = run(withTable(example));
    expect(r.codes).toEqual([]);
    expect(r.result('returns.irr')?.slice(0, 17)).toBe('7.930826116052859');
    expect(r.result('returns.npv')?.slice(0, 14)).toBe('637.0913566971');
    expect(r.result('returns.payback')).toBe('4');
    // dynamic: discounted cumulative after year 4 = −1604.68316190…, year 5 adds 2241.77451859… →
    // 4 + 1604.68…/2241.77… = 4.7158093504 (checked with Python's decimal at 50 digits)
    expect(r.result('returns.paybackDynamic')?.slice(0, 12)).toBe('4.7158093504');
  });
  it('net = 收入 − 投入 − 运营成本; a blank amount is no flow', () => {
    const r = run(withTable([[0, 1000, null, null], [1, null, 700, 100], [2, null, 700, 100]]));
    // cumulative −1000, −400, +200 → 1 + 400/600
    expect(r.result('returns.payback')?.slice(0, 8)).toBe('1.666666');
  });
  it('calendar years count from the first one as year 1 (end-of-year convention)', () => {
    const cal = run(withTable([[2026, 12000, null, null], [2027, null, 3000, null], [2028, null, 3000, null], [2029, null, 3000, null], [2030, null, 3000, null], [2031, null, 3000, null]]));
    const idx = run(withTable(example));
    expect(cal.result('returns.irr')).toBe(idx.result('returns.irr'));
    // every flow one year later: NPV / 1.06
    expect(cal.result('returns.npv')?.slice(0, 12)).toBe('601.02958178');
  });
  it('a stated IRR is read by the percent rule (7.93% or 7.93 agree; 8% does not)', () => {
    expect(run(withTable(example, [['折现率', '6%'], ['内部收益率', '7.93%']])).codes).toEqual([]);
    expect(run(withTable(example, [['折现率', '6%'], ['内部收益率', 7.93]])).codes).toEqual([]);
    expect(run(withTable(example, [['折现率', '6%'], ['内部收益率', { v: 0.0793, fmt: '0.00%' }]])).codes).toEqual([]);
    expect(run(withTable(example, [['折现率', '6%'], ['内部收益率', '7.5%']])).codes).toEqual(['VALUE_MISMATCH']);
    const empty = run(withTable(example, [['折现率', '6%'], ['内部收益率', null]]));
    expect(empty.patches).toEqual([expect.objectContaining({ cell: 'B3', numberFormat: '0.00%' })]);
  });
  it('IRR = 0 exactly', () => {
    const r = run(withTable([[0, 100, null, null], [1, null, 50, null], [2, null, 50, null]]));
    expect(r.result('returns.irr')).toBe('0');
  });
  it('no sign change → no IRR, a warning', () => {
    const r = run(withTable([[0, null, 100, null], [1, null, 100, null]]));
    expect(r.result('returns.irr')).toBeUndefined();
    expect(r.findings).toEqual([expect.objectContaining({ code: 'INPUT_OUT_OF_RANGE', severity: 'warning', cell: 'A5' })]);
  });
  it('several sign changes → a warning listing the IRRs found (10 % and 20 %)', () => {
    const r = run(withTable([[0, 100, null, null], [1, null, 230, null], [2, 132, null, null]], [['折现率', '15%']]));
    expect(r.result('returns.irr')).toBeUndefined();
    const f = r.findings.find((x) => x.code === 'INPUT_OUT_OF_RANGE');
    expect(f).toMatchObject({ severity: 'warning', found: '2' });
    expect(f?.message.zh).toContain('10%、20%');
  });
  it('never recovered → FUNDING_SHORTFALL citing 第二十条; NPV < 0 → FUNDING_SHORTFALL; NPV = 0 → none', () => {
    const never = run(withTable([[0, 100, null, null], [1, null, 30, null], [2, null, 30, null]]));
    expect(never.codes).toEqual(['FUNDING_SHORTFALL']);
    expect(never.findings[0]).toMatchObject({ rule: '豫自然资规〔2025〕13号 第二十条', cell: 'A7' });
    expect(never.result('returns.payback')).toBeUndefined();
    const negative = run(withTable([[0, 100, null, null], [1, null, 109, null]], [['折现率', '10%']]));
    expect(negative.codes).toEqual(['FUNDING_SHORTFALL']);
    const zero = run(withTable([[0, 100, null, null], [1, null, 110, null]], [['折现率', '10%']]));
    expect(zero.result('returns.npv')).toBe('0');
    expect(zero.codes).toEqual([]);
  });
  it('a 合计 row must equal the column sums; a wrong 净现金流量 is a VALUE_MISMATCH', () => {
    const rows: FixtureCell[][] = [[0, 1000, null, null, -1000], [1, null, 600, null, 600], [2, null, 600, null, 500], ['合计', 1000, 1300, null, 200]];
    const r = run(returnsSheet([['折现率', '6%']], [[], [...HEADER, '净现金流量'], ...rows]));
    expect(r.codes.sort()).toEqual(['TOTAL_MISMATCH', 'VALUE_MISMATCH']);
    expect(r.findings.find((f) => f.code === 'VALUE_MISMATCH')?.cell).toBe('E7');
    expect(r.findings.find((f) => f.code === 'TOTAL_MISMATCH')?.cell).toBe('C8');
  });
  it('missing 折现率 → INPUT_MISSING; IRR and static payback still computed', () => {
    const r = run(withTable(example, [['内部收益率', null]]));
    expect(r.codes).toEqual(['INPUT_MISSING']);
    expect(r.result('returns.irr')).toBeDefined();
    expect(r.result('returns.npv')).toBeUndefined();
  });
  it('a missing or repeated year stops the evaluation (flows with a hole would be wrong)', () => {
    expect(run(withTable([[0, 100, null, null], [null, null, 150, null]])).codes).toEqual(['INPUT_MISSING']);
    expect(run(withTable([[0, 100, null, null], [0, null, 150, null]])).codes).toEqual(['INPUT_OUT_OF_RANGE']);
  });
  it('negative 投入 → INPUT_OUT_OF_RANGE', () => {
    expect(run(withTable([[0, -100, null, null], [1, null, 150, null]])).codes).toEqual(['INPUT_OUT_OF_RANGE']);
  });
  it('a table above the label block: its 运营成本 header is not read as the 运营成本 label', () => {
    const sheet = sheetOf('收益测算', [
      HEADER, ...example,
      [],
      ['项目', '值', '单位'],
      ['投资成本', 12000], ['合理回报率', '6%'], ['回报年限', 5], ['计息方式', '单利'], ['土石料处置收入', 15600], ['折现率', '6%'],
    ]);
    const r = run(sheet);
    expect(r.codes).toEqual([]);
    expect(r.result('returns.balance')).toBe('0');
    expect(r.result('returns.irr')?.slice(0, 6)).toBe('7.9308');
  });
});
