import { columnLetters, parseA1 } from '../../core/snapshot';
import { enteredCell, readFormula, readNumberFormat, readValue, readValueType } from './coerce';
import { ErrorCode, FakeOfficeError } from './errors';
import { DEFAULT_COLUMN_WIDTH, cellKey, parseRect, quoteSheetName, rectAddress } from './model';
import type { FakeCellModel, FakeSheetModel, Rect } from './model';
import { FakeClientObject, jsonBytes } from './runtime';
import type { FakeBatch, FakeRuntime } from './runtime';
import type { RangeFillShape, RangeFontShape, RangeFormatShape, RangeShape } from './shapes';

export interface RangeTarget {
  sheet: FakeSheetModel;
  rect: Rect;
}

type Grid = unknown[][];

function cellsOf(t: RangeTarget): { row: number; col: number; key: string }[][] {
  const out: { row: number; col: number; key: string }[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const line: { row: number; col: number; key: string }[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) line.push({ row: r, col: c, key: cellKey(r, c) });
    out.push(line);
  }
  return out;
}

function size(t: RangeTarget): { rows: number; cols: number } {
  return { rows: t.rect.bottom - t.rect.top + 1, cols: t.rect.right - t.rect.left + 1 };
}

/** Excel accepts one scalar for a whole range, or an array of exactly the range's dimensions. */
function checkDimensions(t: RangeTarget, input: unknown, property: string): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const { rows, cols } = size(t);
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new FakeOfficeError(
      ErrorCode.invalidArgument,
      `The number of rows or columns in the input array for ${property} doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
  return (r, c) => (input as Grid)[r][c];
}

function grid<V>(runtime: FakeRuntime, t: RangeTarget, f: (cell: FakeCellModel | undefined) => V): V[][] | null {
  const { rows, cols } = size(t);
  // Excel on the web answers an oversized read with null arrays rather than an error.
  if (rows * cols > runtime.maxCellsPerRead) return null;
  const letters: string[] = [];
  for (let c = t.rect.left; c <= t.rect.right; c++) letters.push(columnLetters(c));
  const cells = t.sheet.cells;
  const out: V[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const line: V[] = [];
    for (const l of letters) line.push(f(cells[l + r]));
    out.push(line);
  }
  return out;
}

function uniform<V>(t: RangeTarget, f: (cell: FakeCellModel | undefined) => V): V | null {
  let first: V | undefined;
  for (const line of cellsOf(t))
    for (const p of line) {
      const v = f(t.sheet.cells[p.key]);
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  return first ?? null;
}

function setCell(sheet: FakeSheetModel, key: string, cell: FakeCellModel | undefined): void {
  if (cell === undefined) return;
  if (Object.keys(cell).length === 0) delete sheet.cells[key];
  else sheet.cells[key] = cell;
}

export class FakeRange extends FakeClientObject<RangeTarget> implements RangeShape {
  private formatProxy: FakeRangeFormat | undefined;

  constructor(batch: FakeBatch, resolve: () => RangeTarget | null, nullable = false) {
    super(batch, resolve, nullable, 'Range');
  }

  protected readonly loadable: Record<string, (t: RangeTarget) => unknown> = {
    address: (t) => `${quoteSheetName(t.sheet.name)}!${rectAddress(t.rect)}`,
    rowCount: (t) => size(t).rows,
    columnCount: (t) => size(t).cols,
    values: (t) => grid(this.batch.runtime, t, readValue),
    formulas: (t) => grid(this.batch.runtime, t, readFormula),
    numberFormat: (t) => grid(this.batch.runtime, t, readNumberFormat),
    valueTypes: (t) => grid(this.batch.runtime, t, readValueType),
  };

  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.read('valueTypes');
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Office.js type of values is any[][]
  get values(): any[][] {
    return this.read('values');
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set values(input: any[][]) {
    this.enter(input, 'values', false);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get formulas(): any[][] {
    return this.read('formulas');
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set formulas(input: any[][]) {
    this.enter(input, 'formulas', true);
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get numberFormat(): any[][] {
    return this.read('numberFormat');
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  set numberFormat(input: any[][]) {
    this.forget('numberFormat');
    this.write(jsonBytes(input), (t) => {
      const at = checkDimensions(t, input, 'numberFormat');
      cellsOf(t).forEach((line, i) =>
        line.forEach((p, j) => {
          const f = at(i, j);
          if (f === null || f === undefined) return;
          const cell: FakeCellModel = { ...t.sheet.cells[p.key], numberFormat: String(f) };
          // "General" is Excel's default: a cell set back to it carries no format.
          if (cell.numberFormat === 'General') delete cell.numberFormat;
          setCell(t.sheet, p.key, cell);
        }),
      );
    });
  }

  private enter(input: unknown, property: string, asFormula: boolean): void {
    this.forget('values');
    this.forget('formulas');
    this.forget('valueTypes');
    this.write(jsonBytes(input), (t) => {
      const at = checkDimensions(t, input, property);
      cellsOf(t).forEach((line, i) => line.forEach((p, j) => setCell(t.sheet, p.key, enteredCell(at(i, j), t.sheet.cells[p.key], asFormula))));
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.batch, () => this.targetOrNull());
    return this.formatProxy;
  }

  /** Row and column relative to this range, 0-based (Excel.Range.getCell). */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.batch, () => {
      const t = this.resolved();
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }

  select(): void {
    this.write(0, (t) => {
      this.batch.runtime.model.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
    });
  }
}

export function rangeOn(sheet: FakeSheetModel, address: string): RangeTarget {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  try {
    return { sheet, rect: parseRect(local.replace(/\$/g, '')) };
  } catch {
    throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid range address: ${address}`);
  }
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> implements RangeFormatShape {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(batch: FakeBatch, resolve: () => RangeTarget | null) {
    super(batch, resolve, false, 'RangeFormat');
    this.fill = new FakeRangeFill(batch, () => this.targetOrNull());
    this.font = new FakeRangeFont(batch, () => this.targetOrNull());
  }

  protected readonly loadable: Record<string, (t: RangeTarget) => unknown> = {
    columnWidth: (t) => {
      const widths = new Set<number>();
      for (let c = t.rect.left; c <= t.rect.right; c++) widths.add(t.sheet.columnWidths?.[c] ?? DEFAULT_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    },
  };

  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(points: number) {
    this.forget('columnWidth');
    this.write(8, (t) => {
      t.sheet.columnWidths ??= {};
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths[c] = points;
    });
  }

  /** Approximates Excel: about 7 points per character of the longest text, CJK characters counting double. */
  autofitColumns(): void {
    this.write(0, (t) => {
      t.sheet.columnWidths ??= {};
      for (let c = t.rect.left; c <= t.rect.right; c++) {
        let longest = 0;
        for (let r = t.rect.top; r <= t.rect.bottom; r++) {
          const text = String(readValue(t.sheet.cells[cellKey(r, c)]));
          longest = Math.max(longest, [...text].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0));
        }
        t.sheet.columnWidths[c] = Math.max(DEFAULT_COLUMN_WIDTH, longest * 7 + 10);
      }
    });
  }
}

