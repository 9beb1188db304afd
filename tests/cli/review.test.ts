import { createHash } from 'crypto';
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { cli } from '../support/cli';
import { tempDir, xlsxFile } from '../support/xlsx';

const EARTH_HEADER = ['序号', '土石料类别', '单位', '原地遗留量', '新产生量', '供应量小计', '本工程利用量', '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）'];

async function plan(dir: string, saleOfFirstRow: number) {
  return xlsxFile(dir, 'plan.xlsx', [
    { name: '项目信息', rows: [['项目', '值'], ['省份', '河南'], ['编制日期', '2025-12-01'], ['修复前最低标高', 100], ['修复后坑底标高', 101]] },
    {
      name: '土石料平衡分析表',
      rows: [
        ['土石料平衡分析表'],
        EARTH_HEADER,
        [1, '建筑用砂岩', 'm³', 120000, 35000, null, 80000, null, saleOfFirstRow, 28, null, null],
        [2, '表土', 'm³', 30000, 0, null, 30000, null, 0, null, null, null],
        ['合计', null, null, null, null, null, null, null, null, null, null, null],
      ],
      formulas: { F3: { formula: 'D3+E3', result: 155000 } },
    },
    { name: '竞价记录', rows: [['标的', '竞买人', '报价（万元）'], ['建筑用砂岩', '甲公司', 215], ['建筑用砂岩', '乙公司', 231]] },
  ]);
}

