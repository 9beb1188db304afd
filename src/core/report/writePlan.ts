import { SEVERITY_ORDER, type Severity } from '../findings';
import { pick, type Lang } from '../i18n';
import type { Review } from '../review-model';
import { REPORT_SHEET_NAME, type WritePlan } from '../write-plan';
import type { ReviewMeta } from './meta';
import { buildReportRows } from './reportRows';

/** What a reviewed copy (or the workbook in Excel) receives: fills, the report sheet, notes, highlights. */
export function buildWritePlan(review: Review, meta: ReviewMeta, lang: Lang, opts: { report?: boolean } = {}): WritePlan {
  const byCell = new Map<string, { sheet: string; cell: string; lines: string[]; severity: Severity }>();
  for (const f of review.findings) {
    if (!f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const line = `[${f.code}] ${pick(f.message, lang)}${f.rule ? `（${f.rule}）` : ''}`;
    const entry = byCell.get(key);
    if (entry) {
      entry.lines.push(line);
      if (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[entry.severity]) entry.severity = f.severity;
    } else byCell.set(key, { sheet: f.sheet, cell: f.cell, lines: [line], severity: f.severity });
  }
  const marks = [...byCell.values()];
  const plan: WritePlan = {
    patches: review.patches,
    notes: marks.map((m) => ({ sheet: m.sheet, cell: m.cell, text: `mine-plan 复核：\n${m.lines.join('\n')}` })),
    highlights: marks.map((m) => ({ sheet: m.sheet, cell: m.cell, severity: m.severity })),
  };
  if (opts.report !== false) {
    const { rows, headerRows } = buildReportRows(review, meta, lang);
    plan.report = { name: REPORT_SHEET_NAME, rows, headerRows, columnWidths: [22, 18, 10, 48, 24, 30, 16, 16] };
  }
  return plan;
}
