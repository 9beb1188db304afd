import { addTable, EARTH_HEADER, exceljsFile, findingsOf, resultValue, reviewJson, tempDir } from './support';

/** Excel error values in inputs — typed, or as a formula's cached result — are INPUT_NOT_A_NUMBER naming the error. */
describe('error values in inputs', () => {
  it('#REF! and #DIV/0! (typed and as formula results) → INPUT_NOT_A_NUMBER naming the error; other rows still reviewed', async () => {
    const file = await exceljsFile(tempDir(), 'errors.xlsx', (wb) => {
      addTable(wb, '项目信息', [['项目', '值', '单位'], ['省份', '河南'], ['修复总面积', { error: '#N/A' }, '亩'], ['修复前最低标高', { formula: '1/0', result: { error: '#DIV/0!' } }, 'm'], ['修复后坑底标高', 101, 'm']]);
      addTable(wb, '土石料平衡分析表', [
        EARTH_HEADER,
        [1, '建筑用砂岩', 'm³', { error: '#REF!' }, { formula: 'X1/0', result: { error: '#DIV/0!' } }, null, 80000, null, 0, 28, null, null],
        [2, '表土', 'm³', 30000, 0, { formula: 'D3+E3', result: { error: '#VALUE!' } }, 30000, null, 0, null, null, null],
        [3, '废石', 'm³', 500, 0, null, 100, null, 0, null, null, null],
      ]);
      addTable(wb, '竞价记录', [['标的', '竞买人', '报价（万元）', '处置底价（万元）'], ['全部', '甲公司', { error: '#NAME?' }, 10], ['全部', '乙公司', 12, 10]]);
    });
    const { code, json } = await reviewJson(file);
    expect(code).toBe(1);
    const nan = findingsOf(json, 'INPUT_NOT_A_NUMBER');
    const byCell = Object.fromEntries(nan.map((f) => [`${f.sheet}!${f.cell}`, f]));
    expect(byCell['土石料平衡分析表!D2']).toMatchObject({ found: '#REF!', message: expect.stringContaining('#REF!') });
    expect(byCell['土石料平衡分析表!E2']).toMatchObject({ found: '#DIV/0!', message: expect.stringContaining('#DIV/0!') });
    expect(byCell['土石料平衡分析表!F3']).toMatchObject({ found: '#VALUE!' });
    expect(byCell['竞价记录!C2']).toMatchObject({ found: '#NAME?' });
    expect(byCell['项目信息!B4']).toMatchObject({ found: '#DIV/0!' });
    expect(byCell['项目信息!B3']).toMatchObject({ found: '#N/A' });
    expect(resultValue(json, 'earth.废石.disposable')).toBe('400');
    expect(resultValue(json, 'bids.全部.winner')).toBe('乙公司');
  });
});
