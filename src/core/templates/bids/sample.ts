import type { BlankSheet } from '../types';

/** Two 标的; the floors come from the earth balance. 丙's bid is below the floor and does not count. */
export const BIDS_SAMPLE: BlankSheet = {
  name: '竞价记录',
  headerRow: 1,
  columnWidths: [20, 26, 14, 16, 20],
  numberFormats: { 2: '0.00', 3: '0.00' },
  rows: [
    ['石门沟矿山剩余土石料公开竞价记录'],
    ['标的', '竞买人', '报价（万元）', '处置底价（万元）', '备注'],
    ['建筑用砂岩（Ⅰ级）', '豫西建材有限公司', 445, null, ''],
    ['建筑用砂岩（Ⅰ级）', '洛宁砂石集团', 468.2, null, ''],
    ['建筑用砂岩（Ⅰ级）', '宜阳路桥材料厂', 430, null, '低于底价'],
    ['建筑用石料（Ⅱ级）', '豫西建材有限公司', 150.5, null, ''],
    ['建筑用石料（Ⅱ级）', '伊川石料有限公司', 146, null, ''],
  ],
};
