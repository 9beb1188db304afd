/** Real .xlsx workbooks built in code from readable tables, loaded into the fake Office.js runtime. */
import ExcelJS from 'exceljs';
import { createExcelPortLive } from '../../../src/adapters/excel/excelPortLive';
import type { ExcelPort } from '../../../src/adapters/excel/port';
import { createFakeOffice } from '../../../src/testing/officeFake';
import type { FakeOffice, FakeOfficeOptions, FakeWorkbookModel } from '../../../src/testing/officeFake';
import { fakeWorkbookFromXlsx } from '../../support/fakeWorkbookFromXlsx';

export const EARTH_SHEET = '土石料平衡分析表';
export const EARTH_HEADERS = [
  '序号', '土石料类别', '单位', '原地遗留量（m³）', '新产生量（m³）', '供应量小计', '本工程利用量',
  '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）',
];

/** A cell as the table states it: a constant, or a formula with the result Excel cached. */
export type Entry = ExcelJS.CellValue | { f: string; result: number | string | { error: ExcelJS.ErrorValue } };

/**
 * 土石料平衡分析表 (SPEC §3.2): title, header, three material rows.
 *   row 4 建筑用砂岩: 12000 + 85000 = 97000 supply (formula), 97000 − 30000 = 67000 disposable (formula),
 *                     60000 × 45 / 10000 = 270 万元 appraisal (formula), floor 270 typed.
 *   row 5 表土: 原地遗留量 typed as text "1,500"; supply cell left empty (a derived cell to fill).
 *   row 6 废石: 剩余可处置量 is a broken formula whose cached result is #REF!.
 */
export const EARTH_ROWS: Entry[][] = [
  ['土石料平衡分析表'],
  EARTH_HEADERS,
  [1, '建筑用砂岩', 'm³', 12000, 85000, { f: 'D3+E3', result: 97000 }, 30000, { f: 'F3-G3', result: 67000 }, 60000, 45, { f: 'I3*J3/10000', result: 270 }, 270],
  [2, '表土', 'm³', '1,500', 8000, null, 9500, null, 0, 12, null, null],
  [3, '废石', 'm³', 0, 2000, { f: 'D5+E5', result: 2000 }, 0, { f: '#REF!-G5', result: { error: '#REF!' as ExcelJS.ErrorValue } }, 0, 8, null, null],
];

/** Put a readable table on a worksheet at `origin` (row, col 1-based). */
export function putRows(ws: ExcelJS.Worksheet, rows: Entry[][], origin = { row: 1, col: 1 }): void {
  rows.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(origin.row + i, origin.col + j);
      if (typeof v === 'object' && v !== null && 'f' in v) cell.value = { formula: v.f, result: v.result } as ExcelJS.CellFormulaValue;
      else cell.value = v as ExcelJS.CellValue;
    }),
  );
}

export async function earthWorkbook(options: { origin?: { row: number; col: number }; extra?: (wb: ExcelJS.Workbook) => void } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(EARTH_SHEET);
  const origin = options.origin ?? { row: 1, col: 1 };
  putRows(ws, EARTH_ROWS, origin);
  // Volumes with thousands separators, money with two decimals (SPEC §4 reads precision from these).
  for (let r = origin.row + 2; r < origin.row + EARTH_ROWS.length; r++) {
    for (const c of [3, 4, 5, 6, 7, 8]) ws.getCell(r, origin.col + c).numFmt = '#,##0';
    for (const c of [10, 11]) ws.getCell(r, origin.col + c).numFmt = '0.00';
  }
  ws.getCell(origin.row + 2, origin.col + 11).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  options.extra?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An earth table of `rows` material rows × 15 columns (the 12 above + 密度, 底价系数, 备注). */
export async function bigEarthWorkbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(EARTH_SHEET);
  ws.addRow([...EARTH_HEADERS, '密度（t/m³）', '底价系数', '备注']);
  for (let i = 1; i <= rows; i++) {
    const r = i + 1;
    ws.addRow([
      i, `建筑用石料-${i}`, 'm³', 1000 + i, 20000 + i * 3, { formula: `D${r}+E${r}`, result: 21000 + i * 4 }, 5000,
      { formula: `F${r}-G${r}`, result: 16000 + i * 4 }, 15000, 38.5, { formula: `I${r}*J${r}/10000`, result: 57.75 }, 57.75, 2.65, 1, '按工业品级分列',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** bigEarthWorkbook with the derived cells (供应量小计, 剩余可处置量, 评估价值, 处置底价) left empty: 4 fills a row. */
export async function emptyDerivedEarthWorkbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(EARTH_SHEET);
  ws.addRow(EARTH_HEADERS);
  for (let i = 1; i <= rows; i++) ws.addRow([i, `建筑用石料-${i}`, 'm³', 1000 + i, 20000 + i * 3, null, 5000, null, 15000, 38.5, null, null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface Harness {
  fake: FakeOffice;
  port: ExcelPort;
  model: FakeWorkbookModel;
}

export async function harness(xlsx: Buffer | FakeWorkbookModel, options: FakeOfficeOptions = {}, portOptions: { responseBudgetBytes?: number } = {}): Promise<Harness> {
  // A model passed in is used as is (cheap for the 150,000-cell read tests): pass a clone() if it will be written.
  const model = Buffer.isBuffer(xlsx) ? await fakeWorkbookFromXlsx(xlsx) : xlsx;
  const fake = createFakeOffice(model, options);
  const port = createExcelPortLive({ host: { Excel: fake.Excel, Office: fake.Office }, ...portOptions });
  return { fake, port, model };
}

export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
