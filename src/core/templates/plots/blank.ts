import type { BlankSheet } from '../types';

export const PLOTS_HEADER = [
  '地块编号', '面积', '单位', '权属', '复垦前地类', '复垦后地类', '坡度（°）',
  '生态保护红线内', '遥感影像支持', '利用方式', '耕地等别', '单产（kg/亩）', '备注',
];

/** Blank 复垦地块表: title, header, one example row (SPEC §3.6). */
export function blankPlots(): BlankSheet {
  return {
    name: '复垦地块表',
    headerRow: 1,
    columnWidths: [12, 12, 8, 10, 14, 14, 10, 14, 14, 12, 10, 14, 30],
    numberFormats: { 1: '0.00', 6: '0.0', 11: '0' },
    rows: [
      ['复垦地块表（新增耕地占补平衡 / 增减挂钩 / 生态产业；面积单位可在“单位”列按行填写：亩、公顷、m²）'],
      PLOTS_HEADER,
      ['D01', 12.5, '亩', '集体', '采矿用地', '旱地', 6, '否', '是', '增减挂钩', 8, 400, '示例行，请替换'],
      ['合计', null, '亩', null, null, null, null, null, null, null, null, null, '留空由“计算并回填”填写'],
    ],
  };
}
