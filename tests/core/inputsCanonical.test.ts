import { createHash } from 'crypto';
import fc from 'fast-check';
import { digestInputs, sha256Text } from '../../src/cli/inputsDigest';
import { INPUTS_DIGEST_VERSION, canonicalInputs, hashInputs, inputValue, isReportSheet, type InputExclusion } from '../../src/core/inputsDigest';
import { workbookInputs } from '../../src/core/report/signOff';
import { a1, columnLetters, type Cell, type WorkbookSnapshot } from '../../src/core/snapshot';

/**
 * The canonical text exactly as the inputs-digest contract (src/core/inputsDigest.ts) words it, written the
 * plain way: one JSON.stringify'd array per line. The fast builder must give the same bytes, or every digest
 * signed off in an earlier 复核报告 would stop verifying.
 */
function reference(workbook: WorkbookSnapshot, exclude?: InputExclusion): { text: string; sheets: { name: string; cells: number; text: string }[] } {
  const sheets: { name: string; cells: number; text: string }[] = [];
  for (const sheet of workbook.sheets) {
    if (isReportSheet(sheet.name)) continue;
    let text = '';
    let cells = 0;
    sheet.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (!cell) return;
        const value = inputValue(cell);
        if (!value) return;
        const addr = a1(sheet.origin.row + i, sheet.origin.col + j);
        if (exclude?.(sheet.name, addr, cell)) return;
        text += `${JSON.stringify([addr, value.type, value.text])}\n`;
        cells++;
      }),
    );
    if (cells) sheets.push({ name: sheet.name, cells, text: `${JSON.stringify(['sheet', sheet.name])}\n${text}` });
  }
  return { text: `${JSON.stringify(INPUTS_DIGEST_VERSION)}\n${sheets.map((s) => s.text).join('')}`, sheets };
}

const tricky = fc.constantFrom('', ' ', '"', '\\', '\n', '\t', '\u0000', '\u001f', '\u007f', '\u2028', '\ud83d\ude00', '\ud83d', '\ude00', '复垦', '合计 "A"', 'a\\"b');
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), tricky, fc.array(tricky).map((a) => a.join('')));
const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ value: null }),
  fc.double().map((value) => ({ value })),
  fc.integer().map((value) => ({ value, numberFormat: '0.00' })),
  text.map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.date({ noInvalidDate: true }).map((value) => ({ value })),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!').map((error) => ({ value: null, error })),
  fc.tuple(fc.double(), fc.string()).map(([value, f]) => ({ value, formula: `=${f}A1` })),
);
const sheet = fc.record({
  name: fc.oneof(fc.constantFrom('投资估算表', '复核报告', '复核报告(2)', 'Sheet "1"'), text),
  origin: fc.record({ row: fc.integer({ min: 1, max: 5 }), col: fc.integer({ min: 1, max: 30 }) }),
  cells: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }),
});
// Sheet names are unique in a workbook (Excel refuses a duplicate, case aside).
const workbook = fc.uniqueArray(sheet, { maxLength: 4, selector: (s) => s.name.toLowerCase() }).map((sheets) => ({ sheets: sheets as WorkbookSnapshot['sheets'] }));

describe('canonical inputs text', () => {
  it('is byte for byte the one-JSON-array-per-line text, on random workbooks with odd strings', () => {
    fc.assert(
      fc.property(workbook, (wb) => {
        const got = canonicalInputs(wb);
        const want = reference(wb);
        expect(got.text).toBe(want.text);
        expect(got.sheets).toEqual(want.sheets);
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves out what the exclusion names, as before', () => {
    const exclude: InputExclusion = (_sheet, cell) => cell.startsWith('B');
    fc.assert(
      fc.property(workbook, (wb) => {
        expect(canonicalInputs(wb, exclude).text).toBe(reference(wb, exclude).text);
      }),
      { numRuns: 300 },
    );
  });

  it('a worked example: numbers, text with quotes, an error, a formula left out, a report sheet skipped', () => {
    const wb: WorkbookSnapshot = {
      sheets: [
        { name: '投资估算表', origin: { row: 1, col: 1 }, cells: [[{ value: 1.5 }, { value: '单价"元"' }], [{ value: null, error: '#N/A' }, { value: 3, formula: '=A1*2' }]] },
        { name: '复核报告', origin: { row: 1, col: 1 }, cells: [[{ value: 'x' }]] },
      ],
    };
    expect(canonicalInputs(wb).text).toBe(
      '"mine-plan-inputs/1"\n["sheet","投资估算表"]\n["A1","n","1.5"]\n["B1","s","单价\\"元\\""]\n["A2","e","#N/A"]\n',
    );
  });

  it('the CLI digest (sheets hashed as they are) equals hashing the joined text', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (wb) => {
        const plain = await hashInputs(workbookInputs(wb), sha256Text);
        expect(await digestInputs(wb)).toEqual(plain);
        expect(plain.sha256).toBe(createHash('sha256').update(reference(wb).text, 'utf8').digest('hex'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('column letters', () => {
  it('are the same from the cache as computed', () => {
    for (const [col, letters] of [[1, 'A'], [26, 'Z'], [27, 'AA'], [702, 'ZZ'], [703, 'AAA'], [16384, 'XFD']] as const) {
      expect(columnLetters(col)).toBe(letters);
      expect(columnLetters(col)).toBe(letters);
    }
    expect(columnLetters(16385)).toBe('XFE');
  });
});
