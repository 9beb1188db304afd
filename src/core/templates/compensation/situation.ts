import { normalizeWidth } from '../../numbers';

/** The three compensated cases of the 海南 notice, 附件 二（一）/（二）. */
export type Situation = '国有未到期' | '集体同时到期' | '集体未到期';
export const SITUATIONS: readonly Situation[] = ['国有未到期', '集体同时到期', '集体未到期'];

/**
 * Read a 情形 cell. Exact names first; then loose wording an author might use ("集体 尚未到期",
 * "国有建设用地使用权未到期"). 国有 + 同时到期 is not a compensated case (the notice gives the indicator to
 * the county without compensation) and is returned as 'stateExpired' so the check can say so.
 */
export function parseSituation(text: string): Situation | 'stateExpired' | undefined {
  const s = normalizeWidth(text).replace(/\s/g, '');
  if ((SITUATIONS as readonly string[]).includes(s)) return s as Situation;
  const state = s.includes('国有');
  const collective = s.includes('集体');
  if (state === collective) return undefined;
  const notExpired = /未到期|尚未到期/.test(s);
  const expired = /同时到期|已到期/.test(s) && !notExpired;
  if (state) return notExpired ? '国有未到期' : expired ? 'stateExpired' : undefined;
  return notExpired ? '集体未到期' : expired ? '集体同时到期' : undefined;
}
