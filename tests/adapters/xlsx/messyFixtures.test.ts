import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookFile } from '../../../src/adapters/xlsx/readXlsx';
import { writeReviewedCopy } from '../../../src/adapters/xlsx/writeCopy';
import { cellAt, type SheetSnapshot } from '../../../src/core/snapshot';
import { MESSY_EARTH, MESSY_INFO } from '../../../scripts/makeMessyFixtures';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'messy');
const EARTH = join(FIXTURES, 'earth-two-row-header.xlsx');
const INFO = join(FIXTURES, 'info-and-bids.xlsx');

/** Every value of a readable table appears at its place in the sheet (undefined = a missing cell). */
function expectTable(sheet: SheetSnapshot, firstRow: number, rows: (readonly unknown[] | null)[]): void {
  rows.forEach((row, i) => {
    const r = firstRow + i;
    for (let j = 0; j < 12; j++) {
      const want = row?.[j];
      expect({ at: `${r}:${j + 1}`, value: cellAt(sheet, r, j + 1).value }).toEqual({ at: `${r}:${j + 1}`, value: want === undefined ? null : want });
    }
  });
}

describe('committed messy fixtures (scripts/makeMessyFixtures.ts)', () => {
  it('earth: two-row merged header, text numbers, blank and hidden rows, missing cells', async () => {
    const { snapshot } = await readWorkbookFile(EARTH);
    const sheet = snapshot.sheets[0];
    expect(sheet.name).toBe(MESSY_EARTH.sheet);
    expect(cellAt(sheet, 1, 1).value).toBe(MESSY_EARTH.title);
    expect(cellAt(sheet, 2, 1).value).toBeNull();
    expectTable(sheet, 3, [MESSY_EARTH.header1, MESSY_EARTH.header2]);
    expectTable(sheet, 5, MESSY_EARTH.rows);
    expect(sheet.merges).toEqual(expect.arrayContaining(['A1:L1', 'D3:F3', 'A3:A4', 'L3:L4']));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EARTH);
    expect(wb.worksheets[0].getRow(MESSY_EARTH.hiddenRow).hidden).toBe(true);
  });

  it('info and bids: label/value sheet, line breaks in headers, a hidden sheet', async () => {
    const { snapshot } = await readWorkbookFile(INFO);
    expect(snapshot.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ['项目信息', false],
      ['竞价记录', false],
      ['旧版草稿', true],
    ]);
    expectTable(snapshot.sheets[0], 1, MESSY_INFO.info);
    expectTable(snapshot.sheets[1], 2, MESSY_INFO.bids);
    expect(cellAt(snapshot.sheets[1], 2, 3).value).toBe('报价\n(万元)');
  });
});

describe('round trip on a messy fixture: read → copy with a plan → read back', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'mine-plan-messy-'));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('fills only missing derived cells, keeps author text numbers, adds report and notes, source unchanged', async () => {
    const hash = async () => createHash('sha256').update(await fs.readFile(EARTH)).digest('hex');
    const before = await hash();
    const out = join(dir, 'earth-reviewed.xlsx');
    const sheet = MESSY_EARTH.sheet;
    const outcome = await writeReviewedCopy(EARTH, out, {
      patches: [
        { sheet, cell: 'F5', value: '470000', kind: 'number', label: '供应量小计' },
        { sheet, cell: 'H5', value: '270000', kind: 'number', label: '剩余可处置量' },
        { sheet, cell: 'F6', value: '1', kind: 'number', label: 'a blank row: empty, so filled' },
        { sheet, cell: 'D5', value: '120000', kind: 'number', label: 'text number typed by the author: kept' },
        { sheet, cell: 'E3', value: '1', kind: 'number', label: 'inside the merged header group' },
      ],
      notes: [{ sheet, cell: 'I7', text: 'mine-plan 复核：[INPUT_MISSING] 拟对外销售量为空' }],
      highlights: [{ sheet, cell: 'I7', severity: 'error' }],
      report: { name: '复核报告', rows: [['复核报告'], ['INPUT_MISSING', 'I7']], headerRows: [0] },
    });
    expect(await hash()).toBe(before);
    expect(outcome.written.map((w) => w.cell)).toEqual(['F5', 'H5', 'F6']);
    expect(outcome.skipped.map((s) => [s.cell, s.reason])).toEqual([
      ['D5', 'HAS_VALUE'],
      ['E3', 'IN_MERGED_RANGE'],
    ]);

    const { snapshot } = await readWorkbookFile(out);
    const [earth, report] = snapshot.sheets;
    expect(cellAt(earth, 5, 6).value).toBe(470000);
    expect(cellAt(earth, 5, 8).value).toBe(270000);
    expect(cellAt(earth, 5, 4).value).toBe('１２０，０００');
    expect(cellAt(earth, 5, 5).value).toBe('350,000.00');
    expect(report.name).toBe('复核报告');
    expect(cellAt(report, 2, 1).value).toBe('INPUT_MISSING');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect(ws.getRow(MESSY_EARTH.hiddenRow).hidden).toBe(true);
    const note = ws.getCell('I7').note as ExcelJS.Comment | string;
    expect(typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('')).toContain('[INPUT_MISSING]');
  });
});
