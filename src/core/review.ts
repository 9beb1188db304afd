import { SEVERITY_ORDER } from './findings';
import { t } from './i18n';
import { ReviewContext } from './context';
import type { Review } from './review-model';
import type { WorkbookSnapshot } from './snapshot';
import { TEMPLATES } from './templates';
import { reportEmptyTables, reportUncomputedFormulas } from './workbookChecks';

/** Run every template module over a snapshot: the one entry point of the engine. Pure. */
export function reviewWorkbook(workbook: WorkbookSnapshot): Review {
  const ctx = new ReviewContext(workbook);
  for (const module of TEMPLATES) {
    const found = module.review(ctx);
    if (!found) {
      ctx.report({
        code: 'MISSING_SHEET',
        sheet: module.title.zh,
        cell: null,
        message: t(`未找到“${module.title.zh}”表，相关复核跳过`, `Sheet "${module.title.en}" not found; its checks are skipped`),
      });
    }
  }
  reportEmptyTables(ctx);
  reportUncomputedFormulas(ctx);
  const findings = [...ctx.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return {
    province: ctx.province,
    planDate: ctx.planDate,
    rulePacks: ctx.packs.map((p) => ({ id: p.id, document: p.document, validFrom: p.validFrom, validTo: p.validTo ?? null })),
    templates: ctx.templates,
    results: ctx.results,
    findings,
    patches: ctx.patches,
    summary: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      infos: findings.filter((f) => f.severity === 'info').length,
    },
  };
}
