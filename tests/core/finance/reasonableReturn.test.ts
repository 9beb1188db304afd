import { Decimal } from '../../../src/core/decimal';
import { parseReturnMode, reasonableReturn } from '../../../src/core/finance/reasonableReturn';

const d = (v: string | number) => new Decimal(v);

describe('reasonableReturn (SPEC §3.5), C = 1000 万元, r = 8 %, n = 5', () => {
  it('单利 C·r·n = 400', () => {
    expect(reasonableReturn(d(1000), d('0.08'), d(5), '单利').toFixed()).toBe('400');
  });
  it('复利 C·((1+r)^n − 1) = 469.3280768 (1.08^5 = 1.4693280768 exactly)', () => {
    expect(reasonableReturn(d(1000), d('0.08'), d(5), '复利').toFixed()).toBe('469.3280768');
  });
  it('等额年金 A·n − C, A = 250.4564545668…', () => {
    const v = reasonableReturn(d(1000), d('0.08'), d(5), '等额年金');
    expect(v.toSignificantDigits(20).toFixed()).toBe('252.28227283418301558');
  });
  it('zero rate gives zero return in every mode; negative inputs are rejected', () => {
    for (const mode of ['单利', '复利', '等额年金'] as const) expect(reasonableReturn(d(1000), d(0), d(5), mode).isZero()).toBe(true);
    expect(() => reasonableReturn(d(-1), d('0.08'), d(5), '单利')).toThrow(RangeError);
    expect(() => reasonableReturn(d(1), d('-0.08'), d(5), '单利')).toThrow(RangeError);
    expect(() => reasonableReturn(d(1), d('0.08'), d(-5), '单利')).toThrow(RangeError);
  });
  it('parses modes in Chinese and English', () => {
    expect(parseReturnMode(' 复 利 ')).toBe('复利');
    expect(parseReturnMode('annuity')).toBe('等额年金');
    expect(parseReturnMode('月息')).toBeUndefined();
  });
});
