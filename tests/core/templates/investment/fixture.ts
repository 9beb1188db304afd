import type { CellValue, SheetSnapshot } from '../../../../src/core/snapshot';
import { HEADER, sheetOf, type CellInput } from './helpers';

/** Amounts shown with 2 decimals, as in most estimates. */
const M = (v: number | null): CellInput => (v === null ? null : { value: v, numberFormat: '#,##0.00' });

type R = [serial: string | null, name: string, unit: string | null, qty: CellValue, price: CellValue, rate: CellValue, base: string | null, amount: number | null, category?: string | null, note?: string | null];

/**
 * A 3-level estimate (41 rows + 合计), every 合价 correct to its 2 displayed decimals. Worked values:
 * 一 = 41 + 42.6 + 85 + 187.4 = 356; 二 = 12; 三 = 20 + 13.5 = 33.5;
 * 四 = 16.02 + 7.12 + 6.408 + 10.2 = 39.748 (业主管理费 from the 取费标准 sheet: 200×3% + 168×2.5% on 368);
 * 五 (预备费 = 不可预见费) = 441.248 × (3% + 1% + 1%) = 22.0624; 合计 = 463.3104.
 */
export const ESTIMATE: R[] = [
  ['一', '工程施工费', null, null, null, null, null, 356], //                                   row 3
  ['1', '地形整治工程', null, null, null, null, null, 41], //                                   4
  ['(1)', '场地平整', 'm²', 20000, 4.5, null, null, 9], //                                       5
  ['(2)', '土方开挖', 'm³', 15000, 8, null, null, 12], //                                        6
  ['(3)', '土方回填', 'm³', 12000, 10, null, null, 12], //                                       7
  ['(4)', '削坡', 'm³', 5000, 16, null, null, 8], //                                              8
  ['2', '土壤重构工程', null, null, null, null, null, 42.6], //                                 9
  ['(1)', '表土覆土', 'm³', 9000, 20, null, null, 18], //                                        10
  ['(2)', '施有机肥', '亩', 300, 700, null, null, 21], //                                        11
  ['(3)', '翻耕', '亩', 300, 120, null, null, 3.6], //                                           12
  ['3', '植被重建工程', null, null, null, null, null, 85], //                                   13
  ['(1)', '栽植乔木', '株', 5000, 60, null, null, 30], //                                        14
  ['(2)', '栽植灌木', '株', 12000, 15, null, null, 18], //                                       15
  ['(3)', '撒播草籽', 'm²', 80000, 3.5, null, null, 28], //                                      16
  ['(4)', '幼林抚育', '亩', 200, 450, null, null, 9], //                                         17
  ['4', '配套工程', null, null, null, null, null, 187.4], //                                    18
  ['(1)', '排水沟', 'm', 1500, 420, null, null, 63], //                                          19
  ['(2)', '生产道路', 'm', 800, 650, null, null, 52], //                                         20
  ['(3)', '挡土墙', 'm³', 900, 560, null, null, 50.4], //                                        21
  ['(4)', '防护围栏', 'm', 2000, 110, null, null, 22], //                                        22
  ['二', '设备购置费', null, null, null, null, null, 12], //                                    23
  ['1', '监测设备', '套', 2, 60000, null, null, 12], //                                          24
  ['三', '监测与管护费', null, null, null, null, null, 33.5], //                                25
  ['1', '监测费', null, null, null, null, null, 20], //                                         26
  ['(1)', '地形地貌监测', '次', 8, 15000, null, null, 12], //                                    27
  ['(2)', '植被监测', '次', 4, 20000, null, null, 8], //                                         28
  ['2', '管护费', '亩·年', 900, 150, null, null, 13.5], //                                       29
  ['四', '其他费用', null, null, null, null, null, 39.75], //                                   30
  ['1', '前期工作费', null, null, null, null, null, 16.02], //                                  31
  ['(1)', '勘测费', null, null, null, 1.5, '工程施工费', 5.34], //                               32
  ['(2)', '设计与预算编制费', null, null, null, 2.5, '工程施工费', 8.9], //                      33
  ['(3)', '招标代理费', null, null, null, 0.5, '工程施工费', 1.78], //                           34
  ['2', '工程监理费', null, null, null, 2, '工程施工费', 7.12], //                               35
  ['3', '竣工验收费', null, null, null, null, null, 6.41], //                                   36
  ['(1)', '工程复核费', null, null, null, 0.5, '工程施工费', 1.78], //                           37
  ['(2)', '工程验收费', null, null, null, 0.7, '工程施工费', 2.49], //                           38
  ['(3)', '决算编制与审计费', null, null, null, 0.6, '工程施工费', 2.14], //                     39
  ['4', '业主管理费', null, null, null, null, '工程施工费+设备购置费', 10.2], //                 40
  ['五', '预备费', null, null, null, null, null, 22.06], //                                     41
  ['1', '基本预备费', null, null, null, 3, '一+二+三+四', 13.24], //                             42
  ['2', '价差预备费', null, null, null, 1, '一至四', 4.41], //                                   43
  ['3', '风险金', null, null, null, '1%', '第一部分+第二部分+第三部分+第四部分', 4.41], //       44
];

export function estimateSheet(rows: R[] = ESTIMATE, total: number | null = 463.31): SheetSnapshot {
  return sheetOf('投资估算表', [
    ['某废弃矿山生态修复工程投资估算表', null, null, null, null, null, null, null, null, null],
    HEADER,
    ...rows.map(([s, n, u, q, p, r, b, a, c, note]) => [s, n, u, q, p, r, b, M(a), c ?? null, note ?? null]),
    ['合计', null, null, null, null, null, null, M(total), null, null], //                      45
  ]);
}

/** The user's brackets for 业主管理费 (test data, not a real standard). */
export function feeScheduleSheet(): SheetSnapshot {
  return sheetOf('取费标准', [
    ['费用名称', '计费基数', '下限(万元)', '上限(万元)', '费率(%)', '依据'],
    ['业主管理费', '工程施工费+设备购置费', 0, 200, 3, '测试用分档'],
    [null, null, 200, 500, 2.5, null],
    [null, null, 500, null, 2, null],
  ]);
}
