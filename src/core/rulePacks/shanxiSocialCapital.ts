import { t } from '../i18n';
import type { RulePack } from './types';

/**
 * 晋自然资发〔2021〕33号 (seed 000). 第二十六条: "自印发之日起施行，有效期3年".
 * The seed text carries no 印发 date: only the year of the document number (〔2021〕). The window is therefore
 * the widest one the text allows: from 2021-01-01 to 2024-12-30 (three years from the latest possible issue day
 * 2021-12-31, ending the day before the anniversary). Narrow it when the 印发 date is confirmed.
 */
export const SHANXI_SOCIAL_CAPITAL: RulePack = {
  id: '山西-社会资本',
  province: '山西',
  document: '晋自然资发〔2021〕33号',
  title: '山西省自然资源厅关于鼓励和支持社会资本参与矿山生态保护修复实施细则',
  validFrom: '2021-01-01',
  validTo: '2024-12-30',
  validityNote:
    '第二十六条：自印发之日起施行，有效期3年。原文未载印发日期，仅文号年份为2021年：按最宽窗口取 2021-01-01 至 2024-12-30（最晚印发日 2021-12-31 起3年，止于周年前一日），确认印发日期后应收窄',
  validityArticle: '第二十六条',
  source: '000_153570908aa91e63.txt',
  rules: [
    {
      id: 'SX33-10-1',
      code: 'ECO_INDUSTRY_AREA_OVER_CAP',
      severity: 'error',
      article: '第十条第（一）项',
      summary: t(
        '以林草地修复为主的项目，可利用不超过3%的修复面积从事生态产业开发',
        'Forest/grass-led projects may use at most 3 % of the restored area for eco-industry',
      ),
      // "不超过" includes the bound; the cap applies only when 修复主导方向 is forest/grass.
      params: { maxShare: '0.03', inclusive: true, onlyForDirections: '林草,林地,草地' },
      quote: '其中以林草地修复为主的项目，可利用不超过3%的修复面积，从事生态产业开发',
    },
    {
      id: 'SX33-14-sale',
      code: 'EARTH_SALE_EXCEEDS_DISPOSABLE',
      severity: 'error',
      article: '第十四条',
      summary: t(
        '土石料无偿用于本修复工程，确有剩余的纳入县级公共资源交易平台处置',
        'Earth and stone serve the project first; only a real surplus goes to the county public trading platform',
      ),
      quote: '可以无偿用于本修复工程，并纳入成本管理；确有剩余的，纳入县级人民政府公共资源交易平台进行处置',
    },
    {
      id: 'SX33-14-return',
      code: 'FUNDING_SHORTFALL',
      severity: 'warning',
      article: '第十四条',
      summary: t('剩余土石料处置应保障社会资本主体承担修复工程的合理收益', 'Surplus disposal secures the investor a reasonable return'),
      quote: '并保障社会资本主体承担修复工程的合理收益',
    },
  ],
};
