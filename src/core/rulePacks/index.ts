import { HAINAN } from './hainan';
import { HENAN } from './henan';
import { INNER_MONGOLIA } from './innerMongolia';
import { SHANXI_MINING_LAND } from './shanxiMiningLand';
import { SHANXI_SOCIAL_CAPITAL } from './shanxiSocialCapital';
import type { Province, RulePack } from './types';

/** Every rule pack the engine knows. A new policy document = a new data file + one line here. */
export const RULE_PACKS: readonly RulePack[] = [SHANXI_SOCIAL_CAPITAL, SHANXI_MINING_LAND, HENAN, HAINAN, INNER_MONGOLIA];

export function packsForProvince(province: Province | null): RulePack[] {
  if (!province) return [];
  return RULE_PACKS.filter((p) => p.province === province);
}

/** Normalise "河南省", "内蒙古自治区", "Henan" … to a province key, or null. */
export function normaliseProvince(text: string | null | undefined): Province | null {
  if (!text) return null;
  const s = text.normalize('NFKC').replace(/\s/g, '');
  if (/^(山西|shanxi)/i.test(s)) return '山西';
  if (/^(河南|henan)/i.test(s)) return '河南';
  if (/^(海南|hainan)/i.test(s)) return '海南';
  if (/^(内蒙古|内蒙|innermongolia|neimenggu)/i.test(s)) return '内蒙古';
  return null;
}

/** Is the ISO date inside the pack's validity (both ends inclusive)? */
export function isInForce(pack: RulePack, isoDate: string): boolean {
  if (isoDate < pack.validFrom) return false;
  return !pack.validTo || isoDate <= pack.validTo;
}

export type { Province, RulePack, PolicyRule, RulePackRef } from './types';
export { citation, PROVINCES } from './types';
