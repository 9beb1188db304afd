/**
 * Node-only: the fake Office.js workbook model of a real .xlsx, read with exceljs — values, cached formula
 * results with their formula text, error values, number formats, fills, bold, notes. Independent of the
 * exceljs adapter in src/adapters/xlsx on purpose: the two sides must agree without sharing code.
 */
import ExcelJS from 'exceljs';
import type { FakeCellModel, FakeScalar, FakeSheetModel, FakeVisibility, FakeWorkbookModel } from '../../src/testing/officeFake';

const MS_PER_DAY = 24 * 3600 * 1000;

function scalar(v: unknown): { value?: FakeScalar; error?: string } {
  if (v === null || v === undefined) return {};
  if (v instanceof Date) return { value: 25569 + v.getTime() / MS_PER_DAY };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (typeof v === 'object') {
    const o = v as { error?: string; richText?: { text: string }[]; text?: string };
    if (o.error) return { error: o.error };
    if (o.richText) return { value: o.richText.map((r) => r.text).join('') };
    if (typeof o.text === 'string') return { value: o.text };
  }
  return { value: String(v) };
}

function cellModel(cell: ExcelJS.Cell): FakeCellModel | undefined {
  const out: FakeCellModel = {};
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    out.formula = `=${cell.formula}`;
    Object.assign(out, scalar((v as { result?: unknown }).result));
    if (out.value === undefined && out.error === undefined) out.value = null;
  } else Object.assign(out, scalar(v));
  if (cell.numFmt && cell.numFmt !== 'General') out.numberFormat = cell.numFmt;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern !== 'none' && fill.fgColor?.argb) out.fill = `#${fill.fgColor.argb.slice(-6).toUpperCase()}`;
  if (cell.font?.bold) out.bold = true;
  return Object.keys(out).length > 0 ? out : undefined;
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

export function fakeWorkbookFromExcelJs(wb: ExcelJS.Workbook): FakeWorkbookModel {
  const sheets: FakeSheetModel[] = [];
  wb.eachSheet((ws) => {
    const sheet: FakeSheetModel = { name: ws.name, cells: {} };
    if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.visibility = (ws.state === 'hidden' ? 'Hidden' : 'VeryHidden') as FakeVisibility;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // exceljs reports a merge's value on every covered cell; Excel holds it in the top-left one only.
        if (cell.isMerged && cell.master !== cell) return;
        const model = cellModel(cell);
        if (model) sheet.cells[cell.address] = model;
        const note = noteText(cell.note);
        if (note !== undefined) (sheet.notes ??= {})[cell.address] = note;
      }),
    );
    sheets.push(sheet);
  });
  return { sheets };
}

export async function fakeWorkbookFromXlsx(data: Buffer | ArrayBuffer | string): Promise<FakeWorkbookModel> {
  const wb = new ExcelJS.Workbook();
  if (typeof data === 'string') await wb.xlsx.readFile(data);
  else await wb.xlsx.load(data as ArrayBuffer);
  return fakeWorkbookFromExcelJs(wb);
}
