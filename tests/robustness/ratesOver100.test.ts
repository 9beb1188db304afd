import { findingsOf, reviewJson, tempDir, xlsxFile } from './support';

/** A rate above 100 % (or below 0) is INPUT_OUT_OF_RANGE at its cell (SPEC §6); nothing is computed from it. */
describe('rates above 100 %', () => {
  it('合理回报率 150%, 折现率 101% in 收益测算', async () => {
    const file = await xlsxFile(tempDir(), 'returns.xlsx', [
      { name: '收益测算', rows: [['项目', '值', '单位'], ['投资成本', 1000, '万元'], ['合理回报率', '150%', '%'], ['回报年限', 5, '年'], ['计息方式', '复利', ''], ['折现率', 101, '%']] },
    ]);
    const { code, json } = await reviewJson(file);
    expect(code).toBe(1);
    const cells = findingsOf(json, 'INPUT_OUT_OF_RANGE', '收益测算').map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining(['B3']));
    expect(json.results.find((r) => r.id === 'returns.return')).toBeUndefined();
  });

  it('土地还原率 120% in 补偿测算表', async () => {
    const header = ['地块/权利人', '情形', '面积(m²)', '证载用途地价(元/m²)', '证载用途基准年期(年)', '农用地地价(元/m²)', '农用地基准年期(年)', '剩余年期n(年)', '法定最高年限(年)', '土地还原率r(%)', '补偿额(万元)'];
    const file = await xlsxFile(tempDir(), 'comp.xlsx', [{ name: '补偿测算表', rows: [header, ['甲', '国有未到期', 10000, 600, 50, 60, null, 23, 50, '120%', null]] }]);
    const { json } = await reviewJson(file);
    expect(findingsOf(json, 'INPUT_OUT_OF_RANGE', '补偿测算表').map((f) => f.cell)).toContain('J2');
  });

  it('费率 150% on an investment fee row', async () => {
    const file = await xlsxFile(tempDir(), 'invest.xlsx', [
      {
        name: '投资估算表',
        rows: [
          ['序号', '工程或费用名称', '单位', '工程量', '单价（元）', '费率（%）', '计费基数', '合价（万元）'],
          ['一', '工程施工费', null, null, null, null, null, null],
          ['1', '场地平整', 'm²', 10000, 5, null, null, 5],
          ['二', '其他费用', null, null, null, null, null, null],
          ['1', '工程监理费', null, null, null, '150%', '工程施工费', null],
        ],
      },
    ]);
    const { json } = await reviewJson(file);
    expect(findingsOf(json, 'INPUT_OUT_OF_RANGE', '投资估算表').map((f) => f.cell)).toContain('F5');
  });

  it('boundary: exactly 100% is accepted', async () => {
    const file = await xlsxFile(tempDir(), 'returns100.xlsx', [
      { name: '收益测算', rows: [['项目', '值', '单位'], ['投资成本', 1000, '万元'], ['合理回报率', '100%', '%'], ['回报年限', 1, '年'], ['计息方式', '单利', '']] },
    ]);
    const { json } = await reviewJson(file);
    expect(findingsOf(json, 'INPUT_OUT_OF_RANGE', '收益测算')).toEqual([]);
    expect(json.results.find((r) => r.id === 'returns.return')?.value).toBe('1000');
  });
});