describe('mine-plan review --json (SPEC §7)', () => {
  it('prints the contract object and exits 0 when there are no errors', async () => {
    const dir = tempDir();
    const file = await plan(dir, 75000);
    const { code, stdout, stderr } = await cli('review', file, '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['file', 'inputSha256', 'province', 'rulePacks', 'templates', 'results', 'findings', 'summary']);
    expect(json.file).toBe('plan.xlsx');
    expect(json.inputSha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
    expect(json.province).toBe('河南');
    expect(json.rulePacks).toEqual([{ id: '河南', document: '豫自然资规〔2025〕13号', validFrom: '2025-11-03', validTo: '2030-11-02' }]);
    expect(json.templates).toEqual(expect.arrayContaining([{ sheet: '土石料平衡分析表', kind: 'earthBalance', rows: 2 }]));
    expect(json.results).toEqual(expect.arrayContaining([
      { id: 'earth.total.disposable', sheet: '土石料平衡分析表', cell: 'H5', label: '合计 剩余可处置量', value: '75000', unit: 'm³' },
      expect.objectContaining({ id: 'earth.建筑用砂岩.appraisal', value: '210', unit: '万元', cell: 'K3' }),
      expect.objectContaining({ id: 'bids.建筑用砂岩.price', value: '231', unit: '万元' }),
      expect.objectContaining({ id: 'bids.建筑用砂岩.winner', value: '乙公司' }),
    ]));
    for (const r of json.results) expect(typeof r.value).toBe('string');
    expect(json.summary).toEqual({ errors: 0, warnings: 0, infos: expect.any(Number) });
  });

  it('exits 1 with the finding pointing at the cell and citing the article', async () => {
    const file = await plan(tempDir(), 75001);
    const { code, stdout } = await cli('review', file, '--json');
    expect(code).toBe(1);
    const f = JSON.parse(stdout).findings.find((x: { code: string }) => x.code === 'EARTH_SALE_EXCEEDS_DISPOSABLE');
    expect(f).toEqual({
      code: 'EARTH_SALE_EXCEEDS_DISPOSABLE', severity: 'error', sheet: '土石料平衡分析表', cell: 'I3',
      expected: '≤ 75000', found: '75001', message: expect.stringContaining('超过剩余可处置量'),
      rule: '豫自然资规〔2025〕13号 第二十五条',
    });
  });

  it('--lang en switches messages', async () => {
    const file = await plan(tempDir(), 75001);
    const { stdout } = await cli('review', file, '--json', '--lang', 'en');
    expect(JSON.parse(stdout).findings.find((x: { code: string }) => x.code === 'EARTH_SALE_EXCEEDS_DISPOSABLE').message).toMatch(/exceeds/);
  });

  it('prints a readable zh-CN report without --json', async () => {
    const { code, stdout } = await cli('review', await plan(tempDir(), 75001));
    expect(code).toBe(1);
    expect(stdout).toContain('计算复核报告');
    expect(stdout).toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
    expect(stdout).toContain('依据: 豫自然资规〔2025〕13号 第二十五条');
  });
});

describe('unreadable files: exit 2, one line on stderr, nothing written', () => {
  it.each([
    ['not a zip', Buffer.from('hello, this is not a workbook')],
    ['a truncated zip', Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000broken')],
    ['an empty file', Buffer.alloc(0)],
  ])('%s', async (_label, bytes) => {
    const dir = tempDir();
    const file = join(dir, 'bad.xlsx');
    writeFileSync(file, bytes);
    const out = join(dir, 'out.xlsx');
    const { code, stdout, stderr } = await cli('review', file, '--json', '--out', out);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^mine-plan: /);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
  it('a missing file', async () => {
    const { code, stderr } = await cli('review', join(tempDir(), 'nope.xlsx'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^mine-plan: .+/);
  });
});

describe('review --out writes a reviewed copy', () => {
  it('fills empty derived cells, keeps the author’s formula, adds 复核报告 and notes; the source is untouched', async () => {
    const dir = tempDir();
    const file = await plan(dir, 75001);
    const before = readFileSync(file);
    const out = join(dir, 'reviewed.xlsx');
    const { code } = await cli('review', file, '--out', out);
    expect(code).toBe(1);
    expect(readFileSync(file).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('土石料平衡分析表')!;
    expect(ws.getCell('F3').formula).toBe('D3+E3');
    expect(Number(ws.getCell('H3').value)).toBe(75000);
    expect(Number(ws.getCell('K3').value)).toBe(210.0028);
    expect(ws.getCell('I3').value).toBe(75001);
    expect(JSON.stringify(ws.getCell('I3').note)).toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
    expect(wb.getWorksheet('复核报告')).toBeDefined();
  });
  it('refuses to write over the source or an existing file (exit 2)', async () => {
    const dir = tempDir();
    const file = await plan(dir, 1);
    expect((await cli('review', file, '--out', file)).code).toBe(2);
    const other = join(dir, 'exists.xlsx');
    writeFileSync(other, 'keep me');
    const r = await cli('review', file, '--out', other);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(other, 'utf8')).toBe('keep me');
    expect((await cli('review', file, '--out', other, '--force')).code).toBe(0);
  });
});

describe('template and demo', () => {
  it('template --out writes every template sheet, and the blank reviews without crashing', async () => {
    const dir = tempDir();
    const out = join(dir, 'blank.xlsx');
    const r = await cli('template', '--out', out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['项目信息', '土石料平衡分析表', '竞价记录']));
    const review = await cli('review', out, '--json');
    expect([0, 1]).toContain(review.code);
    const kinds = JSON.parse(review.stdout).templates.map((t: { kind: string }) => t.kind);
    expect(kinds).toEqual(expect.arrayContaining(['projectInfo', 'earthBalance', 'bids']));
  });
  it('demo prints the sample review and exits 0', async () => {
    const r = await cli('demo');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('土石料平衡分析表');
    expect(r.stdout).toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
  });
});

describe('rules', () => {
  it('lists the rules of a province with their articles', async () => {
    const r = await cli('rules', '--province', '河南');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('第二十五条');
    expect(r.stdout).toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
    expect(r.stdout).not.toContain('内政办发');
  });
  it('lists every pack without --province, and rejects an unknown province', async () => {
    expect((await cli('rules')).stdout).toContain('内政办发〔2023〕14号');
    const bad = await cli('rules', '--province', '火星');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('未知省份');
  });
});
