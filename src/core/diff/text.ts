import type { Finding } from '../findings';
import { pick, type Lang } from '../i18n';
import { SEVERITY_LABEL } from '../report/labels';
import type { VersionMeta, WorkbookDiff } from './index';
import { stateText } from './inputs';

/** The readable diff (zh-CN by default): inputs, results, findings — each section says when it is empty. */
export function formatDiff(d: WorkbookDiff, old: VersionMeta, now: VersionMeta, lang: Lang): string {
  const en = lang === 'en';
  const L = (zh: string, e: string) => (en ? e : zh);
  const out: string[] = [];
  out.push(L('矿山生态修复方案 版本对比', 'Mine restoration plan — version comparison'));
  out.push('='.repeat(48));
  out.push(`${L('旧版', 'Old')}: ${old.file}`);
  out.push(`${L('新版', 'New')}: ${now.file}`);
  if (old.inputsSha256 && now.inputsSha256) {
    out.push(old.inputsSha256 === now.inputsSha256 ? L('输入数据相同（规范化 SHA-256 一致）', 'Inputs identical (same canonical SHA-256)') : L('输入数据不同', 'Inputs differ'));
  }
  out.push('');
  out.push(`1. ${L('输入数据变更', 'Changed inputs')}（${d.inputs.length}）`);
  for (const c of d.inputs) out.push(`   ${c.sheet}!${c.cell}  ${stateText(c.old)} → ${stateText(c.new)}`);
  if (!d.inputs.length) out.push(`   ${L('无', 'none')}`);
  out.push('');
  const r = d.results;
  out.push(`2. ${L('复核结果变化', 'Changed results')}（${L('变化', 'changed')} ${r.changed.length}，${L('新增', 'added')} ${r.added.length}，${L('删除', 'removed')} ${r.removed.length}）`);
  for (const c of r.changed) out.push(`   ${c.id}  ${c.label}: ${c.old} → ${c.new}${c.unit ? ` ${c.unit}` : ''}`);
  for (const a of r.added) out.push(`   + ${a.id}  ${a.label}: ${a.value}${a.unit ? ` ${a.unit}` : ''}`);
  for (const a of r.removed) out.push(`   - ${a.id}  ${a.label}: ${a.value}${a.unit ? ` ${a.unit}` : ''}`);
  if (!r.changed.length && !r.added.length && !r.removed.length) out.push(`   ${L('无', 'none')}`);
  out.push('');
  const f = d.findings;
  out.push(`3. ${L('问题变化', 'Findings')}（${L('已解决', 'fixed')} ${f.fixed.length}，${L('新出现', 'new')} ${f.new.length}，${L('仍存在', 'remaining')} ${f.remaining}）`);
  const line = (mark: string, x: Finding) => {
    out.push(`   ${mark} [${pick(SEVERITY_LABEL[x.severity], lang)}] ${x.code}  ${x.cell ? `${x.sheet}!${x.cell}` : x.sheet}`);
    out.push(`       ${pick(x.message, lang)}`);
  };
  for (const x of f.fixed) line(L('已解决', 'fixed'), x);
  for (const x of f.new) line(L('新出现', 'new'), x);
  if (!f.fixed.length && !f.new.length) out.push(`   ${L('无', 'none')}`);
  return out.join('\n');
}
