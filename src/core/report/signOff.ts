import { t, type Lang, type Text } from '../i18n';
import { canonicalInputs, isReportSheet, writeCanonicalInputs, type CanonicalInputs, type InputExclusion, type InputsSink } from '../inputsDigest';
import type { Review } from '../review-model';
import { cellText, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import type { ReviewMeta } from './meta';

/**
 * The sign-off rows of a 复核报告: the digest of the inputs the review read, the same per sheet, and the cells
 * the review fills (derived values, so `verify` leaves them out of the recomputed digest). Written by
 * reportRows.ts, read back by readSignOff; labels in both languages are recognised when reading.
 */
export const SIGN_OFF_LABELS = {
  digest: t('输入数据 SHA-256（规范化）', 'Input data SHA-256 (canonical)'),
  bySheet: t('输入数据所在表', 'Input sheet'),
  filled: t('回填单元格所在表', 'Filled cell sheet'),
} satisfies Record<string, Text>;

const is = (text: string, label: Text) => text === label.zh || text === label.en;

export function digestRow(meta: ReviewMeta, lang: Lang): CellValue[] | null {
  if (!meta.inputsDigest) return null;
  return [lang === 'en' ? SIGN_OFF_LABELS.digest.en : SIGN_OFF_LABELS.digest.zh, meta.inputsDigest.sha256];
}

/** The two sign-off sections at the end of the report: header row first, then data rows. */
export function signOffSections(review: Review, meta: ReviewMeta, lang: Lang): CellValue[][][] {
  if (!meta.inputsDigest) return [];
  const L = (x: Text) => (lang === 'en' ? x.en : x.zh);
  const en = lang === 'en';
  return [
    [
      [L(SIGN_OFF_LABELS.bySheet), en ? 'Input cells' : '输入单元格数', 'SHA-256'],
      ...meta.inputsDigest.sheets.map((s) => [s.name, s.cells, s.sha256]),
    ],
    [
      [L(SIGN_OFF_LABELS.filled), en ? 'Cell' : '单元格', en ? 'Filled value' : '回填值', en ? 'Item' : '项目'],
      ...review.patches.map((p) => [p.sheet, p.cell, p.value, p.label]),
    ],
  ];
}

export interface SignOff {
  /** Name of the report sheet it was read from. */
  reportSheet: string;
  sha256: string;
  sheets: { name: string; cells: number; sha256: string }[];
  filled: { sheet: string; cell: string; value: string }[];
}

function rowsOf(sheet: SheetSnapshot): string[][] {
  return sheet.cells.map((r) => r.map((c) => (c ? cellText(c).trim() : '')));
}

/** The sign-off written in a report sheet, or null when the sheet has no digest row (an older report). */
export function readSignOff(sheet: SheetSnapshot): SignOff | null {
  const rows = rowsOf(sheet);
  // The report is written from A1, but a user may have inserted columns: find the label wherever it is.
  let sha256: string | undefined;
  let col = 0;
  for (const r of rows) {
    const j = r.findIndex((text) => is(text, SIGN_OFF_LABELS.digest));
    if (j >= 0 && /^[0-9a-f]{64}$/i.test(r[j + 1] ?? '')) {
      sha256 = r[j + 1].toLowerCase();
      col = j;
      break;
    }
  }
  if (!sha256) return null;
  const out: SignOff = { reportSheet: sheet.name, sha256, sheets: [], filled: [] };
  let section: 'bySheet' | 'filled' | null = null;
  for (const r of rows) {
    const first = r[col] ?? '';
    if (is(first, SIGN_OFF_LABELS.bySheet)) section = 'bySheet';
    else if (is(first, SIGN_OFF_LABELS.filled)) section = 'filled';
    else if (!first) section = null;
    else if (section === 'bySheet') out.sheets.push({ name: first, cells: Number(r[col + 1]), sha256: (r[col + 2] ?? '').toLowerCase() });
    else if (section === 'filled') out.filled.push({ sheet: first, cell: (r[col + 1] ?? '').toUpperCase(), value: r[col + 2] ?? '' });
  }
  return out;
}

/**
 * Leave out a filled cell only while it still holds the value the review put there: a user who later types
 * over it has changed an input, and the digest must say so.
 */
export function filledCellsExclusion(filled: SignOff['filled']): InputExclusion {
  const byCell = new Map(filled.map((f) => [`${f.sheet}\u0000${f.cell}`, f.value]));
  return (sheet, cell, content) => {
    const value = byCell.get(`${sheet}\u0000${cell}`);
    if (value === undefined || content.formula) return false;
    const v = content.value;
    if (typeof v === 'number') return value.trim() !== '' && Number(value) === v;
    return typeof v === 'string' && v === value;
  };
}

/** Every sign-off in the workbook's report sheets, oldest first. */
export function signOffsOf(workbook: WorkbookSnapshot): SignOff[] {
  return workbook.sheets.filter((s) => isReportSheet(s.name)).map(readSignOff).filter((s): s is SignOff => s !== null);
}

/** The cells any report of the workbook says a review filled (a copy of a copy keeps both lists). */
export function reportsExclusion(workbook: WorkbookSnapshot): InputExclusion | undefined {
  const filled = signOffsOf(workbook).flatMap((s) => s.filled);
  // No report lists a filled cell: nothing to leave out, and no lookup per cell.
  return filled.length ? filledCellsExclusion(filled) : undefined;
}

/**
 * The inputs of a workbook as review, verify, diff and the task pane all define them: input cells
 * (inputsDigest.ts) less the cells its reports list as filled while they still hold the filled value.
 */
export function workbookInputs(workbook: WorkbookSnapshot): CanonicalInputs {
  return canonicalInputs(workbook, reportsExclusion(workbook));
}

/** The same inputs as workbookInputs, streamed line by line (the CLI hashes them without holding the text). */
export function writeWorkbookInputs(workbook: WorkbookSnapshot, sink: InputsSink): void {
  writeCanonicalInputs(workbook, reportsExclusion(workbook), sink);
}
