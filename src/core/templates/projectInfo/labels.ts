import type { LabelSpec } from '../../locate';

export const PROJECT_INFO_SHEETS = ['项目信息', '项目基本信息', '项目概况', '基本信息'];

/** SPEC §3.1 labels and aliases (normalised: no spaces, units removed). */
export const PROJECT_INFO_LABELS: LabelSpec[] = [
  { key: 'name', aliases: ['项目名称'] },
  { key: 'province', aliases: ['省份', '所在省份', '省/自治区', '省(自治区)', '省区'] },
  { key: 'date', aliases: ['编制日期', '方案编制日期'] },
  { key: 'direction', aliases: ['修复主导方向', '主要修复方向', '主导修复方向'] },
  { key: 'totalArea', aliases: ['修复总面积', '项目区面积', '生态修复面积'] },
  { key: 'ecoIndustryArea', aliases: ['生态产业用地面积'] },
  { key: 'reclaimedAgriArea', aliases: ['复垦为农用地面积'] },
  { key: 'newConstructionArea', aliases: ['拟使用新增建设用地面积', '腾退指标使用面积'] },
  { key: 'pitBefore', aliases: ['修复前最低标高'] },
  { key: 'pitAfter', aliases: ['修复后坑底标高'] },
];

export const AREA_KEYS = {
  totalArea: 'total',
  ecoIndustryArea: 'ecoIndustry',
  reclaimedAgriArea: 'reclaimedAgri',
  newConstructionArea: 'newConstruction',
} as const;
