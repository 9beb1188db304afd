import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../core/snapshot';
import { isUncomputedFormula } from '../../core/workbookChecks';
import { WorkbookReadError } from './errors';
import { MAX_FILE_BYTES } from './limits';
import { restoreEmptyTextResults, type UnvaluedFormulas } from './emptyTextResults';
import { scanPackageParts, type PackagePart } from './packageParts';
import { inspectZip } from './zipGuard';

export interface ReadWorkbookResult {
  snapshot: WorkbookSnapshot;
  /** Hex SHA-256 of the file bytes as read. */
  sha256: string;
  /** Parts exceljs would drop on a read → write (charts, drawings, images, pivots, VBA …). */
  parts: PackagePart[];
}

/** Reads an .xlsx file from disk. Every failure is a WorkbookReadError with a zh-CN message. */
export async function readWorkbookFile(path: string): Promise<ReadWorkbookResult> {
  return readWorkbookBuffer(await readFileChecked(path));
}

/** Reads the bytes of a file after the cheap checks (exists, is a file, not empty, not too large). */
export async function readFileChecked(path: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new WorkbookReadError('FILE_NOT_FOUND', `找不到文件：${path}`, `file not found: ${path}`, { cause: e });
    throw new WorkbookReadError('UNREADABLE', `无法读取文件：${path}（${code ?? String(e)}）`, `cannot read ${path} (${code ?? String(e)})`, { cause: e });
  }
  if (stat.isDirectory())
    throw new WorkbookReadError('IS_DIRECTORY', `这是一个文件夹，不是工作簿文件：${path}`, `this is a directory, not a workbook: ${path}`);
  if (!stat.isFile())
    throw new WorkbookReadError('UNREADABLE', `不是普通文件：${path}`, `not a regular file: ${path}`);
  if (stat.size === 0) throw new WorkbookReadError('EMPTY_FILE', `文件为空（0 字节）：${path}`, `the file is empty (0 bytes): ${path}`);
  if (stat.size > MAX_FILE_BYTES)
    throw new WorkbookReadError('FILE_TOO_LARGE', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限：${path}`, `the file exceeds ${MAX_FILE_BYTES / 1024 / 1024} MB: ${path}`);
  try {
    return await fs.readFile(path);
  } catch (e) {
    throw new WorkbookReadError('UNREADABLE', `无法读取文件：${path}`, `cannot read ${path}`, { cause: e });
  }
}

/** Reads an .xlsx held in memory: zip checks first (nothing inflated unchecked), then exceljs. */
export async function readWorkbookBuffer(buffer: Buffer): Promise<ReadWorkbookResult> {
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  inspectZip(buffer);
  const zip = await loadZip(buffer);
  await requireSpreadsheetPackage(zip);
  const parts = await scanPackageParts(zip);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError('UNREADABLE', `工作簿内容无法解析：${(e as Error).message}`, `the workbook cannot be parsed: ${(e as Error).message}`, { cause: e });
  }
  const unvalued: UnvaluedFormulas = new Map();
  const snapshot: WorkbookSnapshot = { sheets: workbook.worksheets.map((ws) => toSheetSnapshot(ws, unvalued)) };
  await restoreEmptyTextResults(zip, unvalued);
  return { snapshot, sha256, parts };
}

export async function loadZip(buffer: Buffer): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(buffer);
  } catch (e) {
    throw new WorkbookReadError('TRUNCATED', '压缩包结构已损坏，无法打开', 'the zip package is damaged', { cause: e });
  }
}

/** A zip that is not a spreadsheet (a .docx renamed, a plain archive) is refused here. */
async function requireSpreadsheetPackage(zip: JSZip): Promise<void> {
  const types = zip.file('[Content_Types].xml');
  const rels = zip.file('_rels/.rels');
  const notXlsx = new WorkbookReadError('NOT_XLSX', '不是有效的 .xlsx 工作簿（压缩包中没有 Excel 工作簿）', 'not an .xlsx workbook (the package holds no spreadsheet)');
  if (!types || !rels) throw notXlsx;
  const ct = await types.async('string');
  if (!/spreadsheetml\.sheet\.main\+xml|ms-excel\.sheet\.macroEnabled\.main\+xml|spreadsheetml\.template\.main\+xml/.test(ct)) throw notXlsx;
}

function toSheetSnapshot(ws: ExcelJS.Worksheet, unvalued: UnvaluedFormulas): SheetSnapshot {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const out = toCell(cell);
      cells[colNumber - 1] = out;
      // A formula read without a result: calculated to "" or never calculated (emptyTextResults.ts tells).
      if (isUncomputedFormula(out)) {
        let byAddr = unvalued.get(ws.name);
        if (!byAddr) unvalued.set(ws.name, (byAddr = new Map()));
        byAddr.set(cell.address, out);
      }
    });
    for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = { value: null };
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
  const sheet: SheetSnapshot = { name: ws.name, origin: { row: 1, col: 1 }, cells: rows };
  if (merges.length) sheet.merges = merges;
  if (ws.state && ws.state !== 'visible') sheet.hidden = true;
  return sheet;
}

type ExcelValue = ExcelJS.CellValue;

function toCell(cell: ExcelJS.Cell): Cell {
  const out: Cell = { value: null };
  const fmt = cell.numFmt;
  if (fmt && fmt !== 'General') out.numberFormat = fmt;
  if (cell.type === ExcelJS.ValueType.Merge && cell.master !== cell) return out; // slaves of a merge hold null
  if (cell.type === ExcelJS.ValueType.Formula) {
    out.formula = `=${cell.formula}`;
    const result = cell.result as ExcelValue | undefined;
    Object.assign(out, plainValue(result === undefined ? null : result));
    return out;
  }
  Object.assign(out, plainValue(cell.value));
  return out;
}

/** exceljs value (any type) → snapshot value, or an error. */
function plainValue(v: ExcelValue): { value: CellValue; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: v };
  if (typeof v === 'object') {
    if ('error' in v && v.error) return { value: null, error: String(v.error) };
    if ('richText' in v && Array.isArray(v.richText)) return { value: v.richText.map((r) => r.text).join('') };
    if ('hyperlink' in v) {
      const text = (v as { text?: unknown }).text;
      if (text && typeof text === 'object' && 'richText' in (text as object))
        return { value: (text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('') };
      return { value: text === undefined || text === null ? String(v.hyperlink) : String(text) };
    }
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: ExcelValue }).result;
      return plainValue(result === undefined ? null : result);
    }
  }
  return { value: String(v) };
}
