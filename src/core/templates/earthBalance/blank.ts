import type { BlankSheet } from '../types';

export const EARTH_HEADER = [
  '序号', '土石料类别', '单位', '密度（t/m³）', '原地遗留量', '新产生量', '供应量小计', '本工程利用量',
  '剩余可处置量', '拟对外销售量', '评估单价（元/单位）', '评估价值（万元）', '底价系数', '处置底价（万元）', '备注',
];

export function blankEarthBalance(): BlankSheet {
  return {
    name: '土石料平衡分析表',
    headerRow: 1,
    columnWidths: [6, 16, 8, 12, 14, 14, 14, 14, 14, 14, 16, 16, 10, 16, 24],
    numberFormats: { 3: '0.00', 4: '#,##0.00', 5: '#,##0.00', 6: '#,##0.00', 7: '#,##0.00', 8: '#,##0.00', 9: '#,##0.00', 10: '0.00', 11: '0.00', 12: '0.00', 13: '0.00' },
    rows: [
      ['土石料平衡分析表（按工业品级分行填写；灰色列由“计算并回填”自动计算）'],
      EARTH_HEADER,
      [1, '建筑用砂岩', 'm³', null, 120000, 35000, null, 80000, null, 75000, 28, null, null, null, '示例行，可删除'],
      ['合计', null, null, null, null, null, null, null, null, null, null, null, null, null, null],
    ],
  };
}
