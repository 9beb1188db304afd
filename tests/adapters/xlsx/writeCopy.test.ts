import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbookWriteError } from '../../../src/adapters/xlsx/errors';
import { readWorkbookFile } from '../../../src/adapters/xlsx/readXlsx';
import { SEVERITY_FILL, writeReviewedCopy } from '../../../src/adapters/xlsx/writeCopy';
import type { WritePlan } from '../../../src/core/write-plan';
import { buildEarthBalanceWorkbook, partBytes, toBuffer } from './support/fixtures';

const SHEET = '土石料平衡分析表';
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'mine-plan-copy-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as ExcelJS.Comment | string | undefined;
  return typeof n === 'string' ? n : (n?.texts ?? []).map((t) => t.text).join('');
}

const sha = async (p: string) => createHash('sha256').update(await fs.readFile(p)).digest('hex');

function earthPlan(): WritePlan {
  return {
    patches: [
      { sheet: SHEET, cell: 'H4', value: '5000', kind: 'number', numberFormat: '#,##0.00', label: '剩余可处置量' },
      { sheet: SHEET, cell: 'L3', value: '875.123456789012345678', kind: 'number', label: '处置底价' },
      { sheet: SHEET, cell: 'M3', value: '=SUM(A1:A2)', kind: 'text', label: '备注' },
      { sheet: SHEET, cell: 'F3', value: '1', kind: 'number', label: '供应量小计 (has a formula)' },
      { sheet: SHEET, cell: 'D3', value: '1', kind: 'number', label: '原地遗留量 (typed by the author)' },
      { sheet: SHEET, cell: 'C1', value: 'x', kind: 'text', label: 'inside the merged title' },
      { sheet: '不存在', cell: 'A1', value: '1', kind: 'number', label: 'no such sheet' },
    ],
    notes: [
      { sheet: SHEET, cell: 'K4', text: 'mine-plan 复核：\n[INPUT_NOT_A_NUMBER] 应为数值' },
      { sheet: SHEET, cell: 'I3', text: 'mine-plan 复核：\n[FLOOR_BELOW_APPRAISAL] 处置底价低于评估价值' },
    ],
    highlights: [
      { sheet: SHEET, cell: 'K4', severity: 'error' },
      { sheet: SHEET, cell: 'I3', severity: 'warning' },
      { sheet: SHEET, cell: 'H4', severity: 'info' },
    ],
    report: {
      name: '复核报告',
      rows: [['矿山生态修复方案 计算复核报告'], ['代码', '单元格', '数值', '日期', '通过'], ['=1+1', 'J5', 12.5, new Date(Date.UTC(2025, 11, 1)), true], ['-5 为负数', '@cell', null, null, false]],
      headerRows: [1],
      columnWidths: [22, 18, 10],
    },
  };
}

