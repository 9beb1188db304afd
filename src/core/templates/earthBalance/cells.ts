import type { LocatedTable } from '../../locate';
import { EMPTY_CELL, columnLetters, type Cell, type SheetSnapshot } from '../../snapshot';

export type EarthKey =
  | 'seq' | 'category' | 'unit' | 'density' | 'legacy' | 'newly' | 'supply' | 'use' | 'disposable' | 'sale'
  | 'price' | 'appraisal' | 'floorCoef' | 'floor';

const KEYS: EarthKey[] = [
  'seq', 'category', 'unit', 'density', 'legacy', 'newly', 'supply', 'use', 'disposable', 'sale', 'price', 'appraisal', 'floorCoef', 'floor',
];

/**
 * The table's cells read by column number, and their addresses. TableRow.cell(key) asks the table's column map
 * on every read, and a 10,000-row balance reads about fourteen cells a row; these are the same cells (an
 * absent column reads as an empty cell and has no address, as TableRow gives).
 */
export class EarthCells {
  private readonly sheet: SheetSnapshot;
  /** Grid offset (column − origin) per key, for `cellOf`; -1 when the sheet lacks the column. */
  readonly at = {} as Record<EarthKey, number>;
  /** Column letters per key, so an address is one concatenation ('' when absent). */
  private readonly letters = {} as Record<EarthKey, string>;

  constructor(table: LocatedTable) {
    this.sheet = table.sheet;
    for (const key of KEYS) {
      const col = table.columns.get(key)?.col;
      this.at[key] = col === undefined ? -1 : col - table.sheet.origin.col;
      this.letters[key] = col === undefined ? '' : columnLetters(col);
    }
  }

  has(key: EarthKey): boolean {
    return this.at[key] >= 0;
  }

  /** The grid row of sheet row `row` (undefined past the grid): read once, then cells by offset. */
  line(row: number): Cell[] | undefined {
    return this.sheet.cells[row - this.sheet.origin.row];
  }

  /** A1 address of the row's cell in that column, or null when the column is absent (as TableRow.addr gives). */
  addr(row: number, key: EarthKey): string | null {
    const letters = this.letters[key];
    return letters ? letters + row : null;
  }
}

/** The cell at `offset` of a grid row (an absent column or a short row reads as an empty cell). */
export function cellOf(line: Cell[] | undefined, offset: number): Cell {
  if (offset < 0 || !line) return EMPTY_CELL;
  return line[offset] ?? EMPTY_CELL;
}
