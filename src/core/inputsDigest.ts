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

/** The type of an input cell, or null when the cell is not an input (formula, blank). */
export function inputType(cell: Cell): InputType | null {
  if (cell.formula) return null;
  if (cell.error) return 'e';
  const v = cell.value;
  if (typeof v === 'number') return 'n';
  if (isBlank(cell)) return null;
  if (typeof v === 'boolean') return 'b';
  if (v instanceof Date) return 'd';
  return 's';
}

/** The canonical text of an input cell of that type. */
export function inputText(cell: Cell, type: InputType): string {
  const v = cell.value;
  if (type === 'e') return cell.error as string;
  if (type === 'd') return (v as Date).toISOString();
  return String(v);
}

/** The typed canonical form of a cell, or null when it is not an input (formula, blank). */
export function inputValue(cell: Cell): { type: InputType; text: string } | null {
  const type = inputType(cell);
  return type === null ? null : { type, text: inputText(cell, type) };
}

/**
 * Visit every input cell, sheets in workbook order, cells row by row, with its absolute row and column. A
 * 100,000-row plan has millions of cells: no object is made per cell that is not an input, and none per input.
 */
export function forEachInput(
  workbook: WorkbookSnapshot,
  exclude: InputExclusion | undefined,
  visit: (sheet: string, addr: string, type: InputType, text: string, row: number, col: number, cell: Cell) => void,
): void {
  for (const sheet of workbook.sheets) {
    if (isReportSheet(sheet.name)) continue;
    const rows = sheet.cells;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!row) continue;
      const r = sheet.origin.row + i;
      for (let j = 0; j < row.length; j++) {
        const cell = row[j];
        if (!cell) continue;
        const type = inputType(cell);
        if (type === null) continue;
        const c = sheet.origin.col + j;
        const addr = a1(r, c);
        if (exclude && exclude(sheet.name, addr, cell)) continue;
        visit(sheet.name, addr, type, inputText(cell, type), r, c, cell);
      }
    }
  }
}

/** Every input cell, sheets in workbook order, cells row by row. */
export function inputCells(workbook: WorkbookSnapshot, exclude?: InputExclusion): InputCell[] {
  const out: InputCell[] = [];
  forEachInput(workbook, exclude, (sheet, cell, type, text) => out.push({ sheet, cell, type, text }));
  return out;
}

export interface CanonicalInputs {
  /** The whole canonical text: version line + every sheet's text. */
  readonly text: string;
  /** Per sheet with inputs: its own canonical text (the sheet line + its cell lines) and how many cells. */
  sheets: { name: string; cells: number; text: string }[];
}

/** The first line of the canonical text. */
export const INPUTS_VERSION_LINE = `${JSON.stringify(INPUTS_DIGEST_VERSION)}\n`;
/**
 * Whether JSON.stringify would escape anything in the text: a quote, a backslash, a control character or a
 * surrogate (it escapes only lone ones, so any surrogate is left to JSON.stringify to decide).
 */
function needsEscape(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/** A JSON string literal, as JSON.stringify writes it; most texts need no escape and are quoted as they are. */
function jsonString(text: string): string {
  return needsEscape(text) ? JSON.stringify(text) : `"${text}"`;
}

/** Receives the canonical text in order, line by line (after the version line). */
export interface InputsSink {
  /** A sheet with at least one input begins: its ["sheet", name] line. */
  sheet(name: string, line: string): void;
  /** The line of its next input cell. */
  cell(line: string): void;
}

/** Stream the canonical lines: the CLI hashes them as they come, without holding the whole text. */
export function writeCanonicalInputs(workbook: WorkbookSnapshot, exclude: InputExclusion | undefined, sink: InputsSink): void {
  let current: string | undefined;
  forEachInput(workbook, exclude, (sheet, addr, type, text) => {
    if (sheet !== current) {
      current = sheet;
      sink.sheet(sheet, `${JSON.stringify(['sheet', sheet])}\n`);
    }
    // = JSON.stringify([addr, type, text]): an A1 address, a type letter and the text of a number, a boolean or
    // a date never need escaping; a string or an error literal is checked.
    sink.cell(`["${addr}","${type}",${type === 's' || type === 'e' ? jsonString(text) : `"${text}"`}]\n`);
  });
}

export function canonicalInputs(workbook: WorkbookSnapshot, exclude?: InputExclusion): CanonicalInputs {
  const sheets: CanonicalInputs['sheets'] = [];
  const lines: string[] = [];
  const finish = () => {
    const last = sheets[sheets.length - 1];
    if (last) last.text = lines.join('');
  };
  writeCanonicalInputs(workbook, exclude, {
    sheet(name, line) {
      finish();
      lines.length = 0;
      lines.push(line);
      sheets.push({ name, cells: 0, text: '' });
    },
    cell(line) {
      lines.push(line);
      sheets[sheets.length - 1].cells++;
    },
  });
  finish();
  let whole: string | undefined;
  return {
    sheets,
    // Joined when asked (the pane hashes the text; the CLI streams the lines instead).
    get text() {
      return (whole ??= INPUTS_VERSION_LINE + sheets.map((s) => s.text).join(''));
    },
  };
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
