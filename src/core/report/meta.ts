/** Facts about a review run that the pure engine cannot know itself (file name, hash, clock). */
export interface ReviewMeta {
  file: string;
  inputSha256: string;
  /** ISO timestamp of the review. */
  reviewedAt: string;
}
