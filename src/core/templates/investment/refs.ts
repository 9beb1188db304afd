import type { CellRef } from '../../context';
import type { Decimal } from '../../decimal';
import { lazyText, t, type Text } from '../../i18n';
import { formatShort, readCellNumber } from '../../numbers';
import type { Cell } from '../../snapshot';
import type { EstimateCells } from './cells';
import type { EstimateRow } from './row';

/**
 * A cell of an estimate row as a CellRef: its address and label (read only for a finding or a fill) are
 * made when read, not for every row of a long estimate.
 */
export class RowCellRef implements CellRef {
  constructor(
    readonly sheet: string,
    private readonly cells: EstimateCells,
    private readonly row: EstimateRow,
    private readonly offset: number,
    private readonly what: string,
  ) {}

  get addr(): string | null {
    return this.cells.addr(this.row.row, this.offset);
  }

  get cell(): Cell {
    return this.cells.at(this.row.row, this.offset);
  }

  get label(): string {
    return `${this.sheet} 第${this.row.row}行“${this.row.name}”${this.what}`;
  }
}

/** An item's formula text ("工程量 × 单价 ÷ 10000"), built when a mismatch message reads it. */
export function itemFormula(cells: EstimateCells, row: number, scale: { amount: Decimal; price: Decimal }): Text {
  return lazyText(() => {
    // The item was recomputed, so both inputs read as numbers: the same values it was computed from.
    const q = numberIn(cells.at(row, cells.quantity));
    const p = numberIn(cells.at(row, cells.price));
    // scale is the estimate's MoneyScale (calculate.ts): yuan per unit of 合价 and 单价.
    const divisor = scale.amount.div(scale.price);
    return divisor.equals(1)
      ? t(`${formatShort(q)} × ${formatShort(p)}`, `${formatShort(q)} × ${formatShort(p)}`)
      : t(`工程量 ${formatShort(q)} × 单价 ${formatShort(p)} ÷ ${divisor.toFixed()}`, `quantity ${formatShort(q)} × unit price ${formatShort(p)} ÷ ${divisor.toFixed()}`);
  });
}

function numberIn(cell: Cell): Decimal {
  const read = readCellNumber(cell);
  if (read.kind !== 'number') throw new Error('an item was recomputed from a cell that holds no number');
  return read.value;
}
