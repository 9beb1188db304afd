import type { Lang } from '../core/i18n';
import type { Severity } from '../core/findings';

/** Every text of the task pane, zh-CN (default) and English; finding messages come from core in both. */
export interface Strings {
  title: string;
  languageSwitch: string;
  insertTemplates: string;
  computeAndFill: string;
  review: string;
  writeReport: string;
  mark: string;
  clearMarks: string;
  undoFill: string;
  working: string;
  reading: string;
  errorTitle: string;
  chooseTemplates: string;
  insertChosen: string;
  noTemplates: string;
  inserted(list: { requested: string; actual: string }[]): string;
  cancel: string;
  fillPreviewTitle(n: number): string;
  fillNothing: string;
  selectAll: string;
  selectNone: string;
  showMore(left: number): string;
  writeCells(n: number): string;
  undoWarningNoMerge: string;
  undoNoteMerge: string;
  filled(written: number, skipped: number): string;
  undone(n: number): string;
  reviewSummary(e: number, w: number, i: number): string;
  noFindings: string;
  reviewStale: string;
  sheetLevel: string;
  reportWritten(sheet: string): string;
  marked(n: number): string;
  marksCleared(n: number): string;
  marksNoNotes: string;
  severity: Record<Severity, string>;
  /** A severity heading with its count, e.g. 错误（2） / Errors (2). */
  severityCount(severity: Severity, n: number): string;
  /** A finding's message followed by its rule citation. */
  cited(message: string, rule: string): string;
  /** Text followed by a parenthesised note, e.g. 表土（m³） / 表土 (m³). */
  withNote(text: string, note: string): string;
  chartEarthTitle: string;
  chartInvestTitle: string;
  supply: string;
  disposable: string;
  inputHash: string;
}

const zhSeverity: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const enSeverity: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Infos' };

const zh: Strings = {
  title: '矿山生态修复方案 计算复核',
  languageSwitch: 'English',
  insertTemplates: '插入模板',
  computeAndFill: '计算并回填',
  review: '复核',
  writeReport: '生成复核报告',
  mark: '标记',
  clearMarks: '清除标记',
  undoFill: '撤销本次回填',
  working: '正在处理…',
  reading: '读取工作簿',
  errorTitle: '出错了',
  chooseTemplates: '选择要插入的模板表（已有同名表时新表自动加后缀，不会覆盖）：',
  insertChosen: '插入所选模板',
  noTemplates: '没有可插入的模板。',
  inserted: (list) =>
    `已插入 ${list.length} 张表：` + list.map((x) => (x.actual === x.requested ? x.actual : `${x.actual}（“${x.requested}”已存在）`)).join('、'),
  cancel: '取消',
  fillPreviewTitle: (n) => `将写入以下 ${n} 个空白单元格（已有内容或公式的单元格不会改动）：`,
  fillNothing: '没有需要回填的空白派生单元格。',
  selectAll: '全选',
  selectNone: '全不选',
  showMore: (n) => `显示更多（还有 ${n} 条）`,
  writeCells: (n) => `写入 ${n} 个单元格`,
  undoWarningNoMerge:
    '注意：此版本 Excel 不支持 ExcelApi 1.20，加载项写入后 Excel 可能清空撤销记录（Ctrl+Z 无法撤销）。本窗格会保存原值，可用“撤销本次回填”恢复。',
  undoNoteMerge: '本次写入在 Excel 中合并为一个撤销步骤（Ctrl+Z）；窗格也保留原值，可用“撤销本次回填”恢复。',
  filled: (w, s) => `已回填 ${w} 个单元格` + (s ? `；${s} 个单元格已有内容，未改动。` : '。'),
  undone: (n) => `已恢复 ${n} 个单元格的原值。`,
  reviewSummary: (e, w, i) => `错误 ${e}，警告 ${w}，提示 ${i}`,
  noFindings: '未发现问题。',
  reviewStale: '工作簿已由本窗格改动，以下是改动前的复核结果；生成报告或标记前会重新读取。',
  sheetLevel: '整表',
  reportWritten: (sheet) => `已写入“${sheet}”表。`,
  marked: (n) => `已标记 ${n} 个单元格。`,
  marksCleared: (n) => `已清除 ${n} 个单元格的标记。`,
  marksNoNotes: '此版本 Excel 不支持批注（ExcelApi 1.18），只写入底色标记。',
  severity: zhSeverity,
  severityCount: (sev, n) => `${zhSeverity[sev]}（${n}）`,
  cited: (message, rule) => `${message}（${rule}）`,
  withNote: (text, note) => `${text}（${note}）`,
  chartEarthTitle: '土石料平衡（供应量 / 剩余可处置量）',
  chartInvestTitle: '投资构成',
  supply: '供应量',
  disposable: '可处置量',
  inputHash: '输入 SHA-256（工作簿内容）',
};

