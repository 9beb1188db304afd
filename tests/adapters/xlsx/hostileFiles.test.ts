import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { WorkbookReadError } from '../../../src/adapters/xlsx/errors';
import { MAX_ENTRY_COMPRESSION_RATIO, MAX_UNCOMPRESSED_TOTAL_BYTES, MAX_ZIP_ENTRIES, RATIO_CHECK_MIN_BYTES } from '../../../src/adapters/xlsx/limits';
import { readWorkbookBuffer, readWorkbookFile } from '../../../src/adapters/xlsx/readXlsx';
import { buildEarthBalanceWorkbook, toBuffer } from './support/fixtures';

let dir: string;
let good: Buffer;
beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'mine-plan-hostile-'));
  good = await toBuffer(buildEarthBalanceWorkbook());
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function expectReadError(p: Promise<unknown>, code: string, zh: RegExp): Promise<WorkbookReadError> {
  const started = Date.now();
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkbookReadError);
  const e = err as WorkbookReadError;
  expect(e.code).toBe(code);
  expect(e.message).toMatch(zh);
  expect(e.messageEn.length).toBeGreaterThan(0);
  expect(Date.now() - started).toBeLessThan(5000); // never hang
  return e;
}

async function file(name: string, bytes: Buffer): Promise<string> {
  const p = join(dir, name);
  await fs.writeFile(p, bytes);
  return p;
}

/** Offsets of the central-directory records, found from the end-of-central-directory record. */
function centralEntries(buf: Buffer): { offset: number; name: string }[] {
  let eocd = buf.length - 22;
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out: { offset: number; name: string }[] = [];
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    out.push({ offset: p, name: buf.toString('utf8', p + 46, p + 46 + nameLen) });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

describe('hostile or broken files give a WorkbookReadError with a zh-CN message', () => {
  it('missing file', async () => {
    await expectReadError(readWorkbookFile(join(dir, 'nope.xlsx')), 'FILE_NOT_FOUND', /找不到文件/);
  });

  it('a directory', async () => {
    const d = join(dir, 'folder.xlsx');
    await fs.mkdir(d);
    await expectReadError(readWorkbookFile(d), 'IS_DIRECTORY', /文件夹/);
  });

  it('an empty file', async () => {
    await expectReadError(readWorkbookFile(await file('empty.xlsx', Buffer.alloc(0))), 'EMPTY_FILE', /文件为空/);
  });

  it('text with an .xlsx name', async () => {
    await expectReadError(readWorkbookFile(await file('text.xlsx', Buffer.from('序号,土石料类别\n1,砂岩\n'))), 'NOT_XLSX', /不是有效的 \.xlsx/);
  });

  it('a zip that is not a spreadsheet (a renamed .docx-like archive)', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
    zip.file('word/document.xml', '<w:document/>');
    await expectReadError(readWorkbookBuffer(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })), 'NOT_XLSX', /不是有效的 \.xlsx/);
  });

  it('an encrypted workbook / old .xls (OLE compound file)', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const e = await expectReadError(readWorkbookFile(await file('locked.xlsx', ole)), 'ENCRYPTED_OR_XLS', /文件已加密或为旧版 \.xls/);
    expect(e.messageEn).toMatch(/encrypted/);
  });

  it('a zip cut in half (no central directory)', async () => {
    await expectReadError(readWorkbookBuffer(good.subarray(0, Math.floor(good.length / 2))), 'TRUNCATED', /不完整/);
  });

  it('a zip whose central directory points past the end', async () => {
    const cut = Buffer.from(good);
    let eocd = cut.length - 22;
    while (cut.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    cut.writeUInt32LE(cut.length + 1000, eocd + 16);
    await expectReadError(readWorkbookBuffer(cut), 'TRUNCATED', /不完整/);
  });

  it('a zip with damaged compressed data', async () => {
    const broken = Buffer.from(good);
    const sheet = centralEntries(broken).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const local = broken.readUInt32LE(sheet.offset + 42);
    const data = local + 30 + broken.readUInt16LE(local + 26) + broken.readUInt16LE(local + 28);
    broken.fill(0xff, data, data + 40);
    await expectReadError(readWorkbookBuffer(broken), 'TRUNCATED', /损坏|不完整/);
  });

  it(`a zip bomb declaring more than ${MAX_UNCOMPRESSED_TOTAL_BYTES / 1024 / 1024} MB is refused before inflating`, async () => {
    const bomb = Buffer.from(good);
    const sheet = centralEntries(bomb).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    bomb.writeUInt32LE(MAX_UNCOMPRESSED_TOTAL_BYTES + 1, sheet.offset + 24);
    await expectReadError(readWorkbookBuffer(bomb), 'ZIP_BOMB', /过大|条目过多/);
  });

  it('an entry that inflates beyond its declared size (lying header) is stopped at the declared size', async () => {
    const liar = Buffer.from(good);
    const sheet = centralEntries(liar).find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    liar.writeUInt32LE(16, sheet.offset + 24);
    await expectReadError(readWorkbookBuffer(liar), 'ZIP_BOMB', /超过声明值/);
  });

  it(`more than ${MAX_ZIP_ENTRIES} entries (zip64 count) is refused before reading entries`, async () => {
    let eocd = good.length - 22;
    while (good.readUInt32LE(eocd) !== 0x06054b50) eocd--;
    const body = good.subarray(0, eocd);
    const z64 = Buffer.alloc(56);
    z64.writeUInt32LE(0x06064b50, 0);
    z64.writeBigUInt64LE(44n, 4);
    z64.writeBigUInt64LE(BigInt(MAX_ZIP_ENTRIES + 1), 24);
    z64.writeBigUInt64LE(BigInt(MAX_ZIP_ENTRIES + 1), 32);
    z64.writeBigUInt64LE(BigInt(good.readUInt32LE(eocd + 12)), 40);
    z64.writeBigUInt64LE(BigInt(good.readUInt32LE(eocd + 16)), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(body.length), 8);
    locator.writeUInt32LE(1, 16);
    const end = Buffer.from(good.subarray(eocd));
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    await expectReadError(readWorkbookBuffer(Buffer.concat([body, z64, locator, end])), 'ZIP_BOMB', new RegExp(`上限 ${MAX_ZIP_ENTRIES}`));
  });

  it(`a classic high-ratio bomb entry (> ${MAX_ENTRY_COMPRESSION_RATIO}:1) is refused before inflating`, async () => {
    const zip = await JSZip.loadAsync(good);
    zip.file('xl/media/zeros.bin', Buffer.alloc(RATIO_CHECK_MIN_BYTES + 6 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    await expectReadError(readWorkbookBuffer(bytes), 'ZIP_BOMB', /压缩比超过/);
  });

  it('the limits are the documented numbers', () => {
    expect(MAX_UNCOMPRESSED_TOTAL_BYTES).toBe(200 * 1024 * 1024);
    expect(MAX_ZIP_ENTRIES).toBe(100_000);
  });

  it('a good file still reads', async () => {
    const read = await readWorkbookFile(await file('good.xlsx', good));
    expect(read.snapshot.sheets[0].name).toBe('土石料平衡分析表');
  });
});
