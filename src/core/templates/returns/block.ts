import type { CellRef } from '../../context';
import { readLabelValues, type LabelledValue, type LocatedTable } from '../../locate';
import { EMPTY_CELL, isBlank, type SheetSnapshot } from '../../snapshot';
import { LABEL_SPECS, type LabelKey } from './labels';

/** The label/value block of a 收益测算 sheet. */
export interface Block {
  sheet: string;
  values: Map<string, LabelledValue>;
  /**
   * Cell reference of a label's value; the cell is empty (and addr null) when the label is absent, so
   * ctx.requireNumber reports a missing row as INPUT_MISSING too.
   */
  ref(key: LabelKey, label: string): CellRef;
  has(key: LabelKey): boolean;
  /** Label present and its value cell not blank. */
  filled(key: LabelKey): boolean;
}

/** The sheet with the cash-flow table's cells blanked, so its headers (运营成本 …) are not read as labels. */
function withoutTable(sheet: SheetSnapshot, table: LocatedTable | null): SheetSnapshot {
  if (!table) return sheet;
  const cols = new Set([...table.columns.values()].map((c) => c.col));
  const top = table.headerRows[0];
  const bottom = table.rows.length ? table.rows[table.rows.length - 1].row : table.headerRows[1];
  return {
    ...sheet,
    cells: sheet.cells.map((cells, i) => {
      const row = sheet.origin.row + i;
      if (row < top || row > bottom) return cells;
      return cells.map((cell, j) => (cols.has(sheet.origin.col + j) ? EMPTY_CELL : cell));
    }),
  };
}

export function readBlock(sheet: SheetSnapshot, table: LocatedTable | null): Block {
  const values = readLabelValues(withoutTable(sheet, table), LABEL_SPECS);
  const ref = (key: LabelKey, label: string): CellRef => {
    const v = values.get(key);
    // Read from the real sheet (not the masked copy).
    return v ? { sheet: sheet.name, addr: v.valueAddr, cell: v.cell, label } : { sheet: sheet.name, addr: null, cell: EMPTY_CELL, label };
  };
  return {
    sheet: sheet.name,
    values,
    ref,
    has: (key) => values.has(key),
    filled: (key) => {
      const v = values.get(key);
      return !!v && !isBlank(v.cell);
    },
  };
}

/** Labels a renamed 收益测算 sheet is recognised by within its first rows (a label block is short). */
const DETECT_ROWS = 500;

/** Does the sheet look like a 收益测算 block (for a renamed sheet)? Long lists of other sheets are not read through. */
export function looksLikeReturnsSheet(sheet: SheetSnapshot): boolean {
  const v = readLabelValues(sheet, LABEL_SPECS.filter((s) => ['cost', 'rate', 'years', 'mode'].includes(s.key)), { maxRows: DETECT_ROWS });
  return v.size >= 3;
}
