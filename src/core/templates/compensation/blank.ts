import type { CellValue } from '../../snapshot';
import type { BlankSheet } from '../types';
import { SHEET_NAME } from './columns';

/** Header row of the blank sheet; every text is recognised by COLUMNS. */
export const HEADERS = [
  '地块/权利人',
  '情形',
  '面积(m²)',
  '证载用途地价(元/m²)',
  '证载用途基准年期(年)',
  '农用地地价(元/m²)',
  '农用地基准年期(年)',
  '剩余年期n(年)',
  '法定最高年限(年)',
  '土地还原率r(%)',
  '补偿额(万元)',
  '权利人补偿(万元)',
  '集体补偿(万元)',
  '备注',
];

export const TITLE = '补偿测算表（海南 新旧采矿用地挂钩：复垦为农用地的补偿）';

const NUMBER_FORMATS: Record<number, string> = {
  2: '#,##0.00',
  3: '0.00',
  5: '0.00',
  9: '0.00%',
  10: '#,##0.00',
  11: '#,##0.00',
  12: '#,##0.00',
};

export function sheetOf(rows: CellValue[][]): BlankSheet {
  return {
    name: SHEET_NAME,
    rows: [[TITLE], HEADERS, ...rows],
    headerRow: 1,
    columnWidths: [22, 14, 12, 16, 16, 14, 16, 12, 14, 12, 14, 14, 14, 36],
    numberFormats: NUMBER_FORMATS,
  };
}

/**
 * The blank template: one example row (the SPEC §3.7 worked example: r = 6 %, n = 23, m = 50) and a 合计 row.
 * Derived cells (补偿额, 权利人补偿, 集体补偿) are left empty for 计算并回填.
 */
export function blankCompensation(): BlankSheet {
  return sheetOf([
    ['示例地块（国有）', '国有未到期', 10000, 600, 50, 60, null, 23, 50, 0.06, null, null, null, '农用地基准年期空白 = 无限年期'],
    ['合计', null, null, null, null, null, null, null, null, null, null, null, null, null],
  ]);
}
