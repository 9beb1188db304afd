import type { ExcelPort, ProgressReporter } from '../adapters/excel/port';
import { SEVERITY_ORDER, type Finding, type Severity } from '../core/findings';
import type { ReviewMeta } from '../core/report/meta';
import { reviewWorkbook } from '../core/review';
import type { Review } from '../core/review-model';
import type { WorkbookSnapshot } from '../core/snapshot';
import { inThreadEngine, type Engine } from './engine';

/** What every task-pane action is given: the port, and (for tests) the engine and the clock. */
export interface ServiceDeps {
  port: ExcelPort;
  /** Shown in the report as the file; Excel gives the pane no file path, so the pane passes the document name. */
  workbookName?: string;
  progress?: ProgressReporter;
  engine?: (workbook: WorkbookSnapshot) => Review;
  /** The whole engine run (review + input hashes), e.g. in a Web Worker; when absent, `engine` runs in-thread. */
  runEngine?: Engine;
  clock?: () => Date;
}

/** One read + review of the open workbook, kept by the pane for the actions that follow (fill, report, marks). */
export interface ReviewRun {
  review: Review;
  meta: ReviewMeta;
  snapshot: WorkbookSnapshot;
}

export const DEFAULT_WORKBOOK_NAME = '当前工作簿';

/**
 * 复核: read the workbook (≤ 2 syncs in the port, main thread: Office.js), run the engine (a worker in the pane),
 * stamp the run with the snapshot's hash.
 */
export async function runReview(deps: ServiceDeps): Promise<ReviewRun> {
  const snapshot = await deps.port.readWorkbook(deps.progress);
  const run = await (deps.runEngine ?? inThreadEngine(deps.engine ?? reviewWorkbook))(snapshot);
  const review = run.review;
  const meta: ReviewMeta = {
    file: deps.workbookName ?? DEFAULT_WORKBOOK_NAME,
    inputSha256: run.inputSha256,
    reviewedAt: (deps.clock ?? (() => new Date()))().toISOString(),
    inputsDigest: run.inputsDigest,
  };
  return { review, meta, snapshot };
}

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  sheet: string;
  counts: Record<Severity, number>;
  bySeverity: SeverityGroup[];
}

/**
 * Findings grouped by sheet (sheets in order of first appearance), then by severity (error → info),
 * each group keeping the engine's order; counts per severity for the headers.
 */
export function groupFindings(findings: Finding[]): SheetGroup[] {
  const sheets = new Map<string, SheetGroup>();
  for (const f of findings) {
    let group = sheets.get(f.sheet);
    if (!group) {
      group = { sheet: f.sheet, counts: { error: 0, warning: 0, info: 0 }, bySeverity: [] };
      sheets.set(f.sheet, group);
    }
    group.counts[f.severity] += 1;
    let sev = group.bySeverity.find((s) => s.severity === f.severity);
    if (!sev) {
      sev = { severity: f.severity, findings: [] };
      group.bySeverity.push(sev);
    }
    sev.findings.push(f);
  }
  for (const g of sheets.values()) g.bySeverity.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return [...sheets.values()];
}

/** 定位: select the cell a finding points at (sheet-level findings have no cell and select nothing). */
export async function showFinding(port: ExcelPort, finding: Pick<Finding, 'sheet' | 'cell'>): Promise<boolean> {
  if (!finding.cell) return false;
  await port.selectCell(finding.sheet, finding.cell);
  return true;
}
