import { existsSync, readdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { cli, expectOneLineRefusal, smallPlan, tempDir } from './support';

/**
 * CLI-level checks of --out that tests/cli/review.test.ts does not already make (it covers the source and an
 * existing file without --force). The adapter's own tests cover symlinks, hard links and the temp-file path.
 */
describe('review --out at the CLI', () => {
  it('a missing output folder → exit 2, one zh-CN line, nothing created', async () => {
    const dir = tempDir();
    const out = join(dir, 'no-such-folder', 'reviewed.xlsx');
    const r = await cli('review', await smallPlan(dir), '--out', out);
    expectOneLineRefusal(r, /输出目录不存在/);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('atomic: after a write, a refusal and a forced replace, the folder holds exactly the expected files', async () => {
    const dir = tempDir();
    const file = await smallPlan(dir);
    const out = join(dir, 'reviewed.xlsx');
    expect((await cli('review', file, '--out', out)).code).toBe(0);
    expect((await cli('review', file, '--out', out)).code).toBe(2);
    expect((await cli('review', file, '--out', out, '--force')).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['plan.xlsx', 'reviewed.xlsx']);
  });

  it('an unreadable source with --out leaves no file and no temp file', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, 'PK\u0003\u0004 not really');
    const r = await cli('review', bad, '--out', join(dir, 'reviewed.xlsx'));
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['bad.xlsx']);
  });
});
