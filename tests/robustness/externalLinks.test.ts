import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { addTable, cli, EARTH_HEADER, editPackage, exceljsFile, HOSTILE_TIMEOUT_MS, resultValue, reviewJson, tempDir } from './support';

const EXT_LINK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<externalBook r:id="rId1"><sheetNames><sheetName val="储量"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>120000</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>';
const EXT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///\\\\server\\share\\储量核实.xlsx" TargetMode="External"/></Relationships>';

/**
 * A workbook whose 原地遗留量 comes from another workbook ([1]储量!A1) through an external link. The review
 * uses the cached value and never opens the linked file; the copy keeps the link parts byte for byte.
 */
async function linkedPlan(dir: string): Promise<string> {
  const base = await exceljsFile(dir, 'base.xlsx', (wb) => {
    addTable(wb, '土石料平衡分析表', [EARTH_HEADER, [1, '建筑用砂岩', 'm³', { formula: '[1]储量!$A$1', result: 120000 }, 35000, null, 80000, null, 75000, 28, null, null]]);
  });
  const bytes = await editPackage(readFileSync(base), async (zip) => {
    zip.file('xl/externalLinks/externalLink1.xml', EXT_LINK);
    zip.file('xl/externalLinks/_rels/externalLink1.xml.rels', EXT_RELS);
    const ct = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', ct.replace('</Types>', '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'));
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdExt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'));
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', wb.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rIdExt1"/></externalReferences>'));
  });
  const file = join(dir, 'linked.xlsx');
  writeFileSync(file, bytes);
  return file;
}

describe('an xlsx with external links', () => {
  it('reviews with the cached value of the linked cell', async () => {
    const { code, json } = await reviewJson(await linkedPlan(tempDir()));
    expect(code).toBe(0);
    expect(resultValue(json, 'earth.建筑用砂岩.disposable')).toBe('75000');
  }, HOSTILE_TIMEOUT_MS);

  it('--out keeps the link parts and the linking formula byte for byte', async () => {
    const dir = tempDir();
    const file = await linkedPlan(dir);
    const out = join(dir, 'reviewed.xlsx');
    const r = await cli('review', file, '--out', out);
    expect(r.stderr).toBe('');
    const [src, copy] = await Promise.all([JSZip.loadAsync(readFileSync(file)), JSZip.loadAsync(readFileSync(out))]);
    for (const part of ['xl/externalLinks/externalLink1.xml', 'xl/externalLinks/_rels/externalLink1.xml.rels']) {
      const a = await src.file(part)!.async('nodebuffer');
      const b = await copy.file(part)!.async('nodebuffer');
      expect(b.equals(a)).toBe(true);
    }
    expect(await copy.file('xl/workbook.xml')!.async('string')).toContain('<externalReference r:id="rIdExt1"/>');
    expect(await copy.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('Target="externalLinks/externalLink1.xml"');
    expect(await copy.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<f>[1]储量!$A$1</f>');
  }, HOSTILE_TIMEOUT_MS);
});
