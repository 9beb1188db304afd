import { reviewWorkbook } from '../../../src/core/review';
import type { CellValue } from '../../../src/core/snapshot';
import { projectInfo, sheet, workbook } from '../../support/snapshot';

const HEADER = ['序号', '土石料类别', '单位', '原地遗留量', '新产生量', '供应量小计', '本工程利用量', '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）'];
//               A       B            C       D            E          F            G              H              I              J                   K                  L
const ROWS: CellValue[][] = [
  [1, '建筑用砂岩', 'm³', 120000, 35000, null, 80000, null, 75000, 28, null, null],
  [2, '建筑用石料', 'm³', 50000.5, 12345.25, null, 40000, null, 20000, 35.5, null, null],
  [3, '表土', 'm³', 30000, 0, null, 30000, null, 0, null, null, null],
];
const TOTAL: CellValue[] = ['合计', null, null, null, null, null, null, null, null, null, null, null];

function review(rows: CellValue[][] = ROWS, total: CellValue[] | null = TOTAL, extra: ReturnType<typeof sheet>[] = []) {
  const table = [['XX矿山土石料平衡分析表'], HEADER, ...rows, ...(total ? [total] : [])];
  return reviewWorkbook(workbook(projectInfo([['省份', '河南'], ['编制日期', '2025-12-01']]), sheet('土石料平衡分析表', table), ...extra));
}
const value = (r: ReturnType<typeof review>, id: string) => r.results.find((x) => x.id === id)?.value;
const codes = (r: ReturnType<typeof review>) => r.findings.filter((f) => f.code !== 'MISSING_SHEET').map((f) => f.code);

describe('earth-stone balance worked example', () => {
  const r = review();
  it('recomputes supply, disposable, appraisal and floor per row', () => {
    expect(value(r, 'earth.建筑用砂岩.supply')).toBe('155000');
    expect(value(r, 'earth.建筑用砂岩.disposable')).toBe('75000');
    expect(value(r, 'earth.建筑用砂岩.appraisal')).toBe('210');
    expect(value(r, 'earth.建筑用砂岩.floor')).toBe('210');
    expect(value(r, 'earth.建筑用石料.supply')).toBe('62345.75');
    expect(value(r, 'earth.建筑用石料.disposable')).toBe('22345.75');
    expect(value(r, 'earth.建筑用石料.appraisal')).toBe('71');
    expect(value(r, 'earth.表土.disposable')).toBe('0');
  });
  it('totals, pointing at the 合计 row', () => {
    expect(value(r, 'earth.total.legacy')).toBe('200000.5');
    expect(value(r, 'earth.total.supply')).toBe('247345.75');
    expect(value(r, 'earth.total.disposable')).toBe('97345.75');
    expect(value(r, 'earth.total.appraisal')).toBe('281');
    expect(value(r, 'earth.total.floor')).toBe('281');
    expect(r.results.find((x) => x.id === 'earth.total.disposable')).toMatchObject({ cell: 'H6', unit: 'm³', sheet: '土石料平衡分析表' });
  });
  it('fills empty derived cells and nothing else', () => {
    const cells = r.patches.map((p) => p.cell);
    expect(cells).toEqual(expect.arrayContaining(['F3', 'H3', 'K3', 'L3', 'F6', 'H6', 'K6', 'L6']));
    expect(cells).not.toContain('D3');
    expect(r.patches.find((p) => p.cell === 'F4')?.value).toBe('62345.75');
  });
  it('has no findings and recognises the template', () => {
    expect(codes(r)).toEqual([]);
    expect(r.templates).toContainEqual({ sheet: '土石料平衡分析表', kind: 'earthBalance', rows: 3 });
    expect(r.rulePacks.map((p) => p.id)).toEqual(['河南']);
  });
});

