import { reviewWorkbook } from '../../../src/core/review';
import type { CellValue } from '../../../src/core/snapshot';
import { projectInfo, workbook, sheet } from '../../support/snapshot';

const run = (entries: [string, CellValue, string?][]) => reviewWorkbook(workbook(projectInfo(entries)));
const codes = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.code !== 'MISSING_SHEET').map((f) => f.code);

describe('project information', () => {
  it('selects the rule pack by province, with its validity', () => {
    const r = run([['省份', '河南省'], ['编制日期', '2025-12-01']]);
    expect(r.province).toBe('河南');
    expect(r.planDate).toBe('2025-12-01');
    expect(r.rulePacks).toEqual([{ id: '河南', document: '豫自然资规〔2025〕13号', validFrom: '2025-11-03', validTo: '2030-11-02' }]);
    expect(codes(r)).toEqual([]);
  });
  it.each([
    ['2025-11-03', false], ['2025-11-02', true], ['2030-11-02', false], ['2030-11-03', true],
  ])('plan dated %s → POLICY_EXPIRED %s (still reviewed)', (date, expired) => {
    const r = run([['省份', '河南'], ['编制日期', date]]);
    expect(codes(r).includes('POLICY_EXPIRED')).toBe(expired);
    if (expired) expect(r.findings[0]).toMatchObject({ severity: 'warning', cell: 'B3', rule: '豫自然资规〔2025〕13号 第二十八条' });
  });
  it('reads dates as Date, Excel serial and Chinese text', () => {
    expect(run([['编制日期', new Date(Date.UTC(2025, 11, 1))]]).planDate).toBe('2025-12-01');
    expect(run([['编制日期', 46000]]).planDate).toBe('2025-12-09');
    expect(run([['编制日期', '2025年12月1日']]).planDate).toBe('2025-12-01');
    expect(codes(run([['编制日期', '去年']]))).toEqual(['INPUT_NOT_A_NUMBER']);
  });
  it('pit bottom equal to the baseline is fine; below it is EARTH_PIT_BELOW_BASELINE (第七条)', () => {
    expect(codes(run([['省份', '河南'], ['修复前最低标高', 152.5], ['修复后坑底标高', 152.5]]))).toEqual([]);
    const r = run([['省份', '河南'], ['修复前最低标高', 152.5], ['修复后坑底标高', 152.4]]);
    expect(r.findings[0]).toMatchObject({ code: 'EARTH_PIT_BELOW_BASELINE', severity: 'error', cell: 'B4', expected: '≥ 152.5', found: '152.4', rule: '豫自然资规〔2025〕13号 第七条' });
  });
  it('an unknown province gets no rule pack and says so', () => {
    const r = run([['省份', '广东']]);
    expect(r.rulePacks).toEqual([]);
    expect(codes(r)).toEqual(['INPUT_OUT_OF_RANGE']);
  });
  it('finds a renamed label/value sheet by its labels', () => {
    const r = reviewWorkbook(workbook(sheet('基本情况', [['一、基本情况'], ['所在省份', '河南'], ['方案编制日期', '2026-01-05']])));
    expect(r.province).toBe('河南');
    expect(r.templates[0]).toMatchObject({ kind: 'projectInfo', sheet: '基本情况' });
  });
});
