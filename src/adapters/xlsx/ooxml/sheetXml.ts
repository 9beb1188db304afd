import { a1, columnNumber, parseA1 } from '../../../core/snapshot';
import { attr, escapeXml, insertBeforeFirst, prefixOf, setAttr } from './xml';

interface CellNode {
  col: number;
  xml: string;
}

interface RowNode {
  r: number;
  /** Original bytes of the row (kept when the row is not touched). */
  xml: string;
  startTag: string;
  cells: CellNode[] | null;
  /** Whatever follows the last cell inside the row (an <extLst>), kept on rewrite. */
  tail: string;
  touched: boolean;
}

/** What a cell holds in the sheet XML, enough to decide whether the engine may fill it. */
export interface CellState {
  exists: boolean;
  hasFormula: boolean;
  hasValue: boolean;
  style: number;
}

/** Children of <worksheet> that must come after <legacyDrawing> (CT_Worksheet sequence, ECMA-376 §18.3.1.99). */
const AFTER_LEGACY_DRAWING = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/**
 * Edits cells of one worksheet part by splicing <sheetData>: rows that are not touched keep their exact
 * bytes, as does everything outside <sheetData> except an added <legacyDrawing>.
 */
export class SheetEditor {
  private readonly p: string;
  private readonly before: string;
  private readonly after: string;
  private readonly rows: RowNode[] = [];
  /** Rows by number (the first, if a damaged file repeats one): a 100,000-row sheet takes 20,000 fills. */
  private readonly byNumber = new Map<number, RowNode>();
  /** A row was added: the rows are put in order once, when the XML is written. */
  private rowAdded = false;
  private selfClosingSheetData = false;

  constructor(xml: string) {
    this.p = prefixOf(xml, 'worksheet');
    const open = new RegExp(`<${this.p}sheetData\\b[^>]*?(/?)>`).exec(xml);
    if (!open) throw new Error('worksheet has no <sheetData>');
    if (open[1] === '/') {
      this.selfClosingSheetData = true;
      this.before = xml.slice(0, open.index) + open[0].replace(/\s*\/>$/, '>');
      this.after = `</${this.p}sheetData>` + xml.slice(open.index + open[0].length);
      return;
    }
    const innerStart = open.index + open[0].length;
    const close = xml.indexOf(`</${this.p}sheetData>`, innerStart);
    this.before = xml.slice(0, innerStart);
    this.after = xml.slice(close);
    const inner = xml.slice(innerStart, close);
    const rowRe = new RegExp(`<${this.p}row\\b[^>]*?(?:/>|>[\\s\\S]*?</${this.p}row>)`, 'g');
    let implicit = 0;
    for (const m of inner.matchAll(rowRe)) {
      const startTag = /^<[^>]*>/.exec(m[0])?.[0] ?? m[0];
      const r = Number(attr(startTag, 'r') ?? implicit + 1);
      implicit = r;
      const node: RowNode = { r, xml: m[0], startTag, cells: null, tail: '', touched: false };
      this.rows.push(node);
      if (!this.byNumber.has(r)) this.byNumber.set(r, node);
    }
  }

  /** Whether a cell exists, holds a formula or a value, and its style index (the row's style when absent). */
  cellState(ref: string): CellState {
    const { row, col } = parseA1(ref);
    const node = this.byNumber.get(row);
    const cell = node ? this.cellsOf(node).find((c) => c.col === col) : undefined;
    if (!cell) {
      const rowStyle = node && attr(node.startTag, 'customFormat') === '1' ? Number(attr(node.startTag, 's') ?? 0) : 0;
      return { exists: false, hasFormula: false, hasValue: false, style: rowStyle };
    }
    return {
      exists: true,
      hasFormula: new RegExp(`<${this.p}f[\\s/>]`).test(cell.xml),
      hasValue: new RegExp(`<${this.p}(v|is)[\\s/>]`).test(cell.xml),
      style: Number(attr(cell.xml, 's') ?? 0),
    };
  }

