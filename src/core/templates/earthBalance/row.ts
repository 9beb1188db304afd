import type { Decimal } from '../../decimal';
import { normaliseLabel, type TableRow } from '../../locate';
import type { QuantityUnit } from '../../units';
import type { EarthCells } from './cells';

/**
 * One category row, recomputed. Quantities in the row's own unit; money in 万元. It is also the row other
 * templates read (SharedFacts.earth.rows): the key and addresses are made when read, since most are never read.
 */
export class EarthRow {
  density: Decimal | undefined = undefined;
  legacy: Decimal | undefined = undefined;
  newly: Decimal | undefined = undefined;
  supply: Decimal | undefined = undefined;
  use: Decimal | undefined = undefined;
  disposable: Decimal | undefined = undefined;
  sale: Decimal | undefined = undefined;
  appraisal: Decimal | undefined = undefined;
  floor: Decimal | undefined = undefined;
  private normalised: string | undefined = undefined;

  constructor(
    readonly row: TableRow,
    readonly label: string,
    readonly unit: QuantityUnit,
    private readonly cells: EarthCells,
  ) {}

  /** The label normalised (NFKC, units split off), as the bid sheet's lots are matched. */
  get key(): string {
    return (this.normalised ??= normaliseLabel(this.label));
  }

  get useAddr(): string | null {
    return this.cells.addrOf(this.row.row, 'use');
  }

  get appraisalAddr(): string | null {
    return this.cells.addrOf(this.row.row, 'appraisal');
  }

  get floorAddr(): string | null {
    return this.cells.addrOf(this.row.row, 'floor');
  }
}
