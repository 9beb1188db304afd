import type { BlankSheet } from '../types';

/** Header of the estimate as the templates write it; the locator accepts many other spellings. */
export const ESTIMATE_HEADER = ['序号', '工程或费用名称', '单位', '工程量', '单价（元）', '费率（%）', '计费基数', '合价（万元）', '费用类别', '备注'];

export const ESTIMATE_WIDTHS = [8, 28, 8, 12, 12, 10, 22, 14, 14, 24];
export const ESTIMATE_FORMATS: Record<number, string> = { 3: '#,##0.00', 4: '#,##0.00', 5: '0.00', 7: '#,##0.00' };

/**
 * A fillable 投资估算表: the level-1 outline of 内政办发〔2023〕14号 附件1 第六章 (施工费, 监测与管护费,
 * 其他费用 and its four parts, 不可预见费) plus 设备购置费, one example item (合价 = 工程量 × 单价 / 10000),
 * fee rows with their 计费基数 and a 合计 row. 合价 cells of groups, fees and the total are left empty:
 * 计算并回填 fills them.
 */
export function blankEstimate(): BlankSheet {
  return {
    name: '投资估算表',
    headerRow: 1,
    columnWidths: ESTIMATE_WIDTHS,
    numberFormats: ESTIMATE_FORMATS,
    rows: [
      ['投资估算表', null, null, null, null, null, null, null, null, null],
      ESTIMATE_HEADER,
      ['一', '工程施工费', null, null, null, null, null, null, '工程施工费', null],
      ['1', '场地平整（示例）', 'm²', 10000, 5, null, null, 5, null, '合价 = 工程量 × 单价 / 10000'],
      ['二', '设备购置费', null, null, null, null, null, null, '设备购置费', '无设备时填 0'],
      ['三', '监测与管护费', null, null, null, null, null, null, '监测与管护费', null],
      ['四', '其他费用', null, null, null, null, null, null, '其他费用', null],
      ['1', '前期工作费', null, null, null, null, '工程施工费', null, '前期工作费', '填写费率，或在“取费标准”表给出分档费率'],
      ['2', '工程监理费', null, null, null, null, '工程施工费', null, '工程监理费', null],
      ['3', '竣工验收费', null, null, null, null, '工程施工费', null, '竣工验收费', null],
      ['4', '业主管理费', null, null, null, null, '工程施工费+设备购置费', null, '业主管理费', null],
      ['五', '不可预见费', null, null, null, null, '一+二+三+四', null, '不可预见费', '或“预备费”'],
      ['合计', null, null, null, null, null, null, null, null, '总投资 = 一至五之和'],
    ],
  };
}

/** The optional 取费标准 sheet: the user's own 差额定率累进 brackets, one row per bracket. */
export function blankFeeSchedule(): BlankSheet {
  return {
    name: '取费标准',
    headerRow: 1,
    columnWidths: [16, 22, 12, 12, 10, 36],
    rows: [
      ['取费标准（差额定率累进）', null, null, null, null, null],
      ['费用名称', '计费基数', '下限（万元）', '上限（万元）', '费率（%）', '依据'],
      ['业主管理费', '工程施工费+设备购置费', 0, null, null, '填写所依据的文件及条款'],
    ],
  };
}
