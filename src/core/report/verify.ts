import type { Lang } from '../i18n';
import { isReportSheet, type CanonicalInputs, type InputsDigest } from '../inputsDigest';
import type { WorkbookSnapshot } from '../snapshot';
import { signOffsOf, workbookInputs, type SignOff } from './signOff';

/**
 * `verify`: were the inputs of a reviewed workbook changed since its 复核报告 was made? The report's recorded
 * digest is compared with one recomputed over the workbook's input cells now, leaving out the report sheets and
 * the cells a review filled (while they still hold the filled value). The newest report is the one checked.
 * Pure: the caller hashes.
 */
export type VerifyPreparation =
  | { ok: true; signOff: SignOff; canonical: CanonicalInputs }
  | { ok: false; reason: 'NO_REPORT' | 'NO_DIGEST' };

/** The last report sheet (the newest report) that carries a digest. */
export function prepareVerify(workbook: WorkbookSnapshot): VerifyPreparation {
  if (!workbook.sheets.some((s) => isReportSheet(s.name))) return { ok: false, reason: 'NO_REPORT' };
  const signOffs = signOffsOf(workbook);
  if (signOffs.length === 0) return { ok: false, reason: 'NO_DIGEST' };
  return { ok: true, signOff: signOffs[signOffs.length - 1], canonical: workbookInputs(workbook) };
}

export type SheetStatus = 'unchanged' | 'changed' | 'added' | 'removed';

export interface VerifyOutcome {
  unchanged: boolean;
  reportSheet: string;
  recorded: string;
  computed: string;
  /** Per sheet, as far as the report recorded per-sheet digests. */
  sheets: { name: string; status: SheetStatus; cellsBefore?: number; cellsAfter?: number }[];
}

export function compareDigests(signOff: SignOff, now: InputsDigest): VerifyOutcome {
  const before = new Map(signOff.sheets.map((s) => [s.name, s]));
  const after = new Map(now.sheets.map((s) => [s.name, s]));
  const sheets: VerifyOutcome['sheets'] = [];
  for (const s of signOff.sheets) {
    const a = after.get(s.name);
    if (!a) sheets.push({ name: s.name, status: 'removed', cellsBefore: s.cells });
    else sheets.push({ name: s.name, status: a.sha256 === s.sha256 ? 'unchanged' : 'changed', cellsBefore: s.cells, cellsAfter: a.cells });
  }
  for (const a of now.sheets) if (!before.has(a.name)) sheets.push({ name: a.name, status: 'added', cellsAfter: a.cells });
  return { unchanged: now.sha256 === signOff.sha256, reportSheet: signOff.reportSheet, recorded: signOff.sha256, computed: now.sha256, sheets };
}

const STATUS = {
  unchanged: ['未变', 'unchanged'],
  changed: ['已变更', 'changed'],
  added: ['新增（复核时无输入数据）', 'added (no inputs when reviewed)'],
  removed: ['已删除或改名（复核时有输入数据）', 'removed or renamed (had inputs when reviewed)'],
} as const;

export function formatVerify(file: string, o: VerifyOutcome, lang: Lang): string {
  const en = lang === 'en';
  const out: string[] = [];
  out.push(
    o.unchanged
      ? en ? `${file}: inputs unchanged since the review report (${o.reportSheet})` : `${file}：输入数据自复核报告（${o.reportSheet}）生成以来未变更`
      : en ? `${file}: inputs CHANGED since the review report (${o.reportSheet})` : `${file}：输入数据自复核报告（${o.reportSheet}）生成以来已变更`,
  );
  out.push(`${en ? 'recorded' : '报告记录'}  ${o.recorded}`);
  out.push(`${en ? 'now     ' : '当前计算'}  ${o.computed}`);
  const changed = o.sheets.filter((s) => s.status !== 'unchanged');
  if (!o.unchanged && changed.length) {
    out.push(en ? 'Sheets whose inputs differ:' : '输入数据有变化的表：');
    for (const s of changed) {
      const counts = s.cellsBefore !== undefined && s.cellsAfter !== undefined ? `, ${s.cellsBefore} → ${s.cellsAfter}` : '';
      out.push(`  ${s.name}: ${STATUS[s.status][en ? 1 : 0]}${counts ? (en ? `${counts} input cells` : `，输入单元格 ${s.cellsBefore} → ${s.cellsAfter}`) : ''}`);
    }
  } else if (!o.unchanged) {
    out.push(en ? 'The report records no per-sheet digests; which sheet changed is unknown.' : '报告未记录分表摘要，无法确定是哪张表变更。');
  }
  return out.join('\n');
}
