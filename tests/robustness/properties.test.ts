import fc from 'fast-check';
import { Decimal, roundHalfUp, toPlainString } from '../../src/core/decimal';
import { sum } from '../../src/core/decimalSum';
import { disposableVolume, supplySubtotal } from '../../src/core/earth/formulas';
import { termFactor } from '../../src/core/finance/termFactor';
import { formatFixed, parseNumericText } from '../../src/core/numbers';
import { reviewWorkbook } from '../../src/core/review';
import type { CellValue } from '../../src/core/snapshot';
import { convertArea, type AreaUnit } from '../../src/core/units';
import { sheet, workbook } from '../support/snapshot';
import { EARTH_HEADER } from './support';

const RUNS = { numRuns: 300 };

/** A decimal string: optional sign, up to 30 digits, up to 20 of them after the point ("-0.00120", "12345"). */
const decimalString = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }))
  .map(([neg, digits, scale]) => {
    const s = digits.toString().padStart(scale + 1, '0');
    const body = scale ? `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}` : s;
    return `${neg ? '-' : ''}${body}`;
  });

/** Independent reference: half away from zero on the decimal digits, with BigInt only. */
function bigIntRound(text: string, places: number): string {
  const neg = text.startsWith('-');
  const [int, frac = ''] = text.replace('-', '').split('.');
  if (frac.length <= places) return text;
  const n = BigInt(int + frac);
  const divisor = 10n ** BigInt(frac.length - places);
  let q = n / divisor;
  if (2n * (n % divisor) >= divisor) q += 1n;
  const s = q.toString().padStart(places + 1, '0');
  const body = places ? `${s.slice(0, s.length - places)}.${s.slice(s.length - places)}` : s;
  return `${neg && q !== 0n ? '-' : ''}${body}`;
}

