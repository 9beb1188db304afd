import { t } from '../i18n';
import type { RulePack } from './types';

/**
 * 内政办发〔2023〕14号 (seed 004), dated 2023年2月7日 (印发 2023-02-08). The text states no period of validity,
 * so the pack is open-ended (validTo absent). 附件3/附件4 are the reference outlines of the 新增耕地占补平衡 and
 * 增减挂钩 plans that the 复垦地块表 follows.
 */
export const INNER_MONGOLIA: RulePack = {
  id: '内蒙古',
  province: '内蒙古',
  document: '内政办发〔2023〕14号',
  title: '内蒙古自治区人民政府办公厅关于进一步做好社会资本参与生态保护修复工作的实施意见',
  validFrom: '2023-02-07',
  validityNote: '落款日期 2023年2月7日；原文未规定有效期，视为长期有效',
  source: '004_53a412e00f27c123.txt',
  rules: [
    {
      id: 'NM-18-sale',
      code: 'EARTH_SALE_EXCEEDS_DISPOSABLE',
      severity: 'error',
      article: '（十八）',
      summary: t('土石料无偿用于本修复工程，确有剩余的纳入公共资源交易平台', 'Earth and stone serve the project first; only a real surplus is traded publicly'),
      quote: '允许无偿用于本修复工程，纳入成本管理，确有剩余的，要纳入公共资源交易平台，实行收支两条线',
    },
    {
      id: 'NM-18-treasury',
      code: 'FUNDING_SHORTFALL',
      severity: 'warning',
      article: '（十八）',
      summary: t('剩余土石料交易实行收支两条线', 'Proceeds of surplus earth and stone follow 收支两条线 (to the treasury)'),
      params: { surplusToTreasury: true },
      quote: '实行收支两条线',
    },
    {
      id: 'NM-19',
      code: 'ECO_INDUSTRY_AREA_OVER_CAP',
      severity: 'error',
      article: '（十九）',
      summary: t('可利用不超过总修复面积1%的修复面积作为生态产业用地', 'At most 1 % of the total restored area may be eco-industry land'),
      params: { maxShare: '0.01', inclusive: true },
      quote: '可在项目区内利用不超过总修复面积 1%的修复面积作为生态产业用地',
    },
    {
      id: 'NM-A4-3-collective',
      code: 'LINKAGE_NOT_COLLECTIVE',
      severity: 'error',
      article: '附件4 第三章',
      summary: t('增减挂钩选址条件：权属为集体所有', 'Linkage site condition: collectively owned'),
      quote: '选址条件包括：权属为集体所有',
      // Farmland and 增减挂钩 site conditions restate national land policy: they apply in every province.
      national: true,
    },
    {
      id: 'NM-A4-3-imagery',
      code: 'LINKAGE_NO_IMAGERY',
      severity: 'error',
      article: '附件4 第三章',
      summary: t('增减挂钩选址条件：遥感影像支持', 'Linkage site condition: supported by remote-sensing imagery'),
      quote: '权属为集体所有；遥感影像支持；',
      // Farmland and 增减挂钩 site conditions restate national land policy: they apply in every province.
      national: true,
    },
    {
      id: 'NM-A4-3-area',
      code: 'LINKAGE_PLOT_UNDER_1MU',
      severity: 'error',
      article: '附件4 第三章',
      summary: t('增减挂钩选址条件：单个地块面积不小于1亩', 'Linkage site condition: each plot at least 1 mu'),
      // "不小于" includes the bound: exactly 1 亩 qualifies.
      params: { minPlotMu: 1, inclusive: true },
      quote: '单个地块面积不小于 1 亩',
      // Farmland and 增减挂钩 site conditions restate national land policy: they apply in every province.
      national: true,
    },
    {
      id: 'NM-A4-4-redline',
      code: 'FARMLAND_IN_REDLINE',
      severity: 'error',
      article: '附件4 第四章',
      summary: t('复垦为耕地的，不能在生态保护红线内', 'Land reclaimed to farmland may not lie inside the ecological red line'),
      quote: '复垦为耕地的，不能在生态保护红线内',
      // Farmland and 增减挂钩 site conditions restate national land policy: they apply in every province.
      national: true,
    },
    {
      id: 'NM-A4-4-slope',
      code: 'FARMLAND_SLOPE_OVER_25',
      severity: 'error',
      article: '附件4 第四章',
      summary: t('复垦为耕地的，坡度在25°以下', 'Land reclaimed to farmland must have a slope of 25° or less'),
      // "以下" includes the bound: 25° itself is allowed.
      params: { maxSlopeDeg: 25, inclusive: true },
      quote: '且坡度在 25°以下',
      // Farmland and 增减挂钩 site conditions restate national land policy: they apply in every province.
      national: true,
    },
  ],
};
