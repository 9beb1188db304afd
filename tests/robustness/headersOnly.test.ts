import { existsSync } from 'fs';
import { join } from 'path';
import { TEMPLATES } from '../../src/core/templates';
import { cli, findingsOf, reviewJson, tempDir, xlsxFile } from './support';

/** Every template sheet with its title and header rows and nothing below. */
async function headersOnlyWorkbook(dir: string): Promise<string> {
  return xlsxFile(
    dir,
    'headers.xlsx',
    TEMPLATES.map((m) => {
      const blank = m.blank();
      const keep = m.kind === 'projectInfo' || m.kind === 'returns' ? blank.rows.map((r) => [r[0], null, r[2] ?? null]) : blank.rows.slice(0, blank.headerRow + 1);
      return { name: blank.name, rows: keep };
    }),
  );
}

describe('sheets with only headers', () => {
  it('every template is recognised with 0 rows; each table gets one warning that nothing was reviewed; no crash', async () => {
    const { code, json } = await reviewJson(await headersOnlyWorkbook(tempDir()));
    expect(code).toBe(1); // label/value sheets (项目信息, 收益测算) with empty values report their required inputs
    const kinds = json.templates.map((t) => t.kind).sort();
    expect(kinds).toEqual(TEMPLATES.map((m) => m.kind).sort());
    for (const table of json.templates.filter((t) => t.kind !== 'projectInfo' && t.kind !== 'returns')) {
      expect(table.rows).toBe(0);
      const warn = findingsOf(json, 'INPUT_MISSING', table.sheet).filter((f) => f.severity === 'warning');
      expect(warn).toHaveLength(1);
      expect(warn[0].message).toContain('只有表头，没有数据行');
      expect(warn[0].cell).toBeNull();
    }
  });

  it('--out still writes a copy with the 复核报告 sheet', async () => {
    const dir = tempDir();
    const out = join(dir, 'reviewed.xlsx');
    const r = await cli('review', await headersOnlyWorkbook(dir), '--out', out);
    expect(r.stderr).toBe('');
    expect(existsSync(out)).toBe(true);
  });
});
