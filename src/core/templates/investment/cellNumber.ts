import type { Decimal } from '../../decimal';
import { decimalFromNumber, plainNumberOf } from '../../numbers';
import type { Cell } from '../../snapshot';

/** Positive integers below this are kept in an array by value (quantities and unit prices mostly are). */
const SMALL_INTS = 65536;
const smallInts = new Array<Decimal | undefined>(SMALL_INTS);

/**
 * plainNumberOf, with small positive integers found by array index, not by hashing the number into the shared
 * cache: an estimate reads two such cells per item. The same Decimal instance for the same number.
 */
export function plainDecimalOf(cell: Cell): Decimal | undefined {
  const v = cell.value;
  if (typeof v === 'number' && v > 0 && v < SMALL_INTS && (v | 0) === v && !cell.error) {
    let d = smallInts[v];
    if (d === undefined) smallInts[v] = d = decimalFromNumber(v);
    return d;
  }
  return plainNumberOf(cell);
}
