import type { CellValue } from '../../../core/snapshot';
import { a1 } from '../../../core/snapshot';
import type { WritePlan } from '../../../core/write-plan';
import { CONTENT_TYPE, REL, type OoxmlPackage } from './pkg';
import type { StyleBook } from './styles';
import { escapeXml } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Text that Excel would take for a formula if typed: = + - @ (kept as text with a quote prefix). */
const FORMULA_LEAD = /^[=+\-@]/;
/** Days from 1899-12-30 (Excel's 1900 date system epoch, leap-bug included) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;

/** "复核报告", or "复核报告(2)", "(3)" … when a sheet of that name exists (Excel compares names case-insensitively). */
export function uniqueSheetName(wanted: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted}(${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Adds the report as a new last worksheet: values only, inline strings, header rows bold. Returns its name. */
export async function addReportSheet(pkg: OoxmlPackage, styles: StyleBook, report: NonNullable<WritePlan['report']>): Promise<string> {
  const sheets = await pkg.sheets();
  const name = uniqueSheetName(report.name, sheets.map((s) => s.name));
  const path = pkg.freshPath('xl/worksheets/sheet', '.xml');
  const header = new Set(report.headerRows ?? []);
  const rowsXml = report.rows
    .map((row, i) => {
      const cells = row
        .map((v, j) => cellXml(a1(i + 1, j + 1), v, styles, header.has(i)))
        .filter(Boolean)
        .join('');
      return cells ? `<row r="${i + 1}">${cells}</row>` : '';
    })
    .join('');
  const cols = (report.columnWidths ?? [])
    .map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const xml =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rowsXml}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  pkg.setText(path, xml);
  await pkg.addOverride(path, CONTENT_TYPE.worksheet);

  const wbPath = await pkg.workbookPath();
  const relId = await pkg.addRel(wbPath, REL.worksheet, path);
  let wb = await pkg.text(wbPath);
  const p = /<(\w+:)?workbook\b/.exec(wb)?.[1] ?? '';
  const rootTag = /<(\w+:)?workbook\b[^>]*>/.exec(wb)?.[0] ?? '';
  let r = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(rootTag)?.[1];
  if (!r) {
    r = 'r';
    wb = wb.replace(rootTag, rootTag.replace(/(\/?>)$/, ` xmlns:r="${REL_NS}"$1`));
  }
  const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  const tag = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${r}:id="${relId}"/>`;
  const close = wb.indexOf(`</${p}sheets>`);
  if (close < 0) throw new Error('workbook.xml has no </sheets>');
  wb = wb.slice(0, close) + tag + wb.slice(close);
  pkg.setText(wbPath, wb);
  return name;
}

function cellXml(ref: string, v: CellValue, styles: StyleBook, bold: boolean): string {
  if (v === null || v === undefined || v === '') return bold ? `<c r="${ref}" s="${styles.derive(0, { bold })}"/>` : '';
  const s = (change: Parameters<StyleBook['derive']>[1]) => {
    const i = bold || change.numberFormat || change.quotePrefix ? styles.derive(0, { ...change, bold }) : 0;
    return i ? ` s="${i}"` : '';
  };
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s({})}><v>${v}</v></c>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}"${s({})} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v instanceof Date) {
    const serial = v.getTime() / 86_400_000 + EXCEL_EPOCH_OFFSET_DAYS;
    return `<c r="${ref}"${s({ numberFormat: 'yyyy-mm-dd' })}><v>${serial}</v></c>`;
  }
  const text = String(v);
  return `<c r="${ref}"${s({ quotePrefix: FORMULA_LEAD.test(text) })} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}
