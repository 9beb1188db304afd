import { parseSituation } from '../../../../src/core/templates/compensation/situation';
import { codes, COLLECTIVE_ACTIVE, COLLECTIVE_EXPIRED, compensationBook, resultValue, row, run, sig, STATE } from './sheet';

/*
 * Expected values: an independent decimal.js evaluation (40 digits) of SPEC §3.7, r = 6 %:
 * K(23, 50) = 0.78057909933718682807…, K(23, ∞) = 0.73820273876582296577…, K(50, 30) = 1.14508201829144655048…,
 * K(50, ∞) = 0.94571163818330915650…, K(18, 50) = 0.68694957600264955413…
 */
describe('补偿测算表 — each 情形 to the digit', () => {
  it('国有未到期: 20000 m² × (600·K(23,50) − 60·K(23,∞)) ÷ 10000 = 848.1105905527… 万元, paid to the holder', () => {
    const ctx = run(compensationBook([row(STATE)]));
    expect(codes(ctx)).toEqual([]);
    expect(sig(resultValue(ctx, 'comp.海南某矿业有限公司.amount'), 30)).toBe('848.110590552725437796421712984');
    expect(resultValue(ctx, 'comp.海南某矿业有限公司.holder')).toBe(resultValue(ctx, 'comp.海南某矿业有限公司.amount'));
    expect(resultValue(ctx, 'comp.海南某矿业有限公司.collective')).toBeUndefined();
    const amount = ctx.results.find((r) => r.id === 'comp.海南某矿业有限公司.amount');
    expect(amount).toMatchObject({ sheet: '补偿测算表', cell: 'K3', unit: '万元' });
  });

  it('集体同时到期: 15000 m² × (420·K(50,50) − 55·K(50,30)) ÷ 10000 = 535.5307334909… 万元 (K(50,30) > 1), n not needed', () => {
    const ctx = run(compensationBook([row(COLLECTIVE_EXPIRED)]));
    expect(codes(ctx)).toEqual([]);
    expect(sig(resultValue(ctx, 'comp.某村股份经济合作社.amount'), 30)).toBe('535.530733490955659584972105065');
    expect(resultValue(ctx, 'comp.某村股份经济合作社.collective')).toBe(resultValue(ctx, 'comp.某村股份经济合作社.amount'));
    expect(resultValue(ctx, 'comp.某村股份经济合作社.holder')).toBeUndefined();
  });

  it('集体未到期: collective 483.2573017… + holder 12000 × 450·K(18,50) ÷ 10000 = 370.9527710… → 854.2100727… 万元', () => {
    const ctx = run(compensationBook([row(COLLECTIVE_ACTIVE)]));
    expect(codes(ctx)).toEqual([]);
    expect(sig(resultValue(ctx, 'comp.某村/某石材厂.collective'), 30)).toBe('483.257301709001450609527874873');
    expect(sig(resultValue(ctx, 'comp.某村/某石材厂.holder'), 30)).toBe('370.952771041430759230557083330');
    expect(sig(resultValue(ctx, 'comp.某村/某石材厂.amount'), 30)).toBe('854.210072750432209840084958203');
  });

  it('集体同时到期 uses 法定最高年限 M, so a stated n changes nothing; M defaults to 50', () => {
    const withN = run(compensationBook([row({ ...COLLECTIVE_EXPIRED, n: 7, max: null })]));
    expect(codes(withN)).toEqual([]);
    expect(sig(resultValue(withN, 'comp.某村股份经济合作社.amount'), 30)).toBe('535.530733490955659584972105065');
  });

  it('面积 in 亩 (header unit) or 公顷 (row 单位 column) is converted to m² exactly', () => {
    const headers = ['地块/权利人', '情形', '面积(亩)', '证载用途地价(元/m²)', '证载用途基准年期(年)', '农用地地价(元/m²)', '农用地基准年期(年)', '剩余年期n(年)', '法定最高年限(年)', '土地还原率r(%)'];
    const mu = run(compensationBook([row({ ...STATE, area: 30 }).slice(0, 10)], headers));
    expect(codes(mu)).toEqual([]);
    expect(sig(resultValue(mu, 'comp.海南某矿业有限公司.amount'), 30)).toBe('848.110590552725437796421712984');

    const withUnit = ['地块/权利人', '情形', '面积', '单位', '证载用途地价', '证载用途基准年期', '农用地地价', '农用地基准年期', '剩余年期', '法定最高年限', '土地还原率'];
    const ha = run(compensationBook([[STATE.name, STATE.situation, 2, '公顷', 600, 50, 60, null, 23, 50, '6%']], withUnit));
    expect(codes(ha)).toEqual([]);
    expect(sig(resultValue(ha, 'comp.海南某矿业有限公司.amount'), 30)).toBe('848.110590552725437796421712984');
  });

  it('rate: 6, "6%", 0.06 and 0.06 formatted 0.00% all mean 6 %', () => {
    for (const r of [6, '6%', '６％', 0.06, { value: 0.06, numberFormat: '0.00%' }]) {
      const ctx = run(compensationBook([row({ ...STATE, r })]));
      expect(codes(ctx)).toEqual([]);
      expect(sig(resultValue(ctx, 'comp.海南某矿业有限公司.amount'), 15)).toBe('848.110590552725');
    }
  });

  it('parses loose 情形 wording', () => {
    expect(parseSituation('国有建设用地使用权未到期')).toBe('国有未到期');
    expect(parseSituation('集体 尚未到期')).toBe('集体未到期');
    expect(parseSituation('集体已到期')).toBe('集体同时到期');
    expect(parseSituation('国有同时到期')).toBe('stateExpired');
    expect(parseSituation('国有集体')).toBeUndefined();
    expect(parseSituation('其他')).toBeUndefined();
  });
});

describe('补偿测算表 — result ids, fill patches, renamed sheet', () => {
  it('blank names become row<n>, duplicates get #2', () => {
    const ctx = run(compensationBook([row(STATE), row(STATE), row({ ...STATE, name: null })]));
    const ids = ctx.results.map((r) => r.id).filter((id) => id.endsWith('.amount'));
    expect(ids).toEqual(['comp.海南某矿业有限公司.amount', 'comp.海南某矿业有限公司#2.amount', 'comp.row5.amount']);
  });

  it('empty derived cells are queued as patches with the exact value, never compared', () => {
    const ctx = run(compensationBook([row(COLLECTIVE_ACTIVE)]));
    const cells = ctx.patches.map((p) => p.cell);
    expect(cells).toEqual(['K3', 'L3', 'M3']);
    expect(sig(ctx.patches[0].value, 15)).toBe('854.210072750432');
  });

  it('is found under the alias 补偿费用测算 and claims the sheet', () => {
    const ctx = run(compensationBook([row(STATE)], undefined, '补偿费用测算'));
    expect(ctx.templates).toEqual([{ sheet: '补偿费用测算', kind: 'compensation', rows: 1 }]);
  });

  it('returns false when no sheet matches', () => {
    const ctx = run({ sheets: [] });
    expect(ctx.templates).toEqual([]);
  });
});
