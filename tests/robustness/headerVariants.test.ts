import { EARTH_HEADER, reviewJson, tempDir, xlsxFile } from './support';
import type { CellValue } from '../../src/core/snapshot';

const ROWS: CellValue[][] = [
  [1, '建筑用砂岩', 'm³', 120000, 35000, null, 80000, null, 75000, 28, null, null],
  [2, '表土', 'm³', 30000, 0, null, 30000, null, 0, 12, null, null],
];

/** Reorders the columns of a header + rows by a permutation of the column indexes. */
function permute(order: number[], header: CellValue[], rows: CellValue[][]): CellValue[][] {
  return [header, ...rows].map((r) => order.map((i) => r[i] ?? null));
}

async function earthResults(rows: CellValue[][]): Promise<Record<string, string>> {
  const { json } = await reviewJson(await xlsxFile(tempDir(), 'plan.xlsx', [{ name: '土石料平衡分析表', rows: [['土石料平衡分析表'], ...rows] }]));
  expect(json.findings.filter((f) => f.sheet === '土石料平衡分析表' && f.severity !== 'info')).toEqual([]);
  return Object.fromEntries(json.results.filter((r) => r.id.startsWith('earth.')).map((r) => [r.id, r.value]));
}

describe('headers in a different order, with units and line breaks', () => {
  let canonical: Record<string, string>;
  beforeAll(async () => {
    canonical = await earthResults([EARTH_HEADER, ...ROWS]);
    expect(canonical['earth.建筑用砂岩.disposable']).toBe('75000');
    expect(canonical['earth.建筑用砂岩.appraisal']).toBe('210');
  });

  it('columns in reverse order give the same results', async () => {
    const order = EARTH_HEADER.map((_, i) => EARTH_HEADER.length - 1 - i);
    expect(await earthResults(permute(order, EARTH_HEADER, ROWS))).toEqual(canonical);
  });

  it('units in headers (full- and half-width brackets, slash), line breaks, full-width spaces', async () => {
    const header = ['序 号', '土石料\n类别', '单位', '原地遗留量（m³）', '新产生量(m³)', '供应量\r\n小计', '本工程　利用量/m³', '剩余可处置量\n（m³）', '拟对外\n销售量', '评估单价\n(元/m³)', '评估价值（万元）', '处置底价\n（万元）'];
    expect(await earthResults([header, ...ROWS])).toEqual(canonical);
  });

  it('a scrambled order with units and line breaks together', async () => {
    const header = ['序号', '土石料类别', '单位', '原地遗留量\n（m³）', '新产生量', '供应量小计（m³）', '本工程利用量', '剩余可处置量', '拟对外销售量（m³）', '评估单价（元/m³）', '评估价值\n(万元)', '处置底价（万元）'];
    expect(await earthResults(permute([1, 8, 0, 3, 11, 6, 2, 10, 4, 9, 5, 7], header, ROWS))).toEqual(canonical);
  });
});
