import { statSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { cli, EARTH_HEADER, tempDir } from './support';

export const LARGE_ROWS = 100_000;

/** 土石料平衡分析表 with LARGE_ROWS category rows (streamed to disk, as a real generator would) and a 合计 row. */
export async function largeEarthWorkbook(path: string, rows = LARGE_ROWS): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('土石料平衡分析表');
  ws.addRow(['土石料平衡分析表']).commit();
  ws.addRow(EARTH_HEADER).commit();
  for (let i = 1; i <= rows; i++) ws.addRow([i, `类别${i}`, 'm³', 1000 + (i % 97), i % 13, null, 500, null, 100, 12.5, null, null]).commit();
  // Σ legacy = 1000·n + Σ(i mod 97); the other sums are simple multiples.
  let legacy = 0;
  let newly = 0;
  for (let i = 1; i <= rows; i++) {
    legacy += 1000 + (i % 97);
    newly += i % 13;
  }
  ws.addRow(['合计', null, null, legacy, newly, legacy + newly, 500 * rows, legacy + newly - 500 * rows, 100 * rows, null, 0.125 * rows, 0.125 * rows]).commit();
  ws.commit();
  await wb.commit();
}

/**
 * A template sheet with 100,000 rows must finish, with every row reviewed and the totals checked.
 * Measured numbers (time, memory) are in docs/robustness.md; the bound here is generous for slow CI.
 */
describe(`a template sheet with ${LARGE_ROWS.toLocaleString('en')} rows`, () => {
  it('review --json finishes, every row is a template row, the 合计 row agrees', async () => {
    const dir = tempDir();
    const file = join(dir, 'large.xlsx');
    await largeEarthWorkbook(file);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    const r = await cli('review', file, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.templates).toContainEqual({ sheet: '土石料平衡分析表', kind: 'earthBalance', rows: LARGE_ROWS });
    expect(json.findings.filter((f: { code: string }) => f.code === 'TOTAL_MISMATCH')).toEqual([]);
    expect(json.results.find((x: { id: string }) => x.id === `earth.类别${LARGE_ROWS}.disposable`)?.value).toBe(String(1000 + (LARGE_ROWS % 97) + (LARGE_ROWS % 13) - 500));
    writeFileSync(join(dir, 'timing.txt'), `${r.ms} ms`);
    expect(r.ms).toBeLessThan(120_000);
  }, 240_000);
});
