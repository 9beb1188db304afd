import { runInvestment, sheetOf, workbookOf } from './helpers';

describe('messy real-world headers', () => {
  it('title rows, blank rows, a two-row merged header, line breaks, full-width text, numbers as text', () => {
    const sheet = sheetOf(
      '附表3 投资估算汇总表',
      [
        ['XX矿山地质环境治理工程', null, null, null, null, null, null, null],
        ['投资估算汇总表', null, null, null, null, null, null, null],
        [null, null, null, null, null, null, null, null],
        ['序　号', '工程或费用\n名称', '单位', '工 程 量', '单价\n（元）', '费率', '投资估算', null],
        [null, null, null, null, null, '（％）', '金额（万元）', '备注'],
        ['第一部分', '工程施工费', null, null, null, null, '１，５００.００', null],
        ['1.', '场地平整', 'm²', '１０００００', '150', null, '1,500.00', null],
        ['第二部分', '其他费用', null, null, null, null, 45, null],
        ['1、', '工程监理费', null, null, null, '3%', 45, '计费基数：工程施工费'],
        ['总 计', null, null, null, null, null, 1545, null],
      ],
      { row: 3, col: 2 },
    );
    const ctx = runInvestment(workbookOf(sheet));
    // 工程监理费 has a rate but its base is only written in 备注: INPUT_MISSING on the (absent) 计费基数 column.
    expect(ctx.templates[0]).toMatchObject({ sheet: '附表3 投资估算汇总表', kind: 'investment' });
    expect(ctx.findings.map((f) => f.code)).toEqual(['INPUT_MISSING']);
    expect(ctx.results.find((r) => r.id === 'invest.total')).toMatchObject({ value: '1545', cell: 'H12' });
    expect(ctx.results.find((r) => r.id === 'invest.工程施工费')).toMatchObject({ value: '1500', cell: 'H8' });
  });

  it('项目名称 / 数量 / 单价 / 投资 (元) spelling, dotted 序号, amounts in 元, 总投资 label', () => {
    const sheet = sheetOf('投资估算', [
      ['编号', '项目名称', '单位', '数量', '单价', '费率(%)', '计费基数', '投资（元）'],
      ['1', '工程施工费', null, null, null, null, null, 120000],
      ['1.1', '覆土', 'm³', 2000, 30, null, null, 60000],
      ['1.2', '植草', 'm²', 20000, 3, null, null, 60000],
      ['2', '不可预见费', null, null, null, 5, '1', 6000],
      ['', '总投资', null, null, null, null, null, 126000],
    ]);
    const ctx = runInvestment(workbookOf(sheet));
    expect(ctx.findings).toEqual([]);
    expect(ctx.results.find((r) => r.id === 'invest.total')).toMatchObject({ value: '12.6', unit: '万元', cell: 'H6' });
    expect(ctx.results.find((r) => r.id === 'invest.不可预见费')?.value).toBe('0.6');
    expect(ctx.shared.investment?.notes).toEqual([]); // base "1" = level-1 row 1, 12 万元 × 5 %
  });

  it('a renamed sheet is found by its header; a sheet without an amount column is MISSING_COLUMN', () => {
    const renamed = sheetOf('Sheet1', [
      ['序号', '费用名称', '单位', '工程量', '单价(元)', '合价(万元)'],
      ['一', '工程施工费', null, null, null, 1],
      ['1', '场地平整', 'm²', 2000, 5, 1],
    ]);
    expect(runInvestment(workbookOf(renamed)).templates[0]?.sheet).toBe('Sheet1');
    const noAmount = sheetOf('投资估算表', [
      ['序号', '费用名称', '单位', '工程量', '单价(元)'],
      ['1', '场地平整', 'm²', 2000, 5],
    ]);
    const ctx = runInvestment(workbookOf(noAmount));
    expect(ctx.findings.map((f) => f.code)).toEqual(['MISSING_COLUMN']);
  });

  it('an absent estimate is reported as absent (review returns false)', () => {
    const ctx = runInvestment(workbookOf(sheetOf('其他', [['a', 'b']])));
    expect(ctx.templates).toEqual([]);
  });
});
