import type { CellRef } from '../../context';
import type { TableRow } from '../../locate';
import { TableCellRef } from '../../tableCellRef';
import { PLOT_COLUMN_LABEL } from './columns';

/** A plot's cell for findings ("地块D01 面积"); address and label are made only when a finding reads them. */
export function refOf(sheet: string, row: TableRow, key: string, plotId: string): CellRef {
  return new TableCellRef(sheet, row, key, `地块${plotId}`, PLOT_COLUMN_LABEL[key] ?? key);
}
