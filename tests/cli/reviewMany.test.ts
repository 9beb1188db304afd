import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runBatch } from '../../src/cli/batch/pool';
import { expandInputs, isBatch, outPaths, summaryTable } from '../../src/cli/commands/reviewMany';
import { cli } from '../support/cli';
import { tempDir, xlsxFile } from '../support/xlsx';

const INFO = { name: '项目信息', rows: [['项目', '值'], ['省份', '河南'], ['编制日期', '2025-12-01']] };
const EARTH_HEADER = ['序号', '土石料类别', '单位', '原地遗留量', '新产生量', '供应量小计', '本工程利用量', '剩余可处置量', '拟对外销售量'];

/** A plan whose only error, when `sale` > 75,000, is a sale above the disposable volume. */
function plan(dir: string, name: string, sale: number) {
  return xlsxFile(dir, name, [
    INFO,
    { name: '土石料平衡分析表', rows: [EARTH_HEADER, [1, '建筑用砂岩', 'm³', 120000, 35000, null, 80000, null, sale]] },
  ]);
}

async function folder() {
  const dir = tempDir();
  await plan(dir, 'a-clean.xlsx', 75000);
  await plan(dir, 'b-oversold.xlsx', 90000);
  mkdirSync(join(dir, 'sub'));
  await plan(join(dir, 'sub'), 'c-deep.xlsm', 75000);
  writeFileSync(join(dir, 'notes.txt'), 'not a workbook');
  writeFileSync(join(dir, '~$a-clean.xlsx'), 'excel lock file');
  return dir;
}

