import type { CellValue } from '../../core/snapshot';
import type { BlankSheet } from '../../core/templates/types';
import type { WritePlan } from '../../core/write-plan';
import { excelInput } from './cells';
import { clearMarksIn } from './clearMarks';
import { REQUIREMENTS, globalOfficeHost, supportsExcelApi } from './host';
import type { OfficeHost } from './host';
import type { ExcelPort, PreviousCell, ProgressReporter, WriteOutcome } from './port';
import { RESPONSE_LIMIT_BYTES, emptyReadMemory } from './readPolicy';
import { readWorkbookIn } from './readWorkbook';
import { uniqueSheetName } from './sheetNames';
import { RequestBudget, countedSync } from './sync';
import type { CountedSync } from './sync';
import { applyWritePlanIn } from './writePlan';
import { queueSheetContent } from './writeSheet';

export interface ExcelPortOptions {
  /** Office.js globals; default: globalThis.Excel / globalThis.Office at call time. */
  host?: OfficeHost;
  /** Response size a chunked read aims at (default 5 MB, Excel on the web's limit). */
  responseBudgetBytes?: number;
  /** Request size one write batch may reach before it is flushed (default 4 MB, under the 5 MB limit). */
  requestBudgetBytes?: number;
}

/**
 * The Office.js side of ExcelPort, and the only code that calls Excel.run. Reads take 2 syncs, a write plan
 * 1 read sync + 1 write sync; see docs/excel-adapter.md for the budgets and the undo behaviour.
 */
export function createExcelPortLive(options: ExcelPortOptions = {}): ExcelPort {
  const host = (): OfficeHost => options.host ?? globalOfficeHost();
  const policy = { responseBudgetBytes: options.responseBudgetBytes ?? RESPONSE_LIMIT_BYTES };
  const requestBudget = options.requestBudgetBytes ?? 4 * 1024 * 1024;
  // What the last read learnt about this workbook's size (the pane keeps one port while it is open).
  const readMemory = emptyReadMemory();

  /** Writes run as one undo group where the host can (ExcelApi 1.20); otherwise each sync is its own step. */
  function write<T>(batch: (s: CountedSync, undoGroup: boolean) => Promise<T>): Promise<T> {
    const h = host();
    const undoGroup = supportsExcelApi(h, REQUIREMENTS.mergeUndoGroup);
    const body = (context: Excel.RequestContext): Promise<T> => batch(countedSync(context), undoGroup);
    return undoGroup ? h.Excel.run({ mergeUndoGroup: true }, body) : h.Excel.run(body);
  }

  return {
    readWorkbook(progress?: ProgressReporter) {
      return host().Excel.run((context) => readWorkbookIn(context, policy, progress, readMemory));
    },

    applyWritePlan(plan: WritePlan, progress?: ProgressReporter): Promise<WriteOutcome> {
      const caps = { notes: supportsExcelApi(host(), REQUIREMENTS.notes), fillPattern: supportsExcelApi(host(), REQUIREMENTS.fillPattern) };
      return write(async (s, undoGroup) => {
        progress?.({ done: 0, total: 2, label: 'checking targets' });
        const outcome = await applyWritePlanIn(s, plan, caps, requestBudget);
        progress?.({ done: 2, total: 2, label: 'written' });
        return { ...outcome, syncs: s.count, undoGroup };
      });
    },

    insertTemplates(sheets: BlankSheet[]) {
      return write(async (s) => {
        const worksheets = s.context.workbook.worksheets.load('items/name');
        await s.sync();
        const names = worksheets.items.map((w) => w.name);
        const budget = new RequestBudget(s, requestBudget);
        const inserted: { requested: string; actual: string }[] = [];
        for (const sheet of sheets) {
          const actual = uniqueSheetName(sheet.name, names);
          names.push(actual);
          const ws = worksheets.add(actual);
          await queueSheetContent(ws, { ...sheet, headerRows: [sheet.headerRow] }, budget);
          inserted.push({ requested: sheet.name, actual });
        }
        if (inserted.length > 0) await s.sync();
        return { inserted };
      });
    },

    selectCell(sheet: string, cell: string) {
      return host().Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },

    async clearMarks(marks: { sheet: string; cell: string }[]) {
      const notes = supportsExcelApi(host(), REQUIREMENTS.notes);
      await write((s) => clearMarksIn(s, marks, notes));
    },

    async revert(previous: PreviousCell[]) {
      if (previous.length === 0) return;
      await write(async (s) => {
        const worksheets = s.context.workbook.worksheets.load('items/name');
        await s.sync();
        const present = new Set(worksheets.items.map((w) => w.name));
        for (const p of previous) {
          if (!present.has(p.sheet)) continue;
          const range = worksheets.getItem(p.sheet).getRange(p.cell);
          range.values = [[excelInput(p.value as CellValue)]];
          if (p.numberFormat !== undefined) range.numberFormat = [[p.numberFormat]];
        }
        await s.sync();
      });
    },
  };
}

/** The name the task pane imports (src/taskpane/index.tsx). */
export const createLiveExcelPort = createExcelPortLive;
