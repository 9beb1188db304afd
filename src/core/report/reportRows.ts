import { pick, type Lang } from '../i18n';
import type { Review } from '../review-model';
import type { CellValue } from '../snapshot';
import { SEVERITY_LABEL, TEMPLATE_LABEL } from './labels';
import type { ReviewMeta } from './meta';
import { digestRow, signOffSections } from './signOff';

/** The 复核报告 sheet as plain rows, identical in the xlsx copy and in Excel. */
export function buildReportRows(review: Review, meta: ReviewMeta, lang: Lang): { rows: CellValue[][]; headerRows: number[] } {
  const zh = lang !== 'en';
  const L = (a: string, b: string) => (zh ? a : b);
  const rows: CellValue[][] = [];
  const headerRows: number[] = [];
  const header = (cells: CellValue[]) => {
    headerRows.push(rows.length);
    rows.push(cells);
  };
  rows.push([L('矿山生态修复方案 计算复核报告', 'Mine restoration plan — calculation review report')]);
  rows.push([L('文件', 'File'), meta.file]);
  rows.push([L('输入 SHA-256', 'Input SHA-256'), meta.inputSha256]);
  rows.push([L('复核时间', 'Reviewed at'), meta.reviewedAt]);
  const digest = digestRow(meta, lang);
  if (digest) rows.push(digest);
  rows.push([L('省份', 'Province'), review.province ?? L('未填写', 'not stated')]);
  rows.push([L('方案编制日期', 'Plan date'), review.planDate ?? L('未填写', 'not stated')]);
  rows.push([
    L('汇总', 'Summary'),
    `${L('错误', 'errors')} ${review.summary.errors}，${L('警告', 'warnings')} ${review.summary.warnings}，${L('提示', 'infos')} ${review.summary.infos}`,
  ]);
  rows.push([]);
  header([L('适用政策', 'Rule pack'), L('文件', 'Document'), L('生效', 'Valid from'), L('失效', 'Valid to')]);
  for (const p of review.rulePacks) rows.push([p.id, p.document, p.validFrom, p.validTo ?? L('长期', 'open')]);
  if (review.rulePacks.length === 0) rows.push([L('（未识别省份，仅做计算复核）', '(no province: arithmetic checks only)')]);
  rows.push([]);
  header([L('模板表', 'Template sheet'), L('类型', 'Kind'), L('数据行数', 'Rows')]);
  for (const tpl of review.templates) rows.push([tpl.sheet, pick(TEMPLATE_LABEL[tpl.kind], lang), tpl.rows]);
  rows.push([]);
  header([L('结果编号', 'Result id'), L('表', 'Sheet'), L('单元格', 'Cell'), L('项目', 'Item'), L('复核值', 'Value'), L('单位', 'Unit')]);
  for (const r of review.results) rows.push([r.id, r.sheet, r.cell ?? '', r.label, r.value, r.unit]);
  rows.push([]);
  header([
    L('级别', 'Severity'), L('代码', 'Code'), L('表', 'Sheet'), L('单元格', 'Cell'),
    L('说明', 'Message'), L('依据', 'Rule'), L('应为', 'Expected'), L('实为', 'Found'),
  ]);
  for (const f of review.findings) {
    rows.push([
      pick(SEVERITY_LABEL[f.severity], lang), f.code, f.sheet, f.cell ?? '',
      pick(f.message, lang), f.rule ?? '', f.expected ?? '', f.found ?? '',
    ]);
  }
  if (review.findings.length === 0) rows.push([L('未发现问题', 'No findings')]);
  for (const [head, ...body] of signOffSections(review, meta, lang)) {
    rows.push([]);
    header(head);
    rows.push(...body);
  }
  return { rows, headerRows };
}
