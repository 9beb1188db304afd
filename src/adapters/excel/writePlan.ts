import type { Patch } from '../../core/review-model';
import type { CellValue } from '../../core/snapshot';
import type { WritePlan } from '../../core/write-plan';
import { excelInput, toCell } from './cells';
import { SEVERITY_FILL, cellId, decodeMarks, encodeMarks, mergeMarks, newMarksKey } from './marks';
import type { MarkRecord } from './marks';
import type { WriteOutcome } from './port';
import { uniqueSheetName } from './sheetNames';
import { RequestBudget } from './sync';
import type { CountedSync } from './sync';
import { queueSheetContent } from './writeSheet';

export interface WriteCaps {
  notes: boolean;
  fillPattern: boolean;
}

const SEVERITY_RANK = { error: 3, warning: 2, info: 1 } as const;
type Severity = keyof typeof SEVERITY_RANK;

interface Target {
  sheet: string;
  cell: string;
}

/** What the read sync before the write learns: sheet names, the targets' current content, fills, notes, our marks. */
interface PreRead {
  sheetNames: string[];
  patches: { patch: Patch; range: Excel.Range }[];
  fills: { target: Target; severity: Severity; fill: Excel.RangeFill }[];
  notes: { target: Target; text: string; note: Excel.Note }[];
  settings: Excel.SettingCollection;
}

function firstPerCell<T extends Target>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const id = cellId(t.sheet, t.cell);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function strongestPerCell(items: { sheet: string; cell: string; severity: Severity }[]): typeof items {
  const best = new Map<string, (typeof items)[number]>();
  for (const h of items) {
    const id = cellId(h.sheet, h.cell);
    const prior = best.get(id);
    if (!prior || SEVERITY_RANK[h.severity] > SEVERITY_RANK[prior.severity]) best.set(id, h);
  }
  return [...best.values()];
}

function queuePreRead(context: Excel.RequestContext, plan: WritePlan, caps: WriteCaps, present: (sheet: string) => boolean): PreRead {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = worksheets.getItem(name)));
    return ws;
  };
  const patches = firstPerCell(plan.patches)
    .filter((p) => present(p.sheet))
    .map((patch) => ({ patch, range: sheet(patch.sheet).getRange(patch.cell).load('values,formulas,numberFormat') }));
  const fills = strongestPerCell(plan.highlights)
    .filter((h) => present(h.sheet))
    .map((h) => ({
      target: { sheet: h.sheet, cell: h.cell },
      severity: h.severity,
      fill: sheet(h.sheet).getRange(h.cell).format.fill.load(caps.fillPattern ? 'color,pattern' : 'color'),
    }));
  const notes = caps.notes
    ? firstPerCell(plan.notes)
        .filter((n) => present(n.sheet))
        .map((n) => ({ target: { sheet: n.sheet, cell: n.cell }, text: n.text, note: sheet(n.sheet).notes.getItemOrNullObject(n.cell).load('content') }))
    : [];
  const settings = context.workbook.settings.load('items/key,items/value');
  return { sheetNames: [], patches, fills, notes, settings };
}

/** Read the targets first (one sync, two if a referenced sheet has gone), so nothing an author typed is replaced. */
async function preRead(s: CountedSync, plan: WritePlan, caps: WriteCaps): Promise<PreRead & { missing: Set<string> }> {
  let missing = new Set<string>();
  try {
    const pre = queuePreRead(s.context, plan, caps, () => true);
    await s.sync();
    return { ...pre, sheetNames: s.context.workbook.worksheets.items.map((w) => w.name), missing };
  } catch (e) {
    if ((e as { code?: string }).code !== 'ItemNotFound') throw e;
  }
  const worksheets = s.context.workbook.worksheets.load('items/name');
  await s.sync();
  const names = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  const referenced = [...plan.patches, ...plan.highlights, ...plan.notes].map((t) => t.sheet);
  missing = new Set(referenced.filter((n) => !names.has(n.toLowerCase())));
  const pre = queuePreRead(s.context, plan, caps, (n) => !missing.has(n));
  await s.sync();
  return { ...pre, sheetNames: worksheets.items.map((w) => w.name), missing };
}

