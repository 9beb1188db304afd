import { FINDING_CODES, type FindingCode } from '../../findings';
import { t } from '../../i18n';
import type { PolicyRule, RulePack } from '../../rulePacks';
import { HAINAN } from '../../rulePacks/hainan';
import type { Situation } from './situation';

/**
 * Where the compensation rules come from: seed 003, 海南省自然资源和规划厅《关于建立新旧采矿用地挂钩制度促进
 * 净矿出让和生态修复的通知》(2023-08-16), 附件《存量采矿用地复垦修复验收后使用指标规则》 二. The 海南 rule pack
 * (src/core/rulePacks/hainan.ts) cites the annex by section; compensation findings cite it by paragraph, so each
 * 情形 points at the sentence that sets its formula.
 */
export const HAINAN_COMPENSATION_CITATION = {
  document: '关于建立新旧采矿用地挂钩制度促进净矿出让和生态修复的通知',
  issuer: '海南省自然资源和规划厅',
  issued: '2023-08-16',
  source: '003_fd19964af573d0ef.txt',
  paragraphs: {
    国有未到期: {
      article: '附件 二（一）第二段',
      text: '补偿价格按照“剩余年期证载用途价值量-剩余年期国有农用地（复垦验收的农用地地类）价值量”确定',
    },
    集体同时到期: {
      article: '附件 二（二）第一段',
      text: '补偿价格按“最高法定年限的集体工业用地价值量-同年限农用地（复垦验收的农用地地类）价值量确定',
    },
    集体未到期: {
      article: '附件 二（二）第二段',
      text:
        '补偿价格按“最高法定年限的集体工业用地价值量-同年限农用地（复垦验收的农用地地类）价值量”给予集体经济组织补偿，' +
        '其中给予土地使用权人补偿按“剩余年期集体建设用地证载用途价值量”确定',
    },
    国有同时到期: {
      article: '附件 二（一）第一段',
      text: '采矿权灭失时，已供应的土地使用权同时到期的国有建设用地，经过复垦修复验收后腾退的指标由市县统筹使用或进入“土地超市”流转交易',
    },
  },
} as const;

export function compensationRule(
  code: FindingCode,
  situation: Situation | '国有同时到期',
): { pack: RulePack; rule: PolicyRule } {
  const paragraph = HAINAN_COMPENSATION_CITATION.paragraphs[situation];
  return {
    pack: HAINAN,
    rule: {
      id: `HAIN-COMP-${situation}`,
      code,
      severity: FINDING_CODES[code].severity,
      article: paragraph.article,
      summary: t(paragraph.text, `Hainan notice, annex II: compensation rule for ${situation}`),
    },
  };
}
