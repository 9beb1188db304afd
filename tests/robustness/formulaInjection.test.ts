import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cli, earthRows, tempDir, xlsxFile } from './support';

/** Category names that Excel would run as formulas if they were written as typed. */
const HOSTILE = ['=HYPERLINK("http://x","y")', '@SUM(A1)', '+1+1', '-2+3'];

/** Every cell of a worksheet XML: reference, whether it has an <f>, and its inline text. */
function cells(xml: string): { ref: string; formula: boolean; text: string; style?: string }[] {
  return [...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((m) => ({
    ref: m[1],
    formula: /<f[ >]/.test(m[3] ?? ''),
    text: (/<t[^>]*>([\s\S]*?)<\/t>/.exec(m[3] ?? '')?.[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    style: /\ss="(\d+)"/.exec(m[2])?.[1],
  }));
}

/**
 * Text copied from the workbook into the 复核报告 sheet or into notes must never become a formula: each
 * such cell is an inline string (no <f>), with quotePrefix so it stays text when the user edits it.
 */
describe('formula injection through category names', () => {
  let copy: JSZip;
  let reportXml: string;
  beforeAll(async () => {
    const dir = tempDir();
    // Each hostile name sells more than it may: findings (with the name in their message) and notes are produced.
    const file = await xlsxFile(dir, 'inject.xlsx', [
      { name: '土石料平衡分析表', rows: earthRows(...HOSTILE.map((name, i) => [i + 1, name, 'm³', 100, 0, null, 50, null, 60, 10, null, null])) },
    ]);
    const out = join(dir, 'reviewed.xlsx');
    const r = await cli('review', file, '--out', out);
    expect(r.code).toBe(1);
    copy = await JSZip.loadAsync(readFileSync(out));
    const wb = await copy.file('xl/workbook.xml')!.async('string');
    const rels = await copy.file('xl/_rels/workbook.xml.rels')!.async('string');
    const rid = /<sheet name="复核报告"[^>]*r:id="(\w+)"/.exec(wb)![1];
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
    reportXml = await copy.file(`xl/${target.replace(/^\/?xl\//, '')}`)!.async('string');
  });

  it('the 复核报告 sheet holds the names as strings and has no <f> at all', () => {
    const all = cells(reportXml);
    expect(all.some((c) => c.formula)).toBe(false);
    for (const name of HOSTILE) expect(all.some((c) => c.text.includes(name))).toBe(true);
  });

  it('report cells whose text begins with = + - @ carry a quotePrefix style', async () => {
    const styles = await copy.file('xl/styles.xml')!.async('string');
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g))].map((m) => m[0]);
    const leading = cells(reportXml).filter((c) => /^[=+\-@]/.test(c.text));
    expect(leading.length).toBeGreaterThan(0);
    for (const c of leading) expect(xfs[Number(c.style ?? 0)]).toContain('quotePrefix="1"');
  });

  it('the data sheet keeps the names as strings (no <f>), and notes are plain text', async () => {
    const sheet = await copy.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(cells(sheet).some((c) => c.formula)).toBe(false);
    const notes = Object.keys(copy.files).filter((p) => /^xl\/comments\d*\.xml$/.test(p));
    expect(notes.length).toBeGreaterThan(0);
    for (const p of notes) expect(await copy.file(p)!.async('string')).not.toMatch(/<f[ >]/);
  });

  it('read back with exceljs, every one of those cells is a string, not a formula', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await copy.generateAsync({ type: 'nodebuffer' })) as unknown as ArrayBuffer);
    const seen: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string' && HOSTILE.some((h) => (cell.value as string).includes(h))) seen.push(ws.name);
        }),
      );
    expect(seen).toContain('复核报告');
    expect(seen).toContain('土石料平衡分析表');
  });
});
