/**
 * Synthetic plan workbooks for `npm run bench`: a 投资估算表 with a 3-level outline (一 / 1 / (1)), a
 * 复垦地块表 plot list and a 土石料平衡分析表, scaled to a row count. Figures are consistent (amounts are
 * exact, totals add up) with a few deliberate slips every 997 rows and derived cells left empty on every
 * other group/material, so the engine runs every path it runs on a real plan: comparisons, fills, findings.
 */
import { Decimal, roundHalfUp, toPlainString, ZERO } from '../src/core/decimal';
import type { CellValue } from '../src/core/snapshot';
import { EARTH_HEADER } from '../src/core/templates/earthBalance/blank';
import { ESTIMATE_FORMATS, ESTIMATE_HEADER, ESTIMATE_WIDTHS } from '../src/core/templates/investment/blank';
import { PLOTS_HEADER } from '../src/core/templates/plots/blank';
import type { BlankSheet } from '../src/core/templates/types';

const num = (d: Decimal): number => Number(toPlainString(d));
const SLIP_EVERY = 997;

/** 投资估算表 of about `rows` rows: groups of one level-2 heading and 9 level-3 items under 一 工程施工费. */
export function estimateSheet(rows: number): BlankSheet {
  const body: CellValue[][] = [];
  const groups = Math.max(1, Math.floor((rows - 14) / 10));
  let construction = ZERO;
  const groupRows: CellValue[][] = [];
  for (let g = 1; g <= groups; g++) {
    const items: CellValue[][] = [];
    let groupSum = ZERO;
    for (let i = 1; i <= 9; i++) {
      const qty = 100 + ((g * 31 + i * 17) % 5000);
      const price = 100 * (1 + ((g + i * 7) % 40)); // 元, a multiple of 100: 合价 has 2 exact decimals
      const amount = new Decimal(qty).times(price).div(10000);
      groupSum = groupSum.plus(amount);
      const typed = (g * 10 + i) % SLIP_EVERY === 0 ? num(amount) + 1 : num(amount);
      items.push([`(${i})`, `分项${g}-${i}`, 'm³', qty, price, null, null, typed, null, null]);
    }
    construction = construction.plus(groupSum);
    // Every other group leaves its 合价 empty, as authors do before 计算并回填: those become fill patches.
    groupRows.push([String(g), `第${g}区修复工程`, null, null, null, null, null, g % 2 ? num(groupSum) : null, null, null], ...items);
  }
  const equipment = new Decimal(54);
  const monitoring = new Decimal(129);
  const fee = (rate: string) => roundHalfUp(construction.times(rate).div(100), 2);
  const fees = [fee('1.5'), fee('2'), fee('1.2')];
  const other = fees.reduce((a, b) => a.plus(b), ZERO);
  const contingency = roundHalfUp(construction.plus(equipment).plus(monitoring).plus(other).times(3).div(100), 2);
  const total = construction.plus(equipment).plus(monitoring).plus(other).plus(contingency);
  body.push(['一', '工程施工费', null, null, null, null, null, num(construction), '工程施工费', null], ...groupRows);
  body.push(
    ['二', '设备购置费', null, null, null, null, null, 54, '设备购置费', null],
    ['1', '地表位移监测设备', '套', 3, 80000, null, null, 24, null, null],
    ['2', '灌溉首部设备', '套', 2, 150000, null, null, 30, null, null],
    ['三', '监测与管护费', null, null, null, null, null, 129, '监测与管护费', null],
    ['1', '监测费', '次', 19, 30000, null, null, 57, null, null],
    ['2', '管护费', '亩·年', 3600, 200, null, null, 72, null, '管护期3年'],
    ['四', '其他费用', null, null, null, null, null, num(other), '其他费用', null],
    ['1', '项目勘测费', null, null, null, 1.5, '工程施工费', num(fees[0]), null, null],
    ['2', '工程监理费', null, null, null, 2, '工程施工费', num(fees[1]), null, null],
    ['3', '竣工验收费', null, null, null, 1.2, '工程施工费', num(fees[2]), null, null],
    ['五', '不可预见费', null, null, null, 3, '一+二+三+四', num(contingency), '不可预见费', null],
    ['合计', null, null, null, null, null, null, num(total), null, '总投资'],
  );
  return {
    name: '投资估算表',
    headerRow: 1,
    columnWidths: ESTIMATE_WIDTHS,
    numberFormats: ESTIMATE_FORMATS,
    rows: [['投资估算表（基准测试）'], ESTIMATE_HEADER, ...body],
  };
}

const AFTER = ['旱地', '水浇地', '乔木林地', '其他草地', '灌木林地', '旱地', '生态产业用地'];
const USAGE: Record<string, string> = { 旱地: '占补平衡', 水浇地: '占补平衡', 生态产业用地: '生态产业' };

