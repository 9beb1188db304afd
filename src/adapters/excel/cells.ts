import type { Cell, CellValue } from '../../core/snapshot';

/** Error values Excel returns in `range.values` (valueTypes is not loaded, to keep the payload small). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!', '#EXTERNAL!',
]);

/** Same test as exceljs (utils.isDateFmt), so both adapters turn the same cells into dates. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

const MS_PER_DAY = 24 * 3600 * 1000;
/** Excel serial 25569 = 1970-01-01 (1900 date system); the same arithmetic as exceljs (excelToDate). */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * MS_PER_DAY));
}

export function dateToSerial(d: Date): number {
  return 25569 + d.getTime() / MS_PER_DAY;
}

/**
 * One cell of the snapshot from what Office.js returns: "" is empty, "General" is no format, error values
 * go to `error`, formulas keep their leading "=", numbers under a date format become UTC dates.
 */
export function toCell(value: unknown, formula: unknown, numberFormat: unknown): Cell {
  const cell: Cell = { value: null };
  if (typeof formula === 'string' && formula.startsWith('=')) cell.formula = formula;
  const format = typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General' ? numberFormat : undefined;
  if (typeof value === 'string' && EXCEL_ERRORS.has(value)) cell.error = value;
  else if (typeof value === 'number') cell.value = isDateFormat(format) ? serialToDate(value) : value;
  // "" is an empty cell, except as a formula's result (=IF(A1="","",…)): Excel computed it, and null there would
  // read as a formula never calculated (workbookChecks.ts), as exceljs also keeps a cached "".
  else if (typeof value === 'string' || typeof value === 'boolean') cell.value = value === '' && cell.formula === undefined ? null : value;
  if (format !== undefined) cell.numberFormat = format;
  return cell;
}

/**
 * Text Excel would turn into something else when entered through `range.values`: formulas (= + - @),
 * numbers, percentages, dates, booleans, error literals. Such text is written behind an apostrophe
 * (Excel's quote prefix), which Excel strips from the stored value.
 */
export function needsTextGuard(text: string): boolean {
  const t = text.trim();
  if (/^[=+\-@]/.test(t)) return true;
  if (/^'/.test(text)) return true;
  if (/^[+-]?[\d.,]+%?$/.test(t) && /\d/.test(t)) return true;
  if (/^\d{1,4}[-/年.]\d{1,2}([-/月.]\d{1,4}日?)?$/.test(t)) return true;
  if (/^(true|false)$/i.test(t) || EXCEL_ERRORS.has(t.toUpperCase())) return true;
  return false;
}

/** A value as it must be put into `range.values` so Excel stores exactly it ("" clears the cell). */
export function excelInput(value: CellValue): string | number | boolean {
  if (value === null) return '';
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === 'string') return needsTextGuard(value) ? `'${value}` : value;
  return value;
}

/** A 2-D block padded to its widest row, so every range gets an array of exactly its dimensions. */
export function rectangular<T>(rows: T[][], fill: T): { rows: T[][]; width: number } {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return { rows: rows.map((r) => (r.length === width ? r : [...r, ...Array<T>(width - r.length).fill(fill)])), width };
}
