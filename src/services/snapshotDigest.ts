import { hashInputs, type InputsDigest } from '../core/inputsDigest';
import { workbookInputs } from '../core/report/signOff';
import type { Cell, CellValue, WorkbookSnapshot } from '../core/snapshot';

/**
 * SHA-256 of a workbook as the task pane read it. The CLI hashes the .xlsx file's bytes; inside Excel there are
 * no file bytes, so the pane hashes a canonical serialisation of the snapshot instead (the two hashes of the
 * same workbook therefore differ; the report says which one it is).
 *
 * Canonical form (JSON text, UTF-8, no whitespace):
 *   {"v":1,"sheets":[[name, originRow, originCol, rows], …]}  sheets in workbook order
 *   rows  = one array per row, trailing empty cells and trailing empty rows removed
 *   cell  = null when empty (no value, formula, format or error), else [value, formula, numberFormat, error]
 *           with absent parts as null, "General" number format as null
 *   value = typed so 1 and "1" differ: {"n": "1.5"} (number as JS string), {"s": "…"}, {"b": true},
 *           {"d": "2025-11-03T00:00:00.000Z"} (dates as ISO UTC), null
 * Merges and the hidden flag are not part of the hash: they do not change any number the review reads.
 */
export function canonicalSnapshot(workbook: WorkbookSnapshot): string {
  return JSON.stringify({
    v: 1,
    sheets: workbook.sheets.map((s) => [s.name, s.origin.row, s.origin.col, trimRows(s.cells.map(trimCells))]),
  });
}

type CanonicalCell = null | [unknown, string | null, string | null, string | null];

function canonicalValue(value: CellValue | undefined): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return { n: String(value) };
  if (typeof value === 'boolean') return { b: value };
  if (value instanceof Date) return { d: value.toISOString() };
  return { s: value };
}

function canonicalCell(cell: Cell | undefined): CanonicalCell {
  if (!cell) return null;
  const value = canonicalValue(cell.value);
  const format = cell.numberFormat && cell.numberFormat !== 'General' ? cell.numberFormat : null;
  const formula = cell.formula ?? null;
  const error = cell.error ?? null;
  if (value === null && formula === null && format === null && error === null) return null;
  return [value, formula, format, error];
}

function trimCells(row: Cell[]): CanonicalCell[] {
  const out = Array.from(row, canonicalCell);
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

function trimRows(rows: CanonicalCell[][]): CanonicalCell[][] {
  const out = [...rows];
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** Hex SHA-256 with Web Crypto (the browser's crypto.subtle; Node ≥ 20 has the same global). */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('crypto.subtle is not available (the task pane must be served over https)');
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function snapshotSha256(workbook: WorkbookSnapshot): Promise<string> {
  return sha256Hex(canonicalSnapshot(workbook));
}

/**
 * The inputs digest (src/core/inputsDigest.ts): the same canonical text as the CLI's, hashed with crypto.subtle,
 * so a 复核报告 written by the pane can be checked with `mine-plan verify` and the two agree on one workbook.
 */
export function inputsDigest(workbook: WorkbookSnapshot): Promise<InputsDigest> {
  return hashInputs(workbookInputs(workbook), sha256Hex);
}
