import { Decimal } from '../decimal';
import type { Finding } from '../findings';
import { groupBy } from '../groupBy';
import { pick, type Lang } from '../i18n';
import type { Review } from '../review-model';
import { earthBars, earthScale, investSlices } from './chartData';
import { SEVERITY_LABEL, TEMPLATE_LABEL } from './labels';
import type { ReviewMeta } from './meta';
import { displayValue } from './text';

/**
 * A standalone, printable HTML review report: inline CSS, inline SVG charts, no script and no external
 * resource (a Content-Security-Policy meta forbids both). Every text from the workbook is hostile — sheet
 * names, labels, bidder names, messages quoting cells — so all of it goes through `esc`.
 */
export function esc(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const CSS = `
*{box-sizing:border-box}body{font-family:"Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei","Noto Sans CJK SC",sans-serif;
color:#222;margin:24px auto;max-width:1100px;padding:0 16px;font-size:14px;line-height:1.5}
h1{font-size:22px;border-bottom:2px solid #2b579a;padding-bottom:6px}h2{font-size:17px;color:#2b579a;margin-top:28px}
h3{font-size:15px;margin:18px 0 6px}table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{border:1px solid #c8c8c8;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef2f8}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}code{font-family:Consolas,monospace;font-size:12px}
.hash{font-family:Consolas,monospace;font-size:12px;word-break:break-all}
.sev{display:inline-block;padding:0 6px;border-radius:3px;font-size:12px;white-space:nowrap}
.sev-error{background:#ffc7ce;color:#9c0006}.sev-warning{background:#ffeb9c;color:#7a5b00}.sev-info{background:#ddebf7;color:#1f4e79}
.ok{color:#107c10}.bad{color:#a4262c}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{border:1px solid #c8c8c8;border-radius:4px;padding:8px 14px;min-width:120px}.card b{font-size:20px;display:block}
.chart{margin:8px 0}.legend span{display:inline-block;margin-right:14px}.sw{display:inline-block;width:10px;height:10px;margin-right:4px}
footer{margin-top:32px;color:#666;font-size:12px}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr,.chart{break-inside:avoid}a{color:inherit}}
`;

const PALETTE = ['#2b579a', '#e3a21a', '#107c10', '#a4262c', '#5c2d91', '#008272', '#d83b01', '#767676'];

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  const th = head.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Earth-stone balance: supply and disposable volume per category, one scale per unit; negative in red. */
function earthChart(review: Review, L: (zh: string, en: string) => string): string {
  const bars = earthBars(review.results);
  if (!bars.length) return '';
  const scale = earthScale(bars);
  const labelW = 150;
  const barW = 420;
  const rowH = 34;
  const height = bars.length * rowH + 30;
  const width = (v: string | undefined, unit: string) => {
    const max = scale.get(unit);
    if (v === undefined || !max || max.isZero()) return 0;
    return new Decimal(v).abs().div(max).times(barW).toNumber();
  };
  const parts: string[] = [];
  bars.forEach((b, i) => {
    const y = 24 + i * rowH;
    const disposableNegative = b.disposable !== undefined && new Decimal(b.disposable).isNegative();
    parts.push(`<text x="${labelW - 6}" y="${y + 17}" text-anchor="end" font-size="12">${esc(b.label)}</text>`);
    parts.push(`<rect x="${labelW}" y="${y}" width="${width(b.supply, b.unit).toFixed(1)}" height="12" fill="#2b579a"><title>${esc(`${b.label} ${L('供应量小计', 'supply')} ${b.supply ?? ''} ${b.unit}`)}</title></rect>`);
    parts.push(`<rect x="${labelW}" y="${y + 14}" width="${width(b.disposable, b.unit).toFixed(1)}" height="12" fill="${disposableNegative ? '#a4262c' : '#e3a21a'}"><title>${esc(`${b.label} ${L('剩余可处置量', 'disposable')} ${b.disposable ?? ''} ${b.unit}`)}</title></rect>`);
    const text = [b.supply, b.disposable].map((v) => (v === undefined ? '—' : displayValue({ id: '', sheet: '', cell: null, label: '', value: v, unit: b.unit }))).join(' / ');
    parts.push(`<text x="${labelW + barW + 8}" y="${y + 17}" font-size="11" fill="#444">${esc(text)}</text>`);
  });
  const legend = `<text x="${labelW}" y="14" font-size="12"><tspan fill="#2b579a">■</tspan> ${esc(L('供应量小计', 'supply'))}&#12288;<tspan fill="#e3a21a">■</tspan> ${esc(L('剩余可处置量', 'disposable'))}&#12288;<tspan fill="#a4262c">■</tspan> ${esc(L('缺口（为负）', 'shortfall (negative)'))}</text>`;
  return `<h3>${esc(L('土石料平衡（按类别）', 'Earth-stone balance by category'))}</h3>
<svg class="chart" role="img" aria-label="${esc(L('土石料平衡图', 'earth-stone balance chart'))}" xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 220}" height="${height}" viewBox="0 0 ${labelW + barW + 220} ${height}">
${legend}
${parts.join('\n')}
</svg>`;
}

/** Investment split: one 100 % stacked bar with a legend of amounts and shares. */
function investChart(review: Review, L: (zh: string, en: string) => string): string {
  const slices = investSlices(review.results);
  if (!slices.length) return '';
  const W = 640;
  let x = 0;
  const rects = slices.map((s, i) => {
    const w = s.share * W;
    const r = `<rect x="${x.toFixed(1)}" y="0" width="${w.toFixed(1)}" height="26" fill="${PALETTE[i % PALETTE.length]}"><title>${esc(`${s.category} ${s.value} ${s.unit}`)}</title></rect>`;
    x += w;
    return r;
  });
  const legend = slices
    .map((s, i) => `<span><i class="sw" style="background:${PALETTE[i % PALETTE.length]}"></i>${esc(s.category)} ${esc(displayValue({ id: '', sheet: '', cell: null, label: '', value: s.value, unit: s.unit }))}（${(s.share * 100).toFixed(1)}%）</span>`)
    .join('');
  return `<h3>${esc(L('投资构成', 'Investment split'))}</h3>
<svg class="chart" role="img" aria-label="${esc(L('投资构成图', 'investment split chart'))}" xmlns="http://www.w3.org/2000/svg" width="${W}" height="26" viewBox="0 0 ${W} 26">${rects.join('')}</svg>
<div class="legend">${legend}</div>`;
}

export function buildHtmlReport(review: Review, meta: ReviewMeta, lang: Lang): string {
  const en = lang === 'en';
  const L = (zh: string, e: string) => (en ? e : zh);
  const s = review.summary;
  const sev = (f: Finding) => `<span class="sev sev-${f.severity}">${esc(pick(SEVERITY_LABEL[f.severity], lang))}</span>`;
  const inForce = (from: string, to: string | null) => {
    if (!review.planDate) return `<span>${esc(L('编制日期未填写', 'plan date not stated'))}</span>`;
    const ok = review.planDate >= from && (!to || review.planDate <= to);
    return ok ? `<span class="ok">${esc(L('在有效期内', 'in force'))}</span>` : `<span class="bad">${esc(L('不在有效期内', 'not in force'))}</span>`;
  };

  const out: string[] = [];
  out.push(`<!DOCTYPE html>
<html lang="${en ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(L('计算复核报告', 'Review report'))} — ${esc(meta.file)}</title>
<style>${CSS}</style>
</head>
<body>`);
  out.push(`<h1>${esc(L('矿山生态修复方案 计算复核报告', 'Mine restoration plan — calculation review report'))}</h1>`);
  out.push(`<div class="cards">
<div class="card"><span class="sev sev-error">${esc(L('错误', 'errors'))}</span><b>${s.errors}</b></div>
<div class="card"><span class="sev sev-warning">${esc(L('警告', 'warnings'))}</span><b>${s.warnings}</b></div>
<div class="card"><span class="sev sev-info">${esc(L('提示', 'infos'))}</span><b>${s.infos}</b></div>
</div>`);
  const metaRows: string[][] = [
    [esc(L('文件', 'File')), esc(meta.file)],
    [esc(L('输入 SHA-256（文件）', 'Input SHA-256 (file)')), `<span class="hash">${esc(meta.inputSha256)}</span>`],
  ];
  if (meta.inputsDigest) metaRows.push([esc(L('输入数据 SHA-256（规范化）', 'Input data SHA-256 (canonical)')), `<span class="hash">${esc(meta.inputsDigest.sha256)}</span>`]);
  metaRows.push(
    [esc(L('复核时间', 'Reviewed at')), esc(meta.reviewedAt)],
    [esc(L('省份', 'Province')), esc(review.province ?? L('未填写', 'not stated'))],
    [esc(L('方案编制日期', 'Plan date')), esc(review.planDate ?? L('未填写', 'not stated'))],
  );
  out.push(`<h2>${esc(L('概要', 'Summary'))}</h2>`, table([L('项目', 'Item'), L('内容', 'Value')], metaRows));

  out.push(`<h2>${esc(L('适用政策', 'Rule packs'))}</h2>`);
  out.push(
    review.rulePacks.length
      ? table(
          [L('规则包', 'Pack'), L('文件', 'Document'), L('生效', 'Valid from'), L('失效', 'Valid to'), L('编制日期', 'Plan date')],
          review.rulePacks.map((p) => [esc(p.id), esc(p.document), esc(p.validFrom), esc(p.validTo ?? L('长期', 'open')), inForce(p.validFrom, p.validTo)]),
        )
      : `<p>${esc(L('未识别省份，仅做计算复核', 'No province recognised: arithmetic checks only'))}</p>`,
  );
  out.push(`<h2>${esc(L('识别的模板表', 'Template sheets'))}</h2>`);
  out.push(table([L('表', 'Sheet'), L('类型', 'Kind'), L('数据行数', 'Rows')], review.templates.map((t) => [esc(t.sheet), esc(pick(TEMPLATE_LABEL[t.kind], lang)), String(t.rows)]), [2]));

  const charts = earthChart(review, L) + investChart(review, L);
  if (charts) out.push(`<h2>${esc(L('图表', 'Charts'))}</h2>`, charts);

  out.push(`<h2>${esc(L('复核结果', 'Results'))}</h2>`);
  out.push(
    review.results.length
      ? table(
          [L('结果编号', 'Result id'), L('表', 'Sheet'), L('单元格', 'Cell'), L('项目', 'Item'), L('复核值', 'Value'), L('精确值', 'Exact value')],
          review.results.map((r) => [`<code>${esc(r.id)}</code>`, esc(r.sheet), esc(r.cell ?? ''), esc(r.label), esc(displayValue(r)), `<code>${esc(r.value)}</code>`]),
          [4],
        )
      : `<p>${esc(L('无', 'none'))}</p>`,
  );

  out.push(`<h2>${esc(L('问题清单（按表）', 'Findings by sheet'))}</h2>`);
  if (!review.findings.length) out.push(`<p class="ok">${esc(L('未发现问题', 'No findings'))}</p>`);
  for (const [sheet, list] of groupBy(review.findings, (f) => f.sheet)) {
    out.push(`<h3>${esc(sheet)}（${list.length}）</h3>`);
    out.push(
      table(
        [L('级别', 'Severity'), L('代码', 'Code'), L('单元格', 'Cell'), L('说明', 'Message'), L('应为', 'Expected'), L('实为', 'Found'), L('依据', 'Rule')],
        list.map((f) => [sev(f), `<code>${esc(f.code)}</code>`, esc(f.cell ?? ''), esc(pick(f.message, lang)), esc(f.expected ?? ''), esc(f.found ?? ''), esc(f.rule ?? '')]),
      ),
    );
  }
  out.push(`<footer>${esc(L('由 mine-plan 生成：复核值为精确十进制计算结果，显示时四舍五入；本报告不含脚本与外部资源。', 'Generated by mine-plan: values are exact decimals, rounded half-up for display; this report contains no script and no external resource.'))}</footer>`);
  out.push('</body>\n</html>\n');
  return out.join('\n');
}
