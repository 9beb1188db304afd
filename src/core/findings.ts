import type { Text } from './i18n';

export type Severity = 'error' | 'warning' | 'info';

/** Stable finding codes (SPEC §6). Adding a code = adding a line here and a row in the README. */
export const FINDING_CODES = {
  VALUE_MISMATCH: { severity: 'error', zh: '计算值与复核值不一致', en: 'derived cell differs from the recomputed value' },
  TOTAL_MISMATCH: { severity: 'error', zh: '合计与分项之和不一致', en: 'total differs from the sum of its parts' },
  TOTAL_OF_ROUNDED_PARTS: { severity: 'info', zh: '合计等于分项舍入值之和，而非精确和的舍入', en: 'total equals the sum of rounded parts' },
  EARTH_SHORTFALL: { severity: 'warning', zh: '土石料供应量小于利用量，需外购', en: 'supply below use: material must be brought in' },
  EARTH_SALE_EXCEEDS_DISPOSABLE: { severity: 'error', zh: '拟对外销售量超过剩余可处置量', en: 'planned sale exceeds the disposable volume' },
  EARTH_PIT_BELOW_BASELINE: { severity: 'error', zh: '修复后坑底标高低于修复前最低标高', en: 'pit bottom below the lowest pre-restoration elevation' },
  UNIT_CONVERSION_NEEDS_DENSITY: { severity: 'error', zh: '体积与质量混合汇总但缺少密度', en: 'm³ and t combined without a density' },
  FLOOR_BELOW_APPRAISAL: { severity: 'warning', zh: '处置底价低于评估价值', en: 'reserve price floor below the appraised value' },
  BID_TIE: { severity: 'warning', zh: '最高有效报价并列', en: 'two highest valid bids are equal' },
  NO_VALID_BID: { severity: 'warning', zh: '无不低于底价的报价（流拍）', en: 'no bid reaches the floor' },
  FUNDING_SHORTFALL: { severity: 'warning', zh: '收入不足以覆盖投资成本与合理回报', en: 'revenue does not cover cost + return' },
  FARMLAND_SLOPE_OVER_25: { severity: 'error', zh: '复垦为耕地的地块坡度超过25°', en: 'farmland on slope > 25°' },
  FARMLAND_IN_REDLINE: { severity: 'error', zh: '复垦为耕地的地块位于生态保护红线内', en: 'farmland inside the ecological red line' },
  LINKAGE_PLOT_UNDER_1MU: { severity: 'error', zh: '增减挂钩地块面积小于1亩', en: 'linkage plot smaller than 1 mu' },
  LINKAGE_NOT_COLLECTIVE: { severity: 'error', zh: '增减挂钩地块不是集体土地', en: 'linkage plot not collectively owned' },
  LINKAGE_NO_IMAGERY: { severity: 'error', zh: '增减挂钩地块无遥感影像支持', en: 'linkage plot without remote-sensing support' },
  ECO_INDUSTRY_AREA_OVER_CAP: { severity: 'error', zh: '生态产业用地超过规定比例', en: 'eco-industry land above the allowed share' },
  LAND_INDICATOR_EXCEEDS_RECLAIMED: { severity: 'error', zh: '新增建设用地面积高于复垦为农用地面积', en: 'new construction land exceeds land reclaimed to agriculture' },
  COMPENSATION_NEGATIVE: { severity: 'warning', zh: '补偿测算结果为负', en: 'compensation is negative' },
  POLICY_EXPIRED: { severity: 'warning', zh: '方案编制日期不在政策有效期内', en: 'plan date outside the policy validity' },
  INPUT_MISSING: { severity: 'error', zh: '必填数据缺失', en: 'required input is empty' },
  INPUT_NOT_A_NUMBER: { severity: 'error', zh: '应为数值', en: 'a number is required' },
  INPUT_OUT_OF_RANGE: { severity: 'error', zh: '数值超出合理范围', en: 'value out of range' },
  MISSING_SHEET: { severity: 'info', zh: '未找到模板表', en: 'template sheet absent' },
  MISSING_COLUMN: { severity: 'error', zh: '缺少必需列', en: 'required column missing' },
} as const satisfies Record<string, { severity: Severity; zh: string; en: string }>;

export type FindingCode = keyof typeof FINDING_CODES;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding points at; null when it concerns a whole sheet. */
  cell: string | null;
  expected?: string;
  found?: string;
  message: Text;
  /** Document + article, e.g. "豫自然资规〔2025〕13号 第二十五条". */
  rule?: string;
  /** Stable rule id in its rule pack, e.g. "HN-25". */
  ruleId?: string;
}

export function severityOf(code: FindingCode): Severity {
  return FINDING_CODES[code].severity;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
