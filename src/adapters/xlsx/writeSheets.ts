import ExcelJS from 'exceljs';
import type { BlankSheet } from '../../core/templates/types';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF9BA9B8' } };

/**
 * Write template sheets (headers, units, example rows) into a new workbook: `mine-plan template` and the
 * bundled sample. Cell text is always written as a value, never as a formula.
 */
export async function buildWorkbook(sheets: BlankSheet[], extra?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'mine-plan';
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of sheets) addSheet(wb, s);
  extra?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function addSheet(wb: ExcelJS.Workbook, s: BlankSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(s.name);
  s.rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    row.forEach((value, j) => {
      if (value === null || value === undefined) return;
      r.getCell(j + 1).value = value;
    });
  });
  for (const [addr, f] of Object.entries(s.formulas ?? {})) ws.getCell(addr).value = { formula: f.formula, result: f.result };
  const header = ws.getRow(s.headerRow + 1);
  const width = s.rows[s.headerRow]?.length ?? 0;
  for (let c = 1; c <= width; c++) {
    const cell = header.getCell(c);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
  }
  if (s.headerRow > 0) ws.getRow(1).font = { bold: true, size: 13 };
  s.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [col, fmt] of Object.entries(s.numberFormats ?? {})) {
    for (let r = s.headerRow + 2; r <= Math.max(s.rows.length, s.headerRow + 2); r++) ws.getRow(r).getCell(Number(col) + 1).numFmt = fmt;
  }
  ws.views = [{ state: 'frozen', ySplit: s.headerRow + 1 }];
  return ws;
}
