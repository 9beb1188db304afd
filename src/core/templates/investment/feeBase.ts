import { normaliseLabel } from '../../locate';
import { CATEGORIES, categoryFromText } from './categories';
import type { EstimateLookup } from './lookup';
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

export function resolveBase(text: string, lookup: EstimateLookup, self: number): ResolvedBase {
  const cleaned = text.normalize('NFKC').replace(/\s/g, '').replace(/[（(][^）)]*[）)]/g, '').replace(/(之和|合计)$/, '');
  const terms: BaseTerm[] = [];
  const unresolved: string[] = [];
  for (const raw of cleaned.split(SPLIT).filter(Boolean)) {
    const found = resolveTerm(raw, lookup, self);
    if (found) terms.push({ term: raw, rows: found });
    else unresolved.push(raw);
  }
  if (!terms.length && !unresolved.length) return { ok: false, unresolved: [text] };
  return unresolved.length ? { ok: false, unresolved } : { ok: true, terms };
}

function resolveTerm(term: string, lookup: EstimateLookup, self: number): number[] | undefined {
  const range = RANGE.exec(term);
  if (range) {
    const from = partNumber(range[1]);
    const to = partNumber(range[2]);
    if (from === undefined || to === undefined || to < from) return undefined;
    const out: number[] = [];
    for (let n = from; n <= to; n++) {
      const i = lookup.topLevelBySerial(n);
      if (i === undefined) return undefined;
      out.push(i);
    }
    return out;
  }
  const part = PART.exec(term);
  if (part) {
    const n = partNumber(part[1]);
    const i = n === undefined ? undefined : lookup.topLevelBySerial(n);
    return i === undefined ? undefined : [i];
  }
  const key = normaliseLabel(term);
  const rows = lookup.rows;
  const candidates = lookup.rowsNamed(key).filter((i) => i !== self);
  const named = candidates.find((i) => rows[i].parent < 0) ?? candidates[0];
  if (named !== undefined) return [named];
  const category = categoryFromText(key);
  if (!category) return undefined;
  const roots = lookup.categoryRoots(category).filter((i) => i !== self);
  if (roots.length) return roots;
  // Naming an outline category the estimate does not have ("设备购置费" without equipment) means zero.
  return (CATEGORIES as readonly string[]).includes(key) ? [] : undefined;
}
