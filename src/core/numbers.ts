import { Decimal, decimalEquals, digitCount, roundHalfUp, trailingZeros } from './decimal';
import { memo } from './memo';
import type { Cell, CellValue } from './snapshot';

/** Result of reading a numeric input: a number, an empty cell, or text that is not a number. */
export type NumberRead =
  | { kind: 'number'; value: Decimal; /** decimals as displayed/typed, for tolerance */ decimals: number }
  | { kind: 'empty' }
  | { kind: 'nan'; text: string };

/** Units that may trail a number typed as text ("123m³", "45亩"); stripped, not converted. */
const TRAILING_UNITS = /(万元|元\/m3|元\/t|元\/亩|元|m3|m2|km2|立方米|平方米|方|吨|t|亩|公顷|hm2|ha|米|m|年|%)$/i;

/** ASCII and CJK unified ideographs only: already NFKC, no need to ask ICU (the common case, per cell). */
const NFKC_STABLE = /^[\t\n\r\x20-\x7e\u4e00-\u9fff]*$/;

/** Full-width → half-width (digits, letters, punctuation, spaces) and superscripts via NFKC. */
export function normalizeWidth(text: string): string {
  return NFKC_STABLE.test(text) ? text : text.normalize('NFKC');
}

/**
 * Decimals already made from cell numbers. A sheet repeats few distinct values over many cells (the 100k-row
 * bench: 669k numeric cells, 51k distinct), and a Decimal is immutable, so one instance serves them all;
 * this halves the engine's Decimal constructions and their garbage. Bounded (≈ 6 MB at most), cleared when full.
 */
const decimalsByNumber = new Map<number, Decimal>();
const DECIMAL_CACHE_SIZE = 65536;
/** Positive integers below this have their Decimal in an array, filled as met (≈ 6 MB at most). */
const SMALL_INTS = 65536;
const smallInts = new Array<Decimal | undefined>(SMALL_INTS);

/** JS number → Decimal through 15 significant digits, as Excel displays doubles (0.1+0.2 → 0.3). */
export function decimalFromNumber(n: number): Decimal {
  // Small positive integers (most quantities, prices, areas) by array index: no hashing of the number.
  if (n > 0 && n < SMALL_INTS && (n | 0) === n) {
    let small = smallInts[n];
    if (small === undefined) smallInts[n] = small = new Decimal(n);
    return small;
  }
  // -0 is left out: a Map key treats it as 0, and -0 has its own sign as a Decimal.
  if (n === 0) return toDecimal(n);
  let d = decimalsByNumber.get(n);
  if (d === undefined) {
    d = toDecimal(n);
    if (decimalsByNumber.size >= DECIMAL_CACHE_SIZE) decimalsByNumber.clear();
    decimalsByNumber.set(n, d);
  }
  return d;
}

function toDecimal(n: number): Decimal {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  if (Number.isSafeInteger(n)) return new Decimal(n);
  // The shortest round-trip form with ≤ 15 digits and no exponent ("1234.56") is the value toPrecision(15)
  // rounds to (the double is within half an ulp of it, far inside half a 15th digit), and shorter to parse.
  const shortest = String(n);
  if (shortest.length <= 15 && !shortest.includes('e')) return new Decimal(shortest);
  // decimal.js drops the trailing zeros of "1000.50000000000" itself.
  return new Decimal(n.toPrecision(15));
}

function decimalsOf(d: Decimal): number {
  return Math.max(0, d.decimalPlaces());
}

/**
 * Parse text as a number the way a Chinese plan author types it:
 * "1,234.50", "１２３", "12.5%", "1.2万", "123m³", " 45 ". Anything else ("约100") is not a number.
 */
export function parseNumericText(raw: string): NumberRead {
  let t = normalizeWidth(raw).replace(/[\s\u00a0]/g, '');
  if (t === '') return { kind: 'empty' };
  t = t.replace(/[，,](?=\d{3}(\D|$))/g, '');
  let scale = new Decimal(1);
  let extraDecimals = 0;
  if (t.endsWith('%')) {
    scale = new Decimal('0.01');
    extraDecimals = 2;
    t = t.slice(0, -1);
  } else {
    const wan = /^(.*\d)万(元|m3|方|立方米|吨|t|平方米|m2)?$/i.exec(t);
    if (wan) {
      scale = new Decimal(10000);
      extraDecimals = -4;
      t = wan[1];
    } else {
      t = t.replace(TRAILING_UNITS, '');
    }
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { kind: 'nan', text: raw };
  const base = new Decimal(t);
  const value = base.times(scale);
  return { kind: 'number', value, decimals: Math.max(0, decimalsOf(base) + extraDecimals) };
}

export function readNumber(value: CellValue): NumberRead {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'nan', text: String(value) };
    const d = decimalFromNumber(value);
    return { kind: 'number', value: d, decimals: decimalsOf(d) };
  }
  if (typeof value === 'string') return parseNumericText(value);
  if (typeof value === 'boolean') return { kind: 'nan', text: String(value) };
  return { kind: 'nan', text: value.toISOString().slice(0, 10) };
}

/** The value of a cell holding a plain finite number (no error), else undefined: no read object made. */
export function plainNumberOf(cell: Cell): Decimal | undefined {
  const value = cell.value;
  return typeof value === 'number' && !cell.error && Number.isFinite(value) ? decimalFromNumber(value) : undefined;
}

