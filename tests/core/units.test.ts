import { Decimal, toPlainString } from '../../src/core/decimal';
import { convertArea, convertQuantity, parseAreaUnit, parseQuantityUnit, toMu } from '../../src/core/units';

describe('area units (1 亩 = 10000/15 m², 1 公顷 = 15 亩)', () => {
  it('亩 ↔ m² exactly', () => {
    expect(toPlainString(convertArea(new Decimal(15), '亩', 'm²'))).toBe('10000');
    expect(toPlainString(convertArea(new Decimal(10000), 'm²', '亩'))).toBe('15');
    expect(toPlainString(convertArea(new Decimal(1), '亩', 'm²').times(3))).toBe('2000');
  });
  it('公顷 and km²', () => {
    expect(toPlainString(toMu(new Decimal(1), '公顷'))).toBe('15');
    expect(toPlainString(toMu(new Decimal(1), 'km²'))).toBe('1500');
    expect(toPlainString(toMu(new Decimal('0.0666'), '公顷'))).toBe('0.999');
  });
  it.each([['m²', 'm²'], ['㎡', 'm²'], ['平方米', 'm²'], ['hm²', '公顷'], ['公顷', '公顷'], ['亩', '亩'], ['km2', 'km²']])('%s', (t, u) =>
    expect(parseAreaUnit(t)).toBe(u),
  );
});

describe('volumes and masses', () => {
  it('万m³ → m³', () => expect(toPlainString(convertQuantity(new Decimal('1.25'), '万m³', 'm³')!)).toBe('12500'));
  it('t → m³ needs a density', () => {
    expect(convertQuantity(new Decimal(270), 't', 'm³')).toBeUndefined();
    expect(toPlainString(convertQuantity(new Decimal(270), 't', 'm³', new Decimal('2.7'))!)).toBe('100');
  });
  it.each([['m³', 'm³'], ['立方米', 'm³'], ['方', 'm³'], ['万方', '万m³'], ['吨', 't'], ['万吨', '万t']])('%s', (t, u) =>
    expect(parseQuantityUnit(t)).toBe(u),
  );
});

describe('unit texts that are not units', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', '约'])('%s is no unit', (text) => {
    expect(parseAreaUnit(text)).toBeUndefined();
    expect(parseQuantityUnit(text)).toBeUndefined();
  });
  it('a repeated text gives the same unit every time (the key is cached)', () => {
    for (let i = 0; i < 3; i++) {
      expect(parseAreaUnit(' 公 顷 ')).toBe('公顷');
      expect(parseQuantityUnit('（万m³）')).toBe('万m³');
    }
  });
});
