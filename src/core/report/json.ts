import { pick, type Lang } from '../i18n';
import type { Review } from '../review-model';
import type { ReviewMeta } from './meta';

/**
 * The machine-readable review of SPEC §7 (what `review --json` prints): exactly the keys of the contract, in
 * its order, so consumers that compare key lists keep working. The canonical input digest, the plan date and
 * rule ids live in the 复核报告 sheet, the text report and the HTML report instead.
 */
export function toJsonOutput(review: Review, meta: ReviewMeta, lang: Lang) {
  return {
    file: meta.file,
    inputSha256: meta.inputSha256,
    province: review.province,
    rulePacks: review.rulePacks,
    templates: review.templates,
    results: review.results,
    findings: review.findings.map((f) => {
      const out: Record<string, string | null> = { code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell };
      if (f.expected !== undefined) out.expected = f.expected;
      if (f.found !== undefined) out.found = f.found;
      out.message = pick(f.message, lang);
      if (f.rule) out.rule = f.rule;
      return out;
    }),
    summary: review.summary,
  };
}
export type JsonOutput = ReturnType<typeof toJsonOutput>;
