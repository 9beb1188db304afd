import { findingsOf, resultValue, reviewJson, tempDir, xlsxFile, earthRows } from './support';
import type { CellValue } from '../../src/core/snapshot';

async function earth(...rows: CellValue[][]) {
  const { json } = await reviewJson(await xlsxFile(tempDir(), 'plan.xlsx', [{ name: '土石料平衡分析表', rows: earthRows(...rows) }]));
  return json;
}

/** Numbers typed as text the way authors do (SPEC §3): parsed exactly, never through a float. */
describe('numbers stored as text', () => {
  it.each<[string, CellValue, string]>([
    ['thousands separators', '120,000', '120000'],
    ['full-width digits and comma', '１２０，０００', '120000'],
    ['full-width digits with a full-width point', '１２００００．５', '120000.5'],
    ['a trailing unit m³', '120000m³', '120000'],
    ['a trailing unit 立方米 with spaces', ' 120000 立方米 ', '120000'],
    ['万', '12万', '120000'],
    ['万 with a unit', '12万m³', '120000'],
    ['万方', '12万方', '120000'],
    ['decimals beyond a double', '120000.000000000000000001', '120000.000000000000000001'],
  ])('%s: %p → %s', async (_label, typed, exact) => {
    const json = await earth([1, '建筑用砂岩', 'm³', typed, 0, null, 0, null, 0, 28, null, null]);
    expect(findingsOf(json, 'INPUT_NOT_A_NUMBER')).toEqual([]);
    expect(resultValue(json, 'earth.建筑用砂岩.supply')).toBe(exact);
  });

  it('a percent in a rate field: "6%", "６％" and 6 read as 6 %', async () => {
    const rows = (rate: CellValue): CellValue[][] => [['收益测算'], ['项目', '值', '单位'], ['投资成本', 1000, '万元'], ['合理回报率', rate, '%'], ['回报年限', 5, '年'], ['计息方式', '单利', '']];
    for (const rate of ['6%', '６％', 6]) {
      const { json } = await reviewJson(await xlsxFile(tempDir(), 'r.xlsx', [{ name: '收益测算', rows: rows(rate) }]));
      expect(resultValue(json, 'returns.return')).toBe('300');
    }
  });

  it('text that is not a number → INPUT_NOT_A_NUMBER quoting it, the rest of the row still reviewed', async () => {
    const json = await earth([1, '建筑用砂岩', 'm³', '约12万', 35000, null, 80000, null, 0, 28, null, null], [2, '表土', 'm³', 100, 0, null, 50, null, 0, null, null, null]);
    const f = findingsOf(json, 'INPUT_NOT_A_NUMBER');
    expect(f).toEqual([expect.objectContaining({ cell: 'D3', found: '约12万', message: expect.stringContaining('约12万') })]);
    expect(resultValue(json, 'earth.表土.disposable')).toBe('50');
  });
});
