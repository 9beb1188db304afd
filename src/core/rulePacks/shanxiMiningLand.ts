import { t } from '../i18n';
import type { RulePack } from './types';

/**
 * 山西省采矿用地保障实施细则 (seed 002). 第三十五条: "自印发之日起施行，有效期至2025年11月18日".
 * The seed text carries no 印发 date; the newest documents it relies on (第一条: 自然资发〔2023〕89号,
 * 自然资办发〔2023〕26号) are of 2023, so it cannot be older: validFrom = 2023-01-01, the widest start the text
 * allows. Narrow it when the 印发 date is confirmed.
 */
export const SHANXI_MINING_LAND: RulePack = {
  id: '山西-采矿用地',
  province: '山西',
  document: '山西省采矿用地保障实施细则',
  title: '山西省采矿用地保障实施细则',
  validFrom: '2023-01-01',
  validTo: '2025-11-18',
  validityNote:
    '第三十五条：自印发之日起施行，有效期至2025年11月18日（含）。原文未载印发日期；第一条所依据的最新文件为2023年文号，故起始日取 2023-01-01（最宽窗口），确认印发日期后应收窄',
  validityArticle: '第三十五条',
  source: '002_b279d71ca3f1181a.txt',
  rules: [
    {
      id: 'SXCK-12',
      code: 'LINKAGE_NOT_COLLECTIVE',
      severity: 'error',
      article: '第十二条',
      summary: t(
        '权属为集体、符合增减挂钩选址要求的存量采矿用地，可纳入增减挂钩项目复垦区',
        'Only collectively owned mining land meeting the site rules may enter a linkage project',
      ),
      quote: '对于权属为集体、符合城乡建设用地增减挂钩项目选址要求的存量采矿用地，可以纳入增减挂钩项目复垦区',
    },
    {
      id: 'SXCK-20',
      code: 'LAND_INDICATOR_EXCEEDS_RECLAIMED',
      severity: 'error',
      article: '第二十条',
      summary: t('新增建设用地面积不得高于复垦修复为农用地的面积', 'New construction land may not exceed the land reclaimed to agriculture'),
      // "不得高于": equal is allowed.
      params: { inclusive: true },
      quote: '新增建设用地面积不得高于复垦修复为农用地的面积',
    },
    {
      id: 'SXCK-22',
      code: 'INPUT_OUT_OF_RANGE',
      severity: 'error',
      article: '第二十二条',
      summary: t(
        '先行使用腾退指标的，承诺完成复垦修复并归还指标的期限一般不超过2年（暂无表格核查此项）',
        'Indicators used in advance are repaid within, as a rule, 2 years (no sheet checks this yet)',
      ),
      params: { appliesTo: '腾退指标归还期限', maxYears: 2, inclusive: true, checked: false },
      quote: '并承诺在一定期限内（一般不超过2年）完成复垦修复并归还腾退指标后，可以先行使用腾退指标',
    },
  ],
};
