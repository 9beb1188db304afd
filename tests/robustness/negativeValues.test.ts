import { earthRows, findingsOf, reviewJson, tempDir, xlsxFile } from './support';

/** Negative volumes and areas are INPUT_OUT_OF_RANGE (≥ 0 expected) at their cell; the rest is reviewed. */
describe('negative areas and volumes', () => {
  it('negative 原地遗留量 / 本工程利用量 / 拟对外销售量 → INPUT_OUT_OF_RANGE at each cell', async () => {
    const file = await xlsxFile(tempDir(), 'neg.xlsx', [
      { name: '土石料平衡分析表', rows: earthRows([1, '建筑用砂岩', 'm³', -120000, 35000, null, '-80,000', null, -1, 28, null, null], [2, '表土', 'm³', 100, 0, null, 50, null, 0, null, null, null]) },
    ]);
    const { code, json } = await reviewJson(file);
    expect(code).toBe(1);
    const out = findingsOf(json, 'INPUT_OUT_OF_RANGE');
    expect(out.map((f) => f.cell).sort()).toEqual(['D3', 'G3', 'I3']);
    for (const f of out) expect(f.expected).toBe('≥ 0');
    expect(json.results.find((r) => r.id === 'earth.表土.disposable')?.value).toBe('50');
  });

  it('negative areas in 项目信息 and 复垦地块表 → INPUT_OUT_OF_RANGE', async () => {
    const file = await xlsxFile(tempDir(), 'neg-area.xlsx', [
      { name: '项目信息', rows: [['项目', '值', '单位'], ['省份', '河南'], ['修复总面积', -1200, '亩']] },
      {
        name: '复垦地块表',
        rows: [
          ['地块编号', '面积', '单位', '权属', '复垦前地类', '复垦后地类', '坡度（°）', '生态保护红线内', '遥感影像支持', '利用方式'],
          ['D01', -12.5, '亩', '集体', '采矿用地', '旱地', 6, '否', '是', '增减挂钩'],
          ['D02', 3, '亩', '集体', '采矿用地', '旱地', 6, '否', '是', '增减挂钩'],
        ],
      },
    ]);
    const { json } = await reviewJson(file);
    const cells = findingsOf(json, 'INPUT_OUT_OF_RANGE').map((f) => `${f.sheet}!${f.cell}`);
    expect(cells).toEqual(expect.arrayContaining(['项目信息!B3', '复垦地块表!B2']));
    expect(json.results.find((r) => r.id === 'land.linkage.area')?.value).toBe('3');
  });
});
