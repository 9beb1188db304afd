import { Decimal } from '../../decimal';
import { readCellNumber, type NumberRead } from '../../numbers';
import type { Cell } from '../../snapshot';

/**
 * A 费率 cell as a fraction. Under a "费率(%)" header authors type percent points (2 → 2 %); a cell typed
 * "2%" or formatted as a percentage already holds the fraction (0.02).
 */
export function readRate(cell: Cell): NumberRead {
  const read = readCellNumber(cell);
  if (read.kind !== 'number') return read;
  const isFraction = (typeof cell.value === 'string' && cell.value.includes('%')) || (cell.value !== null && /%/.test(cell.numberFormat ?? ''));
  return isFraction ? read : { ...read, value: read.value.div(100) };
}

/** 0.015 → "1.5" (percent points, exact). */
export function percentText(fraction: Decimal): string {
  return fraction.times(100).toFixed();
}
