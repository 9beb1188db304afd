import type { ExcelPort, ProgressReporter, WriteOutcome } from '../adapters/excel/port';
import type { Patch } from '../core/review-model';
import type { CellValue } from '../core/snapshot';
import type { WritePlan } from '../core/write-plan';
import { runReview, type ReviewRun, type ServiceDeps } from './reviewService';

/** One cell 计算并回填 proposes to write, as the pane lists it before writing. */
export interface ProposedCell {
  key: string;
  sheet: string;
  cell: string;
  label: string;
  value: string;
  kind: Patch['kind'];
}

export interface FillProposal {
  run: ReviewRun;
  cells: ProposedCell[];
}

export interface FillResult {
  outcome: WriteOutcome;
  /** Values the written cells held before, for 撤销本次回填 (Excel's own undo may be gone: see docs/addin.md). */
  undo: { sheet: string; cell: string; value: CellValue }[];
}

export const cellKey = (sheet: string, cell: string): string => `${sheet}!${cell}`;

/**
 * Step 1 of 计算并回填: review the workbook and list the derived cells the engine would fill. Nothing is written:
 * the pane shows this list (with its warning about undo) and writes only after the user confirms.
 */
export async function proposeFill(deps: ServiceDeps): Promise<FillProposal> {
  const run = await runReview(deps);
  const cells = run.review.patches.map((p) => ({
    key: cellKey(p.sheet, p.cell),
    sheet: p.sheet,
    cell: p.cell,
    label: p.label,
    value: p.value,
    kind: p.kind,
  }));
  return { run, cells };
}

/** The write plan of a fill: only the chosen patches; no report, notes or highlights. */
export function fillPlan(proposal: FillProposal, chosen?: ReadonlySet<string>): WritePlan {
  const patches = proposal.run.review.patches.filter((p) => !chosen || chosen.has(cellKey(p.sheet, p.cell)));
  return { patches, notes: [], highlights: [] };
}

/**
 * Step 2: write the chosen cells in one batch. The port re-checks each target is still empty and formula-free
 * (the user may have typed since step 1) and reports those it skipped.
 */
export async function applyFill(
  port: ExcelPort,
  proposal: FillProposal,
  chosen?: ReadonlySet<string>,
  progress?: ProgressReporter,
): Promise<FillResult> {
  const plan = fillPlan(proposal, chosen);
  if (plan.patches.length === 0) return { outcome: { written: [], previous: [], skipped: [], syncs: 0 }, undo: [] };
  const outcome = await port.applyWritePlan(plan, progress);
  return { outcome, undo: outcome.previous };
}

/** 撤销本次回填: put back what the cells held before this fill (empty, in practice). */
export async function undoFill(port: ExcelPort, result: FillResult): Promise<number> {
  if (result.undo.length === 0) return 0;
  await port.revert(result.undo);
  return result.undo.length;
}
