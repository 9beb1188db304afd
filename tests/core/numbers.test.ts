import { Decimal, roundHalfUp, toPlainString } from '../../src/core/decimal';
import { agrees, displayedDecimals, parseNumericText, readCellNumber, readNumber } from '../../src/core/numbers';

const num = (text: string) => {
  const r = parseNumericText(text);
  if (r.kind !== 'number') throw new Error(`not a number: ${text}`);
  return toPlainString(r.value);
};

describe('rounding like Excel ROUND (half away from zero)', () => {
  it.each([
    ['10.155', 2, '10.16'],
    ['10.145', 2, '10.15'],
    ['2.5', 0, '3'],
    ['-2.5', 0, '-3'],
    ['1.005', 2, '1.01'],
    ['53.441', 1, '53.4'],
    ['0.125', 2, '0.13'],
  ])('ROUND(%s, %d) = %s', (v, places, expected) => {
    expect(roundHalfUp(new Decimal(v), places).toFixed(places)).toBe(expected);
  });
  it('differs from JS toFixed where the float is below the half', () => {
    expect((10.155).toFixed(2)).toBe('10.15');
    expect(roundHalfUp(readNumber(10.155).kind === 'number' ? (readNumber(10.155) as { value: Decimal }).value : new Decimal(0), 2).toFixed(2)).toBe('10.16');
  });
});

describe('numbers typed as text', () => {
  it.each([
    ['1,234.50', '1234.5'],
    ['１２３', '123'],
    ['１，２３４．５', '1234.5'],
    ['12.5%', '0.125'],
    ['1.2万', '12000'],
    ['3.5万元', '35000'],
    [' 45 ', '45'],
    ['123m³', '123'],
    ['45亩', '45'],
    ['-7.5', '-7.5'],
  ])('%s → %s', (text, expected) => expect(num(text)).toBe(expected));

  it.each(['约100', '100左右', 'abc', '1.2.3', '—'])('%s is not a number', (text) => {
    expect(parseNumericText(text).kind).toBe('nan');
  });

  it('empty text is empty, not zero', () => {
    expect(parseNumericText('  ').kind).toBe('empty');
    expect(readNumber(null).kind).toBe('empty');
  });

  it('JS doubles pass through 15 significant digits', () => {
    const r = readNumber(0.1 + 0.2);
    expect(r.kind === 'number' && toPlainString(r.value)).toBe('0.3');
  });

  it('error values are not numbers', () => {
    expect(readCellNumber({ value: null, error: '#REF!' })).toEqual({ kind: 'nan', text: '#REF!' });
  });
});

describe('displayed precision and tolerance (SPEC §4)', () => {
  it.each([
    ['0.00', 2], ['#,##0.0', 1], ['0', 0], ['0.0%', 3], ['General', undefined], [undefined, undefined], ['#,##0.00_);(#,##0.00)', 2],
  ])('format %s shows %s decimals', (fmt, d) => expect(displayedDecimals(fmt as string | undefined)).toBe(d));

  const exact = new Decimal('53.441');
  it('53.4 equals 53.441, 53.5 does not', () => {
    expect(agrees({ value: new Decimal('53.4'), decimals: 1 }, exact)).toBe(true);
    expect(agrees({ value: new Decimal('53.5'), decimals: 1 }, exact)).toBe(false);
  });
  it('a number format sets the precision of a typed number', () => {
    const r = readCellNumber({ value: 53.4, numberFormat: '0.00' });
    expect(r.kind === 'number' && r.decimals).toBe(2);
    expect(agrees(r as { value: Decimal; decimals: number }, exact)).toBe(false);
  });
  it('General uses the typed decimals', () => {
    const r = readCellNumber({ value: 53.44 });
    expect(agrees(r as { value: Decimal; decimals: number }, exact)).toBe(true);
  });
});

describe('roundHalfUp to tens and hundreds (negative places, like ROUND(x, -2))', () => {
  it.each([
    ['1234.5', -2, '1200'],
    ['1250', -2, '1300'],
    ['-1250', -2, '-1300'],
    ['1249.999', -2, '1200'],
    ['15', -1, '20'],
    ['999999', -3, '1000000'],
  ])('%s at %i places → %s', (v, places, expected) => {
    expect(roundHalfUp(new Decimal(v), places).toFixed()).toBe(expected);
  });
});
