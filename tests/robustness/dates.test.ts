import { readWorkbookFile } from '../../src/adapters/xlsx/readXlsx';
import { reviewWorkbook } from '../../src/core/review';
import { addTable, exceljsFile, findingsOf, reviewJson, tempDir } from './support';

async function planDateOf(value: unknown, numFmt?: string) {
  const file = await exceljsFile(tempDir(), 'info.xlsx', (wb) => {
    const ws = addTable(wb, '项目信息', [['项目', '值'], ['省份', '河南'], ['编制日期', null]]);
    ws.getCell('B3').value = value as never;
    if (numFmt) ws.getCell('B3').numFmt = numFmt;
  });
  const r = await reviewJson(file);
  // The plan date is not part of the SPEC §7 JSON; read it from the review itself.
  const { planDate } = reviewWorkbook((await readWorkbookFile(file)).snapshot);
  return { planDate, json: r.json };
}

/** 编制日期 as a date cell, an Excel serial (with or without a date format) and as text in the usual spellings. */
describe('dates as text and as serials', () => {
  it.each<[string, unknown, string | undefined]>([
    ['a date cell', new Date(Date.UTC(2025, 11, 1)), 'yyyy-mm-dd'],
    ['a serial with a date format', 45992, 'yyyy/m/d'],
    ['a bare serial (General)', 45992, undefined],
    ['ISO text', '2025-12-01', undefined],
    ['slashes', '2025/12/1', undefined],
    ['dots', '2025.12.1', undefined],
    ['年月日', '2025年12月1日', undefined],
    ['full-width digits', '２０２５年１２月１日', undefined],
  ])('%s → 2025-12-01', async (_label, value, fmt) => {
    const { planDate, json } = await planDateOf(value, fmt as string | undefined);
    expect(planDate).toBe('2025-12-01');
    expect(findingsOf(json, 'POLICY_EXPIRED')).toEqual([]);
  });

  it.each([['2025-02-30'], ['去年年底'], ['12/01/2025']])('%p is not a date → INPUT_NOT_A_NUMBER-style finding naming it, no crash', async (text) => {
    const { planDate, json } = await planDateOf(text);
    expect(planDate).toBeNull();
    const f = json.findings.find((x) => x.sheet === '项目信息' && x.cell === 'B3');
    expect(f?.message).toContain(text);
  });

  it('a date before the 河南 pack came into force → POLICY_EXPIRED, the review still runs', async () => {
    const { planDate, json } = await planDateOf('2025-11-02');
    expect(planDate).toBe('2025-11-02');
    expect(findingsOf(json, 'POLICY_EXPIRED')).toHaveLength(1);
  });
});
