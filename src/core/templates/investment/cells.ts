import type { LocatedTable } from '../../locate';
import { EMPTY_CELL, a1, type Cell, type SheetSnapshot } from '../../snapshot';

type Key = 'serial' | 'name' | 'unit' | 'quantity' | 'price' | 'rate' | 'base' | 'amount' | 'category' | 'note';

/**
 * The estimate's cells read by column number, and their addresses (rows keep no TableRow). TableRow.cell(key) looks its key up on every read and the
 * review reads about ten cells of each of 100,000 rows; these are the same cells (an absent column reads
 * as an empty cell, as TableRow.cell gives).
 */
export class EstimateCells {
  private readonly sheet: SheetSnapshot;
  /** Column offsets into a grid row (column − origin); -1 = the column is absent. */
  readonly serial: number;
  readonly name: number;
  readonly unit: number;
  readonly quantity: number;
  readonly price: number;
  readonly rate: number;
  readonly base: number;
  readonly amount: number;
  readonly category: number;
  readonly note: number;

  constructor(table: LocatedTable) {
    this.sheet = table.sheet;
    const offset = (key: Key): number => {
      const col = table.columns.get(key)?.col;
      return col === undefined ? -1 : col - table.sheet.origin.col;
    };
    this.serial = offset('serial');
    this.name = offset('name');
    this.unit = offset('unit');
    this.quantity = offset('quantity');
    this.price = offset('price');
    this.rate = offset('rate');
    this.base = offset('base');
    this.amount = offset('amount');
    this.category = offset('category');
    this.note = offset('note');
  }

  /** The cell of sheet row `row` in the column at `offset` (one of the fields above). */
  at(row: number, offset: number): Cell {
    if (offset < 0) return EMPTY_CELL;
    const cells = this.sheet.cells[row - this.sheet.origin.row];
    return cells?.[offset] ?? EMPTY_CELL;
  }

  /** A1 address of that cell, or null when the column is absent (as TableRow.addr gives). */
  addr(row: number, offset: number): string | null {
    return offset < 0 ? null : a1(row, this.sheet.origin.col + offset);
  }
}
