import { t } from '../i18n';
import type { RulePack } from './types';

/**
 * 海南省自然资源和规划厅 关于建立新旧采矿用地挂钩制度促进净矿出让和生态修复的通知 (seed 003), dated
 * 2023年8月16日; "本通知自印发之日起施行，有效期3年" → 2023-08-16 … 2026-08-15 (the day before the anniversary).
 * The compensation rules are in its 附件《存量采矿用地复垦修复验收后使用指标规则》. The seed shows no document
 * number, so the document is cited by its title (as SPEC §5 does).
 */
export const HAINAN: RulePack = {
  id: '海南',
  province: '海南',
  document: '关于建立新旧采矿用地挂钩制度促进净矿出让和生态修复的通知',
  title: '海南省自然资源和规划厅关于建立新旧采矿用地挂钩制度促进净矿出让和生态修复的通知',
  validFrom: '2023-08-16',
  validTo: '2026-08-15',
  validityNote: '正文末段：本通知自印发之日（2023年8月16日）起施行，有效期3年，至 2026-08-15（周年前一日）',
  validityArticle: '正文末段',
  source: '003_fd19964af573d0ef.txt',
  rules: [
    {
      id: 'HI-A1',
      code: 'FUNDING_SHORTFALL',
      severity: 'warning',
      article: '附件 一',
      summary: t('非政府投资复垦项目腾退指标流转时，按“成本+合理利润”原则收回', 'Indicators of privately funded reclamation are bought back at cost + reasonable profit'),
      quote: '由市县按照“成本+合理利润”的原则收回计划指标后进入“土地超市”流转交易',
    },
    {
      id: 'HI-A2-1',
      code: 'COMPENSATION_NEGATIVE',
      severity: 'warning',
      article: '附件 二（一）',
      summary: t(
        '国有建设用地使用权未到期：补偿 = 剩余年期证载用途价值量 − 剩余年期国有农用地价值量',
        'State land, term not expired: compensation = remaining-term value of the certified use − that of agricultural use',
      ),
      params: { case: '国有未到期' },
      quote: '补偿价格按照“剩余年期证载用途价值量-剩余年期国有农用地（复垦验收的农用地地类）价值量”确定',
    },
    {
      id: 'HI-A2-2',
      code: 'COMPENSATION_NEGATIVE',
      severity: 'warning',
      article: '附件 二（二）',
      summary: t(
        '集体土地：补偿 = 最高法定年限的集体工业用地价值量 − 同年限农用地价值量；未到期的，使用权人另得剩余年期证载用途价值量',
        'Collective land: maximum-term industrial value − same-term agricultural value; an unexpired holder also gets the remaining-term certified value',
      ),
      params: { case: '集体同时到期,集体未到期' },
      quote: '补偿价格按“最高法定年限的集体工业用地价值量-同年限农用地（复垦验收的农用地地类）价值量”给予集体经济组织补偿，其中给予土地使用权人补偿按“剩余年期集体建设用地证载用途价值量”确定',
    },
    {
      id: 'HI-A2-range',
      code: 'INPUT_OUT_OF_RANGE',
      severity: 'error',
      article: '附件 二（一）（二）',
      summary: t(
        '剩余年期须大于0且不超过法定最高年限，土地还原率须大于0',
        'Remaining term must be > 0 and ≤ the statutory maximum; the capitalisation rate must be > 0',
      ),
      // 50 years = statutory maximum for industrial land, the SPEC §3.7 default; the sheet may state another.
      params: { appliesTo: '补偿测算', defaultStatutoryMaxYears: 50, remainingYearsAbove: 0, rateAbove: 0 },
      quote: '因特殊情形，采矿权灭失时，已供应的国有建设用地使用权尚未到期',
    },
  ],
};
