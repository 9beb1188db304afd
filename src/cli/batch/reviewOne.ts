import { basename } from 'path';
import { readWorkbookFile } from '../../adapters/xlsx/readXlsx';
import { writeReviewedCopy } from '../../adapters/xlsx/writeCopy';
import type { Lang } from '../../core/i18n';
import { toJsonOutput, type JsonOutput } from '../../core/report/json';
import { buildWritePlan } from '../../core/report/writePlan';
import { reviewWorkbook } from '../../core/review';
import { describeError } from '../errors';
import { digestInputs } from '../inputsDigest';

/** One file of a batch review: what the main thread needs back (plain data, so it crosses a worker boundary). */
export interface BatchTask {
  path: string;
  /** Where to write the reviewed copy, if asked. */
  outPath?: string;
  force?: boolean;
  lang: Lang;
}

export type BatchOutcome =
  | { path: string; ok: true; json: JsonOutput; written?: string }
  | { path: string; ok: false; error: string; /** unreadable input (exit 2) vs. the copy could not be written */ stage: 'read' | 'write'; json?: JsonOutput };

/** Read, review and (optionally) write one file; never throws. */
export async function reviewOne(task: BatchTask): Promise<BatchOutcome> {
  let read;
  try {
    read = await readWorkbookFile(task.path);
  } catch (err) {
    return { path: task.path, ok: false, stage: 'read', error: describeError(err, task.lang) };
  }
  const review = reviewWorkbook(read.snapshot);
  // The same meta as the single-file review (review.ts reviewFile), so copies carry the same sign-off data.
  const inputsDigest = await digestInputs(read.snapshot);
  const meta = { file: basename(task.path), inputSha256: read.sha256, reviewedAt: new Date().toISOString(), inputsDigest };
  const json = toJsonOutput(review, meta, task.lang);
  if (!task.outPath) return { path: task.path, ok: true, json };
  try {
    await writeReviewedCopy(task.path, task.outPath, buildWritePlan(review, meta, task.lang), { force: task.force });
  } catch (err) {
    return { path: task.path, ok: false, stage: 'write', error: describeError(err, task.lang), json };
  }
  return { path: task.path, ok: true, json, written: task.outPath };
}
