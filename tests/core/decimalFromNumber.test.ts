import fc from 'fast-check';
import { Decimal } from '../../src/core/decimal';
import { decimalFromNumber, readCellNumber } from '../../src/core/numbers';

/** The path before the shortcut and the cache: safe integers as is, everything else through 15 digits. */
function reference(n: number): Decimal {
  return Number.isSafeInteger(n) ? new Decimal(n) : new Decimal(n.toPrecision(15));
}

function same(a: Decimal, b: Decimal): void {
  expect(a.toFixed()).toBe(b.toFixed());
  expect(a.isNegative()).toBe(b.isNegative());
  expect(a.decimalPlaces()).toBe(b.decimalPlaces());
  expect(a.precision()).toBe(b.precision());
  expect(a.equals(b)).toBe(true);
}

/** Numbers as sheets hold them: amounts with 0–6 decimals, around any magnitude. */
const typed = fc
  .tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 }))
  .map(([m, places]) => m / 10 ** places);

describe('decimalFromNumber: shortest-form shortcut and cache give the reference value', () => {
  it('any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        same(decimalFromNumber(n), reference(n));
        same(decimalFromNumber(n), reference(n)); // second time from the cache
      }),
      { numRuns: 4000 },
    );
  });

  it('typed amounts with few decimals, and integers', () => {
    fc.assert(
      fc.property(fc.oneof(typed, fc.integer(), fc.maxSafeInteger()), (n) => {
        same(decimalFromNumber(n), reference(n));
        same(decimalFromNumber(n), reference(n));
      }),
      { numRuns: 4000 },
    );
  });

  it('edge values: -0, tiny, huge, 15/16/17 digits, 0.1+0.2', () => {
    for (const n of [0, -0, 5e-324, 1e-7, 1e21, 1e300, 0.1 + 0.2, 123456789012345, 0.123456789012345, 1234567890.12345, 1.0000000000000002, 2 ** 53 + 2, -1234.5]) {
      same(decimalFromNumber(n), reference(n));
      same(decimalFromNumber(n), reference(n));
    }
    expect(decimalFromNumber(-0).isNegative()).toBe(reference(-0).isNegative());
    expect(() => decimalFromNumber(Number.NaN)).toThrow();
    expect(() => decimalFromNumber(Number.POSITIVE_INFINITY)).toThrow();
  });

  it('readCellNumber keeps value and decimals (own or from the number format)', () => {
    fc.assert(
      fc.property(typed, fc.constantFrom(undefined, '0.00', '#,##0.0', '0%', 'General'), (n, numberFormat) => {
        const read = readCellNumber({ value: n, numberFormat });
        const d = reference(n);
        expect(read.kind).toBe('number');
        if (read.kind !== 'number') return;
        same(read.value, d);
        const shown = numberFormat === '0.00' ? 2 : numberFormat === '#,##0.0' ? 1 : numberFormat === '0%' ? 2 : Math.max(0, d.decimalPlaces());
        expect(read.decimals).toBe(shown);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('small positive integers (array path)', () => {
  it.each([1, 2, 25, 65535, 65536, 65537, 1e7])('%d gives its exact value, one instance per number', (n) => {
    expect(decimalFromNumber(n).toFixed()).toBe(String(n));
    expect(decimalFromNumber(n)).toBe(decimalFromNumber(n));
  });
  it('leaves zero, negatives and fractions to the other paths', () => {
    expect(Object.is(decimalFromNumber(-0).s, -1)).toBe(true);
    expect(decimalFromNumber(-3).toFixed()).toBe('-3');
    expect(decimalFromNumber(2.5).toFixed()).toBe('2.5');
  });
});