function patchInput(patch: Patch): string | number | null {
  if (patch.kind === 'number') {
    // Excel stores IEEE doubles: the exact decimal string becomes the nearest double only here, at output.
    const n = Number(patch.value);
    return Number.isFinite(n) ? n : null;
  }
  return excelInput(patch.value) as string;
}

function previousFill(fill: Excel.RangeFill, caps: WriteCaps): string | null {
  // Without RangeFill.pattern (ExcelApi 1.9) a white fill cannot be told from none: treat white as none.
  if (caps.fillPattern) return fill.pattern === 'None' ? null : fill.color;
  return fill.color && fill.color.toUpperCase() !== '#FFFFFF' ? fill.color : null;
}

/**
 * Apply a write plan: one read sync, then every write in one sync (more only past the request budget).
 * Patches go only where the cell is still empty and formula-free; text that Excel would take for a
 * formula or a number is written behind an apostrophe; highlights and notes are recorded for clearMarks.
 */
export async function applyWritePlanIn(
  s: CountedSync,
  plan: WritePlan,
  caps: WriteCaps,
  requestBudgetBytes: number,
): Promise<Omit<WriteOutcome, 'syncs'>> {
  const pre = await preRead(s, plan, caps);
  const worksheets = s.context.workbook.worksheets;
  const outcome: Omit<WriteOutcome, 'syncs'> = { written: [], previous: [], skipped: [], notesSupported: caps.notes };
  for (const id of pre.missing) outcome.skipped.push({ sheet: id, cell: '', reason: 'sheet not found' });
  const budget = new RequestBudget(s, requestBudgetBytes);

  for (const { patch, range } of pre.patches) {
    const where = { sheet: patch.sheet, cell: patch.cell };
    const current = toCell(range.values[0][0], range.formulas[0][0], range.numberFormat[0][0]);
    if (current.formula !== undefined) {
      outcome.skipped.push({ ...where, reason: 'formula' });
      continue;
    }
    if (current.value !== null || current.error !== undefined) {
      outcome.skipped.push({ ...where, reason: 'not empty' });
      continue;
    }
    const input = patchInput(patch);
    if (input === null) {
      outcome.skipped.push({ ...where, reason: 'not a number' });
      continue;
    }
    await budget.reserve(64);
    outcome.previous.push({ ...where, value: null as CellValue, numberFormat: current.numberFormat ?? 'General' });
    if (patch.numberFormat) range.numberFormat = [[patch.numberFormat]];
    range.values = [[input]];
    outcome.written.push(where);
  }

  if (plan.report) {
    const name = uniqueSheetName(plan.report.name, pre.sheetNames);
    const ws = worksheets.add(name);
    await queueSheetContent(ws, plan.report, budget);
    outcome.reportSheet = name;
  }

  const ours = mergeMarks(decodeMarks(pre.settings.items.map((i) => ({ key: i.key, value: i.value }))));
  const records: MarkRecord[] = [];
  for (const { target, severity, fill } of pre.fills) {
    const before = previousFill(fill, caps);
    const colour = SEVERITY_FILL[severity];
    fill.color = colour;
    records.push({ ...target, fill: colour, previousFill: before });
  }
  if (!caps.notes) {
    for (const n of plan.notes) outcome.skipped.push({ sheet: n.sheet, cell: n.cell, reason: 'notes need ExcelApi 1.18' });
  }
  for (const { target, text, note } of pre.notes) {
    if (note.isNullObject) worksheets.getItem(target.sheet).notes.add(target.cell, text);
    else if (ours.get(cellId(target.sheet, target.cell))?.note) note.content = text;
    else {
      outcome.skipped.push({ ...target, reason: "author's note kept" });
      continue;
    }
    const prior = records.find((r) => r.sheet === target.sheet && r.cell === target.cell);
    if (prior) prior.note = true;
    else records.push({ ...target, note: true });
  }
  if (records.length > 0) s.context.workbook.settings.add(newMarksKey(), encodeMarks(records));
  await s.sync();
  return outcome;
}
