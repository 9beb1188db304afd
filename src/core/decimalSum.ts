import { Decimal, ZERO, digitCount, trailingZeros } from './decimal';

/**
 * An exact running sum of Decimals that gives the Decimal `ZERO.plus(a).plus(b)…` gives, without a new
 * Decimal (and its digit array) per addition: long tables add 100,000s of areas and amounts, and decimal.js
 * allocated a third of the engine's garbage doing it.
 *
 * It adds the documented instance fields (d: digits in base 1e7, e: decimal exponent, s: sign; see
 * decimalEquals) word by word into signed base-1e7 integers — exact integer arithmetic, no floats. decimal.js
 * rounds a sum only when it has more than `precision` (40) significant digits; while every partial sum is
 * bounded below that (checked on each addition from the largest exponent, the lowest digit and the count),
 * sequential plus is exact too and both agree. Past that bound, or for NaN/±Infinity, or outside the word
 * window, it hands its exact sum so far to decimal.js and goes on with `plus`, so the result is always
 * decimal.js's own.
 */
const BASE = 1e7;
const LOG_BASE = 7;
/** Word exponents kept: 1e7^-12 … 1e7^11 (1e-84 … 1e83); anything else goes to decimal.js. */
const K_MIN = -12;
const K_MAX = 11;
const WORDS = K_MAX - K_MIN + 1;
/**
 * Carry long before a word's |value| nears 2^53: an addition adds < 1e7 to a word, a product at most a dozen such
 * terms, so 1e6 of them stay below 1.2e14, where the division by 1e7 is still exact.
 */
const CARRY_EVERY = 1_000_000;

export class DecimalSum {
  private readonly words: number[] = new Array<number>(WORDS).fill(0);
  /** Word indexes touched so far (into `words`). */
  private lo = WORDS;
  private hi = -1;
  private count = 0;
  /** The next count with one more digit (the bound above is re-checked only then). */
  private countLimit = 10;
  private pending = 0;
  /** Largest decimal exponent and lowest non-zero digit position among the values added. */
  private maxE = -Infinity;
  private minDigit = Infinity;
  /** Set once the exact path is left: from then on decimal.js adds. */
  private fallback: Decimal | undefined;

  add(x: Decimal): this {
    if (this.fallback !== undefined) {
      this.fallback = this.fallback.plus(x);
      return this;
    }
    const d = x.d;
    if (!d) return this.leave(x); // NaN, ±Infinity
    if (d[0] === 0) return this; // ±0 adds nothing (0 + -0 is +0 in decimal.js too)
    const top = Math.floor(x.e / LOG_BASE);
    const last = d.length - 1;
    // 3 words of headroom are kept above the highest exponent for carries.
    if (top > K_MAX - 3 || top - last < K_MIN) return this.leave(x);
    const wordLow = (top - last) * LOG_BASE;
    // The lowest digit only matters when it could be below every one seen (its word's zeros counted then).
    const lowDigit = wordLow < this.minDigit ? wordLow + trailingZeros(d[last]) : this.minDigit;
    if (!this.admits(x.e, lowDigit)) return this.leave(x);
    const words = this.words;
    const s = x.s;
    const first = K_MAX - top; // index of d[0]; index grows towards lower exponents
    for (let i = 0; i <= last; i++) words[first + i] += s * d[i];
    this.touched(first, first + last);
    return this;
  }

  /**
   * Adds a × b: what add(a.times(b)) gives (decimal.js's product is exact below 40 significant digits, which
   * the same bound guarantees), without the product's Decimal. Σ 面积 × 单产 over 100,000s of plots.
   */
  addProduct(a: Decimal, b: Decimal): this {
    if (this.fallback !== undefined) {
      this.fallback = this.fallback.plus(a.times(b));
      return this;
    }
    const ad = a.d;
    const bd = b.d;
    if (!ad || !bd) return this.leave(a.times(b));
    if (ad[0] === 0 || bd[0] === 0) return this; // a ±0 product adds nothing
    const ka = Math.floor(a.e / LOG_BASE);
    const kb = Math.floor(b.e / LOG_BASE);
    const la = ad.length - 1;
    const lb = bd.length - 1;
    // A partial product of two words spans two words: its high half lands one word above ka + kb.
    if (ka + kb + 1 > K_MAX - 3 || ka - la + kb - lb < K_MIN) return this.leave(a.times(b));
    const lowDigit = (ka - la) * LOG_BASE + trailingZeros(ad[la]) + (kb - lb) * LOG_BASE + trailingZeros(bd[lb]);
    // |a × b| < 10^(a.e + b.e + 2): a.e + b.e + 1 bounds its exponent.
    if (!this.admits(a.e + b.e + 1, lowDigit)) return this.leave(a.times(b));
    const words = this.words;
    const s = a.s * b.s;
    for (let i = 0; i <= la; i++) {
      for (let j = 0; j <= lb; j++) {
        const p = ad[i] * bd[j]; // < 1e14: exact
        const high = Math.floor(p / BASE);
        const index = K_MAX - (ka - i + kb - j);
        words[index] += s * (p - high * BASE);
        words[index - 1] += s * high;
      }
    }
    this.touched(K_MAX - (ka + kb + 1), K_MAX - (ka - la + kb - lb));
    return this;
  }

