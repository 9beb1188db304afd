import type { ReviewContext } from '../../../../src/core/context';
import { Decimal } from '../../../../src/core/decimal';
import { ESTIMATE, estimateSheet, feeScheduleSheet } from './fixture';
import { f, runInvestment, setCell, sheetOf, workbookOf } from './helpers';

const review = (mutate?: (s: ReturnType<typeof estimateSheet>) => void, withSchedule = true) => {
  const sheet = estimateSheet();
  mutate?.(sheet);
  return runInvestment(withSchedule ? workbookOf(sheet, feeScheduleSheet()) : workbookOf(sheet));
};
const codes = (ctx: ReviewContext) => ctx.findings.map((x) => `${x.code}@${x.cell}`);
const result = (ctx: ReviewContext, id: string) => ctx.results.find((r) => r.id === id)?.value;

describe('投资估算表: a correct 3-level estimate', () => {
  const ctx = review();

  it('has at least 40 rows and raises nothing', () => {
    expect(ESTIMATE.length).toBeGreaterThanOrEqual(40);
    expect(ctx.templates).toEqual([{ sheet: '投资估算表', kind: 'investment', rows: 43 }]);
    expect(ctx.findings).toEqual([]);
    expect(ctx.patches).toEqual([]);
    expect(ctx.shared.investment?.notes).toEqual([]);
  });

  it('recomputes the total and every category to the digit', () => {
    expect(result(ctx, 'invest.total')).toBe('463.3104');
    expect(ctx.results.find((r) => r.id === 'invest.total')?.cell).toBe('H45');
    expect(result(ctx, 'invest.工程施工费')).toBe('356');
    expect(result(ctx, 'invest.设备购置费')).toBe('12');
    expect(result(ctx, 'invest.监测与管护费')).toBe('33.5');
    expect(result(ctx, 'invest.其他费用')).toBe('39.748');
    expect(result(ctx, 'invest.前期工作费')).toBe('16.02'); //    356 × (1.5% + 2.5% + 0.5%)
    expect(result(ctx, 'invest.工程监理费')).toBe('7.12'); //     356 × 2%
    expect(result(ctx, 'invest.竣工验收费')).toBe('6.408'); //    356 × (0.5% + 0.7% + 0.6%)
    expect(result(ctx, 'invest.业主管理费')).toBe('10.2'); //     200×3% + 168×2.5% (取费标准 sheet)
    expect(result(ctx, 'invest.不可预见费')).toBe('22.0624'); //  预备费 counts as 不可预见费
    expect(ctx.results.every((r) => r.unit === '万元')).toBe(true);
  });

  it('publishes the total for later templates', () => {
    expect(ctx.shared.investment?.total?.toFixed()).toBe('463.3104');
  });
});

describe('VALUE_MISMATCH on items and fee rows', () => {
  it('an item whose 合价 ≠ 工程量 × 单价 / 10000', () => {
    const ctx = review((s) => setCell(s, 'H5', 9.5));
    expect(codes(ctx)).toEqual(['VALUE_MISMATCH@H5']);
    expect(ctx.findings[0]).toMatchObject({ expected: '9', found: '9.5' });
    expect(ctx.findings[0].message.zh).toContain('工程量 20000 × 单价 4.5 ÷ 10000');
  });
  it('not raised within half a displayed unit (9.004 shown 9.00)', () => {
    expect(review((s) => setCell(s, 'H5', 9.004)).findings).toEqual([]);
  });
  it('a fee row whose 合价 ≠ base × 费率', () => {
    const ctx = review((s) => setCell(s, 'H35', 7.5));
    expect(codes(ctx)).toEqual(['VALUE_MISMATCH@H35']);
    expect(ctx.findings[0].message.zh).toContain('计费基数 工程施工费 356 × 费率 2%');
    expect(review((s) => setCell(s, 'H35', 7.124)).findings).toEqual([]);
  });
  it('a bracket fee computed at the top rate is flagged with the bracket computation', () => {
    const ctx = review((s) => setCell(s, 'H40', 11.04)); // 368 × 3%: the first bracket's rate on everything
    expect(codes(ctx)).toEqual(['VALUE_MISMATCH@H40']);
    expect(ctx.findings[0].expected).toBe('10.2');
    expect(ctx.findings[0].message.zh).toContain('200×3% + 168×2.5% = 10.2');
  });
  it('without the 取费标准 sheet 业主管理费 is listed as not recomputed, with no finding', () => {
    const ctx = review(undefined, false);
    expect(ctx.findings).toEqual([]);
    expect(ctx.shared.investment?.notes.map((n) => n.zh)).toEqual([expect.stringContaining('第40行“业主管理费”：有计费基数但无费率')]);
    expect(result(ctx, 'invest.total')).toBe('463.3104'); // the author's 10.2 stands in
  });
});

