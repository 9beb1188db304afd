import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildWorkbook } from '../../src/adapters/xlsx/writeSheets';
import type { BlankSheet } from '../../src/core/templates/types';
import type { CellValue } from '../../src/core/snapshot';

export function tempDir(prefix = 'mine-plan-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write readable tables to a real .xlsx in a temp folder; returns its path. */
export async function xlsxFile(dir: string, name: string, sheets: { name: string; rows: CellValue[][]; formulas?: BlankSheet['formulas'] }[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await buildWorkbook(sheets.map((s) => ({ headerRow: 0, ...s }))));
  return path;
}
