import * as fs from 'fs';
import * as path from 'path';
import { displayWidth, formatRulesMarkdown, formatRulesTable, rulesDocument } from '../../src/cli/rulesCommand';
import { RULE_PACKS } from '../../src/core/rulePacks';

const DOC = path.join(__dirname, '..', '..', 'docs', 'rules.md');

describe('formatRulesTable', () => {
  it('lists every rule of every pack when no province is given', () => {
    const text = formatRulesTable(undefined, 'zh-CN');
    for (const p of RULE_PACKS) for (const r of p.rules) expect(text).toContain(r.id);
    expect(text.split('\n')[0]).toMatch(/^规则编号\s+结论代码\s+级别\s+文件\s+条款\s+内容\s+参数\s+有效期$/);
  });

  it('filters by province', () => {
    const text = formatRulesTable('内蒙古', 'en');
    expect(text).toContain('NM-A4-3-area');
    expect(text).toContain('minPlotMu=1, inclusive=true');
    expect(text).toContain('2023-02-07 ~ open-ended');
    expect(text).not.toContain('SX33');
    expect(text).not.toContain('HN-');
    const shanxi = formatRulesTable('山西', 'zh-CN');
    expect(shanxi).toContain('SX33-10-1');
    expect(shanxi).toContain('SXCK-20');
    expect(shanxi).toContain('2021-01-01 ~ 2024-12-30');
  });

  it('aligns columns by display width (CJK = 2)', () => {
    expect(displayWidth('山西a')).toBe(5);
    const lines = formatRulesTable('海南', 'zh-CN').trimEnd().split('\n');
    const compensation = lines.filter((l) => l.includes('COMPENSATION_NEGATIVE'));
    expect(compensation).toHaveLength(2);
    const column = (l: string, word: string) => displayWidth(l.slice(0, l.indexOf(word)));
    expect(column(compensation[0], 'COMPENSATION')).toBe(column(compensation[1], 'COMPENSATION'));
    expect(column(compensation[0], 'warning')).toBe(column(lines[0], '级别'));
  });

  it('markdown escapes pipes and has one row per rule', () => {
    const md = formatRulesMarkdown(undefined, 'en');
    const count = RULE_PACKS.reduce((n, p) => n + p.rules.length, 0);
    expect(md.trimEnd().split('\n')).toHaveLength(count + 2);
  });
});

describe('docs/rules.md', () => {
  it('is generated from the packs (UPDATE_DOCS=1 rewrites it)', () => {
    const doc = rulesDocument();
    if (process.env.UPDATE_DOCS === '1') fs.writeFileSync(DOC, doc);
    expect(fs.readFileSync(DOC, 'utf8')).toBe(doc);
  });
});
