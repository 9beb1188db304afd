import { readFileSync, writeFileSync, existsSync } from 'fs';
import { join } from 'path';
import { createGzip } from 'zlib';
import JSZip from 'jszip';
import { MAX_UNCOMPRESSED_TOTAL_BYTES } from '../../src/adapters/xlsx/limits';
import { cli, expectOneLineRefusal, HOSTILE_TIMEOUT_MS, smallPlan, tempDir } from './support';
import { deflated, writeZip, type RawEntry } from './zipWriter';

const MB = 1024 * 1024;

/**
 * `size` bytes of zeros, deflated chunk by chunk (never held inflated in memory): ~1000:1. Written as gzip so
 * zlib computes the CRC-32 (gzip trailer); the raw deflate stream is the gzip body without its 10-byte header.
 */
async function zerosDeflated(name: string, size: number): Promise<RawEntry> {
  const chunk = Buffer.alloc(MB);
  const out: Buffer[] = [];
  const z = createGzip({ level: 9 });
  z.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve) => z.on('end', resolve));
  for (let n = 0; n < size / MB; n++) if (!z.write(chunk)) await new Promise((r) => z.once('drain', r));
  z.end();
  await done;
  const gz = Buffer.concat(out);
  return { name, method: 8, data: gz.subarray(10, gz.length - 8), crc: gz.readUInt32LE(gz.length - 8), size };
}

/** The entries of a real workbook plus one bomb entry, as a valid zip. */
async function workbookWithBomb(good: Buffer, bomb: RawEntry): Promise<Buffer> {
  const zip = await JSZip.loadAsync(good);
  const entries: RawEntry[] = [];
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) entries.push(deflated(name, await zip.files[name].async('nodebuffer')));
  return writeZip([...entries, bomb]);
}

describe('a zip bomb through the CLI', () => {
  it(
    `an xlsx carrying a real ${(MAX_UNCOMPRESSED_TOTAL_BYTES / MB) * 1.25} MB-of-zeros entry (≈ 250 kB on disk): exit 2, one line, fast, no memory blow-up`,
    async () => {
      const dir = tempDir();
      const good = readFileSync(await smallPlan(dir));
      const bomb = await zerosDeflated('xl/media/image1.bin', MAX_UNCOMPRESSED_TOTAL_BYTES * 1.25);
      const file = join(dir, 'bomb.xlsx');
      writeFileSync(file, await workbookWithBomb(good, bomb));
      expect(readFileSync(file).length).toBeLessThan(1 * MB);
      const rssBefore = process.memoryUsage().rss;
      const out = join(dir, 'out.xlsx');
      const r = await cli('review', file, '--json', '--out', out);
      expectOneLineRefusal(r, /解压后过大或条目过多/);
      expect(r.ms).toBeLessThan(5000);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * MB);
      expect(existsSync(out)).toBe(false);
    },
    60_000,
  );

  it(
    'a 150 MB entry under the total limit but above 1000:1 is still refused before inflating',
    async () => {
      const dir = tempDir();
      const good = readFileSync(await smallPlan(dir));
      const file = join(dir, 'ratio.xlsx');
      writeFileSync(file, await workbookWithBomb(good, await zerosDeflated('xl/worksheets/sheet9.xml', 150 * MB)));
      const r = await cli('review', file);
      expectOneLineRefusal(r, /压缩比超过 1000:1/);
    },
    60_000,
  );

  it('the hand-written zip itself is sound: the same writer without a bomb reviews normally', async () => {
    const dir = tempDir();
    const good = readFileSync(await smallPlan(dir));
    const zip = await JSZip.loadAsync(good);
    const entries: RawEntry[] = [];
    for (const name of Object.keys(zip.files)) entries.push(deflated(name, await zip.files[name].async('nodebuffer')));
    const file = join(dir, 'rewritten.xlsx');
    writeFileSync(file, writeZip(entries));
    expect((await cli('review', file, '--json')).code).toBe(0);
  }, HOSTILE_TIMEOUT_MS);
});
