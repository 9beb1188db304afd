import type { CellRef } from './context';
import type { TableRow } from './locate';
import type { Cell } from './snapshot';

/**
 * A cell of a located table row as a CellRef whose address and label ("地块P-12 面积") are made when read
 * — by a finding or a fill — instead of for every row of a long sheet. Its fields are getters on the
 * prototype: copy one with `{ sheet, addr, cell, label }`, not with a spread.
 */
export class TableCellRef implements CellRef {
  constructor(
    readonly sheet: string,
    private readonly row: TableRow,
    private readonly key: string,
    private readonly subject: string,
    private readonly what: string,
  ) {}

  get addr(): string | null {
    return this.row.addr(this.key);
  }

  get cell(): Cell {
    return this.row.cell(this.key);
  }

  /** `${subject} ${what}`. */
  get label(): string {
    return `${this.subject} ${this.what}`;
  }
}
