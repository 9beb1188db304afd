import type { FakeCellModel, FakeScalar } from './model';

/** Error values Excel can hold in a cell. */
export const EXCEL_ERRORS = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!', '#EXTERNAL!',
];

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;

/**
 * What Excel stores when a value is entered through `range.values` (as if typed): "=…" becomes a formula,
 * "+…"/"-…"/"@…" that are not numbers become formulas too, numeric text becomes a number, a leading
 * apostrophe keeps the rest as text, and the Text format ('@') keeps everything as text.
 * `null` leaves the cell unchanged (Office.js semantics), returned here as undefined.
 */
export function enteredCell(input: unknown, previous: FakeCellModel | undefined, asFormula: boolean): FakeCellModel | undefined {
  if (input === null || input === undefined) return undefined;
  const keep: FakeCellModel = {};
  if (previous?.numberFormat !== undefined) keep.numberFormat = previous.numberFormat;
  if (previous?.fill !== undefined) keep.fill = previous.fill;
  if (previous?.bold !== undefined) keep.bold = previous.bold;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error('not finite');
    return { ...keep, value: input };
  }
  if (typeof input === 'boolean') return { ...keep, value: input };
  if (typeof input !== 'string') return { ...keep, value: String(input) };
  const s = input;
  if (s === '') return keep;
  if (keep.numberFormat === '@' && !asFormula) return { ...keep, value: s };
  if (s.startsWith("'")) return { ...keep, value: s.slice(1), quotePrefix: true };
  if (s.startsWith('=') && s.length > 1) return { ...keep, formula: s, value: null };
  if (NUMBER.test(s)) return { ...keep, value: Number(s) };
  if (PERCENT.test(s)) return { ...keep, value: Number(s.slice(0, -1)) / 100, numberFormat: keep.numberFormat ?? '0%' };
  if ((s.startsWith('+') || s.startsWith('-')) && s.length > 1) return { ...keep, formula: `=${s}`, value: null };
  if (s.startsWith('@') && s.length > 1) return { ...keep, formula: `=${s.slice(1)}`, value: null };
  if (EXCEL_ERRORS.includes(s.toUpperCase())) return { ...keep, error: s.toUpperCase() };
  if (/^(TRUE|FALSE)$/i.test(s)) return { ...keep, value: s.toUpperCase() === 'TRUE' };
  return { ...keep, value: s };
}

/** `range.values` for one cell: the (cached) value, the error text, or "" when empty. */
export function readValue(cell: FakeCellModel | undefined): FakeScalar {
  if (!cell) return '';
  if (cell.error !== undefined) return cell.error;
  return cell.value === undefined || cell.value === null ? '' : cell.value;
}

/** `range.formulas` for one cell: the formula when there is one, else what `values` gives. */
export function readFormula(cell: FakeCellModel | undefined): FakeScalar {
  if (cell?.formula !== undefined) return cell.formula;
  return readValue(cell);
}

export function readNumberFormat(cell: FakeCellModel | undefined): string {
  return cell?.numberFormat ?? 'General';
}

export function readValueType(cell: FakeCellModel | undefined): Excel.RangeValueType {
  if (!cell) return 'Empty' as Excel.RangeValueType;
  if (cell.error !== undefined) return 'Error' as Excel.RangeValueType;
  const v = cell.value;
  if (v === undefined || v === null || v === '') return 'Empty' as Excel.RangeValueType;
  if (typeof v === 'number') return 'Double' as Excel.RangeValueType;
  if (typeof v === 'boolean') return 'Boolean' as Excel.RangeValueType;
  return 'String' as Excel.RangeValueType;
}
