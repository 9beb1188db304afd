import type JSZip from 'jszip';

/** Kinds of package parts that exceljs drops on read → write (issues #1173, #1734, #2607). */
export type PackagePartKind =
  | 'chart'
  | 'drawing'
  | 'image'
  | 'pivotTable'
  | 'pivotCache'
  | 'shape'
  | 'externalLink'
  | 'vba'
  | 'embedding'
  | 'control'
  | 'slicer';

export interface PackagePart {
  kind: PackagePartKind;
  path: string;
}

const PART_KINDS: { test: RegExp; kind: PackagePartKind }[] = [
  { test: /^xl\/charts\/(chart|chartEx)\d*\.xml$/i, kind: 'chart' },
  { test: /^xl\/drawings\/drawing\d*\.xml$/i, kind: 'drawing' },
  { test: /^xl\/media\//i, kind: 'image' },
  { test: /^xl\/pivotTables\/pivotTable\d*\.xml$/i, kind: 'pivotTable' },
  { test: /^xl\/pivotCache\/pivotCacheDefinition\d*\.xml$/i, kind: 'pivotCache' },
  { test: /^xl\/externalLinks\/externalLink\d*\.xml$/i, kind: 'externalLink' },
  { test: /^xl\/vbaProject\.bin$/i, kind: 'vba' },
  { test: /^xl\/embeddings\//i, kind: 'embedding' },
  { test: /^xl\/activeX\/|^xl\/ctrlProps\//i, kind: 'control' },
  { test: /^xl\/slicers\/|^xl\/slicerCaches\/|^xl\/timelines\//i, kind: 'slicer' },
];

const VML = /^xl\/drawings\/.*\.vml$/i;

/** Labels for messages, zh-CN and English. */
export const PART_LABELS: Record<PackagePartKind, { zh: string; en: string }> = {
  chart: { zh: '图表', en: 'chart' },
  drawing: { zh: '绘图层', en: 'drawing' },
  image: { zh: '图片', en: 'image' },
  pivotTable: { zh: '数据透视表', en: 'pivot table' },
  pivotCache: { zh: '数据透视缓存', en: 'pivot cache' },
  shape: { zh: '形状/控件（VML）', en: 'VML shape' },
  externalLink: { zh: '外部链接', en: 'external link' },
  vba: { zh: 'VBA 宏', en: 'VBA project' },
  embedding: { zh: '嵌入对象', en: 'embedded object' },
  control: { zh: '表单控件', en: 'form control' },
  slicer: { zh: '切片器/日程表', en: 'slicer or timeline' },
};

/**
 * Lists the parts of an xlsx package that exceljs would not carry through a read → write: a cheap scan of
 * entry names, plus a look inside VML drawings (those holding only comment notes are not "shapes").
 */
export async function scanPackageParts(zip: JSZip): Promise<PackagePart[]> {
  const parts: PackagePart[] = [];
  for (const path of Object.keys(zip.files).sort()) {
    if (zip.files[path].dir) continue;
    const hit = PART_KINDS.find((k) => k.test.test(path));
    if (hit) {
      parts.push({ kind: hit.kind, path });
      continue;
    }
    if (VML.test(path)) {
      const xml = await zip.files[path].async('string');
      if (vmlHasNonNoteShapes(xml)) parts.push({ kind: 'shape', path });
    }
  }
  return parts;
}

/** True when a VML drawing holds a shape that is not a cell note (ObjectType="Note"). */
export function vmlHasNonNoteShapes(xml: string): boolean {
  const shapes = (xml.match(/<v:(shape|rect|oval|line|polyline|roundrect|group|image)\b/g) ?? []).length;
  const notes = (xml.match(/ObjectType\s*=\s*["']Note["']/g) ?? []).length;
  return shapes > notes;
}
