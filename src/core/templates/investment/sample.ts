import type { CellValue } from '../../snapshot';
import type { BlankSheet } from '../types';
import { ESTIMATE_FORMATS, ESTIMATE_HEADER, ESTIMATE_WIDTHS } from './blank';

type Row = [serial: string | null, name: string, unit: string | null, qty: number | null, price: number | null, rate: number | null, base: string | null, amount: number | null, category: string | null, note: string | null];

/**
 * A realistic 3-level estimate for the sample 河南 plan (≈ 1,200 亩 restored, 总投资 ≈ 5,000 万元).
 * 合价 are typed rounded to 2 decimals as authors do; every figure agrees with the engine's recomputation.
 * Quantities shared with the earth-stone balance sample: 表土覆土 42,000 m³ = 表土 本工程利用量 (its row 3);
 * 土方回填 800,000 m³ has no 回填料 row there (sandstone/stone rows are not matched), so it is not compared.
 */
const ROWS: Row[] = [
  ['一', '工程施工费', null, null, null, null, null, 4336, '工程施工费', null],
  ['1', '土地平整工程', null, null, null, null, null, 2007, null, null],
  ['(1)', '场地平整', 'm²', 1000000, 3.5, null, null, 350, null, null],
  ['(2)', '边坡削坡', 'm³', 597500, 12, null, null, 717, null, null],
  ['(3)', '土方回填', 'm³', 800000, 9, null, null, 720, null, '利用剥离废石及土方'],
  ['(4)', '危岩清理', 'm³', 40000, 25, null, null, 100, null, null],
  ['(5)', '建筑垃圾清运', 'm³', 30000, 40, null, null, 120, null, null],
  ['2', '土壤重构工程', null, null, null, null, null, 177, null, null],
  ['(1)', '表土覆土', 'm³', 42000, 15, null, null, 63, null, '表土来自剥离堆存'],
  ['(2)', '土壤改良（施有机肥）', '亩', 1200, 800, null, null, 96, null, null],
  ['(3)', '土地翻耕', '亩', 1200, 150, null, null, 18, null, null],
  ['3', '植被重建工程', null, null, null, null, null, 874, null, null],
  ['(1)', '栽植乔木（侧柏）', '株', 80000, 55, null, null, 440, null, null],
  ['(2)', '栽植灌木（紫穗槐）', '株', 150000, 12, null, null, 180, null, null],
  ['(3)', '撒播草籽', 'm²', 500000, 4, null, null, 200, null, null],
  ['(4)', '苗木抚育', '亩', 900, 600, null, null, 54, null, null],
  ['4', '配套工程', null, null, null, null, null, 1278, null, null],
  ['(1)', '截排水沟', 'm', 8000, 450, null, null, 360, null, null],
  ['(2)', '田间道路', 'm', 5000, 600, null, null, 300, null, null],
  ['(3)', '浆砌石挡土墙', 'm³', 6000, 550, null, null, 330, null, null],
  ['(4)', '灌溉管道', 'm', 12000, 180, null, null, 216, null, null],
  ['(5)', '警示牌及防护围栏', 'm', 6000, 120, null, null, 72, null, null],
  ['二', '设备购置费', null, null, null, null, null, 54, '设备购置费', null],
  ['1', '地表位移监测设备', '套', 3, 80000, null, null, 24, null, null],
  ['2', '灌溉首部设备', '套', 2, 150000, null, null, 30, null, null],
  ['三', '监测与管护费', null, null, null, null, null, 129, '监测与管护费', null],
  ['1', '监测费', null, null, null, null, null, 57, null, null],
  ['(1)', '地形地貌监测', '次', 12, 20000, null, null, 24, null, null],
  ['(2)', '土壤质量监测', '次', 6, 30000, null, null, 18, null, null],
  ['(3)', '植被恢复监测', '次', 6, 25000, null, null, 15, null, null],
  ['2', '管护费', '亩·年', 3600, 200, null, null, 72, null, '管护期3年'],
  ['四', '其他费用', null, null, null, null, null, 404.72, '其他费用', null],
  ['1', '前期工作费', null, null, null, null, null, 195.12, null, null],
  ['(1)', '项目勘测费', null, null, null, 1.5, '工程施工费', 65.04, null, null],
  ['(2)', '设计与预算编制费', null, null, null, 2.5, '工程施工费', 108.4, null, null],
  ['(3)', '项目招标代理费', null, null, null, 0.5, '工程施工费', 21.68, null, null],
  ['2', '工程监理费', null, null, null, 2, '工程施工费', 86.72, null, null],
  ['3', '竣工验收费', null, null, null, 1.2, '工程施工费', 52.03, null, null],
  ['4', '业主管理费', null, null, null, null, '工程施工费+设备购置费', 70.85, null, '参照财建〔2016〕504号差额定率累进'],
  ['五', '不可预见费', null, null, null, 3, '一+二+三+四', 147.71, '不可预见费', null],
];

export const SAMPLE_ESTIMATE: BlankSheet = {
  name: '投资估算表',
  headerRow: 1,
  columnWidths: ESTIMATE_WIDTHS,
  numberFormats: ESTIMATE_FORMATS,
  rows: [
    ['XX县XX废弃矿山生态修复项目投资估算表', null, null, null, null, null, null, null, null, null],
    ESTIMATE_HEADER,
    ...(ROWS as CellValue[][]),
    ['合计', null, null, null, null, null, null, 5071.43, null, '总投资'],
  ],
};

/** The sample for the bundled workbook (SPEC: `SAMPLE` per template). */
export const SAMPLE = SAMPLE_ESTIMATE;
export const INVESTMENT_SAMPLE = SAMPLE_ESTIMATE;
