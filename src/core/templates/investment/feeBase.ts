import { normaliseLabel } from '../../locate';
import { CATEGORIES, categoryFromText, type CategoryId } from './categories';
import type { EstimateRow } from './parse';
import { chineseNumber } from './serial';

/**
 * What a 计费基数 text points at: "工程施工费", "工程施工费+设备购置费", "一+二", "一至四", "第一部分+第二部分",
 * "1+2" (level-1 rows by number, in sheets numbered 1/1.1).
 * Each term is a row (level-1 first, then any row by name) or a category of the outline; an outline
 * category the estimate does not have (e.g. 设备购置费 in a plan without equipment) counts as zero.
 */
export interface BaseTerm {
  term: string;
  /** Rows whose values add up to this term (empty = an absent optional category, zero). */
  rows: number[];
}

export type ResolvedBase = { ok: true; terms: BaseTerm[] } | { ok: false; unresolved: string[] };

const SPLIT = /[+＋、,，]|和/;
const NUM = '([一二三四五六七八九十]+|\\d+)';
const RANGE = new RegExp(`^第?${NUM}(?:部分)?(?:至|~|～|-|—|到)第?${NUM}(?:部分)?$`);
const PART = new RegExp(`^第?${NUM}(?:部分)?$`);

function partNumber(text: string): number | undefined {
  return /^\d+$/.test(text) ? Number(text) : chineseNumber(text);
}

/** The level-1 row numbered n (一 or 1, whichever style the sheet's level-1 rows use). */
function topLevelBySerial(rows: readonly EstimateRow[], n: number): number | undefined {
  return rows.find((r) => r.parent < 0 && r.serial && r.serial.parts.length === 1 && r.serial.parts[0] === n)?.index;
}

export function resolveBase(text: string, rows: readonly EstimateRow[], self: number): ResolvedBase {
  const cleaned = text.normalize('NFKC').replace(/\s/g, '').replace(/[（(][^）)]*[）)]/g, '').replace(/(之和|合计)$/, '');
  const terms: BaseTerm[] = [];
  const unresolved: string[] = [];
  for (const raw of cleaned.split(SPLIT).filter(Boolean)) {
    const found = resolveTerm(raw, rows, self);
    if (found) terms.push({ term: raw, rows: found });
    else unresolved.push(raw);
  }
  if (!terms.length && !unresolved.length) return { ok: false, unresolved: [text] };
  return unresolved.length ? { ok: false, unresolved } : { ok: true, terms };
}

function resolveTerm(term: string, rows: readonly EstimateRow[], self: number): number[] | undefined {
  const range = RANGE.exec(term);
  if (range) {
    const from = partNumber(range[1]);
    const to = partNumber(range[2]);
    if (from === undefined || to === undefined || to < from) return undefined;
    const out: number[] = [];
    for (let n = from; n <= to; n++) {
      const i = topLevelBySerial(rows, n);
      if (i === undefined) return undefined;
      out.push(i);
    }
    return out;
  }
  const part = PART.exec(term);
  if (part) {
    const n = partNumber(part[1]);
    const i = n === undefined ? undefined : topLevelBySerial(rows, n);
    return i === undefined ? undefined : [i];
  }
  const key = normaliseLabel(term);
  const candidates = (rowsByName(rows).get(key) ?? []).filter((r) => r.index !== self);
  const named = candidates.find((r) => r.parent < 0) ?? candidates[0];
  if (named) return [named.index];
  const category = categoryFromText(key);
  if (!category) return undefined;
  const roots = categoryRoots(rows, category, self);
  if (roots.length) return roots;
  // Naming an outline category the estimate does not have ("设备购置费" without equipment) means zero.
  return (CATEGORIES as readonly string[]).includes(key) ? [] : undefined;
}

/**
 * Lookups over a parsed estimate, made once per estimate: a fee base names rows and categories, and
 * scanning 100,000 rows for each term of each fee row was most of the cost of fee rows.
 */
const namesByRows = new WeakMap<readonly EstimateRow[], Map<string, EstimateRow[]>>();
const rootsByRows = new WeakMap<readonly EstimateRow[], Map<CategoryId, number[]>>();

/** Rows by normalised name, in sheet order. */
function rowsByName(rows: readonly EstimateRow[]): Map<string, EstimateRow[]> {
  let byName = namesByRows.get(rows);
  if (!byName) {
    byName = new Map();
    for (const r of rows) {
      const key = normaliseLabel(r.name);
      const list = byName.get(key);
      if (list) list.push(r);
      else byName.set(key, [r]);
    }
    namesByRows.set(rows, byName);
  }
  return byName;
}

/** Rows that head a category (own category, no ancestor of the same category), in sheet order. */
export function categoryRoots(rows: readonly EstimateRow[], category: CategoryId, self = -1): number[] {
  let roots = rootsByRows.get(rows);
  if (!roots) {
    roots = new Map();
    for (const r of rows) {
      if (!r.ownCategory || hasAncestorIn(rows, r, r.ownCategory)) continue;
      const list = roots.get(r.ownCategory);
      if (list) list.push(r.index);
      else roots.set(r.ownCategory, [r.index]);
    }
    rootsByRows.set(rows, roots);
  }
  return (roots.get(category) ?? []).filter((i) => i !== self);
}

function hasAncestorIn(rows: readonly EstimateRow[], row: EstimateRow, category: CategoryId): boolean {
  for (let p = row.parent; p >= 0; p = rows[p].parent) if (rows[p].ownCategory === category) return true;
  return false;
}