describe('TOTAL_MISMATCH on parents and the total', () => {
  it('a parent that is not the sum of its items', () => {
    const ctx = review((s) => setCell(s, 'H4', 42));
    expect(codes(ctx)).toEqual(['TOTAL_MISMATCH@H4']);
    expect(review((s) => setCell(s, 'H4', 41.004)).findings).toEqual([]);
  });
  it('the stated total', () => {
    const ctx = review((s) => setCell(s, 'H45', 464));
    expect(codes(ctx)).toEqual(['TOTAL_MISMATCH@H45']);
    expect(ctx.findings[0]).toMatchObject({ expected: '463.3104', found: '464' });
    expect(review((s) => setCell(s, 'H45', 463.314)).findings).toEqual([]);
  });
  it('a wrong item cascades to the parents that carry it', () => {
    // 场地平整 typed 10 and 地形整治 / 一 / 合计 carried along (42, 357, 464.31): each is wrong.
    const ctx = review((s) => {
      setCell(s, 'H5', 10);
      setCell(s, 'H4', 42);
      setCell(s, 'H3', 357);
      setCell(s, 'H45', 464.31);
    });
    expect(codes(ctx)).toEqual(['TOTAL_MISMATCH@H3', 'TOTAL_MISMATCH@H4', 'VALUE_MISMATCH@H5', 'TOTAL_MISMATCH@H45']);
  });
});

describe('TOTAL_OF_ROUNDED_PARTS', () => {
  const sheet = (parent: number) =>
    sheetOf('投资估算表', [
      ['序号', '费用名称', '合价（万元）'],
      ['一', '工程施工费', f(parent, '0.0')],
      ['1', '场地平整', f(6.5, '0.0')],
      ['2', '土方回填', f(37.854, '0.0')],
      ['3', '覆土', f(9.087, '0.0')],
    ]);
  it('53.5 = 6.5 + 37.9 + 9.1 as displayed, the exact sum being 53.441 → info, not TOTAL_MISMATCH', () => {
    const ctx = runInvestment(workbookOf(sheet(53.5)));
    expect(ctx.findings.map((x) => [x.code, x.severity, x.cell])).toEqual([['TOTAL_OF_ROUNDED_PARTS', 'info', 'C2']]);
    expect(result(ctx, 'invest.total')).toBe('53.441');
  });
  it('53.4 is fine', () => {
    expect(runInvestment(workbookOf(sheet(53.4))).findings).toEqual([]);
  });
});

describe('inputs', () => {
  it('INPUT_MISSING for an item with a price but no quantity, pointed at the quantity', () => {
    const ctx = review((s) => setCell(s, 'D6', null));
    expect(codes(ctx)).toEqual(['INPUT_MISSING@D6']);
  });
  it('INPUT_MISSING for a lump-sum row with no amount; not when the amount is there', () => {
    const ctx = review((s) => {
      setCell(s, 'D24', null);
      setCell(s, 'E24', null);
      setCell(s, 'H24', null);
    });
    expect(codes(ctx)).toEqual(['INPUT_MISSING@H24']);
    expect(review((s) => { setCell(s, 'D24', null); setCell(s, 'E24', null); }).findings).toEqual([]);
  });
  it('INPUT_NOT_A_NUMBER for text where a quantity is needed; "1,500" is a number', () => {
    expect(codes(review((s) => setCell(s, 'D19', '约1500')))).toEqual(['INPUT_NOT_A_NUMBER@D19']);
    expect(review((s) => setCell(s, 'D19', '1,500')).findings).toEqual([]);
  });
  it('INPUT_MISSING for a rate without a base', () => {
    expect(codes(review((s) => setCell(s, 'G35', null)))).toEqual(['INPUT_MISSING@G35']);
  });
  it('INPUT_OUT_OF_RANGE for a rate above 100 %', () => {
    expect(codes(review((s) => setCell(s, 'F35', 120)))).toEqual(['INPUT_OUT_OF_RANGE@F35']);
  });
  it('fills an empty derived 合价 instead of flagging it', () => {
    const ctx = review((s) => {
      setCell(s, 'H33', null);
      setCell(s, 'H45', null);
    });
    expect(ctx.findings).toEqual([]);
    expect(ctx.patches.map((p) => [p.cell, p.value])).toEqual([['H33', '8.9'], ['H45', '463.3104']]);
  });
});

