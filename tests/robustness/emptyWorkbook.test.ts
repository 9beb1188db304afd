import { reviewWorkbook } from '../../src/core/review';
import { TEMPLATES } from '../../src/core/templates';
import { addTable, cli, exceljsFile, reviewJson, tempDir } from './support';

/** A workbook with no sheet holding data: readable, nothing to review — a clean answer, never a crash. */
describe('empty workbook', () => {
  it('the engine reports every template as absent (MISSING_SHEET, info) and nothing else', () => {
    const review = reviewWorkbook({ sheets: [] });
    expect(review.templates).toEqual([]);
    expect(review.results).toEqual([]);
    expect(review.findings.map((f) => f.code)).toEqual(TEMPLATES.map(() => 'MISSING_SHEET'));
    expect(review.summary).toEqual({ errors: 0, warnings: 0, infos: TEMPLATES.length });
  });

  it('a file whose sheets are all blank: exit 0, --json lists no template, the text report says which sheets are missing', async () => {
    const dir = tempDir();
    const file = await exceljsFile(dir, 'blank.xlsx', (wb) => {
      wb.addWorksheet('Sheet1');
      addTable(wb, 'Sheet2', [[null], [null, null]]);
    });
    const { code, json } = await reviewJson(file);
    expect(code).toBe(0);
    expect(json.templates).toEqual([]);
    expect(json.results).toEqual([]);
    expect(json.findings.every((f) => f.code === 'MISSING_SHEET' && f.severity === 'info')).toBe(true);
    const text = await cli('review', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('未找到“土石料平衡分析表”表');
  });

  it('sheets with unrelated content are not mistaken for templates', async () => {
    const file = await exceljsFile(tempDir(), 'other.xlsx', (wb) => {
      addTable(wb, '通讯录', [['姓名', '电话'], ['张三', '13800000000']]);
    });
    const { code, json } = await reviewJson(file);
    expect(code).toBe(0);
    expect(json.templates).toEqual([]);
  });
});