  /**
   * Whether a value with this exponent and lowest digit keeps every partial sum exact, and if so counts it.
   * Every partial sum is < (count + 1) × 10^(maxE + 1) and a multiple of 10^minDigit: while its significant
   * digits fit decimal.js's precision, decimal.js would not have rounded it either.
   */
  private admits(e: number, lowDigit: number): boolean {
    if (e > this.maxE || lowDigit < this.minDigit || this.count + 1 >= this.countLimit) {
      const maxE = e > this.maxE ? e : this.maxE;
      const minDigit = lowDigit < this.minDigit ? lowDigit : this.minDigit;
      if (maxE + digitCount(this.count + 1) - minDigit + 1 > Decimal.precision) return false;
      this.maxE = maxE;
      this.minDigit = minDigit;
      if (this.count + 1 >= this.countLimit) this.countLimit *= 10;
    }
    this.count++;
    return true;
  }

  private touched(first: number, last: number): void {
    if (first < this.lo) this.lo = first;
    if (last > this.hi) this.hi = last;
    if (++this.pending >= CARRY_EVERY) this.carry();
  }

  /** Whether every addition so far was exact integer work (false once decimal.js took over); for tests. */
  get onIntegerPath(): boolean {
    return this.fallback === undefined;
  }

  /** The sum so far (`ZERO` when nothing non-zero was added); adding may go on afterwards. */
  value(): Decimal {
    return this.fallback ?? this.exact();
  }

  private exact(): Decimal {
    if (this.hi < 0) return ZERO;
    this.carry();
    const { words, hi } = this;
    let top = this.lo;
    while (top <= hi && words[top] === 0) top++;
    if (top > hi) return ZERO;
    // Every word is in (-1e7, 1e7) now, so the most significant one decides the sign. Work on a copy, made
    // positive, with borrows so each word is in [0, 1e7): the stored words stay the running (signed) sum.
    const negative = words[top] < 0;
    const mag = words.slice(top, hi + 1);
    if (negative) for (let i = 0; i < mag.length; i++) mag[i] = -mag[i];
    let borrow = 0;
    for (let i = mag.length - 1; i >= 0; i--) {
      const w = mag[i] + borrow;
      borrow = w < 0 ? -1 : 0;
      mag[i] = w - borrow * BASE;
    }
    let first = 0;
    while (mag[first] === 0) first++;
    let last = mag.length - 1;
    while (mag[last] === 0) last--;
    // mag is decimal.js's own layout (base-1e7 words aligned on exponents that are multiples of 7): the
    // instance is made from its fields, as decimal.js makes its results, instead of printing and parsing digits.
    const leading = mag[first];
    const exact = new Decimal(0) as unknown as { d: number[]; e: number; s: number };
    // A fresh array of small integers (`| 0`): the words array holds doubles, and decimal.js runs slower on those.
    const d: number[] = [];
    for (let i = first; i <= last; i++) d.push(mag[i] | 0);
    exact.d = d;
    exact.e = (K_MAX - (top + first)) * LOG_BASE + digitCount(leading) - 1;
    exact.s = negative ? -1 : 1;
    return exact as unknown as Decimal;
  }

  /** Carries (truncating, so the signs stay) until every word is in (-1e7, 1e7); the value is unchanged. */
  private carry(): void {
    this.pending = 0;
    const words = this.words;
    let carry = 0;
    let i = this.hi;
    for (; i >= this.lo; i--) {
      const w = words[i] + carry;
      carry = Math.trunc(w / BASE);
      words[i] = w - carry * BASE;
    }
    // The 3 words of headroom above the highest exponent added take what is left.
    while (carry !== 0) {
      const w = words[i] + carry;
      carry = Math.trunc(w / BASE);
      words[i] = w - carry * BASE;
      this.lo = i--;
    }
  }

  /** Hand the exact sum so far to decimal.js and add `x` with it, as decimal.js would have from the start. */
  private leave(x: Decimal): this {
    this.fallback = this.exact().plus(x);
    return this;
  }
}

/** Σ of Decimals, exactly as adding them one by one to ZERO with decimal.js gives. */
export function sum(values: Iterable<Decimal>): Decimal {
  const acc = new DecimalSum();
  for (const v of values) acc.add(v);
  return acc.value();
}
