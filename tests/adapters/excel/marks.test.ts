import { MARKS_KEY_PREFIX, SEVERITY_FILL } from '../../../src/adapters/excel/marks';
import type { WritePlan } from '../../../src/core/write-plan';
import { modelCell } from '../../../src/testing/officeFake';
import { EARTH_SHEET, clone, earthWorkbook, harness } from './fixtures';

const marks: WritePlan = {
  patches: [],
  highlights: [
    { sheet: EARTH_SHEET, cell: 'L3', severity: 'warning' }, // the author filled L3 yellow
    { sheet: EARTH_SHEET, cell: 'D4', severity: 'info' },
    { sheet: EARTH_SHEET, cell: 'D4', severity: 'error' }, // strongest severity wins
  ],
  notes: [
    { sheet: EARTH_SHEET, cell: 'D4', text: '原地遗留量为文本型数字 "1,500"' },
    { sheet: EARTH_SHEET, cell: 'H5', text: '剩余可处置量公式返回 #REF!' },
  ],
};

describe('highlights, notes and clearMarks', () => {
  it('highlights and notes flagged cells, records them, and clears them without a trace', async () => {
    const h = await harness(await earthWorkbook());
    const before = clone(h.model);
    const outcome = await h.port.applyWritePlan(marks);
    expect(outcome.notesSupported).toBe(true);
    expect(modelCell(h.model, EARTH_SHEET, 'D4')?.fill).toBe(SEVERITY_FILL.error);
    expect(modelCell(h.model, EARTH_SHEET, 'L3')?.fill).toBe(SEVERITY_FILL.warning);
    expect(h.model.sheets[0].notes).toEqual({ D4: '原地遗留量为文本型数字 "1,500"', H5: '剩余可处置量公式返回 #REF!' });
    expect(Object.keys(h.model.settings ?? {})).toEqual([expect.stringMatching(new RegExp(`^${MARKS_KEY_PREFIX.replace('.', '\\.')}`))]);

    // a second review marks again; the original fill of L3 must survive both
    await h.port.applyWritePlan(marks);
    expect(h.model.sheets[0].notes?.D4).toBe('原地遗留量为文本型数字 "1,500"');

    await h.port.clearMarks([]);
    expect(h.model).toEqual({ ...before, settings: {} });
    expect(modelCell(h.model, EARTH_SHEET, 'L3')?.fill).toBe('#FFFF00');
    expect(modelCell(h.model, EARTH_SHEET, 'D4')).toEqual({ value: '1,500', numberFormat: '#,##0' });
  });

  it('clears only the listed cells and keeps the rest recorded', async () => {
    const h = await harness(await earthWorkbook());
    await h.port.applyWritePlan(marks);
    await h.port.clearMarks([{ sheet: EARTH_SHEET, cell: 'D4' }]);
    expect(modelCell(h.model, EARTH_SHEET, 'D4')?.fill).toBeUndefined();
    expect(h.model.sheets[0].notes).toEqual({ H5: '剩余可处置量公式返回 #REF!' });
    expect(modelCell(h.model, EARTH_SHEET, 'L3')?.fill).toBe(SEVERITY_FILL.warning);
    await h.port.clearMarks([]);
    expect(modelCell(h.model, EARTH_SHEET, 'L3')?.fill).toBe('#FFFF00');
    expect(h.model.sheets[0].notes).toBeUndefined();
  });

  it("keeps an author's note and a fill someone changed after the highlight", async () => {
    const h = await harness(await earthWorkbook());
    h.model.sheets[0].notes = { H5: '作者的批注' };
    await h.port.applyWritePlan(marks);
    expect(h.model.sheets[0].notes).toEqual({ H5: '作者的批注', D4: '原地遗留量为文本型数字 "1,500"' });
    (h.model.sheets[0].cells.D4 as { fill?: string }).fill = '#00B050'; // recoloured by a user
    await h.port.clearMarks([]);
    expect(modelCell(h.model, EARTH_SHEET, 'D4')?.fill).toBe('#00B050');
    expect(h.model.sheets[0].notes).toEqual({ H5: '作者的批注' });
  });

  it('skips notes, and says so, where ExcelApi 1.18 is missing; treats white as no fill without 1.9', async () => {
    const h = await harness(await earthWorkbook(), { supportedSets: { ExcelApi: '1.8' } });
    const outcome = await h.port.applyWritePlan(marks);
    expect(outcome.notesSupported).toBe(false);
    expect(outcome.skipped).toEqual([
      { sheet: EARTH_SHEET, cell: 'D4', reason: 'notes need ExcelApi 1.18' },
      { sheet: EARTH_SHEET, cell: 'H5', reason: 'notes need ExcelApi 1.18' },
    ]);
    expect(h.model.sheets[0].notes).toBeUndefined();
    await h.port.clearMarks([]);
    expect(modelCell(h.model, EARTH_SHEET, 'D4')?.fill).toBeUndefined();
    expect(modelCell(h.model, EARTH_SHEET, 'L3')?.fill).toBe('#FFFF00');
  });
});
