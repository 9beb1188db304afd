import { join } from 'path';
import { cli } from '../support/cli';
import { tempDir } from '../support/xlsx';
import { planFile } from './reviewerFixtures';

describe('mine-plan diff', () => {
  let dir: string;
  let v1: string;
  let v2: string;
  beforeAll(async () => {
    dir = tempDir();
    v1 = await planFile(dir, 'v1.xlsx', { sale: 75001 });
    v2 = await planFile(dir, 'v2.xlsx', { sale: 75000, bids: [['建筑用砂岩', '甲公司', 215], ['建筑用砂岩', '乙公司', 240]] });
  });

  it('prints the changes in zh-CN and exits 0 even though versions differ', async () => {
    const { code, stdout, stderr } = await cli('diff', v1, v2);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('土石料平衡分析表!I3  75001 → 75000');
    expect(stdout).toContain('竞价记录!C3  231 → 240');
    expect(stdout).toMatch(/已解决 \[错误\] EARTH_SALE_EXCEEDS_DISPOSABLE {2}土石料平衡分析表!I3/);
    expect(stdout).toMatch(/bids\.建筑用砂岩\.price {2}建筑用砂岩 成交价: 231 → 240 万元/);
  });

  it('--json has the documented shape', async () => {
    const { code, stdout } = await cli('diff', v1, v2, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['old', 'new', 'inputs', 'results', 'findings', 'summary']);
    expect(json.old).toEqual({ file: 'v1.xlsx', inputSha256: expect.stringMatching(/^[0-9a-f]{64}$/), inputsSha256: expect.stringMatching(/^[0-9a-f]{64}$/), summary: expect.objectContaining({ errors: 1 }) });
    expect(json.inputs).toContainEqual({ sheet: '竞价记录', cell: 'C3', old: { kind: 'input', type: 'number', value: '231' }, new: { kind: 'input', type: 'number', value: '240' } });
    expect(json.findings.fixed).toContainEqual(expect.objectContaining({ code: 'EARTH_SALE_EXCEEDS_DISPOSABLE', sheet: '土石料平衡分析表', cell: 'I3', rule: '豫自然资规〔2025〕13号 第二十五条' }));
    expect(json.summary).toEqual({ inputsChanged: 2, resultsChanged: expect.any(Number), resultsAdded: 0, resultsRemoved: 0, findingsFixed: 1, findingsNew: 0 });
  });

  it('a version and its own reviewed copy have the same inputs (filled cells are derived)', async () => {
    const copy = join(dir, 'v2-reviewed.xlsx');
    expect((await cli('review', v2, '--out', copy)).code).toBe(0);
    const { stdout } = await cli('diff', v2, copy, '--lang', 'en');
    expect(stdout).toContain('Inputs identical');
    expect(stdout).toMatch(/1\. Changed inputs（0）/);
  });

  it('exits 2 when a file cannot be read', async () => {
    const { code, stderr } = await cli('diff', v1, join(dir, 'missing.xlsx'));
    expect(code).toBe(2);
    expect(stderr).toContain('找不到文件');
  });
});
