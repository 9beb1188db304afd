import type { Text } from '../core/i18n';
import type { Review } from '../core/review-model';
import type { WorkbookSnapshot } from '../core/snapshot';
import { inThreadEngine, type EngineRun } from './engine';

/**
 * The messages between the task pane and its engine worker (src/taskpane/engine.worker.ts). Both directions are
 * structured-clone data: the snapshot's Dates survive the clone; the review is made plain (lazy texts built) here.
 */
export interface EngineRequest {
  id: number;
  snapshot: WorkbookSnapshot;
}

export type EngineResponse = { id: number; ok: true; run: EngineRun } | { id: number; ok: false; error: string };

/** A text as plain data: lazy texts (getters over a closure) become two plain strings. */
const plainText = (text: Text): Text => ({ zh: text.zh, en: text.en });

/** The review with every Text made plain, so structured clone copies it whatever the engine built. */
export function plainReview(review: Review): Review {
  return { ...review, findings: review.findings.map((f) => ({ ...f, message: plainText(f.message) })) };
}

/** The worker's whole job: run the in-thread engine on the request's snapshot; errors are answered, not thrown. */
export async function handleEngineRequest(request: EngineRequest, engine = inThreadEngine()): Promise<EngineResponse> {
  try {
    const run = await engine(request.snapshot);
    return { id: request.id, ok: true, run: { ...run, review: plainReview(run.review) } };
  } catch (e) {
    return { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
