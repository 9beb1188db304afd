import { Decimal } from '../../../src/core/decimal';
import { dynamicPaybackPeriod, irr, npv, paybackPeriod, signChanges } from '../../../src/core/finance';

const flows = (...v: (string | number)[]) => v.map((x) => new Decimal(x));
const example = flows(-12000, 3000, 3000, 3000, 3000, 3000);

describe('npv', () => {
  it('discounts flows[t] by (1+r)^t, flows[0] undiscounted', () => {
    // −100 + 110/1.1 = 0; −100 + 121/1.21 = 0
    expect(npv(new Decimal('0.1'), flows(-100, 110)).isZero()).toBe(true);
    expect(npv(new Decimal('0.1'), flows(-100, 0, 121)).isZero()).toBe(true);
    expect(npv(new Decimal(0), example).toFixed()).toBe('3000');
  });
  it('example at 6 %: −12000 + 3000 × annuity factor', () => {
    // 3000 × (1 − 1.06^−5)/0.06 = 12637.0913566971…; NPV = 637.0913566971… (checked with Python's decimal at 60 digits)
    const v = npv(new Decimal('0.06'), example);
    expect(v.toSignificantDigits(12).toFixed()).toBe('637.091356697');
  });
  it('rejects a rate ≤ −100 %', () => {
    expect(() => npv(new Decimal(-1), example)).toThrow(RangeError);
  });
});

describe('irr', () => {
  it('−12000, 5 × 3000 → 7.930826116052859 %', () => {
    const res = irr(example);
    expect(res.kind).toBe('unique');
    if (res.kind !== 'unique') return;
    expect(res.rate.times(100).toSignificantDigits(16).toFixed()).toBe('7.930826116052859');
    expect(npv(res.rate, example).abs().lessThan('1e-20')).toBe(true);
  });
  it('no sign change → no IRR', () => {
    expect(irr(flows(100, 200)).kind).toBe('none');
    expect(irr(flows(-100, -200, 0)).kind).toBe('none');
    expect(irr(flows(0, 0)).kind).toBe('none');
  });
  it('IRR exactly 0 when the flows sum to zero', () => {
    const res = irr(flows(-100, 50, 50));
    expect(res).toEqual({ kind: 'unique', rate: new Decimal(0), signChanges: 1 });
  });
  it('leading and trailing zero years do not change the IRR', () => {
    const a = irr(flows(0, -12000, 3000, 3000, 3000, 3000, 3000, 0));
    const b = irr(example);
    expect(a.kind === 'unique' && b.kind === 'unique' && a.rate.equals(b.rate)).toBe(true);
  });
  it('negative IRR (flows recover less than the outlay)', () => {
    const res = irr(flows(-100, 45, 45));
    expect(res.kind).toBe('unique');
    if (res.kind === 'unique') {
      // x = (−45 + √(45² + 4·100·45)) / 90, r = 1/x − 1 = −6.7451415095754714150950…%
      expect(res.rate.toDecimalPlaces(20).toFixed()).toBe('-0.06745141509575471415');
      expect(npv(res.rate, flows(-100, 45, 45)).abs().lessThan('1e-20')).toBe(true);
    }
  });
  it('two sign changes with two IRRs (10 % and 20 %) are both listed', () => {
    // −100 + 230x − 132x² has roots x = 1/1.1 and 1/1.2.
    const res = irr(flows(-100, 230, -132));
    expect(res.kind).toBe('several');
    if (res.kind !== 'several') return;
    expect(res.signChanges).toBe(2);
    expect(res.rates.map((r) => r.toDecimalPlaces(12).toFixed())).toEqual(['0.1', '0.2']);
  });
  it('two sign changes and no real IRR', () => {
    const res = irr(flows(-100, 100, -100));
    expect(res).toMatchObject({ kind: 'several', signChanges: 2, rates: [] });
  });
  it('counts sign changes, ignoring zeros', () => {
    expect(signChanges(flows(-1, 0, 2, 0, -3, 4))).toBe(3);
  });
});

describe('payback', () => {
  it('static: cumulative reaches exactly 0 at year 4 → 4 years', () => {
    expect(paybackPeriod(example)).toEqual({ kind: 'years', years: new Decimal(4), year: 4 });
  });
  it('static: interpolated within the year', () => {
    // cumulative −1000, −600, −200, +200 → 2 + 200/400 = 2.5
    const p = paybackPeriod(flows(-1000, 400, 400, 400));
    expect(p.kind === 'years' && p.years.toFixed()).toBe('2.5');
  });
  it('dynamic: discounted flows, interpolated', () => {
    // at 10 %: −100, 60/1.1, 60/1.21 → cumulative −45.4545…, +4.1322… → 1 + 45.4545/49.5867 = 1.916666…
    const p = dynamicPaybackPeriod(new Decimal('0.1'), flows(-100, 60, 60));
    expect(p.kind === 'years' && p.years.toSignificantDigits(12).toFixed()).toBe('1.91666666667');
  });
  it('never recovered, and no outlay', () => {
    expect(paybackPeriod(flows(-100, 30, 30)).kind).toBe('never');
    expect(paybackPeriod(flows(0, 30, 30)).kind).toBe('noOutlay');
  });
  it('dynamic is longer than static and may never come', () => {
    expect(dynamicPaybackPeriod(new Decimal('0.06'), example).kind).toBe('years');
    expect(dynamicPaybackPeriod(new Decimal('0.1'), example).kind).toBe('never');
  });
});
