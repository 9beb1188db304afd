import type { LocatedTable } from '../../locate';
import { TableColumns } from '../../tableColumns';

/**
 * The estimate's columns as offsets, looked up once per table; its rows keep no TableRow and read their cells
 * with `at(row, offset)` (tableColumns.ts).
 */
export class EstimateCells extends TableColumns {
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
    super(table);
    this.serial = this.offsetOf('serial');
    this.name = this.offsetOf('name');
    this.unit = this.offsetOf('unit');
    this.quantity = this.offsetOf('quantity');
    this.price = this.offsetOf('price');
    this.rate = this.offsetOf('rate');
    this.base = this.offsetOf('base');
    this.amount = this.offsetOf('amount');
    this.category = this.offsetOf('category');
    this.note = this.offsetOf('note');
  }
}
