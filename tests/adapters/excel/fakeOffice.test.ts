import { createFakeOffice, modelCell, sheetFromRows } from '../../../src/testing/officeFake';
import type { FakeWorkbookModel } from '../../../src/testing/officeFake';
import { EARTH_SHEET, clone, earthWorkbook } from './fixtures';
import { fakeWorkbookFromXlsx } from '../../support/fakeWorkbookFromXlsx';

function model(): FakeWorkbookModel {
  return { sheets: [sheetFromRows('表1', [['类别', '数量'], ['表土', 8000]], 'B2'), { name: '空白', cells: {} }] };
}

describe('the fake Office.js runtime', () => {
  it('throws PropertyNotLoaded on a read before load() and sync()', async () => {
    const { Excel } = createFakeOffice(model());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('表1').getRange('B2:C3');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values,address');
      expect(() => range.values).toThrow(/is not available/);
      await context.sync();
      expect(range.values).toEqual([['类别', '数量'], ['表土', 8000]]);
      expect(range.address).toBe('表1!B2:C3');
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => context.workbook.worksheets.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('serves used ranges, null objects and collections with items', async () => {
    const { Excel } = createFakeOffice(model());
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const used = context.workbook.worksheets.getItem('表1').getUsedRange(true).load('address');
      const none = context.workbook.worksheets.getItem('空白').getUsedRangeOrNullObject(true).load('address');
      const missing = context.workbook.worksheets.getItemOrNullObject('投资估算表').load('name');
      expect(() => none.isNullObject).toThrow();
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['表1', '空白']);
      expect(used.address).toBe('表1!B2:C3');
      expect(none.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('queues writes and applies them on sync; entered text behaves as typed', async () => {
    const m = model();
    const { Excel, stats } = createFakeOffice(m);
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem('表1').getRange('D2:D5');
      r.values = [['=B3'], ["'=B3"], ['1,5'], ['12.5%']];
      expect(modelCell(m, '表1', 'D2')).toBeUndefined();
      await context.sync();
    });
    expect(modelCell(m, '表1', 'D2')).toEqual({ formula: '=B3', value: null });
    expect(modelCell(m, '表1', 'D3')).toEqual({ value: '=B3', quotePrefix: true });
    expect(modelCell(m, '表1', 'D4')).toEqual({ value: '1,5' });
    expect(modelCell(m, '表1', 'D5')).toEqual({ value: 0.125, numberFormat: '0%' });
    expect(stats).toMatchObject({ syncs: 1, writeSyncs: 1, failedSyncs: 0 });
  });

  it('rejects a 2-D array of the wrong dimensions like Excel (InvalidArgument), keeping earlier operations', async () => {
    const m = model();
    const { Excel } = createFakeOffice(m);
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('表1');
        ws.getRange('E2').values = [['先写']];
        ws.getRange('B2:C3').values = [['a', 'b', 'c']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(modelCell(m, '表1', 'E2')).toEqual({ value: '先写' });
    expect(modelCell(m, '表1', 'B2')).toEqual({ value: '类别' });
    for (const property of ['formulas', 'numberFormat'] as const) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem('表1').getRange('B2:C2')[property] = [['0'], ['0']];
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
  });

  it('failOnSync makes that sync reject and apply nothing of its batch', async () => {
    const m = model();
    const before = clone(m);
    const { Excel, stats } = createFakeOffice(m, { failOnSync: 1 });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('表1').getRange('B2').values = [['改']];
        context.workbook.worksheets.add('新表');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(m).toEqual(before);
    expect(stats).toMatchObject({ syncs: 1, failedSyncs: 1 });
  });

  it('reports ItemNotFound, ItemAlreadyExists, and writes never synced', async () => {
    const { Excel } = createFakeOffice(model());
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('无此表').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add('表1');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('表1').getRange('B2').values = [['x']];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it('answers isSetSupported from supportedSets and refuses mergeUndoGroup below 1.20', async () => {
    const { Office, Excel } = createFakeOffice(model(), { supportedSets: { ExcelApi: '1.17' } });
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.4')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    await expect(Excel.run({ mergeUndoGroup: true }, async () => undefined)).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('can stand in for the globals', async () => {
    const fake = createFakeOffice(await fakeWorkbookFromXlsx(await earthWorkbook()));
    const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };
    g.Excel = fake.Excel;
    g.Office = fake.Office;
    try {
      const { createExcelPortLive } = await import('../../../src/adapters/excel/excelPortLive');
      const wb = await createExcelPortLive().readWorkbook();
      expect(wb.sheets[0].name).toBe(EARTH_SHEET);
    } finally {
      delete g.Excel;
      delete g.Office;
    }
  });
});
