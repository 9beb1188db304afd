import type { BlankSheet } from '../types';
import { EARTH_HEADER } from './blank';

/**
 * Three materials separated by grade and a 合计 row, with two slips the review exists for: row 4 plans to
 * sell 55,000 m³ of 53,000 m³ disposable (河南 第二十五条), and the typed 供应量小计 total is 100 m³ short.
 * Row 3 uses author formulas, which the reviewed copy keeps.
 */
export const EARTH_SAMPLE: BlankSheet = {
  name: '土石料平衡分析表',
  headerRow: 1,
  columnWidths: [6, 18, 8, 12, 14, 14, 14, 14, 14, 14, 16, 16, 10, 16, 24],
  numberFormats: { 4: '#,##0', 5: '#,##0', 6: '#,##0', 7: '#,##0', 8: '#,##0', 9: '#,##0', 10: '0.00', 11: '0.00', 13: '0.00' },
  rows: [
    ['表5-3 石门沟矿山土石料平衡分析表'],
    EARTH_HEADER,
    [1, '建筑用砂岩（Ⅰ级）', 'm³', 2.6, 186500, 42300, null, 96000, null, 132800, 32.5, null, null, 431.6, '削坡减荷产生'],
    [2, '建筑用石料（Ⅱ级）', 'm³', 2.7, 95400, 18600, null, 61000, null, 55000, 26, null, null, null, ''],
    [3, '表土', 'm³', null, 42000, 0, null, 42000, null, 0, null, null, null, null, '全部用于覆土'],
    ['合计', null, null, null, 323900, 60900, 384700, 199000, null, 187800, null, null, null, null, ''],
  ],
  formulas: {
    G3: { formula: 'E3+F3', result: 228800 },
    I3: { formula: 'G3-H3', result: 132800 },
    L3: { formula: 'J3*K3/10000', result: 431.6 },
  },
};
