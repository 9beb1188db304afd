import { parseA1 } from '../../../core/snapshot';
import { CONTENT_TYPE, REL, type OoxmlPackage } from './pkg';
import type { SheetEditor } from './sheetXml';
import { attr, escapeXml, unescapeXml } from './xml';

export const NOTE_AUTHOR = 'mine-plan';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

export interface NoteOutcome {
  added: string[];
  /** Cells that already had an author's comment: our text was appended to it. */
  appended: string[];
}

/**
 * Adds notes (legacy comments) to one worksheet: appends to its comments part and VML drawing when it has
 * them, or creates both (plus the sheet's <legacyDrawing>). An author's existing comment is never replaced:
 * our text is added below it.
 */
export async function addNotes(
  pkg: OoxmlPackage,
  sheetPath: string,
  editor: SheetEditor,
  notes: { cell: string; text: string }[],
): Promise<{ outcome: NoteOutcome; legacyDrawingRelId?: string }> {
  const rels = await pkg.rels(sheetPath);
  const commentsRel = rels.find((r) => r.type === REL.comments);
  const vmlRelId = editor.hasLegacyDrawing();
  const vmlRel = rels.find((r) => r.id === vmlRelId) ?? rels.find((r) => r.type === REL.vmlDrawing);

  let commentsPath: string;
  let commentsXml: string;
  if (commentsRel) {
    commentsPath = await pkg.targetOf(sheetPath, commentsRel);
    commentsXml = await pkg.text(commentsPath);
  } else {
    commentsPath = pkg.freshPath('xl/comments', '.xml');
    commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
    await pkg.addRel(sheetPath, REL.comments, commentsPath);
    await pkg.addOverride(commentsPath, CONTENT_TYPE.comments);
  }
  const p = /<(\w+:)?comments\b/.exec(commentsXml)?.[1] ?? '';
  const { xml: withAuthor, authorId } = ensureAuthor(commentsXml, p);
  commentsXml = withAuthor;

  const outcome: NoteOutcome = { added: [], appended: [] };
  const newShapes: string[] = [];
  for (const note of notes) {
    const run = `<${p}r><${p}t xml:space="preserve">${escapeXml(note.text)}</${p}t></${p}r>`;
    const existing = new RegExp(`<${p}comment\\b[^>]*\\sref="${note.cell}"[^>]*>[\\s\\S]*?</${p}comment>`).exec(commentsXml);
    if (existing) {
      const at = existing.index + existing[0].lastIndexOf(`</${p}text>`);
      const sep = `<${p}r><${p}t xml:space="preserve">\n\n</${p}t></${p}r>`;
      commentsXml = commentsXml.slice(0, at) + sep + run + commentsXml.slice(at);
      outcome.appended.push(note.cell);
      continue;
    }
    const comment = `<${p}comment ref="${note.cell}" authorId="${authorId}"><${p}text>${run}</${p}text></${p}comment>`;
    commentsXml = appendToList(commentsXml, p, comment);
    newShapes.push(note.cell);
    outcome.added.push(note.cell);
  }
  pkg.setText(commentsPath, commentsXml);

  let legacyDrawingRelId: string | undefined;
  if (newShapes.length) {
    if (vmlRel) {
      const vmlPath = await pkg.targetOf(sheetPath, vmlRel);
      let vml = await pkg.text(vmlPath);
      if (!vml.includes('_x0000_t202')) vml = vml.replace(/<\/xml>\s*$/, `${SHAPETYPE}</xml>`);
      let next = Math.max(1024, ...[...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
      vml = vml.replace(/<\/xml>\s*$/, `${newShapes.map((c) => noteShape(c, next++)).join('')}</xml>`);
      pkg.setText(vmlPath, vml);
      if (!vmlRelId) legacyDrawingRelId = vmlRel.id;
    } else {
      const vmlPath = pkg.freshPath('xl/drawings/vmlDrawing', '.vml');
      const block = await nextIdmapBlock(pkg);
      const shapes = newShapes.map((c, i) => noteShape(c, block * 1024 + 1 + i)).join('');
      pkg.setText(
        vmlPath,
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
          `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}${shapes}</xml>`,
      );
      await pkg.ensureDefault('vml', CONTENT_TYPE.vml);
      legacyDrawingRelId = await pkg.addRel(sheetPath, REL.vmlDrawing, vmlPath);
    }
  }
  return { outcome, legacyDrawingRelId };
}

function ensureAuthor(xml: string, p: string): { xml: string; authorId: number } {
  const authors = [...xml.matchAll(new RegExp(`<${p}author>([\\s\\S]*?)</${p}author>`, 'g'))].map((m) => unescapeXml(m[1]));
  const i = authors.indexOf(NOTE_AUTHOR);
  if (i >= 0) return { xml, authorId: i };
  const tag = `<${p}author>${NOTE_AUTHOR}</${p}author>`;
  if (new RegExp(`<${p}authors\\s*/>`).test(xml)) return { xml: xml.replace(new RegExp(`<${p}authors\\s*/>`), `<${p}authors>${tag}</${p}authors>`), authorId: 0 };
  const at = xml.indexOf(`</${p}authors>`);
  return { xml: xml.slice(0, at) + tag + xml.slice(at), authorId: authors.length };
}

function appendToList(xml: string, p: string, comment: string): string {
  if (new RegExp(`<${p}commentList\\s*/>`).test(xml)) return xml.replace(new RegExp(`<${p}commentList\\s*/>`), `<${p}commentList>${comment}</${p}commentList>`);
  const at = xml.indexOf(`</${p}commentList>`);
  return xml.slice(0, at) + comment + xml.slice(at);
}

/** VML shape ids live in 1024-wide blocks per drawing (o:idmap data); take a block no drawing uses. */
async function nextIdmapBlock(pkg: OoxmlPackage): Promise<number> {
  let max = 0;
  for (const path of Object.keys(pkg.zip.files).filter((f) => /\.vml$/i.test(f))) {
    const vml = await pkg.text(path);
    for (const m of vml.matchAll(/<o:idmap\b[^>]*>/g)) for (const n of (attr(m[0], 'data') ?? '').split(',')) max = Math.max(max, Number(n) || 0);
    for (const m of vml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Math.floor(Number(m[1]) / 1024));
  }
  return max + 1;
}

function noteShape(cell: string, id: number): string {
  const { row, col } = parseA1(cell);
  const anchor = `${col}, 15, ${Math.max(0, row - 2)}, 10, ${col + 3}, 15, ${row + 4}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:90pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData></v:shape>`
  );
}
