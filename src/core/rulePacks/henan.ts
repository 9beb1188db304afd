import { t } from '../i18n';
import type { RulePack } from './types';

/** 豫自然资规〔2025〕13号 (seed 001): 印发 2025-11-03, 第二十八条 "自印发之日起执行，有效期5年". */
export const HENAN: RulePack = {
  id: '河南',
  province: '河南',
  document: '豫自然资规〔2025〕13号',
  title: '严守土石料利用政策底线进一步完善矿山生态修复激励措施实施细则',
  validFrom: '2025-11-03',
  validTo: '2030-11-02',
  validityNote: '第二十八条：自印发之日（2025年11月3日）起执行，有效期5年',
  validityArticle: '第二十八条',
  source: '001_4ba83ea3010c9691.txt',
  rules: [
    {
      id: 'HN-07',
      code: 'EARTH_PIT_BELOW_BASELINE',
      severity: 'error',
      article: '第七条',
      summary: t('修复后采坑底部标高不得低于修复前最低标高', 'Pit bottom after restoration must not be below the lowest pre-restoration elevation'),
      national: true,
    },
    {
      id: 'HN-08',
      code: 'INPUT_MISSING',
      severity: 'error',
      article: '第八条',
      summary: t('方案应明确原地遗留土石料量、新产生土石料量、用于本修复工程数量及对外销售数量', 'The plan states legacy, new, used and sold quantities'),
      national: true,
    },
    {
      id: 'HN-10-floor',
      code: 'FLOOR_BELOW_APPRAISAL',
      severity: 'warning',
      article: '第十条',
      summary: t('剩余土石料公开交易前应进行资产评估，据评估结果确定处置底价', 'Appraisal before public trading; the floor is set from it'),
      national: true,
    },
    {
      id: 'HN-10-bid',
      code: 'NO_VALID_BID',
      severity: 'warning',
      article: '第十条',
      summary: t('以不低于处置底价的最高价确定买受人', 'The buyer is the highest bid not lower than the floor'),
      national: true,
    },
    {
      id: 'HN-10-tie',
      code: 'BID_TIE',
      severity: 'warning',
      article: '第十条',
      summary: t('以不低于处置底价的最高价确定买受人；最高价并列时无法确定唯一买受人', 'Highest bid decides; a tie leaves no single buyer'),
      national: true,
    },
    {
      id: 'HN-20',
      code: 'FUNDING_SHORTFALL',
      severity: 'warning',
      article: '第二十条',
      summary: t('按“投资成本+投资合理回报”确定社会资本方投资收益', 'Investor return = investment cost + reasonable return'),
      params: { surplusToTreasury: true },
    },
    {
      id: 'HN-25',
      code: 'EARTH_SALE_EXCEEDS_DISPOSABLE',
      severity: 'error',
      article: '第二十五条',
      summary: t('土石料销售数量超出方案及其工程设计规定数量，认定为违规处置', 'Selling more than the plan allows is a violation'),
      national: true,
    },
  ],
};
