import type { ExcelPort, ProgressReporter, WriteOutcome } from '../adapters/excel/port';
import type { Lang } from '../core/i18n';
import { buildWritePlan } from '../core/report/writePlan';
import type { WritePlan } from '../core/write-plan';
import type { ReviewRun } from './reviewService';

/** The plan of 生成复核报告: the 复核报告 sheet only (fills and marks are their own actions). */
export function reportPlan(run: ReviewRun, lang: Lang): WritePlan {
  const full = buildWritePlan(run.review, run.meta, lang, { report: true });
  return { patches: [], notes: [], highlights: [], report: full.report };
}

/** 生成复核报告: write (or rewrite) the 复核报告 sheet from the last review run, in one batch. */
export async function writeReport(port: ExcelPort, run: ReviewRun, lang: Lang, progress?: ProgressReporter): Promise<WriteOutcome> {
  return port.applyWritePlan(reportPlan(run, lang), progress);
}
