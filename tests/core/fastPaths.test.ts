import fc from 'fast-check';
import { Decimal, decimalEquals } from '../../src/core/decimal';
import { documentNumbers } from '../../src/core/feeStandards';
import { splitHeader } from '../../src/core/locate';
import { displayedDecimals, normalizeWidth, toleranceFor } from '../../src/core/numbers';

/** The shortcuts taken for speed give exactly what the full path gives. */
describe('fast paths', () => {
  it('normalizeWidth leaves ASCII/CJK text alone and still folds full-width text', () => {
    expect(normalizeWidth('工程施工费 abc 12')).toBe('工程施工费 abc 12');
    expect(normalizeWidth('１２３（万元）')).toBe('123(万元)');
    expect(normalizeWidth('m³')).toBe('m3');
    expect(normalizeWidth('\u3000a')).toBe(' a');
  });

  it('splitHeader of a plain label is the label; brackets, slashes, spaces and asterisks still split', () => {
    for (const plain of ['分项12-3', 'D000123', '工程施工费+设备购置费', '1.5']) expect(splitHeader(plain)).toEqual({ base: plain });
    expect(splitHeader('合价(万元)')).toEqual({ base: '合价', unit: '万元' });
    expect(splitHeader('面积/亩')).toEqual({ base: '面积', unit: '亩' });
    expect(splitHeader('*面积')).toEqual({ base: '面积' });
    expect(splitHeader('原地 遗留量')).toEqual({ base: '原地遗留量' });
    expect(splitHeader('[m3]量').unit).toBe('m3');
  });

  it('toleranceFor is half a unit of the last place, cached per precision', () => {
    expect(toleranceFor(2).toFixed()).toBe('0.005');
    expect(toleranceFor(0).toFixed()).toBe('0.5');
    expect(toleranceFor(-3).toFixed()).toBe('500');
    expect(toleranceFor(2)).toBe(toleranceFor(2));
  });

  it('displayedDecimals gives the same answer on repeated calls', () => {
    for (let i = 0; i < 3; i++) {
      expect(displayedDecimals('#,##0.00')).toBe(2);
      expect(displayedDecimals('General')).toBeUndefined();
      expect(displayedDecimals('0.0%')).toBe(3);
    }
  });

  it('documentNumbers skips text citing no 号 and still finds a cited document', () => {
    expect(documentNumbers('工程施工费')).toEqual([]);
    expect(documentNumbers('按财建[2016]504号计取')).toEqual(['财建〔2016〕504号']);
  });
});

describe('lazyText', () => {
  it('builds the text once, on first read, and serialises like t()', async () => {
    const { lazyText, t } = await import('../../src/core/i18n');
    let made = 0;
    const text = lazyText(() => {
      made++;
      return t('甲', 'A');
    });
    expect(made).toBe(0);
    expect(text.zh).toBe('甲');
    expect(text.en).toBe('A');
    expect(made).toBe(1);
    expect(JSON.parse(JSON.stringify(text))).toEqual({ zh: '甲', en: 'A' });
  });
});

describe('decimalEquals (no-allocation equality)', () => {
  const digits = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.integer({ min: -12, max: 20 }));
  const decimal = digits.map(([neg, n, scale]) => new Decimal(`${neg ? '-' : ''}${n}e${-scale}`));

  it('agrees with decimal.js eq on random values, including values made by arithmetic', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(decimalEquals(a, b)).toBe(a.eq(b));
        expect(decimalEquals(a.plus(b).minus(b), a)).toBe(a.plus(b).minus(b).eq(a));
        expect(decimalEquals(a.times(10).div(10), a)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('treats trailing zeros, ±0 and signs as decimal.js does', () => {
    expect(decimalEquals(new Decimal('1.50'), new Decimal('1.5'))).toBe(true);
    expect(decimalEquals(new Decimal('10000000'), new Decimal('1e7'))).toBe(true);
    expect(decimalEquals(new Decimal('-0'), new Decimal(0))).toBe(true);
    expect(decimalEquals(new Decimal('-2'), new Decimal(2))).toBe(false);
    expect(decimalEquals(new Decimal('0.1').plus('0.2'), new Decimal('0.3'))).toBe(true);
    expect(decimalEquals(new Decimal(NaN), new Decimal(NaN))).toBe(false);
    expect(decimalEquals(new Decimal(Infinity), new Decimal(Infinity))).toBe(true);
  });
});
