import type { InputsDigest } from '../core/inputsDigest';
import { reviewWorkbook } from '../core/review';
import type { Review } from '../core/review-model';
import type { WorkbookSnapshot } from '../core/snapshot';
import { inputsDigest, snapshotSha256 } from './snapshotDigest';

/** Everything the pane computes from one snapshot without Office.js: the review and the two input hashes. */
export interface EngineRun {
  review: Review;
  inputSha256: string;
  inputsDigest: InputsDigest;
}

/**
 * The engine as the task pane's services call it: asynchronous, so it may run in a Web Worker
 * (src/taskpane/workerEngine.ts) and leave the page's main thread free while a large workbook is reviewed.
 */
export type Engine = (workbook: WorkbookSnapshot) => Promise<EngineRun>;

/** The engine on the calling thread: `review` (reviewWorkbook unless a test passes its own) plus the hashes. */
export function inThreadEngine(review: (workbook: WorkbookSnapshot) => Review = reviewWorkbook): Engine {
  return async (workbook) => ({
    review: review(workbook),
    inputSha256: await snapshotSha256(workbook),
    inputsDigest: await inputsDigest(workbook),
  });
}
