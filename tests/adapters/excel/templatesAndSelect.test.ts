import type { BlankSheet } from '../../../src/core/templates/types';
import { modelCell } from '../../../src/testing/officeFake';
import { EARTH_HEADERS, EARTH_SHEET, clone, earthWorkbook, harness } from './fixtures';

const blank: BlankSheet = {
  name: EARTH_SHEET,
  rows: [['土石料平衡分析表'], EARTH_HEADERS, [1, '建筑用砂岩', 'm³', 12000, 85000, null, 30000, null, 60000, 45, null, null]],
  headerRow: 1,
  columnWidths: [6, 14],
  numberFormats: { 3: '#,##0.00' },
};

describe('insertTemplates and selectCell', () => {
  it('never overwrites an existing sheet: the template gets a suffix', async () => {
    const h = await harness(await earthWorkbook());
    const existing = clone(h.model.sheets[0]);
    const result = await h.port.insertTemplates([blank, { ...blank, name: '项目信息', rows: [['项目', '值']], headerRow: 0 }]);
    expect(result.inserted).toEqual([
      { requested: EARTH_SHEET, actual: `${EARTH_SHEET}(2)` },
      { requested: '项目信息', actual: '项目信息' },
    ]);
    expect(h.model.sheets[0]).toEqual(existing);
    const added = h.model.sheets[1];
    expect(added.name).toBe(`${EARTH_SHEET}(2)`);
    expect(modelCell(h.model, added.name, 'D2')).toEqual({ value: '原地遗留量（m³）', bold: true });
    expect(modelCell(h.model, added.name, 'D3')).toEqual({ value: 12000, numberFormat: '#,##0.00' });
    expect(modelCell(h.model, added.name, 'A1')).toEqual({ value: '土石料平衡分析表' });
    expect(added.columnWidths?.[2]).toBe(77.25);
    expect(h.fake.stats.syncs).toBe(2);
    expect(h.fake.stats.writeSyncs).toBe(1);
  });

  it('selects the cell a finding points at', async () => {
    const h = await harness(await earthWorkbook());
    await h.port.selectCell(EARTH_SHEET, 'H5');
    expect(h.model.selection).toEqual({ sheet: EARTH_SHEET, address: 'H5' });
    expect(h.fake.stats.syncs).toBe(1);
  });
});