/** 复垦地块表 of `rows` plots in 亩 (every 5th in 公顷) and a 合计 row; returns the total area in 亩. */
export function plotsSheet(rows: number): { sheet: BlankSheet; totalMu: Decimal } {
  const body: CellValue[][] = [];
  let totalMu = ZERO;
  for (let i = 1; i <= rows; i++) {
    const after = i % 50 === 0 ? '生态产业用地' : AFTER[i % 6];
    const hectares = i % 5 === 0;
    const area = hectares ? 1 + (i % 7) : 2 + (i % 40) + (i % 4) * 0.25;
    totalMu = totalMu.plus(hectares ? new Decimal(area).times(15) : new Decimal(area));
    const slope = i % SLIP_EVERY === 0 ? 30 : 2 + (i % 20);
    const usage = i % 11 === 0 ? '增减挂钩' : USAGE[after] ?? '其他';
    const farmland = after === '旱地' || after === '水浇地';
    body.push([
      `D${String(i).padStart(6, '0')}`, area, hectares ? '公顷' : '亩', usage === '增减挂钩' ? '集体' : i % 3 ? '集体' : '国有',
      '采矿用地', after, slope, '否', '是', usage, farmland ? 8 : null, farmland ? 400 : null, null,
    ]);
  }
  body.push(['合计', num(totalMu), '亩', null, null, null, null, null, null, null, null, null, null]);
  return {
    sheet: { name: '复垦地块表', headerRow: 1, numberFormats: { 1: '0.00', 6: '0.0', 11: '0' }, rows: [['复垦地块表'], PLOTS_HEADER, ...body] },
    totalMu,
  };
}

/** 土石料平衡分析表 of `rows` materials with derived columns typed by the author, and a 合计 row. */
export function earthSheet(rows: number): BlankSheet {
  const body: CellValue[][] = [];
  const totals = { legacy: ZERO, newly: ZERO, supply: ZERO, use: ZERO, disposable: ZERO, sale: ZERO };
  for (let i = 1; i <= rows; i++) {
    const legacy = new Decimal(10000 + ((i * 37) % 90000));
    const newly = new Decimal(1000 + ((i * 13) % 20000));
    const supply = legacy.plus(newly);
    const use = new Decimal(Math.floor(num(supply) * 0.4));
    const disposable = supply.minus(use);
    const sale = i % SLIP_EVERY === 0 ? disposable.plus(500) : disposable.minus((i * 7) % 1000);
    const price = new Decimal(20 + (i % 15));
    const appraisal = sale.times(price).div(10000);
    for (const [k, v] of Object.entries({ legacy, newly, supply, use, disposable, sale })) totals[k as keyof typeof totals] = totals[k as keyof typeof totals].plus(v);
    const fill = i % 2 === 0; // derived cells left for the fill on every other row
    body.push([i, `建筑用石料（批次${i}）`, 'm³', 2.6, num(legacy), num(newly), fill ? null : num(supply), num(use), fill ? null : num(disposable), num(sale), num(price), fill ? null : num(appraisal), null, num(appraisal), null]);
  }
  const t = totals;
  body.push(['合计', null, null, null, num(t.legacy), num(t.newly), num(t.supply), num(t.use), num(t.disposable), num(t.sale), null, null, null, null, null]);
  return {
    name: '土石料平衡分析表',
    headerRow: 1,
    numberFormats: { 4: '#,##0', 5: '#,##0', 6: '#,##0', 7: '#,##0', 8: '#,##0', 9: '#,##0', 10: '0.00', 11: '0.0000', 13: '0.0000' },
    rows: [['土石料平衡分析表（基准测试）'], EARTH_HEADER, ...body],
  };
}

function projectInfoSheet(totalMu: Decimal): BlankSheet {
  return {
    name: '项目信息',
    headerRow: 1,
    rows: [
      ['项目信息'],
      ['项目', '值', '单位'],
      ['项目名称', '基准测试矿山生态修复项目', null],
      ['省份', '河南省', null],
      ['编制日期', '2025-12-15', null],
      ['修复主导方向', '林草', null],
      ['修复总面积', num(totalMu), '亩'],
      ['修复前最低标高', 152.5, 'm'],
      ['修复后坑底标高', 153, 'm'],
    ],
  };
}

/**
 * The sheets of a bench workbook of `rows` rows: `rows` in the estimate, `rows` plots and `rows / 10`
 * earth-stone materials (a plan lists far fewer materials than plots).
 */
export function benchSheets(rows: number): BlankSheet[] {
  const plots = plotsSheet(rows);
  return [projectInfoSheet(plots.totalMu), earthSheet(Math.max(3, Math.floor(rows / 10))), estimateSheet(rows), plots.sheet];
}

export function dataRows(sheets: BlankSheet[]): number {
  return sheets.reduce((n, s) => n + s.rows.length - s.headerRow - 1, 0);
}
