import { Decimal } from '../../../src/core/decimal';
import { annuityPayment, investmentRecovery, parseReturnMode, reasonableReturn } from '../../../src/core/finance';

const D = (v: string | number) => new Decimal(v);
const C = D(12000);
const r = D('0.06');
const n = D(5);

describe('reasonableReturn (C = 12000 万元, r = 6 %, n = 5)', () => {
  it('单利: C·r·n = 3600', () => {
    expect(reasonableReturn(C, r, n, '单利').toFixed()).toBe('3600');
  });
  it('复利: C·((1+r)^n − 1) = 4058.7069312, exactly', () => {
    expect(reasonableReturn(C, r, n, '复利').toFixed()).toBe('4058.7069312');
  });
  it('等额年金: A = 2848.7568051742755…, return = A·n − C', () => {
    const a = annuityPayment(C, r, n);
    expect(a.toSignificantDigits(17).toFixed()).toBe('2848.7568051742755');
    // Hand check: 12000 × 0.06 × 1.3382255776 / 0.3382255776
    expect(a.toFixed()).toBe(D(720).times('1.3382255776').div('0.3382255776').toFixed());
    expect(reasonableReturn(C, r, n, '等额年金').toFixed()).toBe(a.times(5).minus(12000).toFixed());
    expect(reasonableReturn(C, r, n, '等额年金').toSignificantDigits(15).toFixed()).toBe('2243.78402587138');
  });
  it('recovery = cost + return', () => {
    expect(investmentRecovery(C, r, n, '复利').toFixed()).toBe('16058.7069312');
  });
  it('a zero rate gives no return in every mode, annuity = C/n', () => {
    for (const mode of ['单利', '复利', '等额年金'] as const) expect(reasonableReturn(C, D(0), n, mode).isZero()).toBe(true);
    expect(annuityPayment(C, D(0), n).toFixed()).toBe('2400');
  });
  it('exact integer powers over long terms (1.06^30 to 40 digits)', () => {
    expect(reasonableReturn(D(1), r, D(30), '复利').toFixed()).toBe('4.743491172913250116264106332310802645846');
  });
  it('rejects negative cost, negative rate, non-positive years', () => {
    expect(() => reasonableReturn(D(-1), r, n, '单利')).toThrow(RangeError);
    expect(() => reasonableReturn(C, D('-0.01'), n, '单利')).toThrow(RangeError);
    expect(() => reasonableReturn(C, r, D(0), '复利')).toThrow(RangeError);
  });
  it('parses mode names', () => {
    expect(parseReturnMode(' 复利 ')).toBe('复利');
    expect(parseReturnMode('等额本息')).toBe('等额年金');
    expect(parseReturnMode('Simple')).toBe('单利');
    expect(parseReturnMode('浮动')).toBeNull();
  });
});
