import type { ColumnSpec } from '../../locate';

export const BID_SHEETS = ['竞价记录', '竞价记录表', '竞买记录', '公开交易记录', '交易记录'];

export const BID_COLUMNS: ColumnSpec[] = [
  { key: 'lot', aliases: ['标的', '类别', '标段', '标的名称', '土石料类别', '交易标的'], required: true },
  { key: 'bidder', aliases: ['竞买人', '竞买单位', '竞买方', '报价人', '投标人'], required: true },
  { key: 'price', aliases: ['报价', '竞买报价', '出价', '报价金额', '竞价'], required: true },
  { key: 'floor', aliases: ['处置底价', '底价'] },
  { key: 'remark', aliases: ['备注'] },
];

/** 标的 that mean "everything in one lot": floor = Σ floors of the earth balance. */
export const ALL_LOTS = ['全部', '全部土石料', '合计', '打包', '整体', '全部剩余土石料'];
