import { ReviewContext } from '../../src/core/context';
import { Decimal } from '../../src/core/decimal';
import { checkTotal, classifyTotal, sumOfDisplayedParts } from '../../src/core/totals';

const d = (s: string) => new Decimal(s);
/** SPEC §4 example: 6.5 + 37.854 (shown 37.9) + 9.087 (shown 9.1); exact 53.441. */
const PARTS = [
  { exact: d('6.5'), cell: { value: 6.5, numberFormat: '0.0' } },
  { exact: d('37.854'), cell: { value: 37.854, numberFormat: '0.0' } },
  { exact: d('9.087'), cell: { value: 9.087, numberFormat: '0.0' } },
];

describe('classifyTotal', () => {
  it('53.4 is the rounded exact sum: fine', () => {
    expect(classifyTotal({ value: d('53.4'), decimals: 1 }, PARTS)).toBe('ok');
  });
  it('53.5 is the sum of the displayed parts: rounded parts, not a mismatch', () => {
    expect(sumOfDisplayedParts(PARTS, 1).toFixed()).toBe('53.5');
    expect(classifyTotal({ value: d('53.5'), decimals: 1 }, PARTS)).toBe('roundedParts');
  });
  it('53.6 is neither', () => {
    expect(classifyTotal({ value: d('53.6'), decimals: 1 }, PARTS)).toBe('mismatch');
  });
  it('parts shown in full (General) leave no rounding excuse', () => {
    const general = PARTS.map((p) => ({ exact: p.exact, cell: { value: p.cell.value } }));
    expect(classifyTotal({ value: d('53.5'), decimals: 1 }, general)).toBe('mismatch');
  });
});

describe('checkTotal', () => {
  const run = (cell: { value: number | string | null; numberFormat?: string }) => {
    const ctx = new ReviewContext({ sheets: [] });
    checkTotal(ctx, { ref: { sheet: 'S', addr: 'D9', cell, label: '合计' }, parts: PARTS, unit: '万元' });
    return ctx;
  };
  it('reports TOTAL_OF_ROUNDED_PARTS (info) at the total cell', () => {
    const ctx = run({ value: 53.5, numberFormat: '0.0' });
    expect(ctx.findings).toHaveLength(1);
    expect(ctx.findings[0]).toMatchObject({ code: 'TOTAL_OF_ROUNDED_PARTS', severity: 'info', cell: 'D9', expected: '53.441', found: '53.5' });
  });
  it('no finding for 53.4', () => {
    expect(run({ value: 53.4, numberFormat: '0.0' }).findings).toEqual([]);
  });
  it('TOTAL_MISMATCH for 53.6', () => {
    expect(run({ value: 53.6, numberFormat: '0.0' }).findings.map((f) => f.code)).toEqual(['TOTAL_MISMATCH']);
  });
  it('fills an empty total and flags text', () => {
    const empty = run({ value: null });
    expect(empty.findings).toEqual([]);
    expect(empty.patches).toEqual([expect.objectContaining({ cell: 'D9', value: '53.441' })]);
    expect(run({ value: '约53' }).findings.map((f) => f.code)).toEqual(['INPUT_NOT_A_NUMBER']);
  });
});

describe('parts shown in thousands ("0.0," displays 1234567 as 1234.6)', () => {
  const cell = (value: number) => ({ value, numberFormat: '0.0,' });
  it('rounds each part to hundreds, as displayed, instead of throwing', () => {
    const parts = [{ exact: d('1234567'), cell: cell(1234567) }, { exact: d('7654321'), cell: cell(7654321) }];
    expect(sumOfDisplayedParts(parts, 0).toFixed()).toBe('8888900');
    expect(classifyTotal({ value: d('8888900'), decimals: -2 }, parts)).toBe('ok');
    expect(classifyTotal({ value: d('8889900'), decimals: -2 }, parts)).toBe('mismatch');
  });
});
