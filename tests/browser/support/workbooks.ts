/** Workbooks the browser tests open: real .xlsx files loaded into the fake model in Node, as in the adapter tests. */
import path from 'node:path';
import { createExcelPortLive } from '../../../src/adapters/excel/excelPortLive';
import { reviewWorkbook } from '../../../src/core/review';
import type { Review } from '../../../src/core/review-model';
import { createFakeOffice, type FakeSheetModel, type FakeWorkbookModel } from '../../../src/testing/officeFake';
import { snapshotSha256 } from '../../../src/services/snapshotDigest';
import { fakeWorkbookFromXlsx } from '../../support/fakeWorkbookFromXlsx';

export const SAMPLE_XLSX = path.resolve(__dirname, '../../../examples/sample-plan.xlsx');
export const EARTH = '土石料平衡分析表';

export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function sheetOf(model: FakeWorkbookModel, name: string): FakeSheetModel {
  const s = model.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${model.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

/** The bundled sample plan (examples/sample-plan.xlsx) as the fake workbook model. */
export function sampleModel(): Promise<FakeWorkbookModel> {
  return fakeWorkbookFromXlsx(SAMPLE_XLSX);
}

function readInNode(model: FakeWorkbookModel) {
  const fake = createFakeOffice(clone(model));
  return createExcelPortLive({ host: { Excel: fake.Excel, Office: fake.Office } }).readWorkbook();
}

/** What the engine says about a fake workbook, read through the same port over the same fake, in Node. */
export async function reviewInNode(model: FakeWorkbookModel): Promise<Review> {
  return reviewWorkbook(await readInNode(model));
}

/** The input hash the pane states for a fake workbook (src/services/snapshotDigest.ts), computed in Node. */
export async function hashInNode(model: FakeWorkbookModel): Promise<string> {
  return snapshotSha256(await readInNode(model));
}
