import { earthRows, findingsOf, resultValue, reviewJson, tempDir, xlsxFile } from './support';

/** The same name twice gets result ids `<name>`, `<name>#2`, `<name>#3` (SPEC §7 ids stay unique). */
describe('duplicate category names', () => {
  it('earth rows: 建筑用砂岩, 建筑用砂岩#2, 建筑用砂岩#3; each checked on its own row', async () => {
    const file = await xlsxFile(tempDir(), 'dup.xlsx', [
      {
        name: '土石料平衡分析表',
        rows: earthRows(
          [1, '建筑用砂岩', 'm³', 1000, 0, null, 100, null, 900, 10, null, null],
          [2, '建筑用砂岩', 'm³', 2000, 0, null, 100, null, 1901, 10, null, null],
          [3, ' 建筑用 砂岩 ', 'm³', 3000, 0, null, 100, null, 0, 10, null, null],
        ),
      },
    ]);
    const { json } = await reviewJson(file);
    expect(resultValue(json, 'earth.建筑用砂岩.disposable')).toBe('900');
    expect(resultValue(json, 'earth.建筑用砂岩#2.disposable')).toBe('1900');
    expect(resultValue(json, 'earth.建筑用砂岩#3.disposable')).toBe('2900');
    const ids = json.results.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findingsOf(json, 'EARTH_SALE_EXCEEDS_DISPOSABLE').map((f) => f.cell)).toEqual(['I4']);
  });

  it('compensation rows with the same 地块/权利人: comp.<name>.amount and comp.<name>#2.amount', async () => {
    const header = ['地块/权利人', '情形', '面积(m²)', '证载用途地价(元/m²)', '证载用途基准年期(年)', '农用地地价(元/m²)', '农用地基准年期(年)', '剩余年期n(年)', '法定最高年限(年)', '土地还原率r(%)', '补偿额(万元)'];
    const row = ['甲地块', '国有未到期', 10000, 600, 50, 60, null, 23, 50, '6%', null];
    const file = await xlsxFile(tempDir(), 'dup-comp.xlsx', [{ name: '补偿测算表', rows: [header, row, row] }]);
    const { json } = await reviewJson(file);
    const a = resultValue(json, 'comp.甲地块.amount');
    expect(a).toBeDefined();
    expect(resultValue(json, 'comp.甲地块#2.amount')).toBe(a);
    const ids = json.results.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every result id in a whole workbook of duplicates is unique', async () => {
    const file = await xlsxFile(tempDir(), 'dup-bids.xlsx', [
      { name: '竞价记录', rows: [['标的', '竞买人', '报价（万元）', '处置底价（万元）'], ['全部', '甲公司', 12, 10], ['全部', '甲公司', 13, 10]] },
      { name: '土石料平衡分析表', rows: earthRows([1, '表土', 'm³', 1, 0, null, 1, null, 0, null, null, null], [2, '表土', 'm³', 1, 0, null, 1, null, 0, null, null, null]) },
    ]);
    const { json } = await reviewJson(file);
    const ids = json.results.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(resultValue(json, 'bids.全部.winner')).toBe('甲公司');
  });
});
