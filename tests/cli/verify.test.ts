import ExcelJS from 'exceljs';
import { join } from 'path';
import { cli } from '../support/cli';
import { tempDir } from '../support/xlsx';
import { planFile } from './reviewerFixtures';

/** Open a copy with exceljs, change it, save it under a new name (as a user editing in Excel would). */
async function edit(path: string, out: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  change(wb);
  await wb.xlsx.writeFile(out);
  return out;
}

describe('mine-plan verify', () => {
  let dir: string;
  let copy: string;
  let digest: string;
  beforeAll(async () => {
    dir = tempDir();
    const file = await planFile(dir, 'plan.xlsx');
    copy = join(dir, 'reviewed.xlsx');
    const { code } = await cli('review', file, '--json', '--out', copy);
    expect(code).toBe(0);
    digest = JSON.parse((await cli('verify', copy, '--json')).stdout).recorded;
  });

  it('review --json keeps exactly the SPEC keys; the digest is recorded in the 复核报告', async () => {
    const { stdout } = await cli('review', await planFile(tempDir(), 'p.xlsx'), '--json');
    expect(Object.keys(JSON.parse(stdout))).toEqual(['file', 'inputSha256', 'province', 'rulePacks', 'templates', 'results', 'findings', 'summary']);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the 复核报告 records the digest, per-sheet digests and the filled cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const report = wb.getWorksheet('复核报告')!;
    const rows: string[][] = [];
    report.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)))));
    expect(rows).toContainEqual(['输入数据 SHA-256（规范化）', digest]);
    expect(rows.find((r) => r[0] === '输入 SHA-256')).toBeDefined();
    expect(rows).toContainEqual(['土石料平衡分析表', expect.stringMatching(/^\d+$/), expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(rows.some((r) => r[0] === '土石料平衡分析表' && r[1] === 'H3')).toBe(true); // 剩余可处置量 filled
  });

  it('exits 0 on the untouched reviewed copy: filled cells are derived, not inputs', async () => {
    const { code, stdout, stderr } = await cli('verify', copy);
    expect(stderr).toBe('');
    expect(stdout).toContain('未变更');
    expect(stdout).toContain(digest);
    expect(code).toBe(0);
  });

  it('exits 1 and names the sheet when an input was changed afterwards', async () => {
    const changed = await edit(copy, join(dir, 'changed.xlsx'), (wb) => {
      wb.getWorksheet('土石料平衡分析表')!.getCell('D3').value = 120001;
    });
    const { code, stdout } = await cli('verify', changed);
    expect(code).toBe(1);
    expect(stdout).toContain('已变更');
    expect(stdout).toMatch(/土石料平衡分析表: 已变更/);
    expect(stdout).not.toMatch(/项目信息: /);
  });

  it('exits 1 when a filled (derived) cell is typed over with another value', async () => {
    const changed = await edit(copy, join(dir, 'overtyped.xlsx'), (wb) => {
      wb.getWorksheet('土石料平衡分析表')!.getCell('H3').value = 1;
    });
    expect((await cli('verify', changed)).code).toBe(1);
  });

  it('stays 0 when only notes, styles or the report sheet change', async () => {
    const touched = await edit(copy, join(dir, 'touched.xlsx'), (wb) => {
      wb.getWorksheet('土石料平衡分析表')!.getCell('D3').font = { bold: true };
      wb.getWorksheet('复核报告')!.getCell('A1').value = '复核报告（已打印）';
    });
    expect((await cli('verify', touched, '--lang', 'en')).stdout).toContain('unchanged');
    expect((await cli('verify', touched)).code).toBe(0);
  });

  it('--json gives the outcome with per-sheet statuses', async () => {
    const { stdout } = await cli('verify', copy, '--json');
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({ file: 'reviewed.xlsx', unchanged: true, reportSheet: '复核报告', recorded: digest, computed: digest });
    expect(json.sheets.map((s: { status: string }) => s.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('a reviewed copy reviewed again keeps the digest of the original inputs and verifies', async () => {
    const again = join(dir, 'reviewed-again.xlsx');
    await cli('review', copy, '--json', '--out', again);
    expect(JSON.parse((await cli('verify', again, '--json')).stdout).recorded).toBe(digest);
    const verified = await cli('verify', again);
    expect(verified.stdout).toContain('复核报告(2)');
    expect(verified.code).toBe(0);
  });

  it('exits 2 for an unreadable file and for a workbook without a report', async () => {
    const missing = await cli('verify', join(dir, 'nope.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
    const plain = await cli('verify', await planFile(tempDir(), 'plain.xlsx'));
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('复核报告');
  });
});
