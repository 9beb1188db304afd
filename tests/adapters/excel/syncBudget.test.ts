import { BYTES_PER_CELL_ESTIMATE, ChunkPlanner, MAX_CELLS_PER_READ, chunkCells } from '../../../src/adapters/excel/readPolicy';
import type { RowBlock } from '../../../src/adapters/excel/readPolicy';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import type { FakeWorkbookModel } from '../../../src/testing/officeFake';
import { benchModel } from '../../../scripts/benchOffice';
import { fakeWorkbookFromXlsx } from '../../support/fakeWorkbookFromXlsx';
import { bigEarthWorkbook, harness } from './fixtures';

const MB = 1024 * 1024;
/** Desktop Excel: no response limit, no cell cap. */
const DESKTOP = { maxResponseBytes: Infinity, maxCellsPerRead: Infinity };

describe('read sync budget (docs/excel-adapter.md)', () => {
  let small: FakeWorkbookModel;
  let big: FakeWorkbookModel;
  let direct: WorkbookSnapshot;
  beforeAll(async () => {
    small = await fakeWorkbookFromXlsx(await bigEarthWorkbook(10));
    big = await fakeWorkbookFromXlsx(await bigEarthWorkbook(10_000));
    direct = await (await harness(big)).port.readWorkbook();
  });

  it('reads 10 rows and 10,000 rows × 15 columns in the same 2 syncs, under the 5 MB response limit', async () => {
    const a = await harness(small);
    const b = await harness(big);
    const wa = await a.port.readWorkbook();
    const wb = await b.port.readWorkbook();
    expect(wa.sheets[0].cells).toHaveLength(11);
    expect(wb.sheets[0].cells).toHaveLength(10_001);
    expect(wb.sheets[0].cells[10_000]).toHaveLength(15);
    expect(a.fake.stats.syncs).toBe(2);
    expect(b.fake.stats.syncs).toBe(2);
    expect(b.fake.stats.largestResponseBytes).toBeLessThan(5 * MB);
    expect(b.fake.stats.writeSyncs).toBe(0);
  });

  it('falls back to row chunks when Excel refuses the response, with the same snapshot and progress per chunk', async () => {
    const limit = 1 * MB;
    const h = await harness(big, { maxResponseBytes: limit }, { responseBudgetBytes: limit });
    const steps: string[] = [];
    const chunked = await h.port.readWorkbook((p) => steps.push(`${p.done}/${p.total} ${p.label}`));
    expect(chunked).toEqual(direct);
    // 10,001 rows × 15 columns: the first chunk is planned at 48 bytes a cell (1,165 rows), the rest at the
    // ≈ 28 bytes a cell measured on it; each sync aims at 0.8 × 1 MB.
    expect(chunkCells({ responseBudgetBytes: limit })).toBe(17_476);
    expect(steps[1]).toBe(`1/${steps[1].split(' ')[0].split('/')[1]} rows 土石料平衡分析表!1–1165`);
    const chunks = h.fake.stats.syncs - 3; // sheets + refused read + used-range addresses
    const read = h.fake.stats.totalResponseBytes;
    expect(chunks).toBeLessThanOrEqual(Math.ceil(read / (0.8 * limit)) + 1);
    expect(chunks).toBe(6); // was 9 with every chunk planned at 48 bytes a cell
    expect(h.fake.stats.failedSyncs).toBe(1);
    expect(h.fake.stats.largestResponseBytes).toBeLessThanOrEqual(limit);
    expect(h.fake.stats.largestResponseBytes).toBeGreaterThan(0.7 * limit);
    expect(steps[0]).toBe('1/2 sheets');
    expect(steps.slice(1)).toHaveLength(chunks);
    expect(steps[steps.length - 1]).toMatch(new RegExp(`^${chunks}/${chunks} rows `));
  });

  it('halves a chunk Excel still refuses', async () => {
    // the port plans for 2 MB, Excel allows 1 MB: planned chunks are refused and halved
    const h = await harness(big, { maxResponseBytes: 1 * MB }, { responseBudgetBytes: 2 * MB });
    expect(await h.port.readWorkbook()).toEqual(direct);
    expect(h.fake.stats.largestResponseBytes).toBeLessThanOrEqual(1 * MB);
  });

  it('re-reads in chunks a range that came back without values (the 5,000,000-cell cap), without an address sync', async () => {
    const h = await harness(big, { maxCellsPerRead: 100_000 });
    expect(await h.port.readWorkbook()).toEqual(direct);
    // sheets + used ranges (values null) + 2 chunks: 87,381 cells at 48 B, then the remaining 62,634
    expect(h.fake.stats.syncs).toBe(4);
    expect(h.fake.stats.failedSyncs).toBe(0);
  });

  it('halves a chunk that comes back without values (a cell cap below the plan)', async () => {
    // 4 MB a sync at the measured ≈ 28 B a cell would be ≈ 150,000 cells: above a 40,000-cell cap
    const h = await harness(big, { maxCellsPerRead: 40_000 });
    expect(await h.port.readWorkbook()).toEqual(direct);
    expect(h.fake.stats.failedSyncs).toBe(0);
  });
});

