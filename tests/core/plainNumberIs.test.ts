import fc from 'fast-check';
import { Decimal, decimalEquals } from '../../src/core/decimal';
import { decimalFromNumber, plainNumberIs } from '../../src/core/numbers';

/** What plainNumberIs stands in for: read the cell's number as a Decimal and compare. */
const slow = (n: number, value: Decimal) => Number.isFinite(n) && decimalEquals(decimalFromNumber(n), value);

const double = fc.double({ noNaN: true, noDefaultInfinity: true });
const amount = fc.integer({ min: -1e12, max: 1e12 }).chain((i) => fc.integer({ min: 0, max: 6 }).map((places) => i / 10 ** places));
/** Decimals near a double: itself, one unit of its 15th, 16th or 17th digit away, or printed to 16–17 digits. */
const near = (n: number) =>
  fc.oneof(
    fc.constant(decimalFromNumber(n)),
    fc.constantFrom(15, 16, 17).map((p) => new Decimal(n.toPrecision(p))),
    fc.tuple(fc.constantFrom(-1, 1), fc.constantFrom(14, 15, 16)).map(([s, k]) => decimalFromNumber(n).plus(new Decimal(s).times(new Decimal(10).pow(decimalFromNumber(n).e - k)))),
  );

describe('plainNumberIs (a cell number equals a Decimal, without making one)', () => {
  it('worked values', () => {
    const is = (n: number, v: string) => plainNumberIs({ value: n }, new Decimal(v));
    expect(is(1200, '1200')).toBe(true);
    expect(is(1.5, '1.5')).toBe(true);
    expect(is(123.45, '123.45')).toBe(true);
    expect(is(0.0012, '0.0012')).toBe(true);
    expect(is(-53.44, '-53.44')).toBe(true);
    // 0.30000000000000004 reads as 0.3 through 15 digits, but it is not the double nearest 0.3: not decided here
    expect(is(0.1 + 0.2, '0.3')).toBe(false);
    expect(plainNumberIs({ value: 0.1 + 0.2 }, decimalFromNumber(0.1 + 0.2))).toBe(false);
    expect(is(0, '-0')).toBe(true);
    expect(is(10.155, '10.16')).toBe(false);
    expect(is(1234567890123456, '1234567890123456')).toBe(false); // 16 digits: not decided here, read the cell
    expect(plainNumberIs({ value: '12' }, new Decimal(12))).toBe(false);
    expect(plainNumberIs({ value: 12, error: '#N/A' }, new Decimal(12))).toBe(false);
  });

  it('never says equal when reading the cell would not (random doubles against Decimals near them)', () => {
    fc.assert(
      fc.property(fc.oneof(double, amount).chain((n) => fc.tuple(fc.constant(n), near(n))), ([n, value]) => {
        if (plainNumberIs({ value: n }, value)) expect(slow(n, value)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('says equal for every number typed with at most 15 digits (the common case it is for)', () => {
    fc.assert(
      fc.property(fc.oneof(double, amount), (n) => {
        const value = decimalFromNumber(n);
        // the number is the double nearest its 15-digit reading (what typing that reading into Excel stores)
        const typed = new Decimal(String(n)).eq(value);
        const digits = value.precision(true);
        // M × 10^p with |p| ≤ 22 (areas, quantities and amounts: p from about −6 to 12)
        if (typed && digits <= 15 && Math.abs(value.e - (digits - 1)) <= 22) expect(plainNumberIs({ value: n }, value)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});
