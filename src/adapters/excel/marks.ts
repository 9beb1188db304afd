/**
 * Highlights and notes the add-in adds are recorded in the workbook itself (Excel.SettingCollection,
 * ExcelApi 1.4; saved with the file, invisible to the user), so 清除标记 works after the pane or the
 * workbook was reopened. One setting per write ("mineplan.marks.<stamp>"), so writing never needs to read
 * the older records first; clearing merges them: the earliest record of a cell holds its original fill.
 */
export const MARKS_KEY_PREFIX = 'mineplan.marks.';

export const SEVERITY_FILL: Record<'error' | 'warning' | 'info', string> = {
  // Excel's own "Bad", "Neutral" and a light blue: readable, and printable in grey.
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export interface MarkRecord {
  sheet: string;
  cell: string;
  /** The fill we set, and what was there before (null = no fill). Absent when only a note was added. */
  fill?: string;
  previousFill?: string | null;
  /** True when we added the note on this cell. */
  note?: boolean;
}

export interface MarksSetting {
  key: string;
  marks: MarkRecord[];
}

let sequence = 0;
export function newMarksKey(now = Date.now()): string {
  sequence += 1;
  return `${MARKS_KEY_PREFIX}${now.toString(36)}.${sequence}`;
}

export function encodeMarks(marks: MarkRecord[]): string {
  return JSON.stringify({ v: 1, marks });
}

/** Our settings among all workbook settings (others' keys and unreadable values are ignored). */
export function decodeMarks(settings: { key: string; value: unknown }[]): MarksSetting[] {
  const out: MarksSetting[] = [];
  for (const s of settings) {
    if (!s.key.startsWith(MARKS_KEY_PREFIX)) continue;
    try {
      const parsed = (typeof s.value === 'string' ? JSON.parse(s.value) : s.value) as { marks?: MarkRecord[] };
      out.push({ key: s.key, marks: Array.isArray(parsed?.marks) ? parsed.marks : [] });
    } catch {
      out.push({ key: s.key, marks: [] });
    }
  }
  return out.sort((a, b) => compareKeys(a.key, b.key));
}

function compareKeys(a: string, b: string): number {
  const [ta, na] = a.slice(MARKS_KEY_PREFIX.length).split('.');
  const [tb, nb] = b.slice(MARKS_KEY_PREFIX.length).split('.');
  return parseInt(ta, 36) - parseInt(tb, 36) || Number(na) - Number(nb);
}

export function cellId(sheet: string, cell: string): string {
  return `${sheet}!${cell.toUpperCase()}`;
}

/** Per cell: the original fill (earliest record), the fill we set last, and whether a note of ours is on it. */
export function mergeMarks(settings: MarksSetting[]): Map<string, MarkRecord> {
  const merged = new Map<string, MarkRecord>();
  for (const s of settings)
    for (const m of s.marks) {
      const id = cellId(m.sheet, m.cell);
      const prior = merged.get(id);
      const next: MarkRecord = prior ? { ...prior } : { sheet: m.sheet, cell: m.cell.toUpperCase() };
      if (m.fill !== undefined) {
        if (next.fill === undefined) next.previousFill = m.previousFill ?? null;
        next.fill = m.fill;
      }
      if (m.note) next.note = true;
      merged.set(id, next);
    }
  return merged;
}
