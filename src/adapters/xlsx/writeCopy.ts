import { createHash, randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import type JSZip from 'jszip';
import { parseA1 } from '../../core/snapshot';
import type { WritePlan } from '../../core/write-plan';
import { WorkbookReadError, WorkbookWriteError } from './errors';
import { addNotes } from './ooxml/comments';
import { OoxmlPackage } from './ooxml/pkg';
import { addReportSheet } from './ooxml/reportSheet';
import { SheetEditor } from './ooxml/sheetXml';
import { StyleBook } from './ooxml/styles';
import { insertBeforeFirst } from './ooxml/xml';
import { scanPackageParts, type PackagePart } from './packageParts';
import { loadZip, readFileChecked, readWorkbookBuffer } from './readXlsx';
import { MAX_UNCOMPRESSED_TOTAL_BYTES } from './limits';
import { inspectZip } from './zipGuard';

/** Highlight fills by severity (ARGB): Excel's own "bad" red, "neutral" yellow, and a light blue. */
export const SEVERITY_FILL = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' } as const;

export interface WriteCopyOptions {
  /** Replace an existing output file (never the source). */
  force?: boolean;
}

export type SkipReason = 'HAS_FORMULA' | 'HAS_VALUE' | 'IN_MERGED_RANGE' | 'SHEET_NOT_FOUND' | 'NOT_A_WORKSHEET' | 'BAD_NUMBER';

export interface WriteCopyOutcome {
  outPath: string;
  sourceSha256: string;
  outSha256: string;
  written: { sheet: string; cell: string }[];
  skipped: { sheet: string; cell: string; reason: SkipReason }[];
  notes: { sheet: string; cell: string; appendedToAuthorComment: boolean }[];
  highlighted: { sheet: string; cell: string }[];
  reportSheet?: string;
  /** Parts exceljs would have dropped, carried over byte for byte. */
  preservedParts: PackagePart[];
  changedParts: string[];
  addedParts: string[];
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const FORMULA_LEAD = /^[=+\-@]/;

/**
 * Writes a reviewed copy of `sourcePath` to `outPath` by editing only the parts of the xlsx package the plan
 * touches (worksheets with fills/marks, styles, comments + VML, workbook.xml, rels, content types, a new report
 * worksheet). Every other part (charts, drawings, images, pivots, VBA …) keeps its exact bytes. The source is
 * never written; the output appears atomically or not at all.
 */
export async function writeReviewedCopy(sourcePath: string, outPath: string, plan: WritePlan, options: WriteCopyOptions = {}): Promise<WriteCopyOutcome> {
  const out = resolve(outPath);
  await refuseUnsafeTarget(resolve(sourcePath), out, !!options.force);
  const source = await readFileChecked(sourcePath);
  const sourceSha256 = sha256(source);
  inspectZip(source);
  const zip = await loadZip(source);
  const pkg = new OoxmlPackage(zip);
  const preservedParts = await scanPackageParts(zip);
  await refuseStrictOoxml(pkg);
  await refuseExtensionMismatch(zip, out);

  const outcome = await applyPlan(pkg, plan);
  await setFullCalcOnLoad(pkg);
  pkg.flush();
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  try {
    await readWorkbookBuffer(bytes); // the copy must open in the reader we trust before it reaches the disk
  } catch (e) {
    if (e instanceof WorkbookReadError && e.code === 'ZIP_BOMB')
      throw new WorkbookWriteError(
        'WRITE_FAILED',
        `复核副本过大（解压后超过读取上限 ${MAX_UNCOMPRESSED_TOTAL_BYTES / 1024 / 1024} MB，表格行数过多），未写入任何文件；请改用 --json 输出复核结果`,
        `the reviewed copy would exceed the ${MAX_UNCOMPRESSED_TOTAL_BYTES / 1024 / 1024} MB read limit once inflated (too many rows); nothing written — use --json instead`,
        { cause: e },
      );
    const why = e instanceof WorkbookReadError ? e.message : String(e);
    const whyEn = e instanceof WorkbookReadError ? e.messageEn : String(e);
    throw new WorkbookWriteError('WRITE_FAILED', `生成的副本无法通过读取校验，未写入任何文件：${why}`, `the generated copy failed the read-back check; nothing written: ${whyEn}`, { cause: e });
  }
  await writeAtomically(out, bytes, !!options.force);
  return {
    outPath: out,
    sourceSha256,
    outSha256: sha256(bytes),
    ...outcome,
    preservedParts,
    changedParts: [...pkg.changed].sort(),
    addedParts: [...pkg.added].sort(),
  };
}

type PlanOutcome = Pick<WriteCopyOutcome, 'written' | 'skipped' | 'notes' | 'highlighted' | 'reportSheet'>;

async function applyPlan(pkg: OoxmlPackage, plan: WritePlan): Promise<PlanOutcome> {
  const result: PlanOutcome = { written: [], skipped: [], notes: [], highlighted: [] };
  const styles = new StyleBook(pkg);
  await styles.open();
  const sheets = await pkg.sheets();
  const names = new Set([...plan.patches.map((p) => p.sheet), ...plan.notes.map((n) => n.sheet), ...plan.highlights.map((h) => h.sheet)]);

  for (const name of names) {
    const patches = plan.patches.filter((p) => p.sheet === name);
    const notes = plan.notes.filter((n) => n.sheet === name);
    const highlights = plan.highlights.filter((h) => h.sheet === name);
    const entry = sheets.find((s) => s.name === name);
    if (!entry || !entry.isWorksheet || !pkg.has(entry.path)) {
      const reason: SkipReason = entry ? 'NOT_A_WORKSHEET' : 'SHEET_NOT_FOUND';
      for (const c of [...patches, ...notes, ...highlights]) result.skipped.push({ sheet: name, cell: c.cell, reason });
      continue;
    }
    const editor = new SheetEditor(await pkg.text(entry.path));
    const merges = editor.mergedRanges().map(parseRange);
    const fillOf = new Map(highlights.map((h) => [normalise(h.cell), SEVERITY_FILL[h.severity]]));

    for (const patch of patches) {
      const cell = normalise(patch.cell);
      const state = editor.cellState(cell);
      const reason: SkipReason | undefined = state.hasFormula
        ? 'HAS_FORMULA'
        : state.hasValue
          ? 'HAS_VALUE'
          : insideMergeNotTopLeft(cell, merges)
            ? 'IN_MERGED_RANGE'
            : patch.kind === 'number' && !PLAIN_DECIMAL.test(patch.value)
              ? 'BAD_NUMBER'
              : undefined;
      if (reason) {
        result.skipped.push({ sheet: name, cell, reason });
        continue;
      }
      const quote = patch.kind === 'text' && FORMULA_LEAD.test(patch.value);
      const fill = fillOf.get(cell);
      const change = { numberFormat: patch.numberFormat, fillRgb: fill, quotePrefix: quote };
      const style = change.numberFormat || change.fillRgb || quote ? styles.derive(state.style, change) : state.style;
      editor.setCell(cell, patch.kind === 'number' ? { kind: 'number', value: normaliseDecimal(patch.value) } : { kind: 'text', value: patch.value }, style);
      result.written.push({ sheet: name, cell });
      if (fill) {
        result.highlighted.push({ sheet: name, cell });
        fillOf.delete(cell);
      }
    }
    for (const [cell, rgb] of fillOf) {
      editor.setCell(cell, { kind: 'keep' }, styles.derive(editor.cellState(cell).style, { fillRgb: rgb }));
      result.highlighted.push({ sheet: name, cell });
    }
    let legacyDrawingRelId: string | undefined;
    if (notes.length) {
      const added = await addNotes(pkg, entry.path, editor, notes.map((n) => ({ cell: normalise(n.cell), text: n.text })));
      legacyDrawingRelId = added.legacyDrawingRelId;
      for (const c of added.outcome.added) result.notes.push({ sheet: name, cell: c, appendedToAuthorComment: false });
      for (const c of added.outcome.appended) result.notes.push({ sheet: name, cell: c, appendedToAuthorComment: true });
    }
    pkg.setText(entry.path, editor.toXml({ legacyDrawingRelId }));
  }
  if (plan.report) result.reportSheet = await addReportSheet(pkg, styles, plan.report);
  styles.flush();
  return result;
}

/** Excel recalculates everything on open: the copy's filled cells feed formulas whose cached results are stale. */
async function setFullCalcOnLoad(pkg: OoxmlPackage): Promise<void> {
  const path = await pkg.workbookPath();
  const xml = await pkg.text(path);
  const p = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const calc = new RegExp(`<${p}calcPr\\b[^>]*?/?>`).exec(xml);
  if (calc) {
    const tag = calc[0].includes('fullCalcOnLoad')
      ? calc[0].replace(/fullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, 'fullCalcOnLoad="1"')
      : calc[0].replace(/\s*(\/?>)$/, ' fullCalcOnLoad="1"$1');
    pkg.setText(path, xml.slice(0, calc.index) + tag + xml.slice(calc.index + calc[0].length));
    return;
  }
  // CT_Workbook order: calcPr comes after definedNames and before oleSize … extLst.
  const followers = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
  pkg.setText(path, insertBeforeFirst(xml, `<${p}calcPr fullCalcOnLoad="1"/>`, followers, 'workbook', p));
}

async function refuseStrictOoxml(pkg: OoxmlPackage): Promise<void> {
  const wb = await pkg.text(await pkg.workbookPath());
  if (/purl\.oclc\.org\/ooxml\/spreadsheetml\/main/.test(wb))
    throw new WorkbookWriteError('UNSUPPORTED_PACKAGE', '工作簿为 Strict Open XML 格式，暂不支持写入副本；请在 Excel 中另存为普通 .xlsx', 'Strict Open XML workbooks are not supported for copies; save as a regular .xlsx');
}

/**
 * Excel refuses to open a package whose extension does not match its content type (a macro-enabled workbook
 * named .xlsx, or a plain one named .xlsm). The copy keeps vbaProject.bin byte for byte, so it must keep the
 * .xlsm extension; a plain workbook must not take it.
 */
async function refuseExtensionMismatch(zip: JSZip, out: string): Promise<void> {
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const macroEnabled = /ms-excel\.sheet\.macroEnabled\.main\+xml/.test(types);
  const ext = extname(out).toLowerCase();
  if (macroEnabled && ext !== '.xlsm')
    throw new WorkbookWriteError(
      'OUT_EXTENSION_MISMATCH',
      `原文件是含宏工作簿（.xlsm），复核副本也须以 .xlsm 为扩展名（宏原样保留），否则 Excel 无法打开：${out}`,
      `the source is a macro-enabled workbook (.xlsm): the copy keeps its macros and must also end in .xlsm, or Excel will not open it: ${out}`,
    );
  if (!macroEnabled && ext === '.xlsm')
    throw new WorkbookWriteError(
      'OUT_EXTENSION_MISMATCH',
      `原文件不含宏，复核副本请以 .xlsx 为扩展名，否则 Excel 无法打开：${out}`,
      `the source has no macros: name the copy .xlsx, or Excel will not open it: ${out}`,
    );
}

async function refuseUnsafeTarget(source: string, out: string, force: boolean): Promise<void> {
  const realSource = await fs.realpath(source).catch(() => source);
  let outStat;
  try {
    outStat = await fs.stat(out);
  } catch {
    outStat = undefined;
  }
  const dir = dirname(out);
  const realDir = await fs.realpath(dir).catch(() => undefined);
  if (!realDir)
    throw new WorkbookWriteError('OUT_DIR_MISSING', `输出目录不存在：${dir}`, `the output directory does not exist: ${dir}`);
  const realOut = outStat ? await fs.realpath(out) : join(realDir, basename(out));
  const sourceStat = await fs.stat(realSource).catch(() => undefined);
  const sameInode = !!(outStat && sourceStat && outStat.ino === sourceStat.ino && outStat.dev === sourceStat.dev);
  if (realOut === realSource || sameInode)
    throw new WorkbookWriteError('SAME_AS_SOURCE', '输出文件与原文件相同：复核副本绝不覆盖原文件，请另选输出路径', 'the output is the source file: a reviewed copy never overwrites the source');
  if (outStat?.isDirectory())
    throw new WorkbookWriteError('OUT_EXISTS', `输出路径是一个文件夹：${out}`, `the output path is a directory: ${out}`);
  if (outStat && !force)
    throw new WorkbookWriteError('OUT_EXISTS', `输出文件已存在：${out}（如需覆盖请使用 --force）`, `the output file exists: ${out} (use --force to replace it)`);
}

/** Temp file in the same directory, fsync, then link (no overwrite) or rename (force): never a partial file. */
async function writeAtomically(out: string, bytes: Buffer, force: boolean): Promise<void> {
  const tmp = join(dirname(out), `.${basename(out)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) await fs.rename(tmp, out);
    else {
      try {
        await fs.link(tmp, out);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST')
          throw new WorkbookWriteError('OUT_EXISTS', `输出文件已存在：${out}（如需覆盖请使用 --force）`, `the output file exists: ${out} (use --force to replace it)`);
        // File systems without hard links: the existence check above is the guard.
        await fs.rename(tmp, out);
      }
    }
  } catch (e) {
    if (e instanceof WorkbookWriteError) throw e;
    throw new WorkbookWriteError('WRITE_FAILED', `写入副本失败：${(e as Error).message}`, `writing the copy failed: ${(e as Error).message}`, { cause: e });
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

function normalise(cell: string): string {
  return cell.replace(/\$/g, '').toUpperCase();
}

/** Exact decimal digits go into <v> unchanged (Excel reads them as a double); only "-0" is tidied. */
function normaliseDecimal(v: string): string {
  return /^-0(\.0+)?$/.test(v) ? '0' : v;
}

function parseRange(ref: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b = a] = ref.split(':');
  const tl = parseA1(a);
  const br = parseA1(b);
  return { r1: tl.row, c1: tl.col, r2: br.row, c2: br.col };
}

function insideMergeNotTopLeft(cell: string, merges: { r1: number; c1: number; r2: number; c2: number }[]): boolean {
  const { row, col } = parseA1(cell);
  return merges.some((m) => row >= m.r1 && row <= m.r2 && col >= m.c1 && col <= m.c2 && !(row === m.r1 && col === m.c1));
}

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}
