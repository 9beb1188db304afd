import type { ColumnSpec } from '../../locate';

export const EARTH_SHEETS = ['土石料平衡分析表', '土石料平衡表', '土石方平衡分析表', '土石方平衡表', '土石料平衡分析'];

/** SPEC §3.2 columns; aliases normalised (no spaces, units split off by the locator). */
export const EARTH_COLUMNS: ColumnSpec[] = [
  { key: 'seq', aliases: ['序号', '编号'] },
  { key: 'category', aliases: ['土石料类别', '类别', '名称', '品种', '土石料名称', '土石料种类', '材料类别'], required: true },
  { key: 'unit', aliases: ['单位', '计量单位'] },
  { key: 'density', aliases: ['密度', '容重'] },
  { key: 'legacy', aliases: ['原地遗留量', '原地遗留土石料量', '原地遗留土石料', '遗留量'], required: true },
  { key: 'newly', aliases: ['新产生量', '剥离或开采量', '新产生土石料量', '新增量'], required: true },
  { key: 'supply', aliases: ['供应量小计', '供应量', '供应量合计', '小计'] },
  { key: 'use', aliases: ['本工程利用量', '需求量', '工程利用量', '本工程使用量', '利用量'], required: true },
  { key: 'disposable', aliases: ['剩余可处置量', '剩余可处置土石料量', '可处置量', '剩余量'] },
  { key: 'sale', aliases: ['拟对外销售量', '对外销售量', '拟销售量', '销售量'], required: true },
  { key: 'price', aliases: ['评估单价', '单价'] },
  { key: 'appraisal', aliases: ['评估价值', '评估总价', '评估价'] },
  { key: 'floorCoef', aliases: ['底价系数'] },
  { key: 'floor', aliases: ['处置底价', '底价'] },
  { key: 'remark', aliases: ['备注', '说明'] },
];

/** Column labels for messages (zh, en). */
export const EARTH_LABELS: Record<string, [string, string]> = {
  legacy: ['原地遗留量', 'legacy volume'],
  newly: ['新产生量', 'new volume'],
  supply: ['供应量小计', 'supply'],
  use: ['本工程利用量', 'volume used'],
  disposable: ['剩余可处置量', 'disposable volume'],
  sale: ['拟对外销售量', 'planned sale'],
  price: ['评估单价', 'appraised unit price'],
  appraisal: ['评估价值', 'appraised value'],
  floorCoef: ['底价系数', 'floor coefficient'],
  floor: ['处置底价', 'reserve price floor'],
  density: ['密度', 'density'],
};
