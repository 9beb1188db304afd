import type { CellRef } from '../../context';
import type { LocatedTable, TableRow } from '../../locate';
import { EMPTY_CELL, cellAt, cellText, type Cell, type SheetSnapshot } from '../../snapshot';
import { TableCellRef } from '../../tableCellRef';
import { PLOT_COLUMN_LABEL } from './columns';

/** A plot's cell for findings ("地块D01 面积"); address and label are made only when a finding reads them. */
export function refOf(sheet: string, row: TableRow, key: string, plotId: string): CellRef {
  return new TableCellRef(sheet, row, key, `地块${plotId}`, PLOT_COLUMN_LABEL[key] ?? key);
}

// A 100k-row list reads ten cells a row: callers look each column number up once (`row.cell(key)` asks the
// table's column map on every call) and read cells by number. An absent column reads as an empty cell.

export function colOf(table: LocatedTable, key: string): number | undefined {
  return table.columns.get(key)?.col;
}

export function cellIn(sheet: SheetSnapshot, row: number, col: number | undefined): Cell {
  return col === undefined ? EMPTY_CELL : cellAt(sheet, row, col);
}

/** Trimmed display text of a cell ('' when empty or the column is absent). */
export function textIn(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  if (col === undefined) return '';
  const cell = cellAt(sheet, row, col);
  // Text cells, the common case here, are their own display text.
  return typeof cell.value === 'string' ? cell.value.trim() : cellText(cell).trim();
}
