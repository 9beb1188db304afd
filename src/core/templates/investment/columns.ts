import type { ColumnSpec } from '../../locate';

/** Sheet names a plan gives its estimate (SPEC §3.4). */
export const ESTIMATE_SHEET_NAMES = ['投资估算表', '投资估算', '投资估算汇总表', '投资估算总表', '经费估算表', '工程投资估算表'];

/** Column headers (normalised: no spaces, units split off) and their aliases. */
export const ESTIMATE_COLUMNS: ColumnSpec[] = [
  { key: 'serial', aliases: ['序号', '编号'] },
  { key: 'name', aliases: ['费用名称', '工程或费用名称', '项目名称', '工程名称', '费用项目', '名称', '项目'], required: true },
  { key: 'unit', aliases: ['单位'] },
  { key: 'quantity', aliases: ['工程量', '数量'] },
  { key: 'price', aliases: ['单价', '综合单价'] },
  { key: 'rate', aliases: ['费率', '取费费率', '费率标准'] },
  { key: 'base', aliases: ['计费基数', '取费基数', '计算基数', '计费基础'] },
  { key: 'amount', aliases: ['合价', '金额', '投资', '投资额', '估算金额', '估算投资', '投资估算', '合计'], required: true },
  { key: 'category', aliases: ['费用类别', '费用类型', '类别'] },
  { key: 'note', aliases: ['备注', '说明'] },
];

/** The user's own fee brackets (SPEC §3.4): 费用名称 | 计费基数 | 下限(万元) | 上限(万元) | 费率(%). */
export const FEE_SCHEDULE_SHEET_NAMES = ['取费标准', '取费标准表', '费率标准'];

export const FEE_SCHEDULE_COLUMNS: ColumnSpec[] = [
  { key: 'name', aliases: ['费用名称', '名称', '费用项目'], required: true },
  { key: 'base', aliases: ['计费基数', '取费基数', '计算基数'] },
  { key: 'lower', aliases: ['下限', '计费额下限', '区间下限'], required: true },
  { key: 'upper', aliases: ['上限', '计费额上限', '区间上限'], required: true },
  { key: 'rate', aliases: ['费率'], required: true },
  { key: 'source', aliases: ['依据', '文件依据', '来源', '备注'] },
];

export const AMOUNT_UNIT = '万元';
export const AMOUNT_FORMAT = '#,##0.00';
