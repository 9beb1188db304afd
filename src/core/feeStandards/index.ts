import { normaliseLabel } from '../locate';
import caijian504 from './caijian-2016-504.json';
import type { FeeStandard } from './types';

/**
 * Built-in fee standards: only tables whose numbers are cited (REFERENCES.md). 财综〔2011〕128号 (土地开发
 * 整理项目) brackets were not found in any reachable copy, so none ship: supply them in a 取费标准 sheet.
 */
export const FEE_STANDARDS: readonly FeeStandard[] = [caijian504 as FeeStandard];

/** Normalised fee name: no spaces/units, full-width folded ("业主管理费（万元）" → "业主管理费"). */
export function feeKey(name: string): string {
  return normaliseLabel(name);
}

/**
 * Document numbers in a text, keyed by the issuer's last two characters ("按财建[2016]504号" and
 * "财政部 财建〔2016〕504号" both → "财建〔2016〕504号"); brackets 〔〕[]（）【】 folded.
 */
export function documentNumbers(text: string): string[] {
  if (!text.includes('号')) return []; // most rows cite nothing: skip the normalisation and the regex
  const re = /([\u4e00-\u9fa5]{2})[〔[［(（【](\d{4})[〕\]］)）】](\d+)号/g;
  return [...text.normalize('NFKC').replace(/\s/g, '').matchAll(re)].map((m) => `${m[1]}〔${m[2]}〕${m[3]}号`);
}

/** Normalised alias → first standard carrying it (a workbook's own first), built once per `extra` list. */
interface AliasIndex {
  byKey: Map<string, FeeStandard>;
  /**
   * Last character codes of the keys: a name ending otherwise ("场地平整", "分项3-7") names no standard and
   * is not looked up (every item row of an estimate is asked).
   */
  lastCodes: Set<number>;
}

const aliasIndexes = new WeakMap<readonly FeeStandard[], AliasIndex>();

function aliasIndex(extra: readonly FeeStandard[]): AliasIndex {
  let index = aliasIndexes.get(extra);
  if (!index) {
    index = { byKey: new Map(), lastCodes: new Set() };
    for (const standard of [...extra, ...FEE_STANDARDS]) {
      for (const alias of standard.aliases) {
        const key = feeKey(alias);
        if (!index.byKey.has(key)) index.byKey.set(key, standard);
        index.lastCodes.add(key.charCodeAt(key.length - 1));
      }
    }
    aliasIndexes.set(extra, index);
  }
  return index;
}

/**
 * The standard a fee row names: first among `extra` (a workbook's own 取费标准, which wins), then built-ins;
 * matched by exact fee name/alias, or by the standard's document number appearing in the row's text.
 * `key` is feeKey(name) when the caller has it already.
 */
export function findStandard(
  name: string,
  otherText: string,
  extra: readonly FeeStandard[] = [],
  key = feeKey(name),
): FeeStandard | undefined {
  return standardIn(aliasIndex(extra), extra, name, otherText, key);
}

/** findStandard for one `extra` list, its alias index found once: for a parser asking for every row. */
export function standardFinder(extra: readonly FeeStandard[]): (name: string, otherText: string, key: string) => FeeStandard | undefined {
  const index = aliasIndex(extra);
  return (name, otherText, key) => standardIn(index, extra, name, otherText, key);
}

function standardIn(index: AliasIndex, extra: readonly FeeStandard[], name: string, otherText: string, key: string): FeeStandard | undefined {
  // charCodeAt(-1) of "" is NaN, which a Set holds too when an alias normalises to "": same answer as get("").
  const byName = index.lastCodes.has(key.charCodeAt(key.length - 1)) ? index.byKey.get(key) : undefined;
  if (byName) return byName;
  // Most rows cite no document (no 号): their texts are not joined and searched.
  if (!name.includes('号') && !otherText.includes('号')) return undefined;
  const all = [...extra, ...FEE_STANDARDS];
  // A row citing a document ("按财建〔2016〕504号计取") asks for that document's table, whatever its name,
  // as long as the document has only one table here.
  const docs = documentNumbers(`${name} ${otherText}`);
  if (!docs.length) return undefined;
  const cited = all.filter((s) => documentNumbers(s.document).some((d) => docs.includes(d)));
  return cited.length === 1 ? cited[0] : undefined;
}

export { tieredFee, describeTieredFee, type TieredFee, type TieredStep } from './tiered';
export type { FeeStandard, FeeBracket } from './types';
