import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../../src/adapters/xlsx/readXlsx';
import { reviewWorkbook } from '../../../src/core/review';
import { cellAt } from '../../../src/core/snapshot';
import { EARTH_HEADERS, EARTH_SHEET, earthWorkbook, harness } from './fixtures';

describe('readWorkbook over the fake Office.js runtime', () => {
  it('turns the used range into the snapshot the engine reads', async () => {
    const { port, fake } = await harness(await earthWorkbook());
    const wb = await port.readWorkbook();
    const sheet = wb.sheets[0];
    expect(sheet.name).toBe(EARTH_SHEET);
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.cells).toHaveLength(5);
    expect(sheet.cells[1].map((c) => c.value)).toEqual(EARTH_HEADERS);
    // typed input with a format
    expect(cellAt(sheet, 3, 4)).toEqual({ value: 12000, numberFormat: '#,##0' });
    // a formula keeps its '=' and its cached result
    expect(cellAt(sheet, 3, 6)).toEqual({ value: 97000, formula: '=D3+E3', numberFormat: '#,##0' });
    expect(cellAt(sheet, 3, 11)).toEqual({ value: 270, formula: '=I3*J3/10000', numberFormat: '0.00' });
    // a number stored as text stays text (the engine parses it)
    expect(cellAt(sheet, 4, 4)).toEqual({ value: '1,500', numberFormat: '#,##0' });
    // an error value: error set, value null
    expect(cellAt(sheet, 5, 8)).toEqual({ value: null, formula: '=#REF!-G5', error: '#REF!', numberFormat: '#,##0' });
    // empty cells are null, "General" is no format
    expect(cellAt(sheet, 4, 6)).toEqual({ value: null, numberFormat: '#,##0' });
    expect(cellAt(sheet, 1, 2)).toEqual({ value: null });
    expect(cellAt(sheet, 1, 1)).toEqual({ value: '土石料平衡分析表' });
    expect(fake.stats.syncs).toBe(2);
  });

  it('a formula that returns "" was calculated: no "formula without a result" warning, as with the .xlsx reader', async () => {
    const xlsx = await earthWorkbook({
      extra: (wb) => {
        const ws = wb.getWorksheet(EARTH_SHEET) as ExcelJS.Worksheet;
        ws.getCell('O3').value = { formula: 'IF(N3="","",N3*2)', result: '' } as ExcelJS.CellFormulaValue;
      },
    });
    const { port } = await harness(xlsx);
    const wb = await port.readWorkbook();
    expect(cellAt(wb.sheets[0], 3, 15)).toEqual({ value: '', formula: '=IF(N3="","",N3*2)' });
    const review = reviewWorkbook(wb);
    expect(review.findings.filter((f) => /没有计算结果/.test(f.message.zh))).toEqual([]);
    expect(reviewWorkbook((await readWorkbookBuffer(xlsx)).snapshot).findings.filter((f) => /没有计算结果/.test(f.message.zh))).toEqual([]);
  });

  it('gives the origin of a used range that does not start at A1, and ignores formatting-only cells', async () => {
    const xlsx = await earthWorkbook({
      origin: { row: 3, col: 2 },
      extra: (wb) => {
        const ws = wb.getWorksheet(EARTH_SHEET) as ExcelJS.Worksheet;
        ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDDDDD' } };
      },
    });
    const { port } = await harness(xlsx);
    const sheet = (await port.readWorkbook()).sheets[0];
    expect(sheet.origin).toEqual({ row: 3, col: 2 });
    expect(cellAt(sheet, 3, 2).value).toBe('土石料平衡分析表');
    expect(cellAt(sheet, 5, 5)).toEqual({ value: 12000, numberFormat: '#,##0' });
    expect(cellAt(sheet, 5, 7)).toMatchObject({ value: 97000, formula: '=D3+E3' }); // formula text as the fixture wrote it
  });

  it('reads every sheet in order: hidden flag, empty sheet, dates as UTC dates, booleans', async () => {
    const xlsx = await earthWorkbook({
      extra: (wb) => {
        const info = wb.addWorksheet('项目信息');
        info.addRow(['项目', '值']);
        info.addRow(['方案编制日期', new Date(Date.UTC(2026, 0, 15))]);
        info.getCell('B2').numFmt = 'yyyy-mm-dd';
        info.addRow(['是否涉及红线', false]);
        info.state = 'hidden';
        wb.addWorksheet('空白');
      },
    });
    const { port, fake } = await harness(xlsx);
    const wb = await port.readWorkbook();
    expect(wb.sheets.map((s) => s.name)).toEqual([EARTH_SHEET, '项目信息', '空白']);
    const info = wb.sheets[1];
    expect(info.hidden).toBe(true);
    expect(wb.sheets[0].hidden).toBeUndefined();
    expect(cellAt(info, 2, 2)).toEqual({ value: new Date(Date.UTC(2026, 0, 15)), numberFormat: 'yyyy-mm-dd' });
    expect(cellAt(info, 3, 2).value).toBe(false);
    expect(wb.sheets[2]).toEqual({ name: '空白', origin: { row: 1, col: 1 }, cells: [] });
    expect(fake.stats.syncs).toBe(2);
  });
});
