import type { LocatedTable } from '../../locate';
import { TableColumns } from '../../tableColumns';

export type EarthKey =
  | 'seq' | 'category' | 'unit' | 'density' | 'legacy' | 'newly' | 'supply' | 'use' | 'disposable' | 'sale'
  | 'price' | 'appraisal' | 'floorCoef' | 'floor';

const KEYS: EarthKey[] = [
  'seq', 'category', 'unit', 'density', 'legacy', 'newly', 'supply', 'use', 'disposable', 'sale', 'price', 'appraisal', 'floorCoef', 'floor',
];

/** The balance's columns by key: each offset looked up once per table (tableColumns.ts). */
export class EarthCells extends TableColumns {
  /** Grid offset per key, for `cellOf`; -1 when the sheet lacks the column. */
  readonly offset = {} as Record<EarthKey, number>;

  constructor(table: LocatedTable) {
    super(table);
    for (const key of KEYS) this.offset[key] = this.offsetOf(key);
  }

  has(key: EarthKey): boolean {
    return this.offset[key] >= 0;
  }

  /** A1 address of the row's cell in that column, or null when the column is absent. */
  addrOf(row: number, key: EarthKey): string | null {
    return this.addr(row, this.offset[key]);
  }
}
