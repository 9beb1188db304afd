/** Readable plan workbooks for the reviewer workflows (diff, verify, html): one 河南 plan and its variants. */
import type { CellValue } from '../../src/core/snapshot';
import { xlsxFile } from '../support/xlsx';

export const EARTH_HEADER = ['序号', '土石料类别', '单位', '原地遗留量', '新产生量', '供应量小计', '本工程利用量', '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）'];

export interface PlanVariant {
  /** 拟对外销售量 of 建筑用砂岩 (I3); 75000 is the whole disposable volume, above it is an error. */
  sale?: number;
  /** 评估单价 of 建筑用砂岩 (J3). */
  price?: number;
  /** 表土 原地遗留量 (D4). */
  topsoil?: CellValue;
  /** Text of the 项目名称 cell. */
  name?: string;
  /** Bids of 竞价记录 (lot, bidder, price). */
  bids?: [string, string, number][];
}

export function planSheets(v: PlanVariant = {}) {
  return [
    {
      name: '项目信息',
      rows: [['项目', '值'], ['项目名称', v.name ?? '某矿山生态修复'], ['省份', '河南'], ['编制日期', '2025-12-01'], ['修复前最低标高', 100], ['修复后坑底标高', 101]] as CellValue[][],
    },
    {
      name: '土石料平衡分析表',
      rows: [
        ['土石料平衡分析表'],
        EARTH_HEADER,
        [1, '建筑用砂岩', 'm³', 120000, 35000, null, 80000, null, v.sale ?? 75000, v.price ?? 28, null, null],
        [2, '表土', 'm³', v.topsoil === undefined ? 30000 : v.topsoil, 0, null, 30000, null, 0, null, null, null],
      ] as CellValue[][],
      formulas: { F3: { formula: 'D3+E3', result: 155000 } },
    },
    {
      name: '竞价记录',
      rows: [['标的', '竞买人', '报价（万元）'], ...(v.bids ?? [['建筑用砂岩', '甲公司', 215], ['建筑用砂岩', '乙公司', 231]])] as CellValue[][],
    },
  ];
}

export function planFile(dir: string, name: string, v: PlanVariant = {}): Promise<string> {
  return xlsxFile(dir, name, planSheets(v));
}