describe('review over several files or a folder', () => {
  it('a single file argument is not a batch; a folder or two files are', async () => {
    const dir = await folder();
    expect(isBatch([join(dir, 'a-clean.xlsx')])).toBe(false);
    expect(isBatch([join(dir, 'missing.xlsx')])).toBe(false);
    expect(isBatch([dir])).toBe(true);
    expect(isBatch([join(dir, 'a-clean.xlsx'), join(dir, 'b-oversold.xlsx')])).toBe(true);
  });

  it('lists a folder\'s workbooks by name, skipping lock files, other files and (unless recursive) sub-folders', async () => {
    const dir = await folder();
    expect(await expandInputs([dir], false)).toEqual([join(dir, 'a-clean.xlsx'), join(dir, 'b-oversold.xlsx')]);
    expect(await expandInputs([dir], true)).toEqual([join(dir, 'a-clean.xlsx'), join(dir, 'b-oversold.xlsx'), join(dir, 'sub', 'c-deep.xlsm')]);
    expect(await expandInputs([join(dir, 'a-clean.xlsx'), dir], false)).toEqual([join(dir, 'a-clean.xlsx'), join(dir, 'b-oversold.xlsx')]);
  });

  it('prints one summary table and exits 1 when a file has errors', async () => {
    const dir = await folder();
    const { code, stdout, stderr } = await cli('review', dir, '--lang', 'en');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^file\s+errors\s+warnings\s+infos\s+status$/);
    expect(lines.find((l) => l.includes('a-clean.xlsx'))).toMatch(/\s0\s+0\s+\d+\s+passed$/);
    expect(lines.find((l) => l.includes('b-oversold.xlsx'))).toMatch(/\s1\s+0\s+\d+\s+errors$/);
    expect(stdout).toMatch(/total \(2 files\)\s+1\s+0/);
    // Not a terminal: one plain progress line per file on stderr.
    expect(stderr.split('\n').filter((l) => /^\[\d\/2\] /.test(l))).toHaveLength(2);
  });

  it('--json prints an array of the single-file objects, in argument order', async () => {
    const dir = await folder();
    const { code, stdout } = await cli('review', join(dir, 'b-oversold.xlsx'), join(dir, 'a-clean.xlsx'), '--json');
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Array.isArray(json)).toBe(true);
    expect(json.map((j: { file: string }) => j.file)).toEqual(['b-oversold.xlsx', 'a-clean.xlsx']);
    const single = JSON.parse((await cli('review', join(dir, 'a-clean.xlsx'), '--json')).stdout);
    expect(Object.keys(json[1])).toEqual(Object.keys(single));
    expect(json[1].findings).toEqual(single.findings);
    expect(json[0].findings.map((f: { code: string }) => f.code)).toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
  });

  it('exits 2 when any file is unreadable, and still reviews the others', async () => {
    const dir = await folder();
    writeFileSync(join(dir, 'broken.xlsx'), 'junk');
    const { code, stdout, stderr } = await cli('review', dir, '--json');
    expect(code).toBe(2);
    const json = JSON.parse(stdout);
    expect(json).toHaveLength(3);
    expect(json.find((j: { file: string }) => j.file === 'broken.xlsx')).toEqual({ file: 'broken.xlsx', error: expect.any(String) });
    expect(stderr).toContain('broken.xlsx');
    expect(json.filter((j: { summary?: unknown }) => j.summary)).toHaveLength(2);
  });

  it('refuses --out with several files and writes one copy per file with --out-dir', async () => {
    const dir = await folder();
    const refused = await cli('review', dir, '--out', join(dir, 'x.xlsx'));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--out-dir');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);

    const outDir = join(dir, 'reviewed');
    const { code, stdout } = await cli('review', dir, '--out-dir', outDir);
    expect(code).toBe(1);
    for (const name of ['a-clean.reviewed.xlsx', 'b-oversold.reviewed.xlsx']) expect(existsSync(join(outDir, name))).toBe(true);
    expect(stdout).toContain('2 个复核副本');
  });

  it('a copy the writer refuses (an .xlsm without macros) fails that file only, with exit 2', async () => {
    const dir = await folder();
    const outDir = join(dir, 'reviewed');
    const { code, stdout, stderr } = await cli('review', dir, '--recursive', '--out-dir', outDir);
    expect(code).toBe(2);
    expect(stdout).toMatch(/c-deep\.xlsm.*副本写出失败/);
    expect(stderr).toContain('c-deep.xlsm');
    expect(existsSync(join(outDir, 'a-clean.reviewed.xlsx'))).toBe(true);
  });

  it('refuses --html with several files', async () => {
    const dir = await folder();
    const { code, stderr } = await cli('review', dir, '--html', join(dir, 'r.html'));
    expect(code).toBe(2);
    expect(stderr).toContain('--html');
  });

  it('a single file keeps the single-file output; --out-dir then names its copy', async () => {
    const dir = await folder();
    const file = join(dir, 'a-clean.xlsx');
    const plain = await cli('review', file);
    expect(plain.stdout).not.toMatch(/^文件\s+错误/);
    const outDir = join(dir, 'one');
    const { code } = await cli('review', file, '--out-dir', outDir);
    expect(code).toBe(0);
    expect(readFileSync(join(outDir, 'a-clean.reviewed.xlsx')).length).toBeGreaterThan(0);
  });

  it('numbers copies of inputs that share a name', () => {
    expect(outPaths(['a/plan.xlsx', 'b/plan.xlsx', 'c/Plan.xlsx'], 'out')).toEqual([
      join('out', 'plan.reviewed.xlsx'), join('out', 'plan.reviewed-2.xlsx'), join('out', 'Plan.reviewed-3.xlsx'),
    ]);
  });

  it('the bounded pool keeps input order whatever the completion order, and reports each file once', async () => {
    const dir = await folder();
    const files = [join(dir, 'b-oversold.xlsx'), join(dir, 'nope.xlsx'), join(dir, 'a-clean.xlsx')];
    const seen: number[] = [];
    const outcomes = await runBatch(files.map((path) => ({ path, lang: 'zh-CN' as const })), { jobs: 2, onDone: (_, n) => seen.push(n) });
    expect(outcomes.map((o) => o.path)).toEqual(files);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(seen).toEqual([1, 2, 3]);
    expect(summaryTable(outcomes, 'zh-CN')).toContain('无法读取');
  });
});
