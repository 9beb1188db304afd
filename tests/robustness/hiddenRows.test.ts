import { addTable, EARTH_HEADER, exceljsFile, findingsOf, resultValue, reviewJson, tempDir } from './support';

/**
 * Hidden rows and columns are reviewed like visible ones: the snapshot has no "hidden" flag for rows
 * (docs/robustness.md), a hidden row still counts in the sums, and its mistakes are still reported —
 * hiding a row must not hide a number from the reviewer.
 */
describe('hidden rows and columns', () => {
  it('a hidden data row is reviewed, summed and its errors reported', async () => {
    const file = await exceljsFile(tempDir(), 'hidden.xlsx', (wb) => {
      const ws = addTable(wb, '土石料平衡分析表', [
        EARTH_HEADER,
        [1, '建筑用砂岩', 'm³', 120000, 35000, null, 80000, null, 75000, 28, null, null],
        [2, '废石', 'm³', 10000, 0, null, 5000, null, 6000, 8, null, null],
        ['合计', null, null, null, null, null, null, null, null, null, null, null],
      ]);
      ws.getRow(3).hidden = true;
      ws.getColumn(9).hidden = true; // 拟对外销售量
    });
    const { code, json } = await reviewJson(file);
    expect(code).toBe(1);
    expect(json.templates.find((t) => t.kind === 'earthBalance')?.rows).toBe(2);
    expect(resultValue(json, 'earth.废石.disposable')).toBe('5000');
    expect(resultValue(json, 'earth.total.disposable')).toBe('80000');
    const sale = findingsOf(json, 'EARTH_SALE_EXCEEDS_DISPOSABLE');
    expect(sale.map((f) => f.cell)).toEqual(['I3']);
  });

  it('a hidden 合计 row is still checked against the sums', async () => {
    const file = await exceljsFile(tempDir(), 'hidden-total.xlsx', (wb) => {
      const ws = addTable(wb, '土石料平衡分析表', [
        EARTH_HEADER,
        [1, '建筑用砂岩', 'm³', 1000, 0, 1000, 400, 600, 600, 10, 0.6, 0.6],
        ['合计', null, null, 1000, 0, 1000, 400, 999, 600, null, 0.6, 0.6],
      ]);
      ws.getRow(3).hidden = true;
    });
    const { json } = await reviewJson(file);
    expect(findingsOf(json, 'TOTAL_MISMATCH').map((f) => f.cell)).toEqual(['H3']);
  });
});
