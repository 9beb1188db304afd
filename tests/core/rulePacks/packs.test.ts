import * as fs from 'fs';
import * as path from 'path';
import { FINDING_CODES } from '../../../src/core/findings';
import { RULE_PACKS, isInForce, packsForProvince, type RulePack } from '../../../src/core/rulePacks';

const REPO = path.join(__dirname, '..', '..', '..');
const SEEDS = path.join(REPO, '..', 'shared', 'seeds');

/** Seed texts are hard-wrapped and spaced irregularly: compare with all whitespace removed. */
const squash = (s: string) => s.replace(/[\s\u3000]/g, '');

/** Structural anchors of an article reference: 第十条, 第三章, 附件4, （一）, （十九）. */
function anchors(article: string): string[] {
  return squash(article).match(/第[零一二三四五六七八九十百]+[条章]|附件\d*|（[一二三四五六七八九十]+）/g) ?? [];
}

function pack(id: string): RulePack {
  const found = RULE_PACKS.find((p) => p.id === id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
}

describe('every rule of every pack', () => {
  const all = RULE_PACKS.flatMap((p) => p.rules.map((r) => ({ pack: p, rule: r })));

  it('has an id, a known finding code, a document, an article and a bilingual summary', () => {
    for (const { pack: p, rule } of all) {
      expect(rule.id).toMatch(/^[A-Z0-9]+-[\w-]+$/);
      expect(FINDING_CODES[rule.code]).toBeDefined();
      expect(p.document.length).toBeGreaterThan(3);
      expect(rule.article.length).toBeGreaterThan(0);
      expect(anchors(rule.article).length).toBeGreaterThan(0);
      expect(rule.summary.zh && rule.summary.en).toBeTruthy();
    }
  });

  it('has a unique id', () => {
    const ids = all.map((x) => x.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps shares as decimal strings (no floats)', () => {
    for (const { rule } of all) {
      const share = rule.params?.maxShare;
      if (share !== undefined) expect(typeof share).toBe('string');
    }
  });

  const seedsPresent = fs.existsSync(SEEDS);
  (seedsPresent ? it : it.skip)('cites an article and words that appear in its seed text (../shared/seeds)', () => {
    for (const { pack: p, rule } of all) {
      const text = squash(fs.readFileSync(path.join(SEEDS, p.source), 'utf8'));
      for (const anchor of anchors(rule.article)) expect({ id: rule.id, anchor, found: text.includes(anchor) }).toEqual({ id: rule.id, anchor, found: true });
      if (rule.quote) expect({ id: rule.id, quoteFound: text.includes(squash(rule.quote)) }).toEqual({ id: rule.id, quoteFound: true });
      if (p.validityArticle) expect(p.validityArticle === '正文末段' || text.includes(p.validityArticle)).toBe(true);
    }
  });
  if (!seedsPresent) {
    it('seed check skipped', () => {
      console.warn(`Seed texts not found at ${SEEDS}: article citations not checked against the policy texts (CI clones lack them).`);
    });
  }

  it('every rule outside 河南 carries the quote it cites (河南 predates the field)', () => {
    for (const { pack: p, rule } of all) if (p.id !== '河南') expect({ id: rule.id, quote: !!rule.quote }).toEqual({ id: rule.id, quote: true });
  });
});

describe('packs per province', () => {
  it('山西 has two documents; the others one', () => {
    expect(packsForProvince('山西').map((p) => p.id)).toEqual(['山西-社会资本', '山西-采矿用地']);
    expect(packsForProvince('河南').map((p) => p.id)).toEqual(['河南']);
    expect(packsForProvince('海南').map((p) => p.id)).toEqual(['海南']);
    expect(packsForProvince('内蒙古').map((p) => p.id)).toEqual(['内蒙古']);
  });

  it('parameters live in the rules, with their bounds', () => {
    const rule = (packId: string, id: string) => pack(packId).rules.find((r) => r.id === id);
    expect(rule('山西-社会资本', 'SX33-10-1')?.params).toEqual({ maxShare: '0.03', inclusive: true, onlyForDirections: '林草,林地,草地' });
    expect(rule('内蒙古', 'NM-19')?.params).toEqual({ maxShare: '0.01', inclusive: true });
    expect(rule('内蒙古', 'NM-A4-4-slope')?.params).toEqual({ maxSlopeDeg: 25, inclusive: true });
    expect(rule('内蒙古', 'NM-A4-3-area')?.params).toEqual({ minPlotMu: 1, inclusive: true });
    expect(rule('山西-采矿用地', 'SXCK-22')?.params).toMatchObject({ maxYears: 2, checked: false });
  });
});

/** ISO date + n years − 1 day: the last day of "有效期 n 年" counted from the issue day. */
function lastDayOfYears(from: string, years: number): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

describe('POLICY_EXPIRED windows (isInForce, both ends inclusive)', () => {
  const cases: [string, string, string, string | null][] = [
    // pack, last day before, first day, last day in force (null = open-ended)
    ['山西-社会资本', '2020-12-31', '2021-01-01', '2024-12-30'],
    ['山西-采矿用地', '2022-12-31', '2023-01-01', '2025-11-18'],
    ['河南', '2025-11-02', '2025-11-03', '2030-11-02'],
    ['海南', '2023-08-15', '2023-08-16', '2026-08-15'],
    ['内蒙古', '2023-02-06', '2023-02-07', null],
  ];

  it.each(cases)('%s: in force from %s+1 to its last day', (id, before, first, last) => {
    const p = pack(id);
    expect(isInForce(p, before)).toBe(false);
    expect(isInForce(p, first)).toBe(true);
    if (last) {
      expect(isInForce(p, last)).toBe(true);
      const next = new Date(`${last}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      expect(isInForce(p, next.toISOString().slice(0, 10))).toBe(false);
    } else {
      expect(p.validTo).toBeUndefined();
      expect(isInForce(p, '2099-12-31')).toBe(true);
    }
  });

  it('"有效期 N 年" ends the day before the anniversary', () => {
    expect(pack('海南').validTo).toBe(lastDayOfYears('2023-08-16', 3));
    expect(pack('河南').validTo).toBe(lastDayOfYears('2025-11-03', 5));
    // 33号: issue day unknown beyond its year; the latest possible issue day 2021-12-31 bounds the window.
    expect(pack('山西-社会资本').validTo).toBe(lastDayOfYears('2021-12-31', 3));
  });
});