describe('earth-stone findings at and beyond their boundaries', () => {
  const withRow = (patch: Partial<Record<number, CellValue>>) => {
    const row = [...ROWS[0]];
    for (const [i, v] of Object.entries(patch)) row[Number(i)] = v as CellValue;
    return review([row, ROWS[1], ROWS[2]]);
  };
  it('sale = disposable is fine; one more is EARTH_SALE_EXCEEDS_DISPOSABLE (第二十五条)', () => {
    expect(codes(withRow({ 8: 75000 }))).not.toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
    const r = withRow({ 8: 75001 });
    expect(r.findings.find((f) => f.code === 'EARTH_SALE_EXCEEDS_DISPOSABLE')).toMatchObject({
      severity: 'error', cell: 'I3', expected: '≤ 75000', found: '75001', rule: '豫自然资规〔2025〕13号 第二十五条',
    });
  });
  it('use = supply is fine; use > supply is EARTH_SHORTFALL', () => {
    expect(codes(withRow({ 6: 155000, 8: 0 }))).not.toContain('EARTH_SHORTFALL');
    const r = withRow({ 6: 155001, 8: 0 });
    expect(r.findings.find((f) => f.code === 'EARTH_SHORTFALL')).toMatchObject({ severity: 'warning', cell: 'H3', found: '-1' });
    expect(codes(r)).not.toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
  });
  it('a floor equal to the appraisal is fine; below it is FLOOR_BELOW_APPRAISAL (第十条)', () => {
    expect(codes(withRow({ 11: 210 }))).toEqual([]);
    const r = withRow({ 11: 209.99 });
    expect(r.findings.find((f) => f.code === 'FLOOR_BELOW_APPRAISAL')).toMatchObject({ severity: 'warning', cell: 'L3', rule: '豫自然资规〔2025〕13号 第十条' });
  });
  it('a floor above the appraisal is the government’s choice and is kept', () => {
    const r = withRow({ 11: 250 });
    expect(codes(r)).toEqual([]);
    expect(value(r, 'earth.建筑用砂岩.floor')).toBe('250');
    expect(value(r, 'earth.total.floor')).toBe('321');
  });
  it('a wrong derived cell is VALUE_MISMATCH; one within its displayed precision is not', () => {
    const r = withRow({ 5: 155100 });
    expect(r.findings.find((f) => f.code === 'VALUE_MISMATCH')).toMatchObject({ cell: 'F3', expected: '155000', found: '155100' });
    expect(codes(withRow({ 5: 155000 }))).toEqual([]);
  });
  it('a blank input is INPUT_MISSING (not zero), text is INPUT_NOT_A_NUMBER, and the rest still runs', () => {
    const r = review([[1, '建筑用砂岩', 'm³', null, 35000, null, 80000, null, 75000, 28, null, null], [2, '建筑用石料', 'm³', '约100', 1, null, 1, null, 0, 1, null, null], ROWS[2]]);
    expect(r.findings.find((f) => f.code === 'INPUT_MISSING')).toMatchObject({ cell: 'D3', rule: '豫自然资规〔2025〕13号 第八条' });
    expect(r.findings.find((f) => f.code === 'INPUT_NOT_A_NUMBER')).toMatchObject({ cell: 'D4', found: '约100' });
    expect(value(r, 'earth.表土.disposable')).toBe('0');
    expect(value(r, 'earth.建筑用砂岩.supply')).toBeUndefined();
    expect(value(r, 'earth.total.supply')).toBeUndefined();
  });
  it('negative volumes are INPUT_OUT_OF_RANGE', () => {
    expect(codes(withRow({ 3: -5 }))).toContain('INPUT_OUT_OF_RANGE');
  });
});

describe('total row', () => {
  it('a wrong 合计 is TOTAL_MISMATCH with both figures', () => {
    const r = review(ROWS, ['合计', null, null, 200000.5, 47345.25, 247345.75, 150000, 97000, 95000, null, 281, 281]);
    const f = r.findings.find((x) => x.code === 'TOTAL_MISMATCH');
    expect(f).toMatchObject({ cell: 'H6', expected: '97345.75', found: '97000' });
    expect(f!.message.zh).toContain('97000');
    expect(f!.message.zh).toContain('97345.75');
    expect(codes(r)).toEqual(['TOTAL_MISMATCH']);
  });
  it('a 合计 equal to the sum of rounded parts is TOTAL_OF_ROUNDED_PARTS (info)', () => {
    const rows: CellValue[][] = [
      [1, 'A', 'm³', 6.5, 0, null, 0, null, 0, null, null, null],
      [2, 'B', 'm³', 37.854, 0, null, 0, null, 0, null, null, null],
      [3, 'C', 'm³', 9.087, 0, null, 0, null, 0, null, null, null],
    ];
    const table = sheet('土石料平衡分析表', [HEADER, ...rows, ['合计', null, null, 53.5, 0, null, 0, null, 0, null, null, null]], {
      D3: '0.0', D4: '0.0', D5: '0.0',
    });
    const r = reviewWorkbook(workbook(table));
    expect(r.findings.find((f) => f.cell === 'D5')).toMatchObject({ code: 'TOTAL_OF_ROUNDED_PARTS', severity: 'info', expected: '53.441' });
    const ok = reviewWorkbook(workbook(sheet('土石料平衡分析表', [HEADER, ...rows, ['合计', null, null, 53.4, 0, null, 0, null, 0, null, null, null]], { D5: '0.0' })));
    expect(ok.findings.filter((f) => f.cell === 'D5')).toEqual([]);
  });
});

