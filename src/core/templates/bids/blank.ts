import type { BlankSheet } from '../types';

export function blankBids(): BlankSheet {
  return {
    name: '竞价记录',
    headerRow: 1,
    columnWidths: [18, 24, 14, 16, 24],
    numberFormats: { 2: '0.00', 3: '0.00' },
    rows: [
      ['竞价记录（处置底价可留空：按土石料平衡分析表同名类别的底价；标的填“全部”时取底价合计）'],
      ['标的', '竞买人', '报价（万元）', '处置底价（万元）', '备注'],
      ['建筑用砂岩', '示例：XX建材有限公司', 220, null, '示例行，可删除'],
    ],
  };
}
