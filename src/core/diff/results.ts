import type { Result } from '../review-model';

export interface ResultChange {
  id: string;
  sheet: string;
  cell: string | null;
  label: string;
  unit: string;
  old: string;
  new: string;
}

export interface ResultsDiff {
  changed: ResultChange[];
  added: Result[];
  removed: Result[];
}

/** Results matched by their stable id (SPEC §7); a value or unit that differs is a change. */
export function diffResults(before: Result[], after: Result[]): ResultsDiff {
  const old = new Map<string, Result>();
  for (const r of before) if (!old.has(r.id)) old.set(r.id, r);
  const seen = new Set<string>();
  const out: ResultsDiff = { changed: [], added: [], removed: [] };
  for (const r of after) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const o = old.get(r.id);
    if (!o) out.added.push(r);
    else if (o.value !== r.value || o.unit !== r.unit) {
      out.changed.push({ id: r.id, sheet: r.sheet, cell: r.cell, label: r.label, unit: r.unit, old: o.unit === r.unit ? o.value : `${o.value} ${o.unit}`, new: r.value });
    }
  }
  for (const r of old.values()) if (!seen.has(r.id)) out.removed.push(r);
  return out;
}
