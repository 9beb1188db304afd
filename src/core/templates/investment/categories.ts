import { normaliseLabel } from '../../locate';

/**
 * Cost categories of the 内蒙古 reference outline (内政办发〔2023〕14号 附件1 第六章 第二节 经费估算):
 * 生态修复工程施工费、监测与管护费、其他费用（前期工作费、工程监理费、竣工验收费、业主管理费）以及不可预见费;
 * 设备购置费 as 财综〔2011〕128号 structures costs. Result ids are `invest.<id>`.
 */
export const CATEGORIES = [
  '工程施工费',
  '设备购置费',
  '监测与管护费',
  '其他费用',
  '前期工作费',
  '工程监理费',
  '竣工验收费',
  '业主管理费',
  '不可预见费',
] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** Sub-categories of 其他费用. */
export const OTHER_FEE_PARTS: readonly CategoryId[] = ['前期工作费', '工程监理费', '竣工验收费', '业主管理费'];

/**
 * Keywords naming each category, tried in this order (more specific first: "工程监理费" before
 * "工程…费"). 预备费 (基本预备费 + 价差预备费 + 风险金, the 土地复垦方案 name) counts as 不可预见费.
 */
const KEYWORDS: [CategoryId, RegExp][] = [
  ['工程监理费', /监理费?/],
  ['竣工验收费', /竣工验收|验收费/],
  ['业主管理费', /业主管理费|建设(单位)?管理费|项目管理费/],
  ['前期工作费', /前期工作费|前期费/],
  ['监测与管护费', /监测|管护/],
  ['不可预见费', /不可预见|预备费|风险金/],
  ['设备购置费', /设备(购置)?费|设备及工器具/],
  ['其他费用', /^(其他|其它)费用?$|其他费用|其它费用/],
  ['工程施工费', /施工费|工程费|建筑安装|建安/],
];

/** Category named by a row's text (费用名称 or an explicit 费用类别 cell), or undefined. */
export function categoryFromText(text: string): CategoryId | undefined {
  const s = normaliseLabel(text);
  if (!s) return undefined;
  const exact = CATEGORIES.find((c) => c === s);
  if (exact) return exact;
  return KEYWORDS.find(([, re]) => re.test(s))?.[0];
}

/**
 * Category of a row from its own name, where the outline allows it: level-1 rows name the main
 * categories; rows under 其他费用 name its four parts. Deeper rows inherit (see parse.ts).
 */
export function categoryFromName(name: string, parentCategory: CategoryId | undefined, isTopLevel: boolean): CategoryId | undefined {
  // Deeper rows outside 其他费用 never take a category from their name: skip the keyword scan.
  if (!isTopLevel && parentCategory !== '其他费用') return undefined;
  const c = categoryFromText(name);
  if (!c) return undefined;
  if (isTopLevel) return c;
  if (parentCategory === '其他费用' && OTHER_FEE_PARTS.includes(c)) return c;
  return undefined;
}
