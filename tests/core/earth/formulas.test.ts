import fc from 'fast-check';
import { Decimal } from '../../../src/core/decimal';
import { appraisalValue, disposableVolume, reserveFloor, supplySubtotal } from '../../../src/core/earth/formulas';

const d = (v: string | number) => new Decimal(v);

describe('earth-stone row formulas (SPEC §3.2)', () => {
  it('supply, disposable (negative kept), appraisal in 万元, floor', () => {
    expect(supplySubtotal(d('1200.5'), d(800)).toFixed()).toBe('2000.5');
    expect(disposableVolume(d('1200.5'), d(800), d('500.25')).toFixed()).toBe('1500.25');
    expect(disposableVolume(d(100), d(0), d(150)).toFixed()).toBe('-50');
    expect(appraisalValue(d(12345), d('38.5')).toFixed()).toBe('47.52825');
    expect(reserveFloor(d('47.52825')).toFixed()).toBe('47.52825');
    expect(reserveFloor(d(100), d('1.1')).toFixed()).toBe('110');
  });
});

describe('appraisal ÷ 10000 as × 0.0001', () => {
  it('gives the value the division gives, digit for digit, including past 40 significant digits', () => {
    const big = fc.tuple(fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }), fc.integer({ min: -30, max: 30 })).map(([n, e]) => d(`${n}e${e}`));
    fc.assert(
      fc.property(fc.oneof(big, fc.double({ noNaN: true, noDefaultInfinity: true }).map(d)), fc.oneof(big, fc.double({ noNaN: true, noDefaultInfinity: true }).map(d)), (sale, price) => {
        const divided = sale.times(price).div(10000);
        const got = appraisalValue(sale, price);
        return got.toFixed() === divided.toFixed() && got.e === divided.e && got.s === divided.s;
      }),
      { numRuns: 3000 },
    );
  });
});
