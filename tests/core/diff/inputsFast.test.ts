import fc from 'fast-check';
import { diffInputs } from '../../../src/core/diff/inputs';
import { inputCells, inputValue, type InputExclusion } from '../../../src/core/inputsDigest';
import { reportsExclusion } from '../../../src/core/report/signOff';
import { cellAt, parseA1, type Cell, type WorkbookSnapshot } from '../../../src/core/snapshot';

/** diffInputs as first written (a state per input cell, found by address): the reference for the fast one. */
function reference(before: WorkbookSnapshot, after: WorkbookSnapshot) {
  const TYPE = { n: 'number', s: 'text', b: 'boolean', d: 'date', e: 'error' } as const;
  const stateOf = (wb: WorkbookSnapshot, sheetName: string, addr: string, exclude?: InputExclusion) => {
    const sheet = wb.sheets.find((s) => s.name === sheetName);
    if (!sheet) return { kind: 'empty' as const };
    const { row, col } = parseA1(addr);
    const cell = cellAt(sheet, row, col);
    if (cell.formula) return { kind: 'formula' as const, formula: cell.formula };
    const value = inputValue(cell);
    if (!value || exclude?.(sheetName, addr, cell)) return { kind: 'empty' as const };
    return { kind: 'input' as const, type: TYPE[value.type], value: value.text };
  };
  const exBefore = reportsExclusion(before);
  const exAfter = reportsExclusion(after);
  const keys = new Map<string, { sheet: string; cell: string }>();
  for (const c of [...inputCells(after, exAfter), ...inputCells(before, exBefore)]) keys.set(`${c.sheet}\u0000${c.cell}`, c);
  const out = [];
  for (const { sheet, cell } of keys.values()) {
    const o = stateOf(before, sheet, cell, exBefore);
    const n = stateOf(after, sheet, cell, exAfter);
    if (JSON.stringify(o) !== JSON.stringify(n)) out.push({ sheet, cell, old: o, new: n });
  }
  return out;
}

const value = fc.oneof(fc.constantFrom(null, '', ' ', 'a', '合计', '1,234'), fc.integer({ min: -3, max: 3 }), fc.boolean());
const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  value.map((v) => ({ value: v })),
  fc.constantFrom('=A1', '=B2*2').map((formula) => ({ value: 1, formula })),
  fc.constant({ value: null, error: '#N/A' }),
);
const sheet = (name: string) =>
  fc.record({ name: fc.constant(name), origin: fc.record({ row: fc.integer({ min: 1, max: 2 }), col: fc.integer({ min: 1, max: 2 }) }), cells: fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }) });
/** A 复核报告 whose sign-off lists filled cells: those still holding the filled value are not inputs. */
const report = fc
  .array(fc.tuple(fc.constantFrom('A1', 'B1', 'A2', 'B2', 'C3'), fc.constantFrom('1', '2', 'a', '合计')), { maxLength: 5 })
  .map((filled) => ({
    name: '复核报告(2)',
    origin: { row: 1, col: 1 },
    cells: [
      [{ value: '输入数据 SHA-256（规范化）' }, { value: 'a'.repeat(64) }],
      [{ value: '回填单元格所在表' }, { value: '单元格' }, { value: '回填值' }],
      ...filled.map(([cell, v]) => [{ value: '投资估算表' }, { value: cell }, { value: v }]),
    ] as Cell[][],
  }));
const workbook = fc
  .tuple(fc.subarray(['投资估算表', '复垦地块表', '复核报告', 'S'], { minLength: 0 }), fc.option(report))
  .chain(([names, r]) => fc.tuple(...names.map(sheet)).map((sheets) => (r ? [...sheets, r] : sheets)))
  .map((sheets) => ({ sheets: sheets as WorkbookSnapshot['sheets'] }));

describe('diffInputs by position', () => {
  it('leaves out a filled cell a report lists, as the inputs digest does', () => {
    const plan: WorkbookSnapshot = { sheets: [{ name: '投资估算表', origin: { row: 1, col: 1 }, cells: [[{ value: 1 }, { value: 2 }]] }] };
    const filledReport = {
      name: '复核报告',
      origin: { row: 1, col: 1 },
      cells: [[{ value: '输入数据 SHA-256（规范化）' }, { value: 'b'.repeat(64) }], [{ value: '回填单元格所在表' }], [{ value: '投资估算表' }, { value: 'B1' }, { value: '2' }]],
    };
    expect(diffInputs(plan, { sheets: [...plan.sheets, filledReport] })).toEqual([
      { sheet: '投资估算表', cell: 'B1', old: { kind: 'input', type: 'number', value: '2' }, new: { kind: 'empty' } },
    ]);
  });

  it('finds the same changes, in the same order, as the address-by-address original', () => {
    fc.assert(
      fc.property(workbook, workbook, (before, after) => {
        expect(diffInputs(before, after)).toEqual(reference(before, after));
      }),
      { numRuns: 3000 },
    );
  });
});