describe('categories', () => {
  it('an explicit 费用类别 wins over the row name', () => {
    const rows = ESTIMATE.map((r) => [...r] as typeof r);
    rows[20] = ['二', '安全文明施工措施', null, null, null, null, null, 12, '工程施工费']; // was 设备购置费
    const ctx = runInvestment(workbookOf(estimateSheet(rows), feeScheduleSheet()));
    expect(result(ctx, 'invest.工程施工费')).toBe('368');
    expect(ctx.results.find((r) => r.id === 'invest.工程施工费')?.cell).toBeNull();
    expect(result(ctx, 'invest.设备购置费')).toBeUndefined();
  });
});

describe('财建〔2016〕504号 brackets in an estimate', () => {
  const sheet = (construction: number, stated: number) =>
    sheetOf('投资估算', [
      ['序号', '费用名称', '计费基数', '合价（万元）'],
      ['一', '工程施工费', null, construction],
      ['二', '其他费用', null, stated],
      ['1', '建设管理费', '工程施工费+设备购置费', stated], // no 设备购置费 row: counts as 0
    ]);
  it.each([
    [1000, 20], //  at the first bound
    [5000, 80], //  at the second
    [6000, 92], //  across it: 1000×2% + 4000×1.5% + 1000×1.2%
  ])('工程施工费 %d → 建设管理费 %d', (base, fee) => {
    expect(runInvestment(workbookOf(sheet(base, fee))).findings).toEqual([]);
  });
  it('1.5 % on the whole base is flagged', () => {
    const ctx = runInvestment(workbookOf(sheet(6000, 90)));
    expect(codes(ctx)).toEqual(['TOTAL_MISMATCH@D3', 'VALUE_MISMATCH@D4']);
    expect(ctx.findings[1].message.zh).toContain('财建〔2016〕504号');
    expect(ctx.findings[1].message.zh).toContain('1000×2% + 4000×1.5% + 1000×1.2% = 92');
  });
  it('a base above the confirmed table is not guessed', () => {
    const ctx = runInvestment(workbookOf(sheet(60000, 600)));
    expect(ctx.findings).toEqual([]);
    expect(ctx.shared.investment?.notes[0].zh).toContain('超出');
  });
});

describe('cross-check with the earth-stone balance', () => {
  const withEarth = (use: string, unit = 'm³') =>
    runInvestment(workbookOf(estimateSheet(), feeScheduleSheet()), (ctx) => {
      ctx.shared.earth = {
        sheet: '土石料平衡分析表',
        rows: [{ label: '表土', key: '表土', unit, use: new Decimal(use), useAddr: 'H6' }],
      };
    });
  it('the same quantity raises nothing, also through a unit conversion', () => {
    expect(withEarth('9000').findings).toEqual([]);
    expect(withEarth('0.9', '万m³').findings).toEqual([]);
  });
  it('a different quantity is a warning naming both cells', () => {
    const ctx = withEarth('9500');
    expect(ctx.findings.map((x) => [x.code, x.severity, x.cell])).toEqual([['VALUE_MISMATCH', 'warning', 'D10']]);
    expect(ctx.findings[0].message.zh).toContain('投资估算表!D10');
    expect(ctx.findings[0].message.zh).toContain('土石料平衡分析表!H6');
  });
});
