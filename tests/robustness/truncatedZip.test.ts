import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { cli, expectOneLineRefusal, HOSTILE_TIMEOUT_MS, smallPlan, tempDir } from './support';

/** A real workbook cut short at different places: always exit 2 with one zh-CN line, never a hang or crash. */
describe('a truncated zip', () => {
  let good: Buffer;
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    good = readFileSync(await smallPlan(dir));
  });

  it.each<[string, (n: number) => number]>([
    ['the first 30 bytes (one local header)', () => 30],
    ['half the file', (n) => Math.floor(n / 2)],
    ['all but the last 10 bytes (inside the end record)', (n) => n - 10],
    ['all but the last byte', (n) => n - 1],
  ])(
    '%s → exit 2',
    async (_label, cut) => {
      const file = join(dir, `cut-${cut(good.length)}.xlsx`);
      writeFileSync(file, good.subarray(0, cut(good.length)));
      const r = await cli('review', file, '--json');
      expectOneLineRefusal(r, /不完整|损坏|不是有效/);
      expect(r.ms).toBeLessThan(5000);
    },
    HOSTILE_TIMEOUT_MS,
  );

  it('a flipped byte in the compressed data → exit 2', async () => {
    const bad = Buffer.from(good);
    const dataStart = 30 + bad.readUInt16LE(26) + bad.readUInt16LE(28); // first entry's compressed bytes
    for (let i = 2; i < 6; i++) bad[dataStart + i] ^= 0xff;
    const file = join(dir, 'flipped.xlsx');
    writeFileSync(file, bad);
    const r = await cli('review', file);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(1);
  }, HOSTILE_TIMEOUT_MS);
});
