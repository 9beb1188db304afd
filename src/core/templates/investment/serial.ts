import { normalizeWidth } from '../../numbers';

/**
 * 序号 of an estimate row, as plan authors write them: 一、/ 第一部分 (Chinese numerals), 1 / 1. / 1、
 * (Arabic), 1.1 / 1.1.1 (dotted), (1) / （1） / 1) (parenthesised), ① (circled). Pure.
 */
export type SerialKind = 'chinese' | 'arabic' | 'paren' | 'circled';

export interface Serial {
  kind: SerialKind;
  /** Numbers of the serial: "1.2.3" → [1, 2, 3]; "三" → [3]. */
  parts: number[];
  text: string;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → number; undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十]+$/.test(text)) return undefined;
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 ? DIGITS[text] : undefined;
  if (text.indexOf('十', ten + 1) >= 0) return undefined;
  const tens = ten === 0 ? 1 : DIGITS[text.slice(0, ten)];
  const rest = text.slice(ten + 1);
  const ones = rest === '' ? 0 : DIGITS[rest];
  if (tens === undefined || ones === undefined || (ten > 1) || rest.length > 1) return undefined;
  return tens * 10 + ones;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const DIGITS_ONLY = /^\d+$/;

/** Serials repeat down a long estimate ("(1)"…"(9)" under every heading): each text is parsed once. */
const parsed = new Map<string, Serial | null>();
const PARSED_LIMIT = 65536;

/** Parse a 序号; the result is shared between equal texts, so it must not be modified. */
export function parseSerial(raw: string | number | null | undefined): Serial | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim();
  if (text === '') return null;
  let serial = parsed.get(text);
  if (serial === undefined) {
    serial = parseSerialText(text);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(text, serial);
  }
  return serial;
}

function parseSerialText(text: string): Serial | null {
  // Plain digits ("1" … "10000", one per heading of a long estimate) read as below, without six regexes.
  if (DIGITS_ONLY.test(text)) return { kind: 'arabic', parts: [Number(text)], text };
  // ⑴ (U+2474…) folds to "(1)" under NFKC; ① does not, so test circled digits first.
  const circled = CIRCLED.indexOf(text.replace(/[、.．]$/, ''));
  if (circled >= 0 && text.length <= 2) return { kind: 'circled', parts: [circled + 1], text };
  const s = normalizeWidth(text).replace(/\s/g, '');
  let m = /^第?([零〇一二两三四五六七八九十]+)(部分|项|章)?[、.,，:：]?$/.exec(s);
  if (m) {
    const n = chineseNumber(m[1]);
    return n === undefined ? null : { kind: 'chinese', parts: [n], text };
  }
  m = /^\((\d+)\)[、.]?$/.exec(s) ?? /^(\d+)\)$/.exec(s);
  if (m) return { kind: 'paren', parts: [Number(m[1])], text };
  m = /^\(([零〇一二两三四五六七八九十]+)\)[、.]?$/.exec(s);
  if (m) {
    // （一） under a Chinese-numbered part is a sub-part: treated like (1).
    const n = chineseNumber(m[1]);
    return n === undefined ? null : { kind: 'paren', parts: [n], text };
  }
  m = /^(\d+(?:\.\d+)*)[、.]?$/.exec(s);
  if (m) return { kind: 'arabic', parts: m[1].split('.').map(Number), text };
  return null;
}

/**
 * Nesting rank of a serial kind, before making levels relative to what the sheet uses:
 * 一 < 1 < 1.1 < 1.1.1 < (1) < ①.
 */
export function serialRank(s: Serial): number {
  switch (s.kind) {
    case 'chinese':
      return 0;
    case 'arabic':
      return s.parts.length; // 1 → 1, 1.1 → 2, 1.1.1 → 3
    case 'paren':
      return 10;
    case 'circled':
      return 11;
  }
}
