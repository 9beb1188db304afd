import { a1, isBlank, type Cell, type WorkbookSnapshot } from './snapshot';
import { REPORT_SHEET_NAME } from './write-plan';

/**
 * The inputs of a workbook, serialised canonically so a digest of them can be signed off in a 复核报告 and
 * checked later (`mine-plan verify`), by the CLI (node:crypto) and by the task pane (crypto.subtle) alike.
 * Pure: this file builds the text; hashing happens in the callers.
 *
 * An input cell is a cell of any sheet except a report sheet (复核报告, 复核报告(2) …) that has no formula and
 * is not blank (blank = empty or whitespace only, as the engine reads it); error literals count. Formulas are
 * left out on purpose: their text is spelt differently by exceljs and Office.js, and their cached values are
 * derived. Number formats, merges, styles, notes and hidden flags are not inputs either.
 *
 * Canonical text (UTF-8), one JSON array per line, each line ending in "\n":
 *   "mine-plan-inputs/1"                       the version line
 *   ["sheet", <name>]                          per sheet with at least one input, in workbook order
 *   [<A1>, <type>, <text>]                     per input cell, row by row, left to right
 * type/text: "n" + the JS number as String() ("1.5", "1e+21"), "s" + the string as is, "b" + "true"/"false",
 * "d" + the ISO UTC timestamp of a date, "e" + the error literal ("#N/A"). So 1 and "1" differ.
 */
export const INPUTS_DIGEST_VERSION = 'mine-plan-inputs/1';

export type InputType = 'n' | 's' | 'b' | 'd' | 'e';

export interface InputCell {
  sheet: string;
  cell: string;
  type: InputType;
  text: string;
}

/** Cells a caller wants left out (the derived cells a review filled into a copy). */
export type InputExclusion = (sheet: string, cell: string, content: Cell) => boolean;

const REPORT_NAME = new RegExp(`^${REPORT_SHEET_NAME}(\\(\\d+\\))?$`);

/** 复核报告 and the "(2)", "(3)" names both adapters give a second report sheet. */
export function isReportSheet(name: string): boolean {
  return REPORT_NAME.test(name);
}

/** The typed canonical form of a cell, or null when it is not an input (formula, blank). */
export function inputValue(cell: Cell): { type: InputType; text: string } | null {
  if (cell.formula) return null;
  if (cell.error) return { type: 'e', text: cell.error };
  if (isBlank(cell)) return null;
  const v = cell.value;
  if (typeof v === 'number') return { type: 'n', text: String(v) };
  if (typeof v === 'boolean') return { type: 'b', text: String(v) };
  if (v instanceof Date) return { type: 'd', text: v.toISOString() };
  return { type: 's', text: String(v) };
}

/** Every input cell, sheets in workbook order, cells row by row. */
export function inputCells(workbook: WorkbookSnapshot, exclude?: InputExclusion): InputCell[] {
  const out: InputCell[] = [];
  for (const sheet of workbook.sheets) {
    if (isReportSheet(sheet.name)) continue;
    sheet.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (!cell) return;
        const value = inputValue(cell);
        if (!value) return;
        const addr = a1(sheet.origin.row + i, sheet.origin.col + j);
        if (exclude?.(sheet.name, addr, cell)) return;
        out.push({ sheet: sheet.name, cell: addr, ...value });
      }),
    );
  }
  return out;
}

export interface CanonicalInputs {
  /** The whole canonical text: version line + every sheet's text. */
  text: string;
  /** Per sheet with inputs: its own canonical text (the sheet line + its cell lines) and how many cells. */
  sheets: { name: string; cells: number; text: string }[];
}

const line = (parts: unknown[]) => `${JSON.stringify(parts)}\n`;

export function canonicalInputs(workbook: WorkbookSnapshot, exclude?: InputExclusion): CanonicalInputs {
  const sheets: CanonicalInputs['sheets'] = [];
  let current: CanonicalInputs['sheets'][number] | undefined;
  for (const c of inputCells(workbook, exclude)) {
    if (current?.name !== c.sheet) {
      current = { name: c.sheet, cells: 0, text: line(['sheet', c.sheet]) };
      sheets.push(current);
    }
    current.cells += 1;
    current.text += line([c.cell, c.type, c.text]);
  }
  return { text: `${JSON.stringify(INPUTS_DIGEST_VERSION)}\n` + sheets.map((s) => s.text).join(''), sheets };
}

/** SHA-256 of the inputs, whole and per sheet (hex, lower case). */
export interface InputsDigest {
  sha256: string;
  sheets: { name: string; cells: number; sha256: string }[];
}

/** Hash a canonical form with the caller's SHA-256 (node:crypto in the CLI, crypto.subtle in the pane). */
export async function hashInputs(canonical: CanonicalInputs, sha256: (text: string) => string | Promise<string>): Promise<InputsDigest> {
  const sheets = [];
  for (const s of canonical.sheets) sheets.push({ name: s.name, cells: s.cells, sha256: await sha256(s.text) });
  return { sha256: await sha256(canonical.text), sheets };
}