export class FakeRangeFill extends FakeClientObject<RangeTarget> implements RangeFillShape {
  constructor(batch: FakeBatch, resolve: () => RangeTarget | null) {
    super(batch, resolve, false, 'RangeFill');
  }

  protected readonly loadable: Record<string, (t: RangeTarget) => unknown> = {
    // Excel reports "#FFFFFF" for a cell without fill; the pattern (ExcelApi 1.9) tells the two apart.
    color: (t) => uniform(t, (c) => c?.fill ?? '#FFFFFF'),
    pattern: (t) => uniform(t, (c) => (c?.fill === undefined ? 'None' : 'Solid')),
  };

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.forget('color');
    this.forget('pattern');
    this.write(jsonBytes(value), (t) => {
      for (const line of cellsOf(t)) for (const p of line) t.sheet.cells[p.key] = { ...t.sheet.cells[p.key], fill: value.toUpperCase() };
    });
  }
  get pattern(): Excel.FillPattern {
    return this.read('pattern');
  }
  set pattern(_value: Excel.FillPattern) {
    throw new FakeOfficeError(ErrorCode.invalidOperation, 'The fake does not model fill patterns other than through color/clear()');
  }

  clear(): void {
    this.forget('color');
    this.forget('pattern');
    this.write(0, (t) => {
      for (const line of cellsOf(t))
        for (const p of line) {
          const cell = t.sheet.cells[p.key];
          if (!cell) continue;
          const rest = { ...cell };
          delete rest.fill;
          setCell(t.sheet, p.key, rest);
        }
    });
  }
}

export class FakeRangeFont extends FakeClientObject<RangeTarget> implements RangeFontShape {
  constructor(batch: FakeBatch, resolve: () => RangeTarget | null) {
    super(batch, resolve, false, 'RangeFont');
  }

  protected readonly loadable: Record<string, (t: RangeTarget) => unknown> = {
    bold: (t) => uniform(t, (c) => c?.bold === true),
  };

  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.forget('bold');
    this.write(8, (t) => {
      for (const line of cellsOf(t))
        for (const p of line) {
          const cell = { ...t.sheet.cells[p.key] };
          if (value) cell.bold = true;
          else delete cell.bold;
          setCell(t.sheet, p.key, cell);
        }
    });
  }
}

export function singleCell(sheet: FakeSheetModel, address: string): RangeTarget {
  const { row, col } = parseA1(address.replace(/\$/g, ''));
  return { sheet, rect: { top: row, left: col, bottom: row, right: col } };
}