/** 10^0 … 10^22: every one is an exact double, so one multiplication or division by it is correctly rounded. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * Whether a cell holds a plain number that reads exactly as `value` (plainNumberOf(cell) equals it), decided
 * without making a Decimal: most typed 合价 and 小计 equal the recomputed figure, and a Decimal per distinct cell
 * number was the larger part of reading them. `false` means "not shown equal": read the cell the usual way.
 *
 * A decimal of ≤ 15 significant digits, M × 10^p with |p| ≤ 22, has the double M × 10^p (or M ÷ 10^−p) as its
 * nearest double (M and the power are exact doubles, one IEEE operation rounds correctly); and the double
 * nearest to a ≤ 15-digit decimal reads back, through 15 significant digits (decimalFromNumber), as that
 * decimal. So when the cell's number is that double, it reads as `value`.
 */
export function plainNumberIs(cell: Cell, value: Decimal): boolean {
  const n = cell.value;
  if (typeof n !== 'number' || cell.error) return false;
  const d = value.d;
  if (!d) return false; // NaN, ±Infinity
  if (d[0] === 0) return n === 0; // ±0 are equal, as decimalEquals has it
  const last = d.length - 1;
  const zeros = trailingZeros(d[last]);
  const lastWord = d[last] / POWERS_OF_TEN[zeros];
  const digits = digitCount(d[0]) + 7 * last - zeros;
  if (digits > 15) return false;
  let m = last === 0 ? lastWord : d[0];
  for (let i = 1; i < last; i++) m = m * 1e7 + d[i];
  if (last > 0) m = m * POWERS_OF_TEN[7 - zeros] + lastWord;
  const p = value.e - (digits - 1);
  if (p > 22 || p < -22) return false;
  const nearest = p >= 0 ? m * POWERS_OF_TEN[p] : m / POWERS_OF_TEN[-p];
  return (value.s < 0 ? -nearest : nearest) === n;
}

/** Read a cell, treating Excel error values as not-a-number. Decimals follow the number format if any. */
export function readCellNumber(cell: Cell): NumberRead {
  if (cell.error) return { kind: 'nan', text: cell.error };
  const value = cell.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return readNumber(value);
  // The common case, once per numeric cell: one Decimal and one read object, no copy.
  const d = decimalFromNumber(value);
  const shown = displayedDecimals(cell.numberFormat);
  return { kind: 'number', value: d, decimals: shown ?? decimalsOf(d) };
}

/**
 * Decimal places shown by a number format: "0.00" → 2, "#,##0.0" → 1, "0.0%" → 3 (in value terms),
 * "0" → 0. General/absent → undefined (then the typed value's own decimals count).
 */
export function displayedDecimals(format: string | undefined): number | undefined {
  // A workbook uses a handful of formats over thousands of cells: each is parsed once.
  return format ? decimalsOfFormat(format) : undefined;
}

const decimalsOfFormat = memo((format: string) => parseDisplayedDecimals(format));

function parseDisplayedDecimals(format: string): number | undefined {
  const section = format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  if (/general/i.test(section) || section.trim() === '' || section === '@') return undefined;
  if (!/[0#?]/.test(section)) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  let places = m ? m[1].length : 0;
  if (section.includes('%')) places += 2;
  // Thousands scaling "0.0," divides the display by 1000.
  const commas = /[0#?](,+)(?![0#?])/.exec(section);
  if (commas) places -= 3 * commas[1].length;
  return places;
}

/** Half a unit of the last displayed decimal: 2 places → 0.005. */
export function toleranceFor(decimals: number): Decimal {
  let tolerance = tolerances.get(decimals);
  if (!tolerance) {
    tolerance = new Decimal(`5e${-(decimals + 1)}`);
    tolerances.set(decimals, tolerance);
  }
  return tolerance;
}

/** Decimals → tolerance; a sheet uses a few precisions, and pow() per comparison was a hot spot. */
const tolerances = new Map<number, Decimal>();

/**
 * Does the author's figure (read with its displayed precision) agree with the exact recomputed value?
 * SPEC §4: equal within half a unit of the displayed precision ("53.4" vs 53.441 equal, "53.5" not);
 * a figure that is exactly the half-up rounding of the exact value is also equal.
 */
export function agrees(author: { value: Decimal; decimals: number }, exact: Decimal): boolean {
  // Most author figures equal the recomputed value exactly: a comparison, no subtraction.
  if (decimalEquals(author.value, exact)) return true;
  const diff = author.value.minus(exact).abs();
  if (diff.lessThan(toleranceFor(author.decimals))) return true;
  return roundHalfUp(exact, author.decimals).equals(roundHalfUp(author.value, author.decimals));
}

/** Format for human-readable output (report, messages): half-up to `places`, trailing zeros kept. */
export function formatFixed(value: Decimal, places = 2): string {
  return roundHalfUp(value, places).toFixed(places);
}

/** Human-readable without pointless zeros: up to `maxPlaces` decimals, half-up. */
export function formatShort(value: Decimal, maxPlaces = 4): string {
  return roundHalfUp(value, maxPlaces).toFixed();
}
