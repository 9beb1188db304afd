import { createHash, type Hash } from 'crypto';
import { INPUTS_VERSION_LINE, type InputsDigest } from '../core/inputsDigest';
import { writeWorkbookInputs } from '../core/report/signOff';
import type { WorkbookSnapshot } from '../core/snapshot';

export function sha256Text(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Lines are hashed in pieces of about this many characters: few hash calls, no whole text held. */
const PIECE = 1 << 16;

/**
 * The inputs digest of a snapshot with node:crypto: the same digest the pane computes with crypto.subtle over
 * the joined canonical text (inputsDigest.ts), but streamed — each piece is encoded once and fed to its sheet's
 * hash and to the whole one, so the tens of megabytes of a 100,000-row plan are never joined or held.
 */
export async function digestInputs(workbook: WorkbookSnapshot): Promise<InputsDigest> {
  const whole = createHash('sha256').update(INPUTS_VERSION_LINE, 'utf8');
  const sheets: InputsDigest['sheets'] = [];
  let sheetHash: Hash | undefined;
  let piece = '';
  const flush = () => {
    if (!piece) return;
    const bytes = Buffer.from(piece, 'utf8');
    sheetHash?.update(bytes);
    whole.update(bytes);
    piece = '';
  };
  const finishSheet = () => {
    flush();
    if (sheetHash) sheets[sheets.length - 1].sha256 = sheetHash.digest('hex');
  };
  writeWorkbookInputs(workbook, {
    sheet(name, line) {
      finishSheet();
      sheetHash = createHash('sha256');
      sheets.push({ name, cells: 0, sha256: '' });
      piece = line;
    },
    cell(line) {
      sheets[sheets.length - 1].cells++;
      piece += line;
      if (piece.length >= PIECE) flush();
    },
  });
  finishSheet();
  return { sha256: whole.digest('hex'), sheets };
}
