import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import { annuityPayment, irr, npv, paybackPeriod, reasonableReturn } from '../../../src/core/finance';

describe('finance properties', () => {
  it('one sign change: NPV at the IRR is 0 (to 1e-15 of the outlay)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.array(fc.integer({ min: 0, max: 50000 }), { minLength: 1, maxLength: 30 }), (outlay, inflows) => {
        fc.pre(inflows.some((v) => v > 0));
        const flows = [new Decimal(-outlay), ...inflows.map((v) => new Decimal(v))];
        const res = irr(flows);
        expect(res.kind).toBe('unique');
        if (res.kind === 'unique') expect(npv(res.rate, flows).abs().lessThan(new Decimal(outlay).times('1e-15'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('the annuity repays the cost: PV of n payments of A at r equals C; return = A·n − C', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000000 }), fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 40 }), (c, bp, n) => {
        const cost = new Decimal(c);
        const rate = new Decimal(bp).div(10000);
        const a = annuityPayment(cost, rate, new Decimal(n));
        const flows = [cost.negated(), ...Array.from({ length: n }, () => a)];
        expect(npv(rate, flows).abs().lessThan('1e-25')).toBe(true);
        expect(reasonableReturn(cost, rate, new Decimal(n), '等额年金').equals(a.times(n).minus(cost))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('annuity ≤ simple ≤ compound return (simple = compound at n = 1): the annuity repays principal as it goes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 1, max: 40 }), (c, bp, n) => {
        const [cost, rate, years] = [new Decimal(c), new Decimal(bp).div(10000), new Decimal(n)];
        const s = reasonableReturn(cost, rate, years, '单利');
        const k = reasonableReturn(cost, rate, years, '复利');
        const a = reasonableReturn(cost, rate, years, '等额年金');
        expect(a.lessThanOrEqualTo(s)).toBe(true);
        expect(s.lessThanOrEqualTo(k)).toBe(true);
        if (n === 1) expect(s.equals(k)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('static payback lies between the year before recovery and the recovery year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 20 }), (outlay, inflows) => {
        const p = paybackPeriod([new Decimal(-outlay), ...inflows.map((v) => new Decimal(v))]);
        if (p.kind === 'years') {
          expect(p.years.greaterThan(p.year - 1)).toBe(true);
          expect(p.years.lessThanOrEqualTo(p.year)).toBe(true);
        } else expect(p.kind).toBe('never');
      }),
    );
  });
});