  /** Replaces the content of a cell (or creates it) with a number, inline text or nothing, and a style. */
  setCell(ref: string, content: { kind: 'number'; value: string } | { kind: 'text'; value: string } | { kind: 'keep' }, style?: number): void {
    const { row, col } = parseA1(ref);
    let node = this.byNumber.get(row);
    if (!node) {
      node = { r: row, xml: '', startTag: `<${this.p}row r="${row}">`, cells: [], tail: '', touched: true };
      this.rows.push(node);
      this.byNumber.set(row, node);
      this.rowAdded = true;
    }
    const cells = this.cellsOf(node);
    node.touched = true;
    const existing = cells.find((c) => c.col === col);
    const sAttr = style !== undefined && style !== 0 ? ` s="${style}"` : '';
    let xml: string;
    if (content.kind === 'keep') {
      if (existing) {
        const start = /^<[^>]*>/.exec(existing.xml)?.[0] as string;
        existing.xml = (style !== undefined ? setAttr(start, 's', String(style)) : start) + existing.xml.slice(start.length);
        return;
      }
      xml = `<${this.p}c r="${a1(row, col)}"${sAttr}/>`;
    } else if (content.kind === 'number') {
      xml = `<${this.p}c r="${a1(row, col)}"${sAttr}><${this.p}v>${content.value}</${this.p}v></${this.p}c>`;
    } else {
      xml = `<${this.p}c r="${a1(row, col)}"${sAttr} t="inlineStr"><${this.p}is><${this.p}t xml:space="preserve">${escapeXml(content.value)}</${this.p}t></${this.p}is></${this.p}c>`;
    }
    if (existing) existing.xml = xml;
    else {
      cells.push({ col, xml });
      cells.sort((a, b) => a.col - b.col);
    }
  }

  mergedRanges(): string[] {
    const all = this.before + this.after;
    return [...all.matchAll(new RegExp(`<${this.p}mergeCell\\b[^>]*>`, 'g'))].map((m) => attr(m[0], 'ref') ?? '').filter(Boolean);
  }

  hasLegacyDrawing(): string | undefined {
    const m = new RegExp(`<${this.p}legacyDrawing\\b[^>]*>`).exec(this.after);
    return m ? attr(m[0], 'r:id') : undefined;
  }

  toXml(extra?: { legacyDrawingRelId?: string }): string {
    // A stable sort once: the order sorting after every added row gave (rows of a file without additions keep theirs).
    if (this.rowAdded) this.rows.sort((a, b) => a.r - b.r);
    const body = this.rows.map((r) => (r.touched ? this.rowXml(r) : r.xml)).join('');
    let after = this.after;
    let before = this.before;
    if (extra?.legacyDrawingRelId) {
      after = insertBeforeFirst(after, `<${this.p}legacyDrawing r:id="${extra.legacyDrawingRelId}"/>`, AFTER_LEGACY_DRAWING, 'worksheet', this.p);
      if (!/xmlns:r\s*=/.test(before.slice(0, before.indexOf('>', before.indexOf(`<${this.p}worksheet`)) + 1))) {
        before = before.replace(
          new RegExp(`<${this.p}worksheet\\b`),
          `$&` + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
        );
      }
    }
    if (this.selfClosingSheetData && body === '') {
      return before.replace(/>$/, '/>') + after.slice(`</${this.p}sheetData>`.length);
    }
    return before + body + after;
  }

  private cellsOf(node: RowNode): CellNode[] {
    if (node.cells) return node.cells;
    const cells: CellNode[] = [];
    const cellRe = new RegExp(`<${this.p}c(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${this.p}c>)`, 'g');
    let implicit = 0;
    const inner = node.xml.endsWith('/>') && node.xml === node.startTag ? '' : node.xml.slice(node.startTag.length, node.xml.lastIndexOf('</'));
    let lastEnd = 0;
    for (const m of inner.matchAll(cellRe)) {
      lastEnd = (m.index ?? 0) + m[0].length;
      const start = /^<[^>]*>/.exec(m[0])?.[0] ?? m[0];
      const ref = attr(start, 'r');
      const col = ref ? columnNumber(ref.replace(/\d+$/, '').replace(/\$/g, '')) : implicit + 1;
      implicit = col;
      cells.push({ col, xml: m[0] });
    }
    node.tail = inner.slice(lastEnd).trim();
    node.cells = cells;
    return cells;
  }

  private rowXml(node: RowNode): string {
    // A spans hint that no longer covers the cells would mislead Excel's loader: drop it on touched rows.
    const start = node.startTag.replace(/\s+spans="[^"]*"/, '').replace(/\s*\/>$/, '>');
    return `${start}${(node.cells ?? []).map((c) => c.xml).join('')}${node.tail}</${this.p}row>`;
  }
}
