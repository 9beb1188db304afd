/**
 * The pane and the CLI must sign off the same inputs digest for one workbook: the CLI reads the .xlsx with
 * exceljs and hashes with node:crypto; the pane reads it through the live Office.js port (here over the fake
 * runtime built from the same file) and hashes with crypto.subtle.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { reviewFile } from '../../src/cli/commands/review';
import { runReview } from '../../src/services/reviewService';
import { harness, putRows } from '../adapters/excel/fixtures';
import { planFile } from '../cli/reviewerFixtures';
import { tempDir } from '../support/xlsx';

describe('inputs digest: pane and CLI agree', () => {
  it('gives the same digest, whole and per sheet, for one workbook', async () => {
    const file = await planFile(tempDir(), 'plan.xlsx');
    const cli = await reviewFile(file);
    const { port } = await harness(readFileSync(file));
    const pane = await runReview({ port });
    expect(pane.meta.inputsDigest).toEqual(cli.meta.inputsDigest);
    expect(cli.meta.inputsDigest!.sheets.map((s) => s.name)).toEqual(['项目信息', '土石料平衡分析表', '竞价记录']);
    // the file hash and the pane's snapshot hash are different things, and stay so
    expect(pane.meta.inputSha256).not.toBe(cli.meta.inputSha256);
  });

  it('agrees on dates, booleans, text numbers, error literals and a used range away from A1', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目信息');
    putRows(ws, [['项目', '值'], ['编制日期', new Date(Date.UTC(2025, 11, 1))], ['涉及红线', false], ['修复总面积', '1,200.5'], ['备注', { error: '#N/A' } as unknown as ExcelJS.CellValue], ['比例', 0.1 + 0.2]], { row: 3, col: 2 });
    ws.getCell('C4').numFmt = 'yyyy-mm-dd';
    const dir = tempDir();
    const file = `${dir}/odd.xlsx`;
    await wb.xlsx.writeFile(file);
    const cli = await reviewFile(file);
    const pane = await runReview({ port: (await harness(readFileSync(file))).port });
    expect(cli.meta.inputsDigest!.sheets[0].cells).toBe(12);
    expect(pane.meta.inputsDigest).toEqual(cli.meta.inputsDigest);
  });
});
