import { existsSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { cli, expectOneLineRefusal, HOSTILE_TIMEOUT_MS, tempDir } from './support';

/** Not a workbook, whatever the name says: exit 2, one zh-CN line, nothing written (plain text: tests/cli/review.test.ts). */
async function docxLike(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
  zip.file('word/document.xml', '<w:document/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('a non-xlsx file with an .xlsx name', () => {
  it.each<[string, () => Promise<Buffer> | Buffer, RegExp]>([
    ['a PNG image', () => Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), /不是有效的 \.xlsx/],
    ['a PDF', () => Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), /不是有效的 \.xlsx/],
    ['a CSV export', () => Buffer.from('\ufeff序号,土石料类别,原地遗留量\n1,建筑用砂岩,120000\n'), /不是有效的 \.xlsx/],
    ['a Word document renamed', docxLike, /不是有效的 \.xlsx/],
    ['an empty zip', () => Buffer.from('504b0506000000000000000000000000000000000000', 'hex'), /不是有效的 \.xlsx/],
    ['an old .xls / encrypted workbook (OLE)', () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]), /已加密或为旧版 \.xls/],
  ])(
    '%s → exit 2',
    async (_label, bytes, zh) => {
      const dir = tempDir();
      const file = join(dir, 'plan.xlsx');
      writeFileSync(file, await bytes());
      const out = join(dir, 'out.xlsx');
      const r = await cli('review', file, '--out', out);
      expectOneLineRefusal(r, zh);
      expect(existsSync(out)).toBe(false);
    },
    HOSTILE_TIMEOUT_MS,
  );

  it('the English message with --lang en', async () => {
    const file = join(tempDir(), 'plan.xlsx');
    writeFileSync(file, '%PDF-1.7');
    const r = await cli('review', file, '--json', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mine-plan: not an \.xlsx workbook/);
  }, HOSTILE_TIMEOUT_MS);
});
