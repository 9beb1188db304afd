import type { FindingCode, Severity } from '../findings';
import type { Text } from '../i18n';

export type Province = '山西' | '河南' | '海南' | '内蒙古';
export const PROVINCES: readonly Province[] = ['山西', '河南', '海南', '内蒙古'];

/** One checkable provision of a policy document. Parameters are data, read by the template's check. */
export interface PolicyRule {
  /** Stable id, e.g. "HN-25". */
  id: string;
  code: FindingCode;
  severity: Severity;
  /** Article within the document, e.g. "第二十五条" or "附件3". */
  article: string;
  summary: Text;
  params?: Record<string, string | number | boolean>;
  /** Exact words of the seed text behind the rule (whitespace aside), so the citation can be verified. */
  quote?: string;
  /**
   * The provision restates national policy (自然资办发〔2024〕39号 and similar), so the check runs for
   * every province, citing this document, unless the province's own pack has a rule with the same code.
   */
  national?: boolean;
}

export interface RulePack {
  id: string;
  province: Province;
  /** Document number, e.g. "豫自然资规〔2025〕13号". */
  document: string;
  title: string;
  /** ISO dates; validTo inclusive, absent when open-ended. */
  validFrom: string;
  validTo?: string;
  /** How the validity was derived from the text ("自印发之日起执行，有效期5年" …). */
  validityNote: string;
  /** Article that sets the validity (cited by POLICY_EXPIRED), e.g. "第二十八条". */
  validityArticle?: string;
  /** Seed text it was taken from (../shared/seeds). */
  source: string;
  rules: PolicyRule[];
}

export interface RulePackRef {
  id: string;
  document: string;
  validFrom: string;
  validTo: string | null;
}

export function citation(pack: RulePack, rule: PolicyRule): string {
  return `${pack.document} ${rule.article}`;
}
