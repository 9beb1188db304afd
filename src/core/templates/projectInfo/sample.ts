import type { BlankSheet } from '../types';

/** The bundled sample plan (examples/sample-plan.xlsx): a 河南 林草-led restoration of a former quarry. */
export const PROJECT_INFO_SAMPLE: BlankSheet = {
  name: '项目信息',
  headerRow: 1,
  columnWidths: [26, 44, 10],
  rows: [
    ['项目信息'],
    ['项目', '值', '单位'],
    ['项目名称', '石门沟历史遗留废弃矿山生态修复项目', null],
    ['省份', '河南省', null],
    ['编制日期', '2025-12-15', null],
    ['修复主导方向', '林草', null],
    ['修复总面积', 1200, '亩'],
    ['生态产业用地面积', 30, '亩'],
    ['复垦为农用地面积', 1152, '亩'],
    ['拟使用新增建设用地面积', 0, '亩'],
    ['修复前最低标高', 152.5, 'm'],
    ['修复后坑底标高', 153, 'm'],
  ],
};
