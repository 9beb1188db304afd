import type { WritePlan } from '../../../src/core/write-plan';
import { REPORT_SHEET_NAME } from '../../../src/core/write-plan';
import { DEFAULT_COLUMN_WIDTH, modelCell } from '../../../src/testing/officeFake';
import { EARTH_SHEET, clone, earthWorkbook, harness } from './fixtures';

const patch = (cell: string, value: string, kind: 'number' | 'text' = 'number', numberFormat?: string) => ({
  sheet: EARTH_SHEET, cell, value, kind, label: cell, ...(numberFormat ? { numberFormat } : {}),
});

function plan(over: Partial<WritePlan>): WritePlan {
  return { patches: [], notes: [], highlights: [], ...over };
}

describe('applyWritePlan', () => {
  it('fills empty formula-free cells only, in one write sync after one read sync', async () => {
    const { port, fake, model } = await harness(await earthWorkbook());
    const outcome = await port.applyWritePlan(
      plan({
        patches: [
          patch('F4', '9500', 'number', '#,##0.00'), // empty → written (1,500 + 8,000)
          patch('F3', '97000'), // author's formula → kept
          patch('D3', '99'), // author's input → kept
          patch('H5', '2000'), // formula with an error result → kept
          patch('K4', '0'),
        ],
      }),
    );
    expect(outcome.written).toEqual([
      { sheet: EARTH_SHEET, cell: 'F4' },
      { sheet: EARTH_SHEET, cell: 'K4' },
    ]);
    expect(outcome.skipped).toEqual([
      { sheet: EARTH_SHEET, cell: 'F3', reason: 'formula' },
      { sheet: EARTH_SHEET, cell: 'D3', reason: 'not empty' },
      { sheet: EARTH_SHEET, cell: 'H5', reason: 'formula' },
    ]);
    expect(outcome.previous).toEqual([
      { sheet: EARTH_SHEET, cell: 'F4', value: null, numberFormat: '#,##0' },
      { sheet: EARTH_SHEET, cell: 'K4', value: null, numberFormat: '0.00' },
    ]);
    expect(modelCell(model, EARTH_SHEET, 'F4')).toEqual({ value: 9500, numberFormat: '#,##0.00' });
    expect(modelCell(model, EARTH_SHEET, 'F3')).toEqual({ formula: '=D3+E3', value: 97000, numberFormat: '#,##0' });
    expect(modelCell(model, EARTH_SHEET, 'D3')).toEqual({ value: 12000, numberFormat: '#,##0' });
    expect(outcome.syncs).toBe(2);
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.writeSyncs).toBe(1);
  });

  it('writes text that Excel would take for a formula or a number as text', async () => {
    const { port, model } = await harness(await earthWorkbook());
    await port.applyWritePlan(
      plan({
        patches: [patch('M3', '=SUM(A1:A9)', 'text'), patch('M4', '+86 371', 'text'), patch('M5', '-', 'text')],
        report: { name: REPORT_SHEET_NAME, rows: [['说明', '值'], ['=1+1', '@user'], ['1,234.50', '12%']] },
      }),
    );
    expect(modelCell(model, EARTH_SHEET, 'M3')).toEqual({ value: '=SUM(A1:A9)', quotePrefix: true });
    expect(modelCell(model, EARTH_SHEET, 'M4')).toEqual({ value: '+86 371', quotePrefix: true });
    expect(modelCell(model, EARTH_SHEET, 'M5')).toEqual({ value: '-', quotePrefix: true });
    const report = model.sheets.find((s) => s.name === REPORT_SHEET_NAME);
    expect(report?.cells.A2).toEqual({ value: '=1+1', quotePrefix: true });
    expect(report?.cells.B2).toEqual({ value: '@user', quotePrefix: true });
    expect(report?.cells.A3).toEqual({ value: '1,234.50', quotePrefix: true });
    expect(report?.cells.B3).toEqual({ value: '12%', quotePrefix: true });
    expect(report?.cells.A1).toEqual({ value: '说明' });
  });

  it('creates the report sheet beside an existing one, bold headers and widths, one 2-D array per range', async () => {
    const { port, model, fake } = await harness(await earthWorkbook({ extra: (wb) => wb.addWorksheet(REPORT_SHEET_NAME).addRow(['上次的报告']) }));
    const outcome = await port.applyWritePlan(
      plan({
        report: { name: REPORT_SHEET_NAME, rows: [['复核报告'], ['代码', '单元格', '说明'], ['VALUE_MISMATCH', 'F3', '供应量小计不符']], headerRows: [0, 1], columnWidths: [20, 10] },
      }),
    );
    expect(outcome.reportSheet).toBe('复核报告(2)');
    expect(model.sheets.map((s) => s.name)).toEqual([EARTH_SHEET, REPORT_SHEET_NAME, '复核报告(2)']);
    expect(model.sheets[1].cells).toEqual({ A1: { value: '上次的报告' } });
    const r = model.sheets[2];
    expect(r.cells.A1).toEqual({ value: '复核报告', bold: true });
    expect(r.cells.C2).toEqual({ value: '说明', bold: true });
    expect(r.cells.A3).toEqual({ value: 'VALUE_MISMATCH' });
    expect(r.cells.B1).toEqual({ bold: true }); // the padded header row is bold across its width
    expect(r.columnWidths).toEqual({ 1: 108.75, 2: 56.25 });
    expect(r.columnWidths?.[3] ?? DEFAULT_COLUMN_WIDTH).toBe(DEFAULT_COLUMN_WIDTH);
    expect(fake.stats.writeSyncs).toBe(1);
  });

  it('runs as one undo group only where ExcelApi 1.20 is supported', async () => {
    const withUndo = await harness(await earthWorkbook());
    const o1 = await withUndo.port.applyWritePlan(plan({ patches: [patch('F4', '9500')] }));
    expect(withUndo.fake.stats.runs).toEqual([{ mergeUndoGroup: true }]);
    expect(o1.undoGroup).toBe(true);

    const older = await harness(await earthWorkbook(), { supportedSets: { ExcelApi: '1.19' } });
    const o2 = await older.port.applyWritePlan(plan({ patches: [patch('F4', '9500')] }));
    expect(older.fake.stats.runs).toEqual([{}]);
    expect(o2.undoGroup).toBe(false);
  });

  it('leaves the workbook unchanged when the write sync fails', async () => {
    const h = await harness(await earthWorkbook(), { failOnSync: 2 });
    const before = clone(h.model);
    await expect(
      h.port.applyWritePlan(
        plan({
          patches: [patch('F4', '9500')],
          report: { name: REPORT_SHEET_NAME, rows: [['x']] },
          highlights: [{ sheet: EARTH_SHEET, cell: 'D4', severity: 'error' }],
          notes: [{ sheet: EARTH_SHEET, cell: 'D4', text: '文本型数字' }],
        }),
      ),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(h.model).toEqual(before);
    expect(h.fake.stats.failedSyncs).toBe(1);
  });

  it('revert restores the previous content of written cells', async () => {
    const h = await harness(await earthWorkbook());
    const before = clone(h.model);
    const outcome = await h.port.applyWritePlan(plan({ patches: [patch('F4', '9500', 'number', '#,##0.00'), patch('M9', 'x', 'text')] }));
    expect(modelCell(h.model, EARTH_SHEET, 'M9')).toEqual({ value: 'x' });
    await h.port.revert(outcome.previous);
    expect(h.model).toEqual(before);
  });

  it('skips targets on a sheet that no longer exists', async () => {
    const h = await harness(await earthWorkbook());
    const outcome = await h.port.applyWritePlan(plan({ patches: [{ ...patch('A1', '1'), sheet: '投资估算表' }, patch('F4', '9500')] }));
    expect(outcome.skipped).toEqual([{ sheet: '投资估算表', cell: '', reason: 'sheet not found' }]);
    expect(outcome.written).toEqual([{ sheet: EARTH_SHEET, cell: 'F4' }]);
    // one refused read, the sheet list, the read again, the write
    expect(h.fake.stats.syncs).toBe(4);
    expect(h.fake.stats.writeSyncs).toBe(1);
  });
});
