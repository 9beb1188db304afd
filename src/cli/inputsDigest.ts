import { createHash } from 'crypto';
import { canonicalInputs, hashInputs, type InputExclusion, type InputsDigest } from '../core/inputsDigest';
import type { WorkbookSnapshot } from '../core/snapshot';

export function sha256Text(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The inputs digest of a snapshot with node:crypto (the pane computes the same with crypto.subtle). */
export function digestInputs(workbook: WorkbookSnapshot, exclude?: InputExclusion): Promise<InputsDigest> {
  return hashInputs(canonicalInputs(workbook, exclude), sha256Text);
}
