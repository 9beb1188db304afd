import type { CellRef, ReviewContext } from '../../context';
import { decimalEquals, type Decimal } from '../../decimal';
import type { LocatedTable, TableRow } from '../../locate';
import { plainNumberIs, plainNumberOf } from '../../numbers';
import type { Cell } from '../../snapshot';
import { TableCellRef } from '../../tableCellRef';
import { cellOf } from '../../tableColumns';
import { EarthCells, type EarthKey } from './cells';
import { EARTH_LABELS } from './columns';
import type { EarthRow } from './row';

export type DeriveOptions = Parameters<ReviewContext['derived']>[2];

function zhLabel(key: string): string {
  return (EARTH_LABELS[key] ?? [key])[0];
}

export function isNegative(value: Decimal): boolean {
  return value.isNegative() && !value.isZero();
}

/** What every row check of one balance needs: the context, the sheet's name and its cells by column. */
export class EarthTable {
  readonly sheet: string;
  readonly cells: EarthCells;

  constructor(
    readonly ctx: ReviewContext,
    readonly table: LocatedTable,
  ) {
    this.sheet = table.sheet.name;
    this.cells = new EarthCells(table);
  }

  /** A row's cell for findings ("建筑用砂岩 原地遗留量"); address and label are made only if read. */
  refFor(row: TableRow, key: EarthKey, label: string): CellRef {
    return new TableCellRef(this.sheet, row, key, label, zhLabel(key));
  }

  /**
   * Compare (or fill) a derived cell; one holding exactly the recomputed number needs nothing more, and an
   * absent column nothing at all (no address to fill, nothing typed).
   */
  derive(r: EarthRow, line: Cell[] | undefined, key: EarthKey, exact: Decimal, opts: DeriveOptions): void {
    const offset = this.cells.offset[key];
    if (offset < 0) return;
    const cell = cellOf(line, offset);
    if (plainNumberIs(cell, exact)) return; // equal, shown without a Decimal
    const typed = plainNumberOf(cell);
    if (typed !== undefined && decimalEquals(typed, exact)) return;
    // Every path of `derived` from here reads the address and the label: a plain ref, made once.
    const ref = { sheet: this.sheet, addr: this.cells.addrOf(r.row.row, key), cell, label: `${r.label} ${zhLabel(key)}` };
    this.ctx.derived(ref, exact, opts);
  }
}
