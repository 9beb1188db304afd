import type JSZip from 'jszip';
import { attr, escapeXml, relativeTarget, relsPathOf, resolveTarget, unescapeXml } from './xml';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
};
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** Package path of the sheet part (xl/worksheets/sheet1.xml). */
  path: string;
  isWorksheet: boolean;
}

/**
 * An xlsx package opened for minimal edits: parts are read as text on demand, and only the parts set
 * through `setText` are written back; every other entry keeps its bytes.
 */
export class OoxmlPackage {
  private readonly texts = new Map<string, string>();
  readonly changed = new Set<string>();
  readonly added = new Set<string>();

  constructor(readonly zip: JSZip) {}

  has(path: string): boolean {
    return this.texts.has(path) || !!this.zip.file(path);
  }

  async text(path: string): Promise<string> {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    const f = this.zip.file(path);
    if (!f) throw new Error(`missing part ${path}`);
    const s = await f.async('string');
    this.texts.set(path, s);
    return s;
  }

  setText(path: string, xml: string): void {
    if (!this.zip.file(path) && !this.texts.has(path)) this.added.add(path);
    else if (!this.added.has(path)) this.changed.add(path);
    this.texts.set(path, xml);
  }

  /** A fresh part name like xl/comments3.xml that no entry uses yet. */
  freshPath(prefix: string, ext: string): string {
    for (let n = 1; ; n++) {
      const p = `${prefix}${n}${ext}`;
      if (!this.has(p) && !this.hasIgnoringCase(p)) return p;
    }
  }

  private hasIgnoringCase(p: string): boolean {
    const lower = p.toLowerCase();
    return Object.keys(this.zip.files).some((k) => k.toLowerCase() === lower) || [...this.texts.keys()].some((k) => k.toLowerCase() === lower);
  }

  async rels(owner: string): Promise<Relationship[]> {
    const path = relsPathOf(owner);
    if (!this.has(path)) return [];
    const xml = await this.text(path);
    return (xml.match(/<(\w+:)?Relationship\b[^>]*>/g) ?? []).map((tag) => ({
      id: attr(tag, 'Id') ?? '',
      type: attr(tag, 'Type') ?? '',
      target: attr(tag, 'Target') ?? '',
      external: attr(tag, 'TargetMode') === 'External',
    }));
  }

  /** Adds a relationship from `owner` to `part`; returns its fresh id. */
  async addRel(owner: string, type: string, part: string): Promise<string> {
    const path = relsPathOf(owner);
    const existing = await this.rels(owner);
    const ids = new Set(existing.map((r) => r.id));
    let n = existing.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const tag = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(owner, part))}"/>`;
    if (this.has(path)) {
      const xml = await this.text(path);
      const end = xml.lastIndexOf('</Relationships>');
      if (end >= 0) {
        this.setText(path, xml.slice(0, end) + tag + xml.slice(end));
        return id;
      }
      const prefixed = /<(\w+):Relationships\b/.exec(xml);
      if (prefixed) {
        const close = `</${prefixed[1]}:Relationships>`;
        const at = xml.lastIndexOf(close);
        this.setText(path, xml.slice(0, at) + tag.replace('<Relationship', `<${prefixed[1]}:Relationship`) + xml.slice(at));
        return id;
      }
      if (/<Relationships\b[^>]*\/>/.test(xml)) {
        this.setText(path, xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${tag}</Relationships>`));
        return id;
      }
    }
    this.setText(path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${tag}</Relationships>`);
    return id;
  }

  async targetOf(owner: string, rel: Relationship): Promise<string> {
    return resolveTarget(owner, rel.target);
  }

  async workbookPath(): Promise<string> {
    const rel = (await this.rels('')).find((r) => r.type === REL.officeDocument);
    if (!rel) throw new Error('no officeDocument relationship');
    return resolveTarget('', rel.target);
  }

  async sheets(): Promise<SheetEntry[]> {
    const wbPath = await this.workbookPath();
    const wb = await this.text(wbPath);
    const rels = await this.rels(wbPath);
    return (wb.match(/<(\w+:)?sheet\b[^>]*>/g) ?? []).map((tag) => {
      const relId = attr(tag, 'r:id') ?? attrAnyPrefix(tag, 'id') ?? '';
      const rel = rels.find((r) => r.id === relId);
      return {
        name: unescapeXml(attr(tag, 'name') ?? ''),
        sheetId: Number(attr(tag, 'sheetId') ?? 0),
        relId,
        path: rel ? resolveTarget(wbPath, rel.target) : '',
        isWorksheet: rel?.type === REL.worksheet,
      };
    });
  }

  /** Adds an <Override> for a new part unless its extension has a matching <Default>. */
  async addOverride(part: string, contentType: string): Promise<void> {
    const path = '[Content_Types].xml';
    const xml = await this.text(path);
    if (xml.includes(`PartName="/${part}"`)) return;
    const at = xml.lastIndexOf('</Types>');
    this.setText(path, `${xml.slice(0, at)}<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>${xml.slice(at)}`);
  }

  async ensureDefault(ext: string, contentType: string): Promise<void> {
    const path = '[Content_Types].xml';
    const xml = await this.text(path);
    if (new RegExp(`<Default\\b[^>]*Extension="${ext}"`, 'i').test(xml)) return;
    const at = xml.indexOf('>', xml.indexOf('<Types')) + 1;
    this.setText(path, `${xml.slice(0, at)}<Default Extension="${ext}" ContentType="${contentType}"/>${xml.slice(at)}`);
  }

  /** Writes every changed/added part back into the zip (other entries are left as loaded). */
  flush(): void {
    for (const p of [...this.changed, ...this.added]) this.zip.file(p, this.texts.get(p) as string);
  }
}

/** The `id` attribute in the relationships namespace, whatever prefix the producer chose. */
function attrAnyPrefix(tag: string, local: string): string | undefined {
  const m = new RegExp(`\\s\\w+:${local}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m?.[1];
}
