import type JSZip from 'jszip';
import type { Cell } from '../../core/snapshot';
import { OoxmlPackage } from './ooxml/pkg';
import { attr } from './ooxml/xml';

/** Formula cells read without a value, by sheet name and A1 address (collected while the snapshot is built). */
export type UnvaluedFormulas = Map<string, Map<string, Cell>>;

/**
 * A formula whose result is the empty string (=IF(A1="","",A1*2)) is saved by Excel as
 * `<c r="B1" t="str"><f>…</f><v></v></c>`. exceljs reads that as a formula without a result — the same as a
 * formula no program ever calculated (no `<v>` at all) — and the review then warned that the file was "not
 * calculated by Excel". For the formula cells of the snapshot that came back without a value, this reads their
 * sheet's XML: an empty `<v>` of a string formula is a calculated "", kept as '' (blank to the engine, and not
 * reported as uncalculated). Only sheets holding such cells are read, and the cells are noted while the snapshot
 * is built (no second pass over the grid).
 */
export async function restoreEmptyTextResults(zip: JSZip, pending: UnvaluedFormulas): Promise<void> {
  if (pending.size === 0) return;
  const entries = await new OoxmlPackage(zip).sheets();
  for (const [name, cells] of pending) {
    const part = zip.file(entries.find((e) => e.name === name)?.path ?? '');
    if (!part) continue;
    const xml = await part.async('string');
    for (const addr of emptyTextResultCells(xml)) {
      const cell = cells.get(addr);
      if (cell) cell.value = '';
    }
  }
}

/** Addresses of string-formula cells whose cached value is empty (`t="str"`, `<v></v>` or `<v/>`). */
export function emptyTextResultCells(sheetXml: string): string[] {
  const found: string[] = [];
  const start = /<(\w+:)?c\b([^>]*?)(\/?)>/g;
  const emptyValue = new Map<string, RegExp>(); // by namespace prefix
  for (let m = start.exec(sheetXml); m; m = start.exec(sheetXml)) {
    if (m[3] === '/' || !/\bt="str"/.test(m[2])) continue;
    const prefix = m[1] ?? '';
    const end = sheetXml.indexOf(`</${prefix}c>`, start.lastIndex);
    if (end < 0) break;
    let empty = emptyValue.get(prefix);
    if (!empty) emptyValue.set(prefix, (empty = new RegExp(`<${prefix}v\\s*(/>|></${prefix}v>)`)));
    const ref = attr(`<c${m[2]}>`, 'r');
    if (ref && empty.test(sheetXml.slice(start.lastIndex, end))) found.push(ref.replace(/\$/g, '').toUpperCase());
    start.lastIndex = end;
  }
  return found;
}
