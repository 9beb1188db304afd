import { addTable, EARTH_HEADER, exceljsFile, findingsOf, resultValue, reviewJson, tempDir } from './support';

/**
 * Merged cells as authors use them: a title across the table, a two-row header whose group cell spans
 * sub-columns, a category merged down two rows (one material, two grades), a 合计 label across two columns.
 * exceljs gives slave cells null; the locator reads the top-left value.
 */
describe('merged cells', () => {
  it('title, two-row header, vertical category merge and 合计 merge: reviewed, totals right, no crash', async () => {
    const file = await exceljsFile(tempDir(), 'merged.xlsx', (wb) => {
      const ws = addTable(wb, '土石料平衡分析表', [
        ['某矿山 土石料平衡分析表（单位：m³）'],
        ['序号', '土石料类别', '单位', '供应量', null, '供应量小计', '本工程利用量', '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）'],
        [null, null, null, '原地遗留量', '新产生量'],
        [1, '建筑用砂岩（一级）', 'm³', 100000, 20000, null, 60000, null, 60000, 30, null, null],
        [2, '建筑用砂岩（二级）', 'm³', 20000, 15000, null, 20000, null, 15000, 20, null, null],
        [3, '表土', 'm³', 30000, 0, null, 30000, null, 0, null, null, null],
        ['合计', null, null, 150000, 35000, 185000, 110000, 75000, 75000, null, 210, 210],
      ]);
      ws.mergeCells('A1:L1');
      ws.mergeCells('D2:E2');
      for (const c of ['A', 'B', 'C', 'F', 'G', 'H', 'I', 'J', 'K', 'L']) ws.mergeCells(`${c}2:${c}3`);
      ws.mergeCells('A7:C7');
    });
    const { json } = await reviewJson(file);
    const earth = json.templates.find((t) => t.kind === 'earthBalance');
    expect(earth).toEqual({ sheet: '土石料平衡分析表', kind: 'earthBalance', rows: 3 });
    expect(resultValue(json, 'earth.建筑用砂岩（一级）.disposable')).toBe('60000');
    expect(resultValue(json, 'earth.建筑用砂岩（二级）.appraisal')).toBe('30');
    expect(resultValue(json, 'earth.total.disposable')).toBe('75000');
    expect(findingsOf(json, 'TOTAL_MISMATCH')).toEqual([]);
    expect(findingsOf(json, 'MISSING_COLUMN')).toEqual([]);
  });

  it('a category merged down two rows: the second row is labelled by its 序号, still computed', async () => {
    const file = await exceljsFile(tempDir(), 'merged-category.xlsx', (wb) => {
      const ws = addTable(wb, '土石料平衡分析表', [
        EARTH_HEADER,
        [1, '建筑用砂岩', 'm³', 1000, 0, null, 500, null, 500, 10, null, null],
        [2, null, 'm³', 2000, 0, null, 500, null, 1500, 10, null, null],
      ]);
      ws.mergeCells('B2:B3');
    });
    const { json } = await reviewJson(file);
    expect(json.templates.find((t) => t.kind === 'earthBalance')?.rows).toBe(2);
    expect(resultValue(json, 'earth.建筑用砂岩.disposable')).toBe('500');
    expect(json.results.filter((r) => r.id.endsWith('.disposable') && r.value === '1500')).toHaveLength(1);
  });
});