/** "1234567.5" → "1,234,567.5" (the way a Chinese plan author types a big number). */
function withThousands(text: string): string {
  const [int, frac] = text.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

const FULL_WIDTH = (s: string) => s.replace(/[0-9.,-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('decimal helpers', () => {
  it('roundHalfUp equals an independent BigInt half-away-from-zero rounding', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 12 }), (text, places) => {
        expect(roundHalfUp(new Decimal(text), places).equals(new Decimal(bigIntRound(text, places)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('the SPEC §4 examples: 10.155 → 10.16, -2.5 → -3, 2.5 → 3', () => {
    expect(toPlainString(roundHalfUp(new Decimal('10.155'), 2))).toBe('10.16');
    expect(toPlainString(roundHalfUp(new Decimal('-2.5'), 0))).toBe('-3');
    expect(bigIntRound('-2.5', 0)).toBe('-3');
    expect(bigIntRound('10.155', 2)).toBe('10.16');
  });

  it('parse(toPlainString(x)) is x exactly', () => {
    fc.assert(
      fc.property(decimalString, (text) => {
        const read = parseNumericText(toPlainString(new Decimal(text)));
        expect(read.kind === 'number' && read.value.equals(new Decimal(text))).toBe(true);
      }),
      RUNS,
    );
  });

  it('parse(formatFixed(x, p)) is roundHalfUp(x, p), also with thousands separators and full-width digits', () => {
    fc.assert(
      fc.property(decimalString, fc.integer({ min: 0, max: 8 }), (text, places) => {
        const x = new Decimal(text);
        const shown = formatFixed(x, places);
        for (const typed of [shown, withThousands(shown), FULL_WIDTH(withThousands(shown))]) {
          const read = parseNumericText(typed);
          expect(read.kind).toBe('number');
          if (read.kind === 'number') expect(read.value.equals(roundHalfUp(x, places))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  /** Amounts as plans hold them: up to 10^18 with up to 10 decimals (28 digits; a sum of 30 stays within 40). */
  const amount = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 10 })).map(([neg, digits, scale]) => new Decimal(`${neg ? '-' : ''}${digits}`).div(new Decimal(10).pow(scale)).toFixed());

  it('sum equals a left fold of plus, in any order (exact within the 40 significant digits carried)', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (texts) => {
        const values = texts.map((t) => new Decimal(t));
        const folded = values.reduce((a, b) => a.plus(b), new Decimal(0));
        expect(sum(values).equals(folded)).toBe(true);
        expect(sum([...values].reverse()).equals(folded)).toBe(true);
      }),
      RUNS,
    );
  });
});

/** Non-negative quantities with up to 3 decimals, as strings (exact, no float). */
const quantity = fc.tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 999 })).map(([i, f]) => toPlainString(new Decimal(`${i}.${String(f).padStart(3, '0')}`)));

describe('earth calculators', () => {
  it('disposable = supply − use, supply = legacy + new, for all inputs', () => {
    fc.assert(
      fc.property(decimalString, decimalString, decimalString, (a, b, c) => {
        const [legacy, produced, use] = [a, b, c].map((s) => new Decimal(s));
        expect(supplySubtotal(legacy, produced).equals(legacy.plus(produced))).toBe(true);
        expect(disposableVolume(legacy, produced, use).equals(legacy.plus(produced).minus(use))).toBe(true);
      }),
      RUNS,
    );
  });

  const earthRow = fc.record({ legacy: quantity, newly: quantity, use: quantity, sale: quantity, price: quantity });

  it('through the engine: per-row results are exact, a 合计 row equal to the sums gives no TOTAL_MISMATCH, totals = Σ rows', () => {
    fc.assert(
      fc.property(fc.array(earthRow, { minLength: 1, maxLength: 8 }), (rows) => {
        const d = (s: string) => new Decimal(s);
        const supply = rows.map((r) => d(r.legacy).plus(d(r.newly)));
        const disposable = rows.map((r, i) => supply[i].minus(d(r.use)));
        const appraisal = rows.map((r) => d(r.sale).times(d(r.price)).div(10000));
        const total = (xs: Decimal[]) => toPlainString(sum(xs));
        const body: CellValue[][] = rows.map((r, i) => [i + 1, `类别${i + 1}`, 'm³', r.legacy, r.newly, null, r.use, null, r.sale, r.price, null, null]);
        const totalRow: CellValue[] = ['合计', null, null, total(rows.map((r) => d(r.legacy))), total(rows.map((r) => d(r.newly))), total(supply), total(rows.map((r) => d(r.use))), total(disposable), total(rows.map((r) => d(r.sale))), null, total(appraisal), total(appraisal)];
        const review = reviewWorkbook(workbook(sheet('土石料平衡分析表', [EARTH_HEADER, ...body, totalRow])));
        const value = (id: string) => review.results.find((x) => x.id === id)?.value;
        rows.forEach((_, i) => {
          expect(value(`earth.类别${i + 1}.supply`)).toBe(toPlainString(supply[i]));
          expect(value(`earth.类别${i + 1}.disposable`)).toBe(toPlainString(disposable[i]));
        });
        expect(review.findings.filter((f) => f.code === 'TOTAL_MISMATCH' || f.code === 'VALUE_MISMATCH')).toEqual([]);
        expect(value('earth.total.disposable')).toBe(total(disposable));
      }),
      { numRuns: 100 },
    );
  });
});

describe('term factor K(n, m, r)', () => {
  const rate = fc.integer({ min: 1, max: 100_000 }).map((k) => new Decimal(k).div(100_000)); // 0.001 % … 100 %
  const years = fc.integer({ min: 1, max: 2000 }).map((k) => new Decimal(k).div(10)); // 0.1 … 200 years

  it('is in (0, 1] for 0 < n ≤ m', () => {
    fc.assert(
      fc.property(rate, years, years, (r, a, b) => {
        const [n, m] = a.lte(b) ? [a, b] : [b, a];
        const k = termFactor(r, n, m);
        expect(k.greaterThan(0)).toBe(true);
        expect(k.lessThanOrEqualTo(1)).toBe(true);
        if (n.equals(m)) expect(k.equals(1)).toBe(true);
      }),
      RUNS,
    );
  });

  it('grows with n and is in (0, 1] for an infinite base term (1 once (1+r)^−n is below the 40th digit)', () => {
    fc.assert(
      fc.property(rate, years, years, (r, a, b) => {
        const [n1, n2] = a.lte(b) ? [a, b] : [b, a];
        const k1 = termFactor(r, n1);
        expect(k1.greaterThan(0) && k1.lessThanOrEqualTo(1)).toBe(true);
        expect(termFactor(r, n2).greaterThanOrEqualTo(k1)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('unit round trips', () => {
  const area = fc.tuple(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 0, max: 9999 })).map(([i, f]) => new Decimal(`${i}.${String(f).padStart(4, '0')}`));
  /** SPEC §4 asks for ≥ 34 significant digits; the engine carries 40. */
  const to34 = (d: Decimal) => d.toSignificantDigits(34);

  it('m² → 亩 is exactly v × 15 / 10000 (a terminating decimal), and m² → 亩 → m² is exact', () => {
    fc.assert(
      fc.property(area, (m2) => {
        const mu = convertArea(m2, 'm²', '亩');
        expect(mu.equals(m2.times(15).div(10000))).toBe(true);
        expect(convertArea(mu, '亩', 'm²').equals(m2)).toBe(true);
      }),
      RUNS,
    );
  });

  it('亩 → m² → 亩 is exact to 34 significant digits (1 亩 = 10000/15 m² does not terminate: docs/robustness.md)', () => {
    fc.assert(
      fc.property(area, (mu) => {
        expect(to34(convertArea(convertArea(mu, '亩', 'm²'), 'm²', '亩')).equals(mu)).toBe(true);
      }),
      RUNS,
    );
  });

  it('every unit → any unit → back agrees to 34 significant digits, and 15 亩 = 1 公顷 = 10000 m² exactly', () => {
    const units: AreaUnit[] = ['m²', '亩', '公顷', 'km²'];
    fc.assert(
      fc.property(area, fc.constantFrom(...units), fc.constantFrom(...units), (v, from, to) => {
        expect(to34(convertArea(convertArea(v, from, to), to, from)).equals(v)).toBe(true);
      }),
      RUNS,
    );
    expect(toPlainString(convertArea(new Decimal(15), '亩', '公顷'))).toBe('1');
    expect(toPlainString(convertArea(new Decimal(1), '公顷', 'm²'))).toBe('10000');
    expect(toPlainString(convertArea(new Decimal(10000), 'm²', '亩'))).toBe('15');
  });
});
