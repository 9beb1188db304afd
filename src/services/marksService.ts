import type { ExcelPort, ProgressReporter } from '../adapters/excel/port';
import type { Lang } from '../core/i18n';
import { buildWritePlan } from '../core/report/writePlan';
import type { WritePlan } from '../core/write-plan';
import type { HostCapabilities } from './requirements';
import type { ReviewRun } from './reviewService';

export interface Mark {
  sheet: string;
  cell: string;
}

/** The plan of 标记: a highlight on every flagged cell and, where notes are supported (ExcelApi 1.18), a note. */
export function marksPlan(run: ReviewRun, lang: Lang, capabilities: Pick<HostCapabilities, 'notes'>): WritePlan {
  const full = buildWritePlan(run.review, run.meta, lang, { report: false });
  return { patches: [], notes: capabilities.notes ? full.notes : [], highlights: full.highlights };
}

/** 标记: highlight (and annotate) the cells the last review flagged; returns the marks for 清除标记. */
export async function markFindings(
  port: ExcelPort,
  run: ReviewRun,
  lang: Lang,
  capabilities: Pick<HostCapabilities, 'notes'>,
  progress?: ProgressReporter,
): Promise<Mark[]> {
  const plan = marksPlan(run, lang, capabilities);
  if (plan.highlights.length === 0) return [];
  await port.applyWritePlan(plan, progress);
  return plan.highlights.map((h) => ({ sheet: h.sheet, cell: h.cell }));
}

/**
 * 清除标记: remove this add-in's highlights and notes. Without marks remembered in this session (the pane was
 * reopened), every cell the last review flags is cleared: the port removes only what this add-in wrote.
 */
export async function clearMarks(port: ExcelPort, marks: Mark[], run?: ReviewRun): Promise<number> {
  const targets = marks.length > 0 ? marks : flaggedCells(run);
  if (targets.length === 0) return 0;
  await port.clearMarks(targets);
  return targets.length;
}

function flaggedCells(run: ReviewRun | undefined): Mark[] {
  if (!run) return [];
  const seen = new Map<string, Mark>();
  for (const f of run.review.findings) if (f.cell) seen.set(`${f.sheet}!${f.cell}`, { sheet: f.sheet, cell: f.cell });
  return [...seen.values()];
}
