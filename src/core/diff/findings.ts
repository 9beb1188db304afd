import type { Finding } from '../findings';
import { groupBy } from '../groupBy';

export interface FindingsDiff {
  /** In the old review, not in the new one. */
  fixed: Finding[];
  /** In the new review, not in the old one. */
  new: Finding[];
  /** Findings present in both. */
  remaining: number;
}

/** A finding's identity across versions: code + sheet + cell, or code + rule (+ sheet) when it has no cell. */
export function findingKey(f: Finding): string {
  return f.cell ? `${f.code}|${f.sheet}|${f.cell}` : `${f.code}|${f.sheet}|rule:${f.rule ?? ''}`;
}

/** Matched as multisets: two identical keys in the old review and one in the new = one fixed. */
export function diffFindings(before: Finding[], after: Finding[]): FindingsDiff {
  const pool = groupBy(before, findingKey);
  const fresh: Finding[] = [];
  let remaining = 0;
  for (const f of after) {
    const left = pool.get(findingKey(f));
    if (left?.length) {
      left.shift();
      remaining += 1;
    } else fresh.push(f);
  }
  const unmatched = new Set([...pool.values()].flat());
  return { fixed: before.filter((f) => unmatched.has(f)), new: fresh, remaining };
}
