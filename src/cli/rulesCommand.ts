import { pick, type Lang } from '../core/i18n';
import { RULE_PACKS, packsForProvince, type PolicyRule, type Province, type RulePack } from '../core/rulePacks';

/** `mine-plan rules [--province X]`: every rule of the rule packs as a table (pure; the command prints it). */
const HEADERS: Record<Lang, string[]> = {
  'zh-CN': ['规则编号', '结论代码', '级别', '文件', '条款', '内容', '参数', '有效期'],
  en: ['id', 'code', 'severity', 'document', 'article', 'summary', 'params', 'validity'],
};

function packsFor(province: Province | undefined): readonly RulePack[] {
  return province ? packsForProvince(province) : RULE_PACKS;
}

function paramsText(rule: PolicyRule): string {
  return Object.entries(rule.params ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function validity(pack: RulePack, lang: Lang): string {
  return `${pack.validFrom} ~ ${pack.validTo ?? (lang === 'en' ? 'open-ended' : '长期')}`;
}

function rows(province: Province | undefined, lang: Lang): string[][] {
  return packsFor(province).flatMap((pack) =>
    pack.rules.map((rule) => [
      rule.id,
      rule.code,
      rule.severity,
      pack.document,
      rule.article,
      pick(rule.summary, lang),
      paramsText(rule),
      validity(pack, lang),
    ]),
  );
}

/** Terminal columns of a string: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Plain-text table, columns aligned for a terminal. */
export function formatRulesTable(province: Province | undefined, lang: Lang): string {
  const table = [HEADERS[lang], ...rows(province, lang)];
  const widths = HEADERS[lang].map((_, i) => Math.max(...table.map((r) => displayWidth(r[i]))));
  const line = (r: string[]) => r.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(table[0]), rule, ...table.slice(1).map(line)].join('\n') + '\n';
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The same table in Markdown. */
export function formatRulesMarkdown(province: Province | undefined, lang: Lang): string {
  const head = HEADERS[lang];
  const out = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const r of rows(province, lang)) out.push(`| ${r.map(mdCell).join(' | ')} |`);
  return out.join('\n') + '\n';
}

/** docs/rules.md, generated (a test keeps the file equal to this, so it cannot drift from the packs). */
export function rulesDocument(): string {
  const packs = RULE_PACKS.map(
    (p) => `| ${p.id} | ${p.province} | ${mdCell(p.document)} | ${p.validFrom} | ${p.validTo ?? '长期'} | ${mdCell(p.validityNote)} | \`${p.source}\` |`,
  );
  return [
    '# 政策规则包 / Rule packs',
    '',
    '<!-- Generated from src/core/rulePacks by tests/cli/rulesCommand.test.ts (UPDATE_DOCS=1 npx jest tests/cli/rulesCommand.test.ts). Do not edit by hand. -->',
    '',
    '`mine-plan rules [--province 山西|河南|海南|内蒙古]` prints the same table in the terminal.',
    'Each rule cites the article of its policy text (seed files in `../shared/seeds`); its parameters are data, read by the',
    'template checks. A rule only applies to plans of its province, except rules marked national in the 河南 pack.',
    'Bounds written 以下 / 不超过 / 不小于 include the bound (`inclusive=true`).',
    '',
    '## Packs and validity',
    '',
    '| pack | province | document | valid from | valid to (inclusive) | how the window was derived | seed |',
    '|---|---|---|---|---|---|---|',
    ...packs,
    '',
    'A plan dated outside a pack\'s window gets `POLICY_EXPIRED` (warning); the review still runs. "N years from issue" ends',
    'on the day before the N-th anniversary (2023-08-16 + 3 years → valid to 2026-08-15).',
    '',
    '## Rules (zh-CN)',
    '',
    formatRulesMarkdown(undefined, 'zh-CN').trimEnd(),
    '',
    '## Rules (English)',
    '',
    formatRulesMarkdown(undefined, 'en').trimEnd(),
    '',
  ].join('\n');
}
