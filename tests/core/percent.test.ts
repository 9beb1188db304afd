import { ReviewContext } from '../../src/core/context';
import { Decimal } from '../../src/core/decimal';
import { readPercent, readRateInput } from '../../src/core/percent';
import type { Cell } from '../../src/core/snapshot';

const rate = (cell: Cell) => {
  const r = readPercent(cell);
  return r.kind === 'rate' ? r.value.toFixed() : r.kind;
};

describe('readPercent', () => {
  it('"6%" (typed, full-width too) is the fraction 0.06', () => {
    expect(rate({ value: '6%' })).toBe('0.06');
    expect(rate({ value: '６．５％' })).toBe('0.065');
    expect(rate({ value: ' 6 % ' })).toBe('0.06');
  });
  it('a number in a percent-formatted cell is already the fraction', () => {
    expect(rate({ value: 0.06, numberFormat: '0.00%' })).toBe('0.06');
    expect(rate({ value: 0.06, numberFormat: '0%' })).toBe('0.06');
    const r = readPercent({ value: 0.0793, numberFormat: '0.00%' });
    expect(r.kind === 'rate' && r.decimals).toBe(4);
  });
  it('a bare number > 1 is percent points: 6 → 0.06, "6" → 0.06, 150 → 1.5', () => {
    expect(rate({ value: 6 })).toBe('0.06');
    expect(rate({ value: '6' })).toBe('0.06');
    expect(rate({ value: 150 })).toBe('1.5');
    const r = readPercent({ value: 6.5 });
    expect(r.kind === 'rate' && r.decimals).toBe(3);
  });
  it('a bare 0 < x ≤ 1 is ambiguous; 0 is 0 %', () => {
    expect(rate({ value: 0.06 })).toBe('ambiguous');
    expect(rate({ value: '0.06' })).toBe('ambiguous');
    expect(rate({ value: 1 })).toBe('ambiguous');
    expect(rate({ value: 1.01 })).toBe('0.0101');
    expect(rate({ value: 0 })).toBe('0');
  });
  it('empty, text and error cells', () => {
    expect(rate({ value: null })).toBe('empty');
    expect(rate({ value: '  ' })).toBe('empty');
    expect(rate({ value: '约6%' })).toBe('nan');
    expect(rate({ value: null, error: '#DIV/0!' })).toBe('nan');
  });
});

describe('readRateInput', () => {
  const ref = (cell: Cell) => ({ sheet: '收益测算', addr: 'B3', cell, label: '合理回报率' });
  const run = (cell: Cell, required = true) => {
    const ctx = new ReviewContext({ sheets: [] });
    const value = readRateInput(ctx, ref(cell), { required });
    return { value: value?.value.toFixed(), codes: ctx.findings.map((f) => f.code), findings: ctx.findings };
  };
  it('accepts 6%, 6 and a 0.06 formatted as %', () => {
    expect(run({ value: '6%' })).toMatchObject({ value: '0.06', codes: [] });
    expect(run({ value: 6 })).toMatchObject({ value: '0.06', codes: [] });
    expect(run({ value: 0.06, numberFormat: '0%' })).toMatchObject({ value: '0.06', codes: [] });
  });
  it('a bare 0.06 → INPUT_OUT_OF_RANGE asking for "6%"', () => {
    const r = run({ value: 0.06 });
    expect(r.value).toBeUndefined();
    expect(r.codes).toEqual(['INPUT_OUT_OF_RANGE']);
    expect(r.findings[0].expected).toBe('6%');
    expect(r.findings[0].message.zh).toContain('“6%”');
  });
  it('bounds 0 %–100 % are inclusive', () => {
    expect(run({ value: '100%' }).codes).toEqual([]);
    expect(run({ value: 100 }).codes).toEqual([]);
    expect(run({ value: '0%' }).codes).toEqual([]);
    expect(run({ value: '100.01%' }).codes).toEqual(['INPUT_OUT_OF_RANGE']);
    expect(run({ value: '-1%' }).codes).toEqual(['INPUT_OUT_OF_RANGE']);
    expect(run({ value: -5 }).codes).toEqual(['INPUT_OUT_OF_RANGE']);
  });
  it('missing is reported only when required; text is not a number', () => {
    expect(run({ value: null }).codes).toEqual(['INPUT_MISSING']);
    expect(run({ value: null }, false).codes).toEqual([]);
    expect(run({ value: '约6%' }).codes).toEqual(['INPUT_NOT_A_NUMBER']);
  });
  it('custom bounds', () => {
    const ctx = new ReviewContext({ sheets: [] });
    expect(readRateInput(ctx, ref({ value: '150%' }), { required: true, max: new Decimal(2) })?.value.toFixed()).toBe('1.5');
  });
});
