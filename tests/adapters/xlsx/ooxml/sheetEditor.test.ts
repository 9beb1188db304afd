import { SheetEditor } from '../../../../src/adapters/xlsx/ooxml/sheetXml';
import { uniqueSheetName } from '../../../../src/adapters/xlsx/ooxml/reportSheet';

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

describe('SheetEditor', () => {
  it('edits a sheet written with a namespace prefix (x:) and rows without spans', () => {
    const xml = `<x:worksheet ${NS}><x:sheetData><x:row r="2" spans="1:2"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="B2" s="4"/></x:row></x:sheetData><x:tableParts count="0"/></x:worksheet>`;
    const ed = new SheetEditor(xml);
    expect(ed.cellState('A2')).toEqual({ exists: true, hasFormula: false, hasValue: true, style: 0 });
    expect(ed.cellState('B2')).toEqual({ exists: true, hasFormula: false, hasValue: false, style: 4 });
    ed.setCell('B2', { kind: 'number', value: '2.5' }, 4);
    ed.setCell('C5', { kind: 'text', value: '<&>' });
    const out = ed.toXml({ legacyDrawingRelId: 'rId9' });
    expect(out).toContain('<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c r="B2" s="4"><x:v>2.5</x:v></x:c></x:row>');
    expect(out).toContain('<x:row r="5"><x:c r="C5" t="inlineStr"><x:is><x:t xml:space="preserve">&lt;&amp;&gt;</x:t></x:is></x:c></x:row>');
    expect(out).toMatch(/<x:legacyDrawing r:id="rId9"\/><x:tableParts/);
  });

  it('finds cells of rows and cells without r attributes by position', () => {
    const ed = new SheetEditor('<worksheet xmlns="m"><sheetData><row><c><v>1</v></c><c><f>A1</f></c></row><row/></sheetData></worksheet>');
    expect(ed.cellState('B1').hasFormula).toBe(true);
    expect(ed.cellState('A2').exists).toBe(false);
  });

  it('fills a self-closing <sheetData/> and keeps row order', () => {
    const ed = new SheetEditor('<worksheet xmlns="m"><sheetData/><pageMargins left="0.7"/></worksheet>');
    ed.setCell('A3', { kind: 'number', value: '3' });
    ed.setCell('A1', { kind: 'number', value: '1' });
    expect(ed.toXml()).toBe('<worksheet xmlns="m"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="A3"><v>3</v></c></row></sheetData><pageMargins left="0.7"/></worksheet>');
  });

  it('puts added rows between existing ones, and edits the first of a row number a damaged file repeats', () => {
    const ed = new SheetEditor('<worksheet xmlns="m"><sheetData><row r="2"><c r="A2"><v>2</v></c></row><row r="6"/><row r="6"><c r="A6"><v>6</v></c></row></sheetData></worksheet>');
    ed.setCell('B4', { kind: 'number', value: '4' });
    ed.setCell('B6', { kind: 'number', value: '7' });
    ed.setCell('B1', { kind: 'number', value: '1' });
    expect(ed.toXml()).toBe(
      '<worksheet xmlns="m"><sheetData><row r="1"><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="4"><c r="B4"><v>4</v></c></row>' +
        '<row r="6"><c r="B6"><v>7</v></c></row><row r="6"><c r="A6"><v>6</v></c></row></sheetData></worksheet>',
    );
  });

  it('fills 20,000 cells of a 100,000-row sheet by row number, not by scanning the rows', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const ed = new SheetEditor(`<worksheet xmlns="m"><sheetData>${rows}</sheetData></worksheet>`);
    for (let r = 5; r <= 100_000; r += 5) {
      expect(ed.cellState(`B${r}`).exists).toBe(false);
      ed.setCell(`B${r}`, { kind: 'number', value: String(r) });
    }
    const out = ed.toXml();
    expect(out).toContain('<row r="100000"><c r="A100000"><v>99999</v></c><c r="B100000"><v>100000</v></c></row>');
    expect(out).toContain('<row r="99999"><c r="A99999"><v>99998</v></c></row>');
  });

  it('leaves a sheet it does not change byte for byte', () => {
    const xml = '<worksheet xmlns="m"><sheetData><row r="1" spans="1:1"><c r="A1" t="s"><v>0</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
    const ed = new SheetEditor(xml);
    expect(ed.mergedRanges()).toEqual(['A1:B1']);
    expect(ed.toXml()).toBe(xml);
  });

  it('adds xmlns:r when the root lacks it', () => {
    const ed = new SheetEditor('<worksheet xmlns="m"><sheetData/></worksheet>');
    expect(ed.toXml({ legacyDrawingRelId: 'rId1' })).toBe(
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns="m"><sheetData/><legacyDrawing r:id="rId1"/></worksheet>',
    );
  });
});

describe('uniqueSheetName', () => {
  it('adds (2), (3) … and compares case-insensitively', () => {
    expect(uniqueSheetName('复核报告', ['数据'])).toBe('复核报告');
    expect(uniqueSheetName('复核报告', ['复核报告', '复核报告(2)'])).toBe('复核报告(3)');
    expect(uniqueSheetName('Report', ['REPORT'])).toBe('Report(2)');
  });
});
