import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { join } from 'path';
import { addTable, cli, EARTH_HEADER, exceljsFile, findingsOf, resultValue, reviewJson, tempDir } from './support';

/**
 * Decision (docs/robustness.md): a formula without a cached result (a file written by a program and never
 * calculated by Excel) is treated as an empty cell the engine cannot see into —
 * - in an input cell it is INPUT_MISSING (error), the message naming the formula and why;
 * - in a derived cell it is not compared and never overwritten (the author's formula stays);
 * - and each sheet holding such formulas gets one INPUT_MISSING warning pointing at the first one, telling the
 *   user to open and save the file in Excel.
 */
async function plan(dir: string) {
  return exceljsFile(dir, 'uncached.xlsx', (wb) => {
    addTable(wb, '土石料平衡分析表', [
      EARTH_HEADER,
      [1, '建筑用砂岩', 'm³', 120000, { formula: 'SUM(X1:X9)' }, { formula: 'D2+E2' }, 80000, { formula: 'F2-G2' }, 0, 28, null, null],
      [2, '表土', 'm³', 30000, 0, { formula: 'D3+E3' }, 30000, null, 0, null, null, null],
    ]);
  });
}

describe('formulas without cached values', () => {
  it('input → INPUT_MISSING naming the formula; derived → not compared; one warning per sheet', async () => {
    const { code, json } = await reviewJson(await plan(tempDir()));
    expect(code).toBe(1);
    const missing = findingsOf(json, 'INPUT_MISSING', '土石料平衡分析表');
    const input = missing.find((f) => f.cell === 'E2');
    expect(input).toMatchObject({ severity: 'error', found: '=SUM(X1:X9)', message: expect.stringContaining('没有计算结果') });
    const sheetWarning = missing.filter((f) => f.severity === 'warning');
    expect(sheetWarning).toHaveLength(1);
    expect(sheetWarning[0]).toMatchObject({ cell: 'E2', message: expect.stringMatching(/4 个公式单元格没有计算结果.*在 Excel 中打开、保存后再复核/) });
    expect(findingsOf(json, 'VALUE_MISMATCH')).toEqual([]);
    expect(resultValue(json, 'earth.表土.supply')).toBe('30000');
  });

  it('--out keeps the author’s formulas (no value written over them)', async () => {
    const dir = tempDir();
    const out = join(dir, 'reviewed.xlsx');
    const r = await cli('review', await plan(dir), '--out', out);
    expect(r.code).toBe(1);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<c r="F3"[^>]*><f>D3\+E3<\/f>/);
    expect(xml).toMatch(/<c r="H2"[^>]*><f>F2-G2<\/f>/);
  });

  it('the text report explains it in zh-CN', async () => {
    const r = await cli('review', await plan(tempDir()));
    expect(r.stdout).toContain('请在 Excel 中打开、保存后再复核');
  });

  it('a formula Excel calculated to "" (t="str", an empty <v>) is not taken for an uncalculated one', async () => {
    const dir = tempDir();
    const file = await exceljsFile(dir, 'empty-text.xlsx', (wb) => {
      addTable(wb, '土石料平衡分析表', [
        EARTH_HEADER,
        [1, '建筑用砂岩', 'm³', 120000, 0, 120000, 80000, 40000, 0, 28, null, null],
        [2, '表土', 'm³', 30000, 0, 30000, 30000, 0, 0, null, null, null],
      ]);
      const ws = wb.getWorksheet('土石料平衡分析表')!;
      // what Excel saves for =IF(…,"",…): exceljs writes the same <c t="str"><f>…</f><v></v></c>
      ws.getCell('M2').value = { formula: 'IF(I2=0,"",I2*J2/10000)', result: '' } as ExcelJS.CellFormulaValue;
      // a formula never calculated (no <v>) is still reported
      ws.getCell('M3').value = { formula: 'IF(I3=0,"",I3*J3/10000)' } as ExcelJS.CellFormulaValue;
    });
    const xml = await (await JSZip.loadAsync(readFileSync(file))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<c r="M2" t="str"><f>[^<]*<\/f><v><\/v><\/c>/);
    const { json } = await reviewJson(file);
    const warning = findingsOf(json, 'INPUT_MISSING', '土石料平衡分析表').filter((f) => f.severity === 'warning');
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatchObject({ cell: 'M3', message: expect.stringContaining('有 1 个公式单元格没有计算结果') });
  });
});
