import { pick, type Lang } from '../i18n';
import type { Review } from '../review-model';
import type { ReviewMeta } from './meta';

/** The machine-readable review of SPEC §7 (what `review --json` prints). Key order is part of the contract. */
export function toJsonOutput(review: Review, meta: ReviewMeta, lang: Lang) {
  return {
    file: meta.file,
    inputSha256: meta.inputSha256,
    // An extra key right after inputSha256 (the SPEC §7 keys keep their order): the digest of the input cells.
    ...(meta.inputsDigest ? { inputsSha256: meta.inputsDigest.sha256 } : {}),
    province: review.province,
    planDate: review.planDate,
    rulePacks: review.rulePacks,
    templates: review.templates,
    results: review.results,
    findings: review.findings.map((f) => {
      const out: Record<string, string | null> = { code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell };
      if (f.expected !== undefined) out.expected = f.expected;
      if (f.found !== undefined) out.found = f.found;
      out.message = pick(f.message, lang);
      if (f.rule) out.rule = f.rule;
      if (f.ruleId) out.ruleId = f.ruleId;
      return out;
    }),
    summary: review.summary,
  };
}
export type JsonOutput = ReturnType<typeof toJsonOutput>;