describe('read syncs on the bench workbooks (1k and 10k rows; 100k in npm run bench)', () => {
  it.each([
    // rows, web syncs (5 MB limit), was before measured chunks
    [1_000, 2],
    [10_000, 5], // was 8 (5 chunks of ≈ 2 MB), then 6: sheets + refused + addresses + 2 chunks, the second sheet planned at the first's rate
  ])('%i rows: %i syncs on the web, 2 on desktop, the same snapshot, every response under 5 MB', async (rows, webSyncs) => {
    const web = await harness(benchModel(rows));
    const desktop = await harness(benchModel(rows), DESKTOP);
    const a = await web.port.readWorkbook();
    const b = await desktop.port.readWorkbook();
    expect(a).toEqual(b);
    expect(web.fake.stats.syncs).toBe(webSyncs);
    expect(web.fake.stats.largestResponseBytes).toBeLessThan(5 * MB);
    expect(desktop.fake.stats.syncs).toBe(2);
    expect(desktop.fake.stats.failedSyncs).toBe(0);
    if (webSyncs > 2) {
      // near the fewest syncs the 5 MB limit allows: sheets + refused + addresses + ⌈bytes / 4 MB⌉ (+1 for the 48-byte probe of the first sheet)
      const chunks = webSyncs - 3;
      expect(chunks).toBeLessThanOrEqual(Math.ceil(web.fake.stats.totalResponseBytes / (4 * MB)) + 1);
    }
  });

  it('desktop reads a workbook far above 5 MB in 2 syncs', async () => {
    const model = benchModel(10_000);
    // three copies of the 10k workbook's sheets ≈ 17 MB of JSON
    model.sheets = [0, 1, 2].flatMap((k) => model.sheets.map((s) => ({ ...s, name: `${s.name}${k}` })));
    const desktop = await harness(model, DESKTOP);
    await desktop.port.readWorkbook();
    expect(desktop.fake.stats.syncs).toBe(2);
    expect(desktop.fake.stats.largestResponseBytes).toBeGreaterThan(15 * MB);
  });
});

describe('ChunkPlanner', () => {
  const sheet: RowBlock = { sheet: 's', top: 1, bottom: 10_001, left: 1, right: 15 };
  const budget = { responseBudgetBytes: 1 * MB };

  it('plans a sheet at 48 bytes a cell until a chunk of it was measured, then at the measured rate', () => {
    const p = new ChunkPlanner([sheet], budget);
    const first = p.next() as RowBlock[];
    expect(first).toEqual([{ ...sheet, bottom: Math.floor((0.8 * MB) / (15 * BYTES_PER_CELL_ESTIMATE)) }]);
    expect(first[0].bottom).toBe(1165);
    p.record(first[0], 1165 * 15 * 20);
    expect(p.bytesPerCell('s')).toBe(20);
    expect(p.next()).toEqual([{ ...sheet, top: 1166, bottom: 1165 + Math.floor((0.8 * MB) / (15 * 20)) }]);
  });

  it('plans a sheet not yet measured at the other sheets\' measured rate + 25 %, never above 48 bytes a cell', () => {
    const a: RowBlock = { sheet: 'a', top: 1, bottom: 100, left: 1, right: 10 };
    const b: RowBlock = { sheet: 'b', top: 1, bottom: 100_000, left: 1, right: 10 };
    const p = new ChunkPlanner([a, b], budget);
    expect(p.bytesPerCell('b')).toBe(48);
    p.record(a, 1000 * 20);
    expect(p.bytesPerCell('b')).toBe(25);
    p.record(a, 1000 * 100); // a heavy sheet (long CJK text): the first guess stays at 48
    expect(p.bytesPerCell('b')).toBe(48);
  });

  it('packs small sheets into one sync, in order, and splits where the budget ends', () => {
    const a: RowBlock = { sheet: 'a', top: 1, bottom: 10, left: 1, right: 3 };
    const b: RowBlock = { sheet: 'b', top: 2, bottom: 50_000, left: 2, right: 11 };
    const p = new ChunkPlanner([a, b], budget);
    const left = 0.8 * MB - 30 * 48;
    expect(p.next()).toEqual([a, { ...b, bottom: 1 + Math.floor(left / (10 * 48)) }]);
  });

  it('never plans a block above the cell cap, and halves refused blocks into syncs of their own', () => {
    const p = new ChunkPlanner([sheet], { responseBudgetBytes: 100 * MB }, 30_000);
    const group = p.next() as RowBlock[];
    expect(group.map((g) => g.bottom - g.top + 1)).toEqual([2000, 2000, 2000, 2000, 2000, 1]);
    expect(p.refused(group.slice(0, 2))).toBe(true);
    expect(p.next()).toEqual([{ ...sheet, top: 1, bottom: 1000 }]);
    expect(p.next()).toEqual([{ ...sheet, top: 1001, bottom: 2000 }]);
    expect(p.next()).toEqual([{ ...sheet, top: 2001, bottom: 3000 }]);
    expect(p.refused([{ ...sheet, top: 7, bottom: 7 }])).toBe(false);
    expect(MAX_CELLS_PER_READ).toBe(5_000_000);
  });
});

describe('a second read remembers the first (the reviewer runs 复核 again)', () => {
  it('10k rows on the web: no refused whole-workbook request, chunks planned at the measured size, same snapshot', async () => {
    const h = await harness(benchModel(10_000));
    const first = await h.port.readWorkbook();
    const firstSyncs = h.fake.stats.syncs;
    expect(firstSyncs).toBe(5); // sheets + refused + addresses + 2 chunks
    expect(h.fake.stats.failedSyncs).toBe(1);
    const second = await h.port.readWorkbook();
    expect(second).toEqual(first);
    const secondSyncs = h.fake.stats.syncs - firstSyncs;
    expect(secondSyncs).toBe(4); // sheets + addresses + 2 chunks of ≈ 4 MB
    expect(h.fake.stats.failedSyncs).toBe(1); // nothing refused the second time
    expect(h.fake.stats.largestResponseBytes).toBeLessThan(5 * MB);
  });

  it('a small workbook keeps its 2 syncs read after read', async () => {
    const h = await harness(benchModel(1_000));
    await h.port.readWorkbook();
    await h.port.readWorkbook();
    expect(h.fake.stats.syncs).toBe(4);
  });
});
