import type { LocatedTable } from './locate';
import { EMPTY_CELL, a1, cellText, type Cell, type SheetSnapshot } from './snapshot';

/**
 * A located table's cells read by column offset (column − the sheet's first column). A long table reads about
 * ten cells of each of 100,000 rows, and TableRow.cell(key) looks its key up in the column map on every read:
 * a template looks each offset up once (`offsetOf`), fetches a row's grid line once (`line`) and reads its
 * cells by offset (`cellOf`). An absent column (offset -1) reads as an empty cell and has no address, as
 * TableRow gives.
 */
export class TableColumns {
  private readonly sheet: SheetSnapshot;

  constructor(private readonly table: LocatedTable) {
    this.sheet = table.sheet;
  }

  /** The offset of a column, or -1 when the sheet lacks it. */
  offsetOf(key: string): number {
    const col = this.table.columns.get(key)?.col;
    return col === undefined ? -1 : col - this.sheet.origin.col;
  }

  /** The grid line of sheet row `row` (undefined past the grid). */
  line(row: number): Cell[] | undefined {
    return this.sheet.cells[row - this.sheet.origin.row];
  }

  /** The cell of sheet row `row` at `offset`. */
  at(row: number, offset: number): Cell {
    return cellOf(this.line(row), offset);
  }

  /** A1 address of that cell, or null when the column is absent. */
  addr(row: number, offset: number): string | null {
    return offset < 0 ? null : a1(row, this.sheet.origin.col + offset);
  }
}

/** The cell at `offset` of a grid line (an absent column or a short line reads as an empty cell). */
export function cellOf(line: Cell[] | undefined, offset: number): Cell {
  if (offset < 0 || !line) return EMPTY_CELL;
  return line[offset] ?? EMPTY_CELL;
}

/** A cell's display text, trimmed ('' when empty); text cells, the common case, are their own text. */
export function trimmedText(cell: Cell): string {
  const v = cell.value;
  return typeof v === 'string' ? v.trim() : cellText(cell).trim();
}
