import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { cli, editPackage, expectOneLineRefusal, HOSTILE_TIMEOUT_MS, resultValue, reviewJson, smallPlan, tempDir } from './support';

/** A stand-in vbaProject.bin: an OLE header and bytes that would break on any re-encoding. */
const VBA = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256))]);

async function xlsm(dir: string): Promise<string> {
  const bytes = await editPackage(readFileSync(await smallPlan(dir, 'base.xlsx')), async (zip) => {
    zip.file('xl/vbaProject.bin', VBA);
    let ct = await zip.file('[Content_Types].xml')!.async('string');
    ct = ct.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    ct = ct.replace('<Default ', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ');
    zip.file('[Content_Types].xml', ct);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  });
  const file = join(dir, 'plan.xlsm');
  writeFileSync(file, bytes);
  return file;
}

/**
 * An .xlsm with a vbaProject.bin: the review reads it (macros are never run: exceljs does not execute VBA),
 * the source is never written, and a copy keeps the macro part byte for byte — named .xlsm, since Excel
 * refuses a macro-enabled package named .xlsx; asking for .xlsx is refused with exit 2.
 */
describe('an .xlsm with a VBA project', () => {
  it('review works read-only', async () => {
    const dir = tempDir();
    const file = await xlsm(dir);
    const before = readFileSync(file);
    const { code, json } = await reviewJson(file);
    expect(code).toBe(0);
    expect(resultValue(json, 'earth.建筑用砂岩.disposable')).toBe('75000');
    expect(readFileSync(file).equals(before)).toBe(true);
  }, HOSTILE_TIMEOUT_MS);

  it('--out copy.xlsm keeps vbaProject.bin byte for byte and stays macro-enabled', async () => {
    const dir = tempDir();
    const out = join(dir, 'reviewed.xlsm');
    const r = await cli('review', await xlsm(dir), '--out', out);
    expect(r.stderr).toBe('');
    const copy = await JSZip.loadAsync(readFileSync(out));
    expect((await copy.file('xl/vbaProject.bin')!.async('nodebuffer')).equals(VBA)).toBe(true);
    expect(await copy.file('[Content_Types].xml')!.async('string')).toContain('macroEnabled.main+xml');
    expect(await copy.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('Target="vbaProject.bin"');
    expect(await copy.file('xl/workbook.xml')!.async('string')).toContain('name="复核报告"');
  }, HOSTILE_TIMEOUT_MS);

  it('--out copy.xlsx is refused (exit 2, one zh-CN line, nothing written)', async () => {
    const dir = tempDir();
    const out = join(dir, 'reviewed.xlsx');
    const r = await cli('review', await xlsm(dir), '--out', out);
    expectOneLineRefusal(r, /含宏工作簿.*\.xlsm/);
    expect(existsSync(out)).toBe(false);
  }, HOSTILE_TIMEOUT_MS);

  it('and a plain workbook may not be copied to a .xlsm name', async () => {
    const dir = tempDir();
    const out = join(dir, 'reviewed.xlsm');
    const r = await cli('review', await smallPlan(dir), '--out', out);
    expectOneLineRefusal(r, /不含宏.*\.xlsx/);
    expect(existsSync(out)).toBe(false);
  }, HOSTILE_TIMEOUT_MS);
});
