import type { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

/** A readable table → a sheet at A1. `formats` maps "B3" → number format. */
export function sheet(name: string, rows: CellValue[][], formats: Record<string, string> = {}): SheetSnapshot {
  const cells: Cell[][] = rows.map((r, i) =>
    r.map((value, j) => {
      const addr = `${String.fromCharCode(65 + j)}${i + 1}`;
      const cell: Cell = { value: value === undefined ? null : value };
      if (typeof value === 'string' && value.startsWith('#') && value.endsWith('!')) return { value: null, error: value };
      if (formats[addr]) cell.numberFormat = formats[addr];
      return cell;
    }),
  );
  return { name, origin: { row: 1, col: 1 }, cells };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

export function projectInfo(entries: [string, CellValue, string?][]): SheetSnapshot {
  return sheet('项目信息', [['项目', '值', '单位'], ...entries.map(([k, v, u]) => [k, v, u ?? null])]);
}
