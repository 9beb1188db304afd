import { excelInput, isDateFormat, needsTextGuard, rectangular, serialToDate, toCell } from '../../../src/adapters/excel/cells';
import { uniqueSheetName } from '../../../src/adapters/excel/sheetNames';
import { charsToPoints } from '../../../src/adapters/excel/writeSheet';

describe('cell conversion helpers', () => {
  it.each([
    ['=SUM(A1)', true], ['+86', true], ['-', true], ['@x', true], ["'quoted", true], ['1,234.50', true], ['12%', true],
    ['2026-01-15', true], ['TRUE', true], ['#N/A', true], ['建筑用砂岩', false], ['m³', false], ['第十条', false], ['A-1', false],
  ])('guards %p: %p', (text, guarded) => {
    expect(needsTextGuard(text)).toBe(guarded);
    expect(excelInput(text)).toBe(guarded ? `'${text}` : text);
  });

  it('maps Office.js values to snapshot cells', () => {
    expect(toCell('', '', 'General')).toEqual({ value: null });
    // a formula that returns "" was calculated: its empty text is kept, so it is not taken for an uncomputed formula
    expect(toCell('', '=IF(A1="","",A1*2)', 'General')).toEqual({ value: '', formula: '=IF(A1="","",A1*2)' });
    expect(toCell('#DIV/0!', '=A1/0', 'General')).toEqual({ value: null, formula: '=A1/0', error: '#DIV/0!' });
    expect(toCell(46037, 46037, 'yyyy"年"m"月"d"日"')).toEqual({ value: new Date(Date.UTC(2026, 0, 15)), numberFormat: 'yyyy"年"m"月"d"日"' });
    expect(toCell(1.5, 1.5, '0.00"m³"')).toEqual({ value: 1.5, numberFormat: '0.00"m³"' });
    expect(toCell(true, true, 'General')).toEqual({ value: true });
  });

  it('recognises date formats as exceljs does', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('[$-F800]dddd')).toBe(true);
    expect(isDateFormat('#,##0.00')).toBe(false);
    expect(isDateFormat('[Red]0.00')).toBe(false);
    expect(serialToDate(25569)).toEqual(new Date(0));
  });

  it('pads ragged rows', () => {
    expect(rectangular([[1], [1, 2, 3]], null)).toEqual({ rows: [[1, null, null], [1, 2, 3]], width: 3 });
  });

  it('finds a free sheet name with a suffix, within 31 characters', () => {
    expect(uniqueSheetName('复核报告', ['Sheet1'])).toBe('复核报告');
    expect(uniqueSheetName('复核报告', ['复核报告', '复核报告(2)'])).toBe('复核报告(3)');
    const long = 'x'.repeat(31);
    expect(uniqueSheetName(long, [long])).toBe(`${'x'.repeat(28)}(2)`);
    expect(uniqueSheetName('a/b:c', [])).toBe('a_b_c');
    expect(charsToPoints(8.43)).toBe(48);
  });
});
