import fc from 'fast-check';
import { Decimal, compareDecimals } from '../../src/core/decimal';

describe('compareDecimals (allocation-free cmp)', () => {
  const values = ['0', '-0', '1', '-1', '0.5', '-0.5', '10000000', '9999999.9999999', '1e-30', '-1e-30', '123456789.123456789', '-123456789.123456789', '1e20', 'Infinity', '-Infinity'];
  it('agrees with decimal.js cmp on every pair of edge values', () => {
    for (const a of values) for (const b of values) {
      expect([a, b, compareDecimals(new Decimal(a), new Decimal(b))]).toEqual([a, b, new Decimal(a).cmp(new Decimal(b))]);
    }
  });
  it('agrees with cmp on random decimals', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (x, y) => {
        const a = new Decimal(x);
        const b = new Decimal(y);
        return compareDecimals(a, b) === a.cmp(b);
      }),
      { numRuns: 2000 },
    );
  });
});
