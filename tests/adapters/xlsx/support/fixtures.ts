import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** Readable table for the 土石料平衡分析表 fixture; `F` = formula with cached result, `FN` = formula without one. */
export const EARTH_HEADERS = [
  '序号', '土石料类别', '单位', '原地遗留量（m³）', '新产生量（m³）', '供应量小计', '本工程利用量',
  '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）',
];

type FixtureValue = ExcelJS.CellValue;
const F = (formula: string, result?: number): FixtureValue => (result === undefined ? { formula } : { formula, result }) as FixtureValue;

export const EARTH_ROWS: FixtureValue[][] = [
  [1, '建筑用砂岩', 'm³', 120000, 350000, F('D3+E3', 470000), 200000, F('F3-G3', 270000), 250000, 35, F('I3*J3/10000', 875), null],
  [2, '表土', 'm³', '１２,０００', '8000', F('D4+E4'), 15000, null, 0, 12.5, { error: '#REF!' } as FixtureValue, 0],
  [3, '废石', 'm³', 5000, 20000, 25000, 25000, 0, 0, 8, 0, 0],
  ['合计', null, null, null, null, null, null, null, null, null, null, null],
];

export const PLAN_DATE = new Date(Date.UTC(2025, 11, 1));

/** The 土石料平衡分析表 workbook: title merged across, headers in row 2, data rows 3–5, 合计 row 6, a date in B8. */
export function buildEarthBalanceWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('土石料平衡分析表');
  ws.getCell('A1').value = '某矿山生态修复项目 土石料平衡分析表';
  ws.mergeCells('A1:L1');
  ws.getRow(2).values = EARTH_HEADERS;
  EARTH_ROWS.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== null) ws.getCell(i + 3, j + 1).value = v;
    });
  });
  ws.getCell('K3').numFmt = '0.00';
  ws.getCell('A8').value = '编制日期';
  ws.getCell('B8').value = PLAN_DATE;
  ws.getCell('B8').numFmt = 'yyyy-mm-dd';
  ws.getCell('A9').value = { richText: [{ text: '备注：' }, { text: '单价含税', font: { bold: true } }] };
  ws.getCell('A10').value = { text: '评估报告', hyperlink: 'https://example.org/report' };
  ws.getCell('B10').value = true;
  const hidden = wb.addWorksheet('草稿');
  hidden.state = 'hidden';
  hidden.getCell('A1').value = '内部草稿';
  return wb;
}

export async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** 1×1 PNG. */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const CHART_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
  '<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>供应量小计</c:v></c:tx>' +
  "<c:cat><c:strRef><c:f>'土石料平衡分析表'!$B$3:$B$5</c:f></c:strRef></c:cat>" +
  "<c:val><c:numRef><c:f>'土石料平衡分析表'!$F$3:$F$5</c:f></c:numRef></c:val></c:ser>" +
  '<c:axId val="111"/><c:axId val="222"/></c:barChart>' +
  '<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx>' +
  '<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx>' +
  '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const CHART_ANCHOR =
  '<xdr:twoCellAnchor><xdr:from><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>20</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

/**
 * Adds an image (through exceljs) and a bar chart (exceljs cannot write charts: the chart part, its anchor in
 * the drawing, the drawing relationship and the content-type override are added with jszip) to the first sheet.
 */
export async function withChartAndImage(wb: ExcelJS.Workbook): Promise<Buffer> {
  const imageId = wb.addImage({ buffer: PNG_1X1 as unknown as ExcelJS.Buffer, extension: 'png' });
  wb.worksheets[0].addImage(imageId, 'N18:P24');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('xl/charts/chart1.xml', CHART_XML);
  const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
  zip.file('xl/drawings/drawing1.xml', drawing.replace('</xdr:wsDr>', `${CHART_ANCHOR}</xdr:wsDr>`));
  const rels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    rels.replace('</Relationships>', '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A column of shared formulas (master F2, clones F3:F6) next to inputs, plus an empty column to fill. */
export function buildSharedFormulaWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('共享公式');
  ws.getRow(1).values = ['类别', '原地遗留量', '新产生量', '', '', '供应量小计', '备注'];
  const rows: [string, number, number][] = [['砂岩', 10, 20], ['石料', 30, 40], ['表土', 5, 6], ['废石', 7, 8], ['其他', 1, 2]];
  rows.forEach(([name, legacy, fresh], i) => {
    const r = i + 2;
    ws.getCell(r, 1).value = name;
    ws.getCell(r, 2).value = legacy;
    ws.getCell(r, 3).value = fresh;
    ws.getCell(r, 6).value =
      i === 0
        ? ({ formula: 'B2+C2', result: legacy + fresh, shareType: 'shared', ref: 'F2:F6' } as ExcelJS.CellValue)
        : ({ sharedFormula: 'F2', result: legacy + fresh } as ExcelJS.CellValue);
  });
  return wb;
}

/** Inflated bytes of every entry, by path (directories left out). */
export async function partBytes(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const [path, f] of Object.entries(zip.files)) if (!f.dir) out.set(path, await f.async('nodebuffer'));
  return out;
}
