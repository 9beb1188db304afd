/**
 * Cross-table reconciliation (issue 11): every finding that compares two sheets names BOTH cells in its
 * message, so a reviewer can open either side. One 河南 workbook (earth balance, bids, returns) and one 山西
 * workbook (project information, plots).
 */
import type { Finding } from '../../src/core/findings';
import { reviewWorkbook } from '../../src/core/review';
import type { CellValue } from '../../src/core/snapshot';
import { projectInfo, sheet, workbook } from '../support/snapshot';
import { HEADER as PLOT_HEADER, plot } from './templates/plots/support';

const EARTH_HEADER = ['序号', '土石料类别', '单位', '原地遗留量', '新产生量', '供应量小计', '本工程利用量', '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）'];

/** 建筑用砂岩: sale 75000 × 28 元 = 210 万元 appraisal = floor (L3). */
function henan(bids: CellValue[][], earthIncome: number | null, bidFormats: Record<string, string> = {}) {
  return workbook(
    projectInfo([['省份', '河南'], ['编制日期', '2025-12-01']]),
    sheet('土石料平衡分析表', [
      EARTH_HEADER,
      [1, '建筑用砂岩', 'm³', 120000, 35000, null, 80000, null, 75000, 28, null, null],
    ]),
    sheet('竞价记录', bids, bidFormats),
    sheet('收益测算', [['项目', '值', '单位'], ['投资成本', 100, '万元'], ['合理回报率', '8%', null], ['回报年限', 3, '年'], ['计息方式', '单利', null], ['土石料处置收入', earthIncome, '万元']]),
  );
}

const find = (findings: Finding[], code: string, sheetName: string) => findings.filter((f) => f.code === code && f.sheet === sheetName);

describe('bids: a stated 处置底价 against the earth balance floor of the same category', () => {
  it('differs → VALUE_MISMATCH warning on the bid floor, naming both cells', () => {
    const review = reviewWorkbook(henan([['标的', '竞买人', '报价（万元）', '处置底价（万元）'], ['建筑用砂岩', '甲公司', 230, 200]], null));
    const [f] = find(review.findings, 'VALUE_MISMATCH', '竞价记录');
    expect(f).toMatchObject({ severity: 'warning', cell: 'D2', expected: '210', found: '200' });
    expect(f.message.zh).toContain('竞价记录!D2');
    expect(f.message.zh).toContain('土石料平衡分析表!L2');
    expect(f.message.en).toContain('土石料平衡分析表!L2');
  });

  it('agrees within the displayed precision of the bid cell (SPEC §4) → nothing', () => {
    const review = reviewWorkbook(henan([['标的', '竞买人', '报价（万元）', '处置底价（万元）'], ['建筑用砂岩', '甲公司', 230, 210.004]], null, { D2: '0.00' }));
    expect(find(review.findings, 'VALUE_MISMATCH', '竞价记录')).toEqual([]);
    const off = reviewWorkbook(henan([['标的', '竞买人', '报价（万元）', '处置底价（万元）'], ['建筑用砂岩', '甲公司', 230, 210.01]], null, { D2: '0.00' }));
    expect(find(off.findings, 'VALUE_MISMATCH', '竞价记录')).toHaveLength(1);
  });

  it('a floor stated in 元 is compared in 元', () => {
    const review = reviewWorkbook(henan([['标的', '竞买人', '报价（元）', '处置底价（元）'], ['建筑用砂岩', '甲公司', 2300000, 2100000]], null));
    expect(find(review.findings, 'VALUE_MISMATCH', '竞价记录')).toEqual([]);
  });
});

describe('returns: 土石料处置收入 against the other sheets', () => {
  it('against the winning price names the 收益测算 cell and the price cell', () => {
    const review = reviewWorkbook(henan([['标的', '竞买人', '报价（万元）'], ['建筑用砂岩', '甲公司', 230]], 250));
    const [f] = find(review.findings, 'VALUE_MISMATCH', '收益测算');
    expect(f.message.zh).toContain('收益测算!B6');
    expect(f.message.zh).toContain('竞价记录!C2');
  });

  it('against the earth floors (no bids) names the 收益测算 cell and the floor cells', () => {
    const wb = henan([['x']], 250);
    wb.sheets.splice(2, 1);
    const [f] = find(reviewWorkbook(wb).findings, 'VALUE_MISMATCH', '收益测算');
    expect(f.message.zh).toContain('收益测算!B6');
    expect(f.message.zh).toContain('土石料平衡分析表!L2');
  });
});

describe('plots against 项目信息 (山西)', () => {
  const shanxi = (info: [string, CellValue, string?][], plots: CellValue[][]) =>
    reviewWorkbook(workbook(projectInfo([['省份', '山西'], ['编制日期', '2023-06-01'], ...info]), sheet('复垦地块表', [PLOT_HEADER, ...plots] as CellValue[][])));

  it('stated area vs Σ plots (TOTAL_MISMATCH) names the 项目信息 cell and the plot cells', () => {
    const review = shanxi([['复垦为农用地面积', 25, '亩']], [plot({ id: 'P1', area: 10 }), plot({ id: 'P2', area: 12 })] as CellValue[][]);
    const [f] = find(review.findings, 'TOTAL_MISMATCH', '项目信息');
    expect(f.message.zh).toMatch(/项目信息!B\d/);
    expect(f.message.zh).toContain('复垦地块表!B2,B3');
  });

  it('eco-industry over the cap names the plot cells and the 修复总面积 cell', () => {
    const review = shanxi(
      [['修复主导方向', '林草'], ['修复总面积', 1000, '亩']],
      [plot({ id: 'E1', area: 31, after: '生态产业用地', usage: '生态产业' }), plot({ id: 'F1', area: 969, after: '林地', usage: '其他' })] as CellValue[][],
    );
    const [f] = review.findings.filter((x) => x.code === 'ECO_INDUSTRY_AREA_OVER_CAP');
    expect(f.message.zh).toContain('复垦地块表!B2');
    expect(f.message.zh).toMatch(/项目信息!B\d/);
    expect(f.message.en).toContain('复垦地块表!B2');
  });

  it('new construction land above the reclaimed land names both 项目信息 cells', () => {
    const review = shanxi([['复垦为农用地面积', 10, '亩'], ['拟使用新增建设用地面积', 11, '亩']], [plot({ id: 'P1', area: 10 })] as CellValue[][]);
    const [f] = review.findings.filter((x) => x.code === 'LAND_INDICATOR_EXCEEDS_RECLAIMED');
    expect(f.message.zh.match(/项目信息!B\d/g)).toHaveLength(2);
  });
});
