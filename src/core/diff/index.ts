import type { Finding } from '../findings';
import { pick, type Lang } from '../i18n';
import type { Review } from '../review-model';
import type { WorkbookSnapshot } from '../snapshot';
import { diffFindings, type FindingsDiff } from './findings';
import { diffInputs, type InputChange } from './inputs';
import { diffResults, type ResultsDiff } from './results';

export { diffFindings, findingKey } from './findings';
export { diffInputs, stateText, type CellState, type InputChange } from './inputs';
export { diffResults } from './results';

/** One version of a plan: its snapshot and its review. */
export interface Version {
  snapshot: WorkbookSnapshot;
  review: Review;
}

export interface WorkbookDiff {
  inputs: InputChange[];
  results: ResultsDiff;
  findings: FindingsDiff;
}

/** Compare two versions of a plan (pure): inputs that changed, results that moved, findings fixed and new. */
export function diffVersions(before: Version, after: Version): WorkbookDiff {
  return {
    inputs: diffInputs(before.snapshot, after.snapshot),
    results: diffResults(before.review.results, after.review.results),
    findings: diffFindings(before.review.findings, after.review.findings),
  };
}

export interface VersionMeta {
  file: string;
  inputSha256: string;
  inputsSha256?: string;
}

function findingJson(f: Finding, lang: Lang) {
  return { code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: pick(f.message, lang), ...(f.rule ? { rule: f.rule } : {}) };
}

/** What `mine-plan diff --json` prints (shape documented in docs/reviewer.md). */
export function diffJson(d: WorkbookDiff, old: VersionMeta & { review: Review }, now: VersionMeta & { review: Review }, lang: Lang) {
  const side = (v: VersionMeta & { review: Review }) => ({
    file: v.file,
    inputSha256: v.inputSha256,
    ...(v.inputsSha256 ? { inputsSha256: v.inputsSha256 } : {}),
    summary: v.review.summary,
  });
  return {
    old: side(old),
    new: side(now),
    inputs: d.inputs,
    results: d.results,
    findings: { fixed: d.findings.fixed.map((f) => findingJson(f, lang)), new: d.findings.new.map((f) => findingJson(f, lang)), remaining: d.findings.remaining },
    summary: {
      inputsChanged: d.inputs.length,
      resultsChanged: d.results.changed.length,
      resultsAdded: d.results.added.length,
      resultsRemoved: d.results.removed.length,
      findingsFixed: d.findings.fixed.length,
      findingsNew: d.findings.new.length,
    },
  };
}
