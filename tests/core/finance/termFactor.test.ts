import { Decimal } from '../../../src/core/decimal';
import { termFactor, termValue } from '../../../src/core/finance/termFactor';
import { percentText, rateFromInput } from '../../../src/core/finance/rate';

const d = (v: string | number) => new Decimal(v);
const sig = (v: Decimal, digits: number) => v.toSignificantDigits(digits).toFixed();

describe('termFactor — SPEC §3.7 worked example', () => {
  it('r = 6 %, n = 23, m = 50 gives K = 0.780579099337187 (15 sig. digits, ≥ 12 required)', () => {
    const k = termFactor(d('0.06'), d(23), d(50));
    expect(sig(k, 15)).toBe('0.780579099337187');
    expect(sig(k, 12)).toBe('0.780579099337');
    // full 40-digit value, from an independent decimal.js evaluation of the same formula
    expect(sig(k, 30)).toBe('0.780579099337186828074799563305');
  });

  it('600 元/m² × K = 468.347459602312 元/m²', () => {
    expect(sig(termValue(d(600), d('0.06'), d(23), d(50)), 15)).toBe('468.347459602312');
  });
});

describe('termFactor — other cases', () => {
  it('infinite base term: K = 1 − (1+r)^−n', () => {
    const k = termFactor(d('0.06'), d(23), null);
    expect(sig(k, 25)).toBe('0.7382027387658229657778147');
    expect(termFactor(d('0.06'), d(23))).toEqual(k);
    // 1 − 1.06^−23 by hand: 1.06^23 = 3.81974…, 1/3.81974 = 0.261797…
    expect(sig(k, 6)).toBe('0.738203');
  });

  it('correcting a 30-year agricultural value to 50 years gives K > 1 (legitimate)', () => {
    const k = termFactor(d('0.06'), d(50), d(30));
    expect(k.greaterThan(1)).toBe(true);
    expect(sig(k, 20)).toBe('1.1450820182914465505');
  });

  it('n = m gives exactly 1', () => {
    expect(termFactor(d('0.06'), d(50), d(50)).toFixed()).toBe('1');
  });

  it('fractional years work at 40 digits (Decimal pow with a fractional exponent)', () => {
    const k = termFactor(d('0.06'), d('23.5'), null);
    // 1 − 1.06^−23.5; 1.06^−23.5 = 0.25427997864060760859875110209557800009…
    expect(sig(k, 30)).toBe('0.745720021359392391401248897904');
    const between = termFactor(d('0.06'), d('23.5'), d(50));
    expect(between.greaterThan(termFactor(d('0.06'), d(23), d(50)))).toBe(true);
    expect(between.lessThan(termFactor(d('0.06'), d(24), d(50)))).toBe(true);
  });

  it('rejects r ≤ 0, n < 0 and a base term ≤ 0', () => {
    expect(() => termFactor(d(0), d(23), d(50))).toThrow(RangeError);
    expect(() => termFactor(d('-0.01'), d(23), d(50))).toThrow(RangeError);
    expect(() => termFactor(d('0.06'), d(-1), d(50))).toThrow(RangeError);
    expect(() => termFactor(d('0.06'), d(23), d(0))).toThrow(RangeError);
    expect(termFactor(d('0.06'), d(0), d(50)).isZero()).toBe(true);
  });
});

describe('rateFromInput', () => {
  it('a bare number above 1 is percent, at most 1 a fraction, an explicit % stays a fraction', () => {
    expect(rateFromInput(d(6)).toFixed()).toBe('0.06');
    expect(rateFromInput(d('0.06')).toFixed()).toBe('0.06');
    expect(rateFromInput(d(1)).toFixed()).toBe('1');
    expect(rateFromInput(d('1.5')).toFixed()).toBe('0.015');
    expect(rateFromInput(d(6), true).toFixed()).toBe('6');
    expect(percentText(d('0.06'))).toBe('6%');
  });
});
