import { createHash } from 'crypto';
import { hashInputs, type InputsDigest } from '../core/inputsDigest';
import { workbookInputs } from '../core/report/signOff';
import type { WorkbookSnapshot } from '../core/snapshot';

export function sha256Text(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The inputs digest of a snapshot with node:crypto (the pane computes the same with crypto.subtle). */
export function digestInputs(workbook: WorkbookSnapshot): Promise<InputsDigest> {
  return hashInputs(workbookInputs(workbook), sha256Text);
}