const en: Strings = {
  title: 'Mine restoration plan review',
  languageSwitch: '中文',
  insertTemplates: 'Insert templates',
  computeAndFill: 'Compute & fill',
  review: 'Review',
  writeReport: 'Write report',
  mark: 'Mark',
  clearMarks: 'Clear marks',
  undoFill: 'Undo this fill',
  working: 'Working…',
  reading: 'Reading the workbook',
  errorTitle: 'Error',
  chooseTemplates: 'Choose the template sheets to insert (an existing name gets a suffix; nothing is overwritten):',
  insertChosen: 'Insert selected',
  noTemplates: 'No templates available.',
  inserted: (list) =>
    `Inserted ${list.length} sheet(s): ` +
    list.map((x) => (x.actual === x.requested ? x.actual : `${x.actual} ("${x.requested}" existed)`)).join(', '),
  cancel: 'Cancel',
  fillPreviewTitle: (n) => `These ${n} empty cells will be written (cells with content or formulas are never changed):`,
  fillNothing: 'No empty derived cells to fill.',
  selectAll: 'Select all',
  selectNone: 'Select none',
  showMore: (n) => `Show more (${n} left)`,
  writeCells: (n) => `Write ${n} cell(s)`,
  undoWarningNoMerge:
    'Note: this Excel does not support ExcelApi 1.20; after an add-in writes, Excel may clear its undo history (Ctrl+Z will not work). The pane keeps the previous values: use "Undo this fill".',
  undoNoteMerge: 'Excel records this write as one undo step (Ctrl+Z); the pane also keeps the previous values ("Undo this fill").',
  filled: (w, s) => `Filled ${w} cell(s)` + (s ? `; ${s} cell(s) already had content and were left alone.` : '.'),
  undone: (n) => `Restored the previous values of ${n} cell(s).`,
  reviewSummary: (e, w, i) => `${e} errors, ${w} warnings, ${i} infos`,
  noFindings: 'No findings.',
  reviewStale: 'The pane has changed the workbook since this review; the report and marks re-read it first.',
  sheetLevel: 'sheet',
  reportWritten: (sheet) => `Wrote the "${sheet}" sheet.`,
  marked: (n) => `Marked ${n} cell(s).`,
  marksCleared: (n) => `Cleared the marks of ${n} cell(s).`,
  marksNoNotes: 'This Excel does not support notes (ExcelApi 1.18): highlights only.',
  severity: enSeverity,
  severityCount: (sev, n) => `${enSeverity[sev]} (${n})`,
  cited: (message, rule) => `${message} (${rule})`,
  withNote: (text, note) => `${text} (${note})`,
  chartEarthTitle: 'Earth-stone balance (supply / disposable)',
  chartInvestTitle: 'Investment split',
  supply: 'supply',
  disposable: 'disposable',
  inputHash: 'Input SHA-256 (workbook contents)',
};

export const STRINGS: Record<Lang, Strings> = { 'zh-CN': zh, en };
