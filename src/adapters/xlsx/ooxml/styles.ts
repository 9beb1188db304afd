import { CONTENT_TYPE, REL, type OoxmlPackage } from './pkg';
import { attr, escapeXml, prefixOf, setAttr } from './xml';

export interface StyleChange {
  numberFormat?: string;
  /** ARGB fill colour, solid pattern. */
  fillRgb?: string;
  bold?: boolean;
  /** Keep typed text that starts with = + - @ as text when the user edits the cell. */
  quotePrefix?: boolean;
}

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Built-in number formats Excel knows by id (ECMA-376 §18.8.30), so no <numFmt> is added for them. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

/**
 * Appends the few styles a reviewed copy needs (a fill per severity, a number format, bold headers) to
 * styles.xml by cloning the cell's existing xf, so borders, fonts and alignment the author chose remain.
 */
export class StyleBook {
  private xml = '';
  private path = '';
  private p = '';
  private readonly cache = new Map<string, number>();

  constructor(private readonly pkg: OoxmlPackage) {}

  async open(): Promise<void> {
    const wb = await this.pkg.workbookPath();
    const rel = (await this.pkg.rels(wb)).find((r) => r.type === REL.styles);
    if (rel) {
      this.path = await this.pkg.targetOf(wb, rel);
      this.xml = await this.pkg.text(this.path);
    } else {
      this.path = this.pkg.freshPath('xl/styles', '.xml');
      this.xml = MINIMAL_STYLES;
      await this.pkg.addRel(wb, REL.styles, this.path);
      await this.pkg.addOverride(this.path, CONTENT_TYPE.styles);
      this.pkg.setText(this.path, this.xml);
    }
    this.p = prefixOf(this.xml, 'styleSheet');
  }

  /** Index of an xf equal to `base` with `change` applied (added once, then reused). */
  derive(base: number, change: StyleChange): number {
    const key = `${base}|${change.numberFormat ?? ''}|${change.fillRgb ?? ''}|${change.bold ? 1 : 0}|${change.quotePrefix ? 1 : 0}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const xfs = this.items('cellXfs', 'xf');
    let xf = xfs[base] ?? xfs[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    let start = /^<[^>]*>/.exec(xf)?.[0] ?? xf;
    const rest = xf.slice(start.length);
    if (change.numberFormat !== undefined) {
      start = setAttr(start, 'numFmtId', String(this.numFmtId(change.numberFormat)));
      start = setAttr(start, 'applyNumberFormat', '1');
    }
    if (change.fillRgb) {
      const fillId = this.append('fills', 'fill', `<${this.p}fill><${this.p}patternFill patternType="solid"><${this.p}fgColor rgb="${change.fillRgb}"/><${this.p}bgColor indexed="64"/></${this.p}patternFill></${this.p}fill>`);
      start = setAttr(start, 'fillId', String(fillId));
      start = setAttr(start, 'applyFill', '1');
    }
    if (change.bold) {
      const fonts = this.items('fonts', 'font');
      const baseFont = fonts[Number(attr(start, 'fontId') ?? 0)] ?? fonts[0] ?? `<${this.p}font></${this.p}font>`;
      const bold = baseFont.endsWith('/>')
        ? baseFont.replace(/\/>$/, `><${this.p}b/></${this.p}font>`)
        : baseFont.replace(/^(<[^>]*>)/, `$1<${this.p}b/>`);
      start = setAttr(start, 'fontId', String(this.append('fonts', 'font', bold)));
      start = setAttr(start, 'applyFont', '1');
    }
    if (change.quotePrefix) start = setAttr(start, 'quotePrefix', '1');
    xf = start + rest;
    const index = this.append('cellXfs', 'xf', xf);
    this.cache.set(key, index);
    return index;
  }

  flush(): void {
    if (this.cache.size) this.pkg.setText(this.path, this.xml);
  }

  private numFmtId(format: string): number {
    const builtin = BUILTIN_FORMATS[format];
    if (builtin !== undefined) return builtin;
    const existing = this.items('numFmts', 'numFmt');
    for (const tag of existing) if (attr(tag, 'formatCode') === format) return Number(attr(tag, 'numFmtId'));
    const used = existing.map((t) => Number(attr(t, 'numFmtId') ?? 0));
    const id = Math.max(163, ...used) + 1;
    const tag = `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`;
    if (!this.block('numFmts')) {
      // numFmts is the first child of styleSheet.
      this.xml = this.xml.replace(new RegExp(`(<${this.p}styleSheet\\b[^>]*>)`), `$1<${this.p}numFmts count="0"></${this.p}numFmts>`);
    }
    this.append('numFmts', 'numFmt', tag);
    return id;
  }

  private block(name: string): { start: number; end: number; open: string } | undefined {
    const open = new RegExp(`<${this.p}${name}\\b[^>]*?(/?)>`).exec(this.xml);
    if (!open) return undefined;
    if (open[1] === '/') return { start: open.index, end: open.index + open[0].length, open: open[0] };
    const close = this.xml.indexOf(`</${this.p}${name}>`, open.index);
    return { start: open.index, end: close + `</${this.p}${name}>`.length, open: open[0] };
  }

  private items(block: string, item: string): string[] {
    const b = this.block(block);
    if (!b) return [];
    const inner = this.xml.slice(b.start + b.open.length, b.end);
    return inner.match(new RegExp(`<${this.p}${item}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${this.p}${item}>)`, 'g')) ?? [];
  }

  /** Appends an item to a counted block (<fills count="n">) and returns its index. */
  private append(block: string, item: string, xml: string): number {
    const b = this.block(block);
    if (!b) throw new Error(`styles.xml has no <${block}>`);
    const index = this.items(block, item).length;
    const open = setAttr(b.open.replace(/\/>$/, '>'), 'count', String(index + 1));
    const inner = b.open.endsWith('/>') ? '' : this.xml.slice(b.start + b.open.length, b.end - `</${this.p}${block}>`.length);
    this.xml = `${this.xml.slice(0, b.start)}${open}${inner}${xml}</${this.p}${block}>${this.xml.slice(b.end)}`;
    return index;
  }
}
