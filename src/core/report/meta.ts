import type { InputsDigest } from '../inputsDigest';

/** Facts about a review run that the pure engine cannot know itself (file name, hash, clock). */
export interface ReviewMeta {
  file: string;
  inputSha256: string;
  /** ISO timestamp of the review. */
  reviewedAt: string;
  /** SHA-256 of the canonical input cells (src/core/inputsDigest.ts), whole and per sheet: what a reviewer signs off. */
  inputsDigest?: InputsDigest;
}
