/**
 * Builds the hand-made "messy" workbooks under tests/fixtures/messy/ from the readable tables below, so anyone
 * can see what they hold. Run: `npx tsc -p tsconfig.cli.json && node lib/scripts/makeMessyFixtures.js [outDir]`.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';

type Row = (ExcelJS.CellValue | undefined)[];
const FIXED_DATE = new Date(Date.UTC(2025, 11, 1));

/**
 * 土石料平衡分析表 as authors really send it: a title, a blank row, a two-row header with merged group cells,
 * numbers stored as text (full-width digits, thousands separators), blank rows between data, missing cells,
 * a hidden row and a 合计 row.
 */
export const MESSY_EARTH = {
  sheet: '土石料平衡分析表',
  title: '附表3  土石料平衡分析表',
  header1: ['序号', '土石料类别', '单位', '供应量', undefined, undefined, '本工程利用量', '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）'] as Row,
  header2: [undefined, undefined, undefined, '原地遗留量（m³）', '新产生量（m³）', '小计', undefined, undefined, undefined, undefined, undefined, undefined] as Row,
  /** Rows from row 5 on; `null` rows are blank rows; row 8 (index 3) is hidden. */
  rows: [
    ['1', '建筑用砂岩', 'm³', '１２０，０００', '350,000.00', undefined, '２０００００', undefined, '250000', '35', undefined, undefined],
    null,
    ['2', '表土', 'm³', 12000, ' 8000 ', undefined, 15000, undefined, undefined, 12.5, undefined, undefined],
    ['（草稿）', '旧数据', 'm³', 1, 1, 2, 1, 1, 0, 0, 0, 0],
    ['3', '废石', '万m³', '0.5', '2', undefined, '2.5', undefined, '0', '8', undefined, undefined],
    null,
    ['合  计', undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined],
  ] as (Row | null)[],
  hiddenRow: 8,
};

export function buildMessyEarthWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(MESSY_EARTH.sheet);
  ws.getCell('A1').value = MESSY_EARTH.title;
  ws.mergeCells('A1:L1');
  put(ws, 3, MESSY_EARTH.header1);
  put(ws, 4, MESSY_EARTH.header2);
  ws.mergeCells('D3:F3');
  for (const col of ['A', 'B', 'C', 'G', 'H', 'I', 'J', 'K', 'L']) ws.mergeCells(`${col}3:${col}4`);
  MESSY_EARTH.rows.forEach((row, i) => {
    if (row) put(ws, 5 + i, row);
  });
  ws.getRow(MESSY_EARTH.hiddenRow).hidden = true;
  return wb;
}

/**
 * 项目信息 + 竞价记录 with label spacing, line breaks in headers, a date typed as text, a hidden sheet,
 * blank rows and a hidden bid row.
 */
export const MESSY_INFO = {
  info: [
    ['项目', '值', '单位'],
    ['项目名称', '某县废弃矿山生态修复项目', undefined],
    ['所在 省份', '河南省', undefined],
    ['编制日期', '2025年12月1日', undefined],
    ['修复主导方向', '林草', undefined],
    [undefined, undefined, undefined],
    ['修复总面积', '１，２００', '亩'],
    ['修复前最低标高', 152.5, 'm'],
    ['修复后坑底标高', '150', 'm'],
  ] as Row[],
  bids: [
    ['标的', '竞买人', '报价\n(万元)', '处置底价\n（万元）'],
    ['建筑用砂岩', '甲公司', '900', 875],
    ['建筑用砂岩', '乙公司', 910.5, 875],
    [undefined, undefined, undefined, undefined],
    ['建筑用砂岩', '丙公司（撤回）', 999, 875],
    ['表土', '丁公司', '0', undefined],
  ] as Row[],
  hiddenBidRow: 6,
};

export function buildMessyInfoWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const info = wb.addWorksheet('项目信息');
  MESSY_INFO.info.forEach((row, i) => put(info, i + 1, row));
  const bids = wb.addWorksheet('竞价记录');
  bids.getCell('A1').value = '竞价记录（公共资源交易平台）';
  MESSY_INFO.bids.forEach((row, i) => put(bids, i + 2, row));
  bids.getRow(MESSY_INFO.hiddenBidRow).hidden = true;
  const draft = wb.addWorksheet('旧版草稿');
  draft.state = 'hidden';
  draft.getCell('A1').value = '请勿使用';
  return wb;
}

function put(ws: ExcelJS.Worksheet, rowNumber: number, row: Row): void {
  row.forEach((v, j) => {
    if (v !== undefined && v !== null) ws.getCell(rowNumber, j + 1).value = v;
  });
}

export const MESSY_FILES = {
  'earth-two-row-header.xlsx': buildMessyEarthWorkbook,
  'info-and-bids.xlsx': buildMessyInfoWorkbook,
} as const;

async function main(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const [name, build] of Object.entries(MESSY_FILES)) {
    const file = join(outDir, name);
    await build().xlsx.writeFile(file);
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) {
  main(process.argv[2] ?? join('tests', 'fixtures', 'messy')).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