describe('writeReviewedCopy on the 土石料平衡分析表 fixture', () => {
  let source: string;
  let out: string;
  let before: string;
  let outcome: Awaited<ReturnType<typeof writeReviewedCopy>>;
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    source = join(dir, 'plan.xlsx');
    out = join(dir, 'plan-reviewed.xlsx');
    await fs.writeFile(source, await toBuffer(buildEarthBalanceWorkbook()));
    before = await sha(source);
    outcome = await writeReviewedCopy(source, out, earthPlan());
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    ws = wb.getWorksheet(SHEET)!;
  });

  it('leaves the source bytes unchanged', async () => {
    expect(await sha(source)).toBe(before);
    expect(outcome.sourceSha256).toBe(before);
  });

  it('fills empty cells with the exact numbers and the requested format', () => {
    expect(ws.getCell('H4').value).toBe(5000);
    expect(ws.getCell('H4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('L3').value).toBeCloseTo(875.123456789012, 12);
    expect(outcome.written).toEqual([
      { sheet: SHEET, cell: 'H4' },
      { sheet: SHEET, cell: 'L3' },
      { sheet: SHEET, cell: 'M3' },
    ]);
  });

  it('writes text that begins with = as text, never as a formula', () => {
    expect(ws.getCell('M3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('M3').value).toBe('=SUM(A1:A2)');
  });

  it('never touches author cells, formulas or merged slaves', () => {
    expect(ws.getCell('F3').value).toEqual({ formula: 'D3+E3', result: 470000 });
    expect(ws.getCell('F4').formula).toBe('D4+E4');
    expect(ws.getCell('D3').value).toBe(120000);
    expect(ws.getCell('D4').value).toBe('１２,０００');
    expect(ws.getCell('A1').value).toBe('某矿山生态修复项目 土石料平衡分析表');
    expect(outcome.skipped).toEqual([
      { sheet: SHEET, cell: 'F3', reason: 'HAS_FORMULA' },
      { sheet: SHEET, cell: 'D3', reason: 'HAS_VALUE' },
      { sheet: SHEET, cell: 'C1', reason: 'IN_MERGED_RANGE' },
      { sheet: '不存在', cell: 'A1', reason: 'SHEET_NOT_FOUND' },
    ]);
  });

  it('adds a note on each flagged cell', () => {
    const text = (c: string) => noteText(ws.getCell(c));
    expect(text('K4')).toContain('[INPUT_NOT_A_NUMBER]');
    expect(text('I3')).toContain('[FLOOR_BELOW_APPRAISAL]');
  });

  it('highlights flagged cells by severity, keeping their other formatting', () => {
    const argb = (c: string) => ((ws.getCell(c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? '');
    expect(argb('K4')).toBe(SEVERITY_FILL.error);
    expect(argb('I3')).toBe(SEVERITY_FILL.warning);
    expect(argb('H4')).toBe(SEVERITY_FILL.info);
    expect(ws.getCell('H4').numFmt).toBe('#,##0.00');
    expect(argb('J3')).toBe('');
  });

  it('adds the 复核报告 sheet with values only; formula-like text stays text', () => {
    const report = wb.getWorksheet('复核报告')!;
    expect(report).toBeDefined();
    expect(outcome.reportSheet).toBe('复核报告');
    expect(report.getCell('A1').value).toBe('矿山生态修复方案 计算复核报告');
    expect(report.getCell('A3').value).toBe('=1+1');
    expect(report.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(report.getCell('A4').value).toBe('-5 为负数');
    expect(report.getCell('B4').value).toBe('@cell');
    expect(report.getCell('C3').value).toBe(12.5);
    expect((report.getCell('D3').value as Date).toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(report.getCell('E3').value).toBe(true);
    expect(report.getCell('A2').font?.bold).toBe(true);
    expect(report.getColumn(1).width).toBe(22);
  });

  it('keeps the hidden sheet and the sheet order', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      [SHEET, 'visible'],
      ['草稿', 'hidden'],
      ['复核报告', 'visible'],
    ]);
  });

  it('asks Excel to recalculate on open', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(out));
    expect(await zip.file('xl/workbook.xml')!.async('string')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
  });

  it('changes only the parts it must; every other part keeps its bytes', async () => {
    const a = await partBytes(await fs.readFile(source));
    const b = await partBytes(await fs.readFile(out));
    const touched = new Set([...outcome.changedParts, ...outcome.addedParts]);
    for (const [path, bytes] of a) if (!touched.has(path)) expect({ path, same: bytes.equals(b.get(path)!) }).toEqual({ path, same: true });
    expect(outcome.changedParts).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet1.xml']);
    expect(outcome.addedParts).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/worksheets/sheet3.xml']);
  });

  it('leaves untouched rows of the patched sheet byte for byte', async () => {
    const rowsOf = async (p: string) => {
      const xml = await (await JSZip.loadAsync(await fs.readFile(p))).file('xl/worksheets/sheet1.xml')!.async('string');
      return new Map([...xml.matchAll(/<row r="(\d+)"[\s\S]*?<\/row>/g)].map((m) => [m[1], m[0]]));
    };
    const a = await rowsOf(source);
    const b = await rowsOf(out);
    for (const r of ['1', '2', '5', '6', '8', '9', '10']) expect(b.get(r)).toBe(a.get(r));
  });

  it('reads back through the adapter reader', async () => {
    const read = await readWorkbookFile(out);
    expect(read.snapshot.sheets.map((s) => s.name)).toEqual([SHEET, '草稿', '复核报告']);
  });
});

describe('writeReviewedCopy: name clash and existing author comments', () => {
  it('names the report 复核报告(2) when 复核报告 exists, and appends to an author comment instead of replacing it', async () => {
    const wb = buildEarthBalanceWorkbook();
    wb.addWorksheet('复核报告').getCell('A1').value = '作者自己的表';
    wb.getWorksheet(SHEET)!.getCell('D3').note = '作者批注：数据来自测量报告';
    const source = join(dir, 'clash.xlsx');
    await fs.writeFile(source, await toBuffer(wb));
    const out = join(dir, 'clash-reviewed.xlsx');
    const plan = earthPlan();
    plan.notes.push({ sheet: SHEET, cell: 'D3', text: 'mine-plan 复核：数值偏大' });
    const outcome = await writeReviewedCopy(source, out, plan);
    expect(outcome.reportSheet).toBe('复核报告(2)');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.map((w) => w.name)).toEqual([SHEET, '草稿', '复核报告', '复核报告(2)']);
    expect(back.getWorksheet('复核报告')!.getCell('A1').value).toBe('作者自己的表');
    const text = noteText(back.getWorksheet(SHEET)!.getCell('D3'));
    expect(text).toContain('作者批注：数据来自测量报告');
    expect(text).toContain('mine-plan 复核：数值偏大');
    expect(outcome.notes).toContainEqual({ sheet: SHEET, cell: 'D3', appendedToAuthorComment: true });
    expect(noteText(back.getWorksheet(SHEET)!.getCell('K4'))).toContain('[INPUT_NOT_A_NUMBER]');
  });
});

describe('writeReviewedCopy: where it writes', () => {
  let source: string;
  const emptyPlan: WritePlan = { patches: [], notes: [], highlights: [] };
  beforeAll(async () => {
    source = join(dir, 'safe.xlsx');
    await fs.writeFile(source, await toBuffer(buildEarthBalanceWorkbook()));
  });

  const expectWriteError = async (p: Promise<unknown>, code: string, zh: RegExp) => {
    const e = await p.then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(WorkbookWriteError);
    expect((e as WorkbookWriteError).code).toBe(code);
    expect((e as WorkbookWriteError).message).toMatch(zh);
  };

  it('refuses to write over the source, also through another spelling or a symlink', async () => {
    const before = await sha(source);
    await expectWriteError(writeReviewedCopy(source, source, emptyPlan, { force: true }), 'SAME_AS_SOURCE', /绝不覆盖原文件/);
    await expectWriteError(writeReviewedCopy(source, join(dir, '.', 'safe.xlsx'), emptyPlan, { force: true }), 'SAME_AS_SOURCE', /绝不覆盖原文件/);
    const link = join(dir, 'link.xlsx');
    await fs.symlink(source, link);
    await expectWriteError(writeReviewedCopy(source, link, emptyPlan, { force: true }), 'SAME_AS_SOURCE', /绝不覆盖原文件/);
    const hard = join(dir, 'hard.xlsx');
    await fs.link(source, hard);
    await expectWriteError(writeReviewedCopy(source, hard, emptyPlan, { force: true }), 'SAME_AS_SOURCE', /绝不覆盖原文件/);
    expect(await sha(source)).toBe(before);
  });

  it('refuses an existing output unless forced, and replaces it when forced', async () => {
    const out = join(dir, 'exists.xlsx');
    await fs.writeFile(out, 'old');
    await expectWriteError(writeReviewedCopy(source, out, emptyPlan), 'OUT_EXISTS', /已存在/);
    expect(await fs.readFile(out, 'utf8')).toBe('old');
    await writeReviewedCopy(source, out, emptyPlan, { force: true });
    expect((await readWorkbookFile(out)).snapshot.sheets[0].name).toBe(SHEET);
  });

  it('refuses a missing output directory and leaves no file behind', async () => {
    await expectWriteError(writeReviewedCopy(source, join(dir, 'no-such-dir', 'x.xlsx'), emptyPlan), 'OUT_DIR_MISSING', /输出目录不存在/);
  });

  it('leaves no temporary file after writing, and none when the source cannot be read', async () => {
    const out = join(dir, 'clean.xlsx');
    await writeReviewedCopy(source, out, emptyPlan);
    const bad = join(dir, 'bad.xlsx');
    await fs.writeFile(bad, 'not a workbook');
    await expect(writeReviewedCopy(bad, join(dir, 'never.xlsx'), emptyPlan)).rejects.toMatchObject({ code: 'NOT_XLSX' });
    const files = await fs.readdir(dir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).not.toContain('never.xlsx');
  });
});
