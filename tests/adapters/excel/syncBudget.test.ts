import { chunkCells, packSyncs, rowBlocks } from '../../../src/adapters/excel/readPolicy';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import type { FakeWorkbookModel } from '../../../src/testing/officeFake';
import { fakeWorkbookFromXlsx } from '../../support/fakeWorkbookFromXlsx';
import { bigEarthWorkbook, harness } from './fixtures';

const MB = 1024 * 1024;

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
    // 150,015 cells at ≤ chunkCells(1 MB) = 17,476 cells a sync → 9 syncs (8 rows-blocks of 1,165 rows each + rest)
    const cells = chunkCells({ responseBudgetBytes: limit });
    expect(cells).toBe(17476);
    const plan = packSyncs(rowBlocks([{ sheet: 's', top: 1, bottom: 10_001, left: 1, right: 15 }], cells), cells);
    expect(plan).toHaveLength(9);
    // sheets + refused read + used-range addresses + 9 chunk reads
    expect(h.fake.stats.syncs).toBe(3 + plan.length);
    expect(h.fake.stats.failedSyncs).toBe(1);
    expect(h.fake.stats.largestResponseBytes).toBeLessThanOrEqual(limit);
    expect(steps[0]).toBe('1/2 sheets');
    expect(steps.slice(1)).toHaveLength(9);
    expect(steps[steps.length - 1]).toMatch(/^9\/9 rows /);
  });

  it('halves a chunk Excel still refuses', async () => {
    // the port plans for 2 MB, Excel allows 1 MB: every planned chunk is refused once and halved
    const h = await harness(big, { maxResponseBytes: 1 * MB }, { responseBudgetBytes: 2 * MB });
    expect(await h.port.readWorkbook()).toEqual(direct);
    expect(h.fake.stats.largestResponseBytes).toBeLessThanOrEqual(1 * MB);
  });

  it('re-reads in chunks a range that came back without values (the 5,000,000-cell cap), without an address sync', async () => {
    const h = await harness(big, { maxCellsPerRead: 100_000 });
    expect(await h.port.readWorkbook()).toEqual(direct);
    // sheets + used ranges (values null) + 2 chunks of ≤ 87,381 cells
    expect(h.fake.stats.syncs).toBe(4);
    expect(h.fake.stats.failedSyncs).toBe(0);
  });
});
