import { parseA1 } from '../../core/snapshot';

export interface CellBlock {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "Sheet1!B2:D9", "'My sheet'!B2", "土石料平衡分析表!A1:L12" → sheet name and 1-based bounds. */
export function parseRangeAddress(address: string): CellBlock {
  const bang = address.lastIndexOf('!');
  if (bang < 0) throw new Error(`Range address without a sheet: ${address}`);
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [first, second] = address.slice(bang + 1).replace(/\$/g, '').split(':');
  const p1 = parseA1(first);
  const p2 = second ? parseA1(second) : p1;
  return { sheet, top: p1.row, left: p1.col, bottom: p2.row, right: p2.col };
}
