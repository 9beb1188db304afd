import { cellId, decodeMarks, encodeMarks, mergeMarks, newMarksKey } from './marks';
import type { MarkRecord } from './marks';
import type { CountedSync } from './sync';

/**
 * Undo our highlights and notes: a fill goes back to what it was before the first highlight (or to no fill)
 * unless someone has recoloured the cell since; our note is deleted; the records of cleared cells are
 * removed from the workbook settings. An empty list clears every recorded mark. Three syncs: records and
 * sheet names, current fills and notes, then the writes in one batch.
 */
export async function clearMarksIn(s: CountedSync, marks: { sheet: string; cell: string }[], notesSupported: boolean): Promise<number> {
  const { workbook } = s.context;
  const settings = workbook.settings.load('items/key,items/value');
  const worksheets = workbook.worksheets.load('items/name');
  await s.sync();
  const stored = decodeMarks(settings.items.map((i) => ({ key: i.key, value: i.value })));
  const merged = mergeMarks(stored);
  const wanted = new Set(marks.map((m) => cellId(m.sheet, m.cell)));
  const inScope = (id: string): boolean => wanted.size === 0 || wanted.has(id);
  const sheets = new Set(worksheets.items.map((w) => w.name));
  const targets = [...merged.entries()].filter(([id, m]) => inScope(id) && sheets.has(m.sheet)).map(([, m]) => m);

  const probes = targets.map((m) => {
    const ws = workbook.worksheets.getItem(m.sheet);
    return {
      mark: m,
      fill: m.fill !== undefined ? ws.getRange(m.cell).format.fill.load('color') : undefined,
      note: m.note && notesSupported ? ws.notes.getItemOrNullObject(m.cell).load('content') : undefined,
    };
  });
  if (probes.length > 0) await s.sync();

  for (const { mark, fill, note } of probes) {
    // A colour that is no longer ours was chosen by someone since: leave it.
    if (fill && mark.fill !== undefined && fill.color?.toUpperCase() === mark.fill.toUpperCase()) {
      if (mark.previousFill === null || mark.previousFill === undefined) fill.clear();
      else fill.color = mark.previousFill;
    }
    if (note && !note.isNullObject) note.delete();
  }
  const remaining: MarkRecord[] = [];
  for (const entry of stored)
    for (const m of entry.marks) if (!inScope(cellId(m.sheet, m.cell))) remaining.push(m);
  for (const entry of stored) workbook.settings.getItemOrNullObject(entry.key).delete();
  if (remaining.length > 0) workbook.settings.add(newMarksKey(), encodeMarks(remaining));
  if (stored.length > 0 || probes.length > 0) await s.sync();
  return targets.length;
}
