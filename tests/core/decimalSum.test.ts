import fc from 'fast-check';
import { Decimal, ZERO } from '../../src/core/decimal';
import { DecimalSum, sum } from '../../src/core/decimalSum';

/** What the engine did before: ZERO.plus(a).plus(b)… with decimal.js. */
function sequential(values: Decimal[]): Decimal {
  let s = ZERO;
  for (const v of values) s = s.plus(v);
  return s;
}

/** Same value, same string, same instance fields (so every later operation and format agrees). */
function expectSame(actual: Decimal, expected: Decimal): void {
  expect({ s: actual.s, e: actual.e, d: actual.d, text: actual.toFixed() }).toEqual({ s: expected.s, e: expected.e, d: expected.d, text: expected.toFixed() });
}

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: -45, max: 45 }))
  .map(([neg, digits, exp]) => `${neg ? '-' : ''}${digits}e${exp}`);
const fromDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => new Decimal(x));
const amount = fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.integer({ min: 0, max: 4 }).map((places) => new Decimal(n).div(10 ** places)));

describe('DecimalSum (exact running sum)', () => {
  it('gives exactly what sequential decimal.js plus gives, on worked values', () => {
    const cases: string[][] = [
      [],
      ['0'],
      ['-0'],
      ['-0', '-0'],
      ['1.5', '-1.5'],
      ['10.155', '0.005'],
      ['0.1', '0.2'],
      ['9999999', '1'],
      ['-9999999', '-1'],
      ['12345678.1234567', '-12345678.1234568'],
      ['1e-30', '1e10'], // 41 digits: decimal.js rounds, and so does the sum
      ['1e-3', '-1e-3', '5'],
      ['123456789012345678901234567890', '0.0000000001'],
      ['-5', '3', '1', '0.25'],
      ['Infinity', '1'],
      ['1e80', '1'],
      ['1e-90', '1'],
    ];
    for (const texts of cases) {
      const values = texts.map((t) => new Decimal(t));
      const got = sum(values);
      const want = sequential(values);
      if (want.isFinite()) expectSame(got, want);
      else expect(got.toString()).toBe(want.toString());
    }
  });

  it('adds 100,000 plot areas on its own integer path, to the digit', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => new Decimal(i % 7 === 0 ? '0.0667' : `${(i % 97) + 0.33}`));
    const acc = new DecimalSum();
    values.forEach((v) => acc.add(v));
    expect(acc.onIntegerPath).toBe(true);
    expectSame(acc.value(), sequential(values));
  });

  it('hands over to decimal.js past 40 significant digits, and still agrees', () => {
    const values = ['1e25', '1e-20', '3'].map((t) => new Decimal(t));
    const acc = new DecimalSum();
    values.forEach((v) => acc.add(v));
    expect(acc.onIntegerPath).toBe(false);
    expectSame(acc.value(), sequential(values));
  });

  it('agrees with sequential plus on random amounts, doubles and wide decimal strings', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(amount, fromDouble, decimalText.map((t) => new Decimal(t))), { maxLength: 60 }), (values) => {
        const got = sum(values);
        const want = sequential(values);
        return got.eq(want) && got.toFixed() === want.toFixed() && got.e === want.e && got.s === want.s;
      }),
      { numRuns: 3000 },
    );
  });

  it('adds products as adding decimal.js products gives (Σ 面积 × 单产)', () => {
    const worked = [['12.5', '400'], ['0.0667', '523.4'], ['-3', '0.5'], ['0', '9'], ['9999999.9999999', '9999999.9999999'], ['1e20', '1e-25']];
    const pairs = worked.map(([a, b]) => [new Decimal(a), new Decimal(b)] as const);
    const acc = new DecimalSum();
    pairs.forEach(([a, b]) => acc.addProduct(a, b));
    expectSame(acc.value(), sequential(pairs.map(([a, b]) => a.times(b))));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(amount, fromDouble, decimalText.map((t) => new Decimal(t))), fc.oneof(amount, fromDouble)), { maxLength: 40 }), (list) => {
        const sum = new DecimalSum();
        list.forEach(([a, b]) => sum.addProduct(a, b));
        const want = sequential(list.map(([a, b]) => a.times(b)));
        const got = sum.value();
        return got.eq(want) && got.toFixed() === want.toFixed() && got.e === want.e && got.s === want.s;
      }),
      { numRuns: 3000 },
    );
  });

  it('can be read part way and go on adding', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(amount, fromDouble), { maxLength: 40 }), fc.array(fc.oneof(amount, fromDouble), { maxLength: 40 }), (a, b) => {
        const acc = new DecimalSum();
        a.forEach((v) => acc.add(v));
        const mid = acc.value();
        b.forEach((v) => acc.add(v));
        return mid.eq(sequential(a)) && acc.value().toFixed() === sequential([...a, ...b]).toFixed();
      }),
      { numRuns: 1000 },
    );
  });

  it('carries over millions of additions without losing a digit', () => {
    const acc = new DecimalSum();
    const big = new Decimal('9999999.9999999');
    const back = big.neg().plus(1);
    for (let i = 0; i < 2_500_000; i++) acc.add(i % 2 ? big : back);
    expect(acc.onIntegerPath).toBe(true);
    expect(acc.value().toFixed()).toBe('1250000');
  });
});