describe('units', () => {
  it('m³ and t without a density → UNIT_CONVERSION_NEEDS_DENSITY, totals skipped', () => {
    const r = review([ROWS[0], [2, '废石', 't', 2700, 0, null, 0, null, 2700, 10, null, null]]);
    expect(r.findings.find((f) => f.code === 'UNIT_CONVERSION_NEEDS_DENSITY')).toMatchObject({ cell: 'C4' });
    expect(value(r, 'earth.total.supply')).toBeUndefined();
    // the price is per m³ too, so the t row cannot be appraised either
    expect(codes(r).filter((c) => c === 'UNIT_CONVERSION_NEEDS_DENSITY')).toHaveLength(2);
    expect(value(r, 'earth.total.appraisal')).toBeUndefined();
  });
  it('with a density the t row is converted (2700 t at 2.7 t/m³ = 1000 m³)', () => {
    const header = [...HEADER.slice(0, 3), '密度（t/m³）', ...HEADER.slice(3)];
    const rows = [[1, '建筑用砂岩', 'm³', null, 1000, 0, null, 0, null, 0, null, null, null], [2, '废石', 't', 2.7, 2700, 0, null, 0, null, 0, null, null, null]];
    const r = reviewWorkbook(workbook(sheet('土石料平衡分析表', [header, ...rows])));
    expect(r.findings.filter((f) => f.code === 'UNIT_CONVERSION_NEEDS_DENSITY')).toEqual([]);
    expect(value(r as never, 'earth.total.legacy')).toBe('2000');
  });
  it('万m³ rows keep their unit and totals convert to m³', () => {
    const r = review([[1, '建筑用砂岩', '万m³', 12, 3.5, null, 8, null, 7.5, 280000, null, null], ROWS[2]]);
    expect(r.results.find((x) => x.id === 'earth.建筑用砂岩.disposable')).toMatchObject({ value: '7.5', unit: '万m³' });
    expect(value(r, 'earth.total.disposable')).toBe('75000');
    // price header says 元/m³: 7.5 万m³ = 75000 m³ × 280000 元/m³? No — the header's unit wins: 75000 × 280000 / 10000.
    expect(value(r, 'earth.建筑用砂岩.appraisal')).toBe('2100000');
  });
});

describe('messy headers', () => {
  it('title rows, merged two-row headers, units and line breaks in headers', () => {
    const rows: CellValue[][] = [
      ['某矿山生态修复工程'],
      ['表3-2 土石料平衡分析表'],
      [],
      ['序号', '土石料\n类别', '单位', '供应量', null, null, '需求量', '剩余可处置\n土石料量', '拟对外\n销售量', '评估单价\n(元/m³)', '评估价值\n(万元)', '处置底价\n(万元)'],
      [null, null, null, '原地遗留量', '新产生量', '小计', null, null, null, null, null, null],
      [1, '建筑用砂岩', 'm³', '120,000', '３５０００', null, 80000, null, 75000, 28, null, null],
      ['合  计', null, null, null, null, null, null, null, null, null, null, null],
    ];
    const r = reviewWorkbook(workbook(sheet('Sheet1', rows)));
    expect(r.templates[0]).toMatchObject({ sheet: 'Sheet1', kind: 'earthBalance', rows: 1 });
    expect(r.results.find((x) => x.id === 'earth.建筑用砂岩.supply')).toMatchObject({ value: '155000', cell: 'F6' });
    expect(r.results.find((x) => x.id === 'earth.total.disposable')).toMatchObject({ value: '75000', cell: 'H7' });
  });
  it('a recognised sheet without a required column → MISSING_COLUMN', () => {
    const r = reviewWorkbook(workbook(sheet('土石料平衡分析表', [['序号', '土石料类别', '原地遗留量', '新产生量', '本工程利用量'], [1, 'A', 1, 1, 1]])));
    expect(r.findings.find((f) => f.code === 'MISSING_COLUMN')).toMatchObject({ expected: '拟对外销售量', severity: 'error' });
  });
});

describe('a 合计 row shown in thousands (number format "0.0,")', () => {
  // Rows at 3 and 4: legacy (D) formatted "0.0,"; the stated total is the sum of the parts as displayed.
  const rows: CellValue[][] = [
    [1, '建筑用砂岩', 'm³', 1234567, 0, 1234567, 0, 1234567, 0, 28, 0, 0],
    [2, '建筑用石料', 'm³', 7654321, 0, 7654321, 0, 7654321, 0, 28, 0, 0],
  ];
  const total: CellValue[] = ['合计', null, null, 8889900, null, null, null, null, null, null, null, null];
  const table = [['XX矿山土石料平衡分析表'], HEADER, ...rows, total];
  const formats = { D3: '0.0,', D4: '0.0,', D5: '0.0,' };
  it('is reviewed (no crash on the negative displayed precision) and compared in hundreds', () => {
    const r = reviewWorkbook(workbook(projectInfo([['省份', '河南']]), sheet('土石料平衡分析表', table, formats)));
    const legacyTotal = r.findings.filter((f) => f.cell === 'D5');
    expect(legacyTotal.map((f) => f.code)).toEqual(['TOTAL_MISMATCH']);
    expect(legacyTotal[0].expected).toBe('8888888');
  });
});
