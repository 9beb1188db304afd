import { inflateRawSync } from 'zlib';
import { WorkbookReadError } from './errors';
import {
  MAX_ENTRY_COMPRESSION_RATIO,
  MAX_FILE_BYTES,
  MAX_UNCOMPRESSED_TOTAL_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_CHECK_MIN_BYTES,
} from './limits';

/** One entry of the zip central directory, as declared (and verified by `inspectZip`). */
export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const truncated = () =>
  new WorkbookReadError('TRUNCATED', '文件不完整（压缩包被截断或已损坏），请重新获取原文件', 'the file is truncated or its zip package is damaged');
const notXlsx = () =>
  new WorkbookReadError('NOT_XLSX', '不是有效的 .xlsx 工作簿（文件内容不是 Excel 2007 及以上格式）', 'not an .xlsx workbook (the content is not an Office Open XML package)');
const bomb = (what: string, whatEn: string) =>
  new WorkbookReadError('ZIP_BOMB', `文件解压后过大或条目过多（${what}），为安全起见拒绝读取`, `the package is too large once inflated or has too many entries (${whatEn}); refused for safety`);

/**
 * Checks a buffer is a sane xlsx zip package *before* any library inflates it: magic bytes, the end of
 * central directory record, declared entry count and uncompressed sizes against the limits, then inflates
 * each entry with a hard output cap so a lying size cannot blow up memory. Throws WorkbookReadError.
 */
export function inspectZip(buf: Buffer): ZipEntryInfo[] {
  if (buf.length === 0) throw new WorkbookReadError('EMPTY_FILE', '文件为空（0 字节）', 'the file is empty (0 bytes)');
  if (buf.length > MAX_FILE_BYTES)
    throw new WorkbookReadError('FILE_TOO_LARGE', `文件超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 上限`, `the file exceeds the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
  if (buf.length >= 8 && OLE_MAGIC.every((b, i) => buf[i] === b))
    throw new WorkbookReadError(
      'ENCRYPTED_OR_XLS',
      '文件已加密或为旧版 .xls：请在 Excel 中取消打开密码，或另存为 .xlsx 后再试',
      'the file is encrypted (password-protected) or an old .xls: remove the password or save it as .xlsx',
    );
  if (buf.length < 4 || buf.readUInt32LE(0) !== SIG_LOCAL) {
    if (buf.length >= 4 && buf.readUInt32LE(0) === SIG_EOCD) throw notXlsx(); // an empty zip
    throw notXlsx();
  }
  const { entryCount, cdOffset, cdSize } = readEndOfCentralDirectory(buf);
  if (entryCount > MAX_ZIP_ENTRIES) throw bomb(`${entryCount} 个条目，上限 ${MAX_ZIP_ENTRIES}`, `${entryCount} entries, limit ${MAX_ZIP_ENTRIES}`);
  if (cdOffset + cdSize > buf.length) throw truncated();

  const entries: ZipEntryInfo[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < entryCount; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL) throw truncated();
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen + extraLen > buf.length) throw truncated();
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const z = readZip64Extra(buf, p + 46 + nameLen, extraLen, { uncompressedSize, compressedSize, localOffset });
      ({ uncompressedSize, compressedSize, localOffset } = z);
    }
    if (flags & 0x1)
      throw new WorkbookReadError('ENCRYPTED_OR_XLS', '文件已加密或为旧版 .xls：压缩包条目被加密', 'the file is encrypted: a zip entry is encrypted');
    total += uncompressedSize;
    if (total > MAX_UNCOMPRESSED_TOTAL_BYTES)
      throw bomb(`解压后超过 ${MAX_UNCOMPRESSED_TOTAL_BYTES / 1024 / 1024} MB`, `more than ${MAX_UNCOMPRESSED_TOTAL_BYTES / 1024 / 1024} MB uncompressed`);
    if (uncompressedSize > RATIO_CHECK_MIN_BYTES && uncompressedSize > MAX_ENTRY_COMPRESSION_RATIO * Math.max(compressedSize, 1))
      throw bomb(`条目 ${name} 压缩比超过 ${MAX_ENTRY_COMPRESSION_RATIO}:1`, `entry ${name} compresses more than ${MAX_ENTRY_COMPRESSION_RATIO}:1`);
    entries.push({ name, method, compressedSize, uncompressedSize });
    verifyEntryData(buf, localOffset, method, compressedSize, uncompressedSize, name);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function readEndOfCentralDirectory(buf: Buffer): { entryCount: number; cdOffset: number; cdSize: number } {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw truncated();
  let entryCount = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (entryCount === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== SIG_ZIP64_LOCATOR) throw truncated();
    const z64 = Number(buf.readBigUInt64LE(loc + 8));
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== SIG_ZIP64_EOCD) throw truncated();
    entryCount = Number(buf.readBigUInt64LE(z64 + 32));
    cdSize = Number(buf.readBigUInt64LE(z64 + 40));
    cdOffset = Number(buf.readBigUInt64LE(z64 + 48));
  }
  return { entryCount, cdOffset, cdSize };
}

function readZip64Extra(
  buf: Buffer,
  start: number,
  len: number,
  sizes: { uncompressedSize: number; compressedSize: number; localOffset: number },
): { uncompressedSize: number; compressedSize: number; localOffset: number } {
  const out = { ...sizes };
  let q = start;
  while (q + 4 <= start + len) {
    const id = buf.readUInt16LE(q);
    const size = buf.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let r = q + 4;
      const take = () => {
        if (r + 8 > q + 4 + size) throw truncated();
        const v = Number(buf.readBigUInt64LE(r));
        r += 8;
        return v;
      };
      if (out.uncompressedSize === 0xffffffff) out.uncompressedSize = take();
      if (out.compressedSize === 0xffffffff) out.compressedSize = take();
      if (out.localOffset === 0xffffffff) out.localOffset = take();
      return out;
    }
    q += 4 + size;
  }
  throw truncated();
}

/** Inflates one entry with its declared size as a hard cap: a size that lies is a bomb or a damaged file. */
function verifyEntryData(buf: Buffer, localOffset: number, method: number, compressedSize: number, uncompressedSize: number, name: string): void {
  if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== SIG_LOCAL) throw truncated();
  const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
  if (dataStart + compressedSize > buf.length) throw truncated();
  if (name.endsWith('/') && uncompressedSize === 0) return;
  const data = buf.subarray(dataStart, dataStart + compressedSize);
  if (method === 0) {
    if (compressedSize !== uncompressedSize) throw truncated();
    return;
  }
  if (method !== 8) throw notXlsx();
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, uncompressedSize) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw bomb(`条目 ${name} 实际解压大小超过声明值`, `entry ${name} inflates beyond its declared size`);
    throw truncated();
  }
  if (inflated.length !== uncompressedSize) throw truncated();
}
