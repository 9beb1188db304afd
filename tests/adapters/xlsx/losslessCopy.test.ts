import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { validateXML } from 'xmllint-wasm';
import { readWorkbookFile } from '../../../src/adapters/xlsx/readXlsx';
import { writeReviewedCopy } from '../../../src/adapters/xlsx/writeCopy';
import type { WritePlan } from '../../../src/core/write-plan';
import { buildEarthBalanceWorkbook, buildSharedFormulaWorkbook, partBytes, toBuffer, withChartAndImage } from './support/fixtures';

const SHEET = '土石料平衡分析表';
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'mine-plan-lossless-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const plan: WritePlan = {
  patches: [{ sheet: SHEET, cell: 'H4', value: '5000', kind: 'number', label: '剩余可处置量' }],
  notes: [{ sheet: SHEET, cell: 'K4', text: 'mine-plan 复核：[INPUT_NOT_A_NUMBER]' }],
  highlights: [{ sheet: SHEET, cell: 'K4', severity: 'error' }],
  report: { name: '复核报告', rows: [['复核报告'], ['无问题']] },
};

describe('a copy of a workbook with a chart and an image', () => {
  let source: Buffer;
  let copy: Buffer;
  let outcome: Awaited<ReturnType<typeof writeReviewedCopy>>;
  beforeAll(async () => {
    source = await withChartAndImage(buildEarthBalanceWorkbook());
    const src = join(dir, 'charted.xlsx');
    const out = join(dir, 'charted-reviewed.xlsx');
    await fs.writeFile(src, source);
    outcome = await writeReviewedCopy(src, out, plan);
    copy = await fs.readFile(out);
  });

  it('keeps the chart, the drawing, its relationships and the image byte for byte', async () => {
    const a = await partBytes(source);
    const b = await partBytes(copy);
    for (const path of ['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/drawings/_rels/drawing1.xml.rels', 'xl/media/image1.png']) {
      expect(b.get(path)).toBeDefined();
      expect(b.get(path)!.equals(a.get(path)!)).toBe(true);
    }
    expect(outcome.preservedParts.map((p) => p.kind)).toEqual(['chart', 'drawing', 'image']);
    const types = b.get('[Content_Types].xml')!.toString('utf8');
    expect(types).toContain('/xl/charts/chart1.xml');
    const sheetXml = b.get('xl/worksheets/sheet1.xml')!.toString('utf8');
    expect(sheetXml).toMatch(/<drawing r:id="rId\d+"\/><legacyDrawing r:id="rId\d+"\/>/);
  });

  it('still applies the plan', async () => {
    const read = await readWorkbookFile(join(dir, 'charted-reviewed.xlsx'));
    expect(read.snapshot.sheets[0].cells[3][7].value).toBe(5000);
    expect(read.parts.map((p) => p.path)).toEqual(['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png']);
  });

  it('every changed or added XML part is well-formed', async () => {
    const b = await partBytes(copy);
    const files = [...outcome.changedParts, ...outcome.addedParts].map((p) => ({ fileName: p.replace(/[^\w.]/g, '_'), contents: b.get(p)!.toString('utf8') }));
    const result = await validateXML({ xml: files, normalization: 'format' });
    expect(result.errors).toEqual([]);
  });

  it('(why: exceljs alone would lose the chart on read → write)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(source as unknown as ArrayBuffer);
    const roundTripped = await partBytes(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(roundTripped.has('xl/charts/chart1.xml')).toBe(false);
  });
});

describe('shared formulas survive a copy (exceljs #370 / #676)', () => {
  it('keeps master and clones, fills the empty neighbour column', async () => {
    const src = join(dir, 'shared.xlsx');
    const out = join(dir, 'shared-reviewed.xlsx');
    const source = await toBuffer(buildSharedFormulaWorkbook());
    await fs.writeFile(src, source);
    const sharedPlan: WritePlan = {
      patches: [
        { sheet: '共享公式', cell: 'G3', value: '70', kind: 'number', label: '备注列' },
        { sheet: '共享公式', cell: 'F4', value: '0', kind: 'number', label: 'a clone: must be skipped' },
      ],
      notes: [{ sheet: '共享公式', cell: 'F5', text: '复核：共享公式克隆单元格' }],
      highlights: [{ sheet: '共享公式', cell: 'F2', severity: 'warning' }],
    };
    const outcome = await writeReviewedCopy(src, out, sharedPlan);
    expect(outcome.skipped).toEqual([{ sheet: '共享公式', cell: 'F4', reason: 'HAS_FORMULA' }]);

    const before = (await readWorkbookFile(src)).snapshot.sheets[0];
    const after = (await readWorkbookFile(out)).snapshot.sheets[0];
    for (let r = 1; r <= 5; r++) expect(after.cells[r][5]).toEqual(before.cells[r][5]);
    expect(after.cells[2][6].value).toBe(70);

    const xmlOf = async (b: Buffer) => (await partBytes(b)).get('xl/worksheets/sheet1.xml')!.toString('utf8');
    const shared = (xml: string) => xml.match(/<f t="shared"[^>]*?(?:\/>|>[^<]*<\/f>)/g);
    expect(shared(await xmlOf(await fs.readFile(out)))).toEqual(shared(await xmlOf(source)));

    // and exceljs can load the copy and write it again without the shared-formula error
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    await expect(wb.xlsx.writeBuffer()).resolves.toBeDefined();
  });
});
