import { cellAt, parseA1, type Cell, type SheetSnapshot } from '../../../src/core/snapshot';
import { readWorkbookBuffer } from '../../../src/adapters/xlsx/readXlsx';
import { buildEarthBalanceWorkbook, buildSharedFormulaWorkbook, EARTH_HEADERS, PLAN_DATE, toBuffer, withChartAndImage } from './support/fixtures';

const at = (sheet: SheetSnapshot, ref: string): Cell => {
  const { row, col } = parseA1(ref);
  return cellAt(sheet, row, col);
};

describe('readWorkbookBuffer on the 土石料平衡分析表 fixture', () => {
  let sheet: SheetSnapshot;
  let all: SheetSnapshot[];
  let sha: string;
  beforeAll(async () => {
    const buf = await toBuffer(buildEarthBalanceWorkbook());
    const read = await readWorkbookBuffer(buf);
    all = read.snapshot.sheets;
    sheet = all[0];
    sha = read.sha256;
  });

  it('has origin A1, the sheet name and the hash of the bytes', () => {
    expect(sheet.name).toBe('土石料平衡分析表');
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the merged title once, slaves null, merge listed', () => {
    expect(at(sheet, 'A1').value).toBe('某矿山生态修复项目 土石料平衡分析表');
    expect(at(sheet, 'B1').value).toBeNull();
    expect(at(sheet, 'L1').value).toBeNull();
    expect(sheet.merges).toEqual(['A1:L1']);
  });

  it('reads headers, numbers and text numbers as typed', () => {
    expect(sheet.cells[1].map((c) => c.value)).toEqual(EARTH_HEADERS);
    expect(at(sheet, 'D3').value).toBe(120000);
    expect(at(sheet, 'D4').value).toBe('１２,０００');
    expect(at(sheet, 'E4').value).toBe('8000');
  });

  it('keeps formula text with "=" and the cached result as value', () => {
    expect(at(sheet, 'F3')).toEqual({ value: 470000, formula: '=D3+E3' });
    expect(at(sheet, 'K3')).toEqual({ value: 875, formula: '=I3*J3/10000', numberFormat: '0.00' });
  });

  it('a formula without a cached result has value null and keeps its formula', () => {
    expect(at(sheet, 'F4')).toEqual({ value: null, formula: '=D4+E4' });
  });

  it('an error value is in cell.error with value null', () => {
    expect(at(sheet, 'K4')).toEqual({ value: null, error: '#REF!' });
  });

  it('a date comes back as a UTC Date with its format', () => {
    const c = at(sheet, 'B8');
    expect(c.value).toBeInstanceOf(Date);
    expect((c.value as Date).toISOString()).toBe(PLAN_DATE.toISOString());
    expect(c.numberFormat).toBe('yyyy-mm-dd');
  });

  it('rich text is joined, a hyperlink gives its text, booleans stay booleans', () => {
    expect(at(sheet, 'A9').value).toBe('备注：单价含税');
    expect(at(sheet, 'A10').value).toBe('评估报告');
    expect(at(sheet, 'B10').value).toBe(true);
  });

  it('missing cells are empty, General gives no numberFormat', () => {
    expect(at(sheet, 'H4')).toEqual({ value: null });
    expect(at(sheet, 'D3').numberFormat).toBeUndefined();
  });

  it('hidden sheets are read and marked hidden', () => {
    expect(all.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['土石料平衡分析表', false],
      ['草稿', true],
    ]);
  });
});

describe('readWorkbookBuffer: shared formulas and lossy parts', () => {
  it('gives each clone of a shared formula its own translated formula and cached value', async () => {
    const read = await readWorkbookBuffer(await toBuffer(buildSharedFormulaWorkbook()));
    const s = read.snapshot.sheets[0];
    expect(at(s, 'F2')).toEqual({ value: 30, formula: '=B2+C2' });
    expect(at(s, 'F4')).toEqual({ value: 11, formula: '=B4+C4' });
    expect(at(s, 'F6')).toEqual({ value: 3, formula: '=B6+C6' });
  });

  it('lists the parts exceljs would drop (chart, drawing, image)', async () => {
    const read = await readWorkbookBuffer(await withChartAndImage(buildEarthBalanceWorkbook()));
    expect(read.parts).toEqual([
      { kind: 'chart', path: 'xl/charts/chart1.xml' },
      { kind: 'drawing', path: 'xl/drawings/drawing1.xml' },
      { kind: 'image', path: 'xl/media/image1.png' },
    ]);
  });

  it('lists no parts for a plain workbook', async () => {
    const read = await readWorkbookBuffer(await toBuffer(buildEarthBalanceWorkbook()));
    expect(read.parts).toEqual([]);
  });
});
