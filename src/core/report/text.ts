import { Decimal, roundHalfUp } from '../decimal';
import { groupBy } from '../groupBy';
import { pick, type Lang } from '../i18n';
import type { Result, Review } from '../review-model';
import { SEVERITY_LABEL, TEMPLATE_LABEL } from './labels';
import type { ReviewMeta } from './meta';

/** Result ids whose value is a ratio, shown as a percentage. */
const RATIO_SUFFIXES = ['.premium', '.share', '.irr'];

/** A number for people: grouped thousands, half-up, percentages for ratios. The JSON keeps exact strings. */
export function displayValue(r: Result): string {
  if (!/^-?\d+(\.\d+)?$/.test(r.value)) return r.value;
  const d = new Decimal(r.value);
  if (r.unit === 'ratio' || (RATIO_SUFFIXES.some((s) => r.id.endsWith(s)) && r.unit === '')) return `${roundHalfUp(d.times(100), 2).toFixed(2)}%`;
  const places = r.unit === '年' ? 2 : r.unit === 'kg' ? 0 : 2;
  const [int, frac] = roundHalfUp(d, places).toFixed(places).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${frac ? `.${frac}` : ''}${r.unit ? ` ${r.unit}` : ''}`;
}

function pad(text: string, width: number): string {
  let w = 0;
  for (const ch of text) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return text + ' '.repeat(Math.max(1, width - w));
}

/** The readable report `mine-plan review` and `demo` print (zh-CN by default). */
export function formatTextReport(review: Review, meta: ReviewMeta, lang: Lang): string {
  const zh = lang !== 'en';
  const L = (a: string, b: string) => (zh ? a : b);
  const out: string[] = [];
  out.push(L('矿山生态修复方案 计算复核报告', 'Mine restoration plan — calculation review'));
  out.push('='.repeat(48));
  out.push(`${L('文件', 'File')}: ${meta.file}`);
  out.push(`SHA-256: ${meta.inputSha256}`);
  out.push(`${L('省份', 'Province')}: ${review.province ?? L('未填写', 'not stated')}    ${L('编制日期', 'Plan date')}: ${review.planDate ?? L('未填写', 'not stated')}`);
  for (const p of review.rulePacks) out.push(`${L('适用政策', 'Rule pack')}: ${p.document}（${p.validFrom} ~ ${p.validTo ?? L('长期', 'open')}）`);
  out.push(`${L('识别的模板', 'Templates')}: ${review.templates.map((t) => `${t.sheet}（${pick(TEMPLATE_LABEL[t.kind], lang)}，${t.rows}${L('行', ' rows')}）`).join('；') || L('无', 'none')}`);
  const bySheet = groupBy(review.results, (r) => r.sheet);
  let n = 0;
  for (const [sheet, results] of bySheet) {
    out.push('');
    out.push(`${++n}. ${sheet}`);
    for (const r of results) out.push(`   ${pad(r.label, 34)}${displayValue(r)}${r.cell ? `    [${r.cell}]` : ''}`);
  }
  out.push('');
  const s = review.summary;
  out.push(L(`问题清单：错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`, `Findings: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`));
  for (const f of review.findings) {
    const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
    out.push(`  [${pick(SEVERITY_LABEL[f.severity], lang)}] ${f.code}  ${where}`);
    out.push(`      ${pick(f.message, lang)}`);
    if (f.rule) out.push(`      ${L('依据', 'Rule')}: ${f.rule}`);
  }
  if (review.findings.length === 0) out.push(L('  未发现问题', '  No findings'));
  return out.join('\n');
}
