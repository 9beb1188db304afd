import { reviewWorkbook } from '../../../src/core/review';
import type { CellValue } from '../../../src/core/snapshot';
import { projectInfo, sheet, workbook } from '../../support/snapshot';

const EARTH = sheet('土石料平衡分析表', [
  ['序号', '土石料类别', '单位', '原地遗留量', '新产生量', '本工程利用量', '拟对外销售量', '评估单价', '处置底价'],
  [1, '建筑用砂岩', 'm³', 120000, 35000, 80000, 75000, 28, null], // floor 210
  [2, '建筑用石料', 'm³', 50000, 10000, 40000, 20000, 35.5, null], // floor 71
]);
const HEADER = ['标的', '竞买人', '报价（万元）', '处置底价（万元）'];
const run = (rows: CellValue[][]) =>
  reviewWorkbook(workbook(projectInfo([['省份', '河南']]), EARTH, sheet('竞价记录', [HEADER, ...rows])));
const res = (r: ReturnType<typeof run>, id: string) => r.results.find((x) => x.id === id);
const found = (r: ReturnType<typeof run>, code: string) => r.findings.find((f) => f.code === code);

describe('winning bids (河南 第十条: highest bid not lower than the floor)', () => {
  it('takes the floor from the earth balance and picks the highest valid bid', () => {
    const r = run([
      ['建筑用砂岩', '甲公司', 215, null],
      [null, '乙公司', 231, null],
      [null, '丙公司', 200, null],
      ['建筑用石料', '丁公司', 71, null],
    ]);
    expect(res(r, 'bids.建筑用砂岩.price')).toMatchObject({ value: '231', unit: '万元', cell: 'C3' });
    expect(res(r, 'bids.建筑用砂岩.winner')).toMatchObject({ value: '乙公司', cell: 'B3' });
    expect(res(r, 'bids.建筑用砂岩.premium')?.value).toBe('0.1');
    expect(res(r, 'bids.建筑用石料.price')?.value).toBe('71');
    expect(res(r, 'bids.建筑用石料.premium')?.value).toBe('0');
    expect(res(r, 'bids.total.price')?.value).toBe('302');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('a bid equal to the floor is valid; below it is 流拍 (NO_VALID_BID)', () => {
    expect(found(run([['建筑用砂岩', '甲', 210, null]]), 'NO_VALID_BID')).toBeUndefined();
    const r = run([['建筑用砂岩', '甲', 209.99, null], [null, '乙', 150, null]]);
    expect(found(r, 'NO_VALID_BID')).toMatchObject({ severity: 'warning', cell: 'C2', expected: '≥ 210', found: '209.99', rule: '豫自然资规〔2025〕13号 第十条' });
    expect(res(r, 'bids.建筑用砂岩.price')).toBeUndefined();
  });
  it('two equal highest valid bids → BID_TIE; equal lower bids are no tie', () => {
    const tie = run([['建筑用砂岩', '甲', 230, null], [null, '乙', 230, null]]);
    expect(found(tie, 'BID_TIE')).toMatchObject({ severity: 'warning', cell: 'C3' });
    const noTie = run([['建筑用砂岩', '甲', 230, null], [null, '乙', 220, null], [null, '丙', 220, null]]);
    expect(found(noTie, 'BID_TIE')).toBeUndefined();
  });
  it('a floor stated in the bid sheet wins over the earth balance', () => {
    const r = run([['建筑用砂岩', '甲', 240, 250], [null, '乙', 260, null]]);
    expect(res(r, 'bids.建筑用砂岩.floor')).toMatchObject({ value: '250', cell: 'D2' });
    expect(res(r, 'bids.建筑用砂岩.winner')?.value).toBe('乙');
  });
  it('标的 全部 uses the sum of floors', () => {
    const r = run([['全部', '甲', 280, null], ['全部', '乙', 281, null]]);
    expect(res(r, 'bids.全部.floor')?.value).toBe('281');
    expect(res(r, 'bids.全部.winner')?.value).toBe('乙');
  });
  it('an unknown 标的 without a floor → INPUT_MISSING; a missing price → INPUT_MISSING; the rest goes on', () => {
    const r = run([['石灰岩', '甲', 10, null], ['建筑用砂岩', '乙', null, null], [null, '丙', 220, null]]);
    expect(r.findings.filter((f) => f.code === 'INPUT_MISSING').map((f) => f.cell).sort()).toEqual(['C3', 'D2']);
    expect(res(r, 'bids.建筑用砂岩.winner')?.value).toBe('丙');
  });
  it('prices in 元 are converted to 万元', () => {
    const r = reviewWorkbook(workbook(EARTH, sheet('竞价记录', [['标的', '竞买人', '报价（元）'], ['建筑用砂岩', '甲', 2150000]])));
    expect(res(r as never, 'bids.建筑用砂岩.price')?.value).toBe('215');
  });
});
