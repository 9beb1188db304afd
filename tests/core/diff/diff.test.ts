import { diffFindings, diffInputs, diffResults, diffVersions, findingKey, stateText } from '../../../src/core/diff';
import { formatDiff } from '../../../src/core/diff/text';
import type { Finding } from '../../../src/core/findings';
import { t } from '../../../src/core/i18n';
import { reviewWorkbook } from '../../../src/core/review';
import type { Result } from '../../../src/core/review-model';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { sheet, workbook } from '../../support/snapshot';
import { planSheets, type PlanVariant } from '../../cli/reviewerFixtures';

/** The CLI fixture as a snapshot: formulas become formula cells with their cached results. */
function plan(v: PlanVariant = {}): WorkbookSnapshot {
  return workbook(
    ...planSheets(v).map((s) => {
      const snap = sheet(s.name, s.rows);
      for (const [addr, f] of Object.entries(('formulas' in s ? s.formulas : undefined) ?? {})) {
        const col = addr.charCodeAt(0) - 65;
        const row = Number(addr.slice(1)) - 1;
        snap.cells[row][col] = { value: f.result, formula: `=${f.formula}` };
      }
      return snap;
    }),
  );
}

const version = (v: PlanVariant = {}) => {
  const snapshot = plan(v);
  return { snapshot, review: reviewWorkbook(snapshot) };
};

describe('diffInputs', () => {
  it('lists the input cells that changed, with old → new typed values', () => {
    const changes = diffInputs(plan(), plan({ sale: 60000, name: '某矿山生态修复（修改稿）' }));
    expect(changes).toEqual([
      { sheet: '项目信息', cell: 'B2', old: { kind: 'input', type: 'text', value: '某矿山生态修复' }, new: { kind: 'input', type: 'text', value: '某矿山生态修复（修改稿）' } },
      { sheet: '土石料平衡分析表', cell: 'I3', old: { kind: 'input', type: 'number', value: '75000' }, new: { kind: 'input', type: 'number', value: '60000' } },
    ]);
  });

  it('reports an input that became empty, and one typed as text instead of a number', () => {
    expect(diffInputs(plan(), plan({ topsoil: null }))).toEqual([
      { sheet: '土石料平衡分析表', cell: 'D4', old: { kind: 'input', type: 'number', value: '30000' }, new: { kind: 'empty' } },
    ]);
    const [c] = diffInputs(plan(), plan({ topsoil: '30000' }));
    expect(c.new).toEqual({ kind: 'input', type: 'text', value: '30000' });
    expect(stateText(c.old)).toBe('30000');
    expect(stateText(c.new)).toBe('“30000”');
  });

  it('reports an input replaced by a formula, and ignores formula-only and report-sheet edits', () => {
    const after = plan();
    after.sheets[1].cells[3][3] = { value: 30000, formula: '=G4' };
    expect(diffInputs(plan(), after)).toEqual([
      { sheet: '土石料平衡分析表', cell: 'D4', old: { kind: 'input', type: 'number', value: '30000' }, new: { kind: 'formula', formula: '=G4' } },
    ]);
    const f = plan();
    f.sheets[1].cells[2][5] = { value: 155001, formula: '=D3+E3+1' };
    f.sheets.push(sheet('复核报告', [['anything']]));
    expect(diffInputs(plan(), f)).toEqual([]);
  });

  it('finds nothing between identical versions', () => {
    expect(diffInputs(plan(), plan())).toEqual([]);
  });
});

describe('diffResults', () => {
  const r = (id: string, value: string, unit = '万元'): Result => ({ id, sheet: 's', cell: 'A1', label: id, value, unit });
  it('matches by id: changed, added, removed', () => {
    const d = diffResults([r('a', '1'), r('b', '2'), r('c', '3')], [r('a', '1'), r('b', '2.5'), r('d', '4')]);
    expect(d.changed).toEqual([{ id: 'b', sheet: 's', cell: 'A1', label: 'b', unit: '万元', old: '2', new: '2.5' }]);
    expect(d.added.map((x) => x.id)).toEqual(['d']);
    expect(d.removed.map((x) => x.id)).toEqual(['c']);
  });
});

describe('diffFindings', () => {
  const f = (code: Finding['code'], cell: string | null, rule?: string): Finding => ({ code, severity: 'error', sheet: 'S', cell, message: t('m', 'm'), ...(rule ? { rule } : {}) });
  it('matches by code + sheet + cell, or code + rule without a cell, as multisets', () => {
    const before = [f('VALUE_MISMATCH', 'F3'), f('VALUE_MISMATCH', 'F3'), f('POLICY_EXPIRED', null, 'A 第一条'), f('INPUT_MISSING', 'D4')];
    const after = [f('VALUE_MISMATCH', 'F3'), f('POLICY_EXPIRED', null, 'A 第一条'), f('POLICY_EXPIRED', null, 'B 第二条'), f('VALUE_MISMATCH', 'F4')];
    const d = diffFindings(before, after);
    expect(d.fixed.map(findingKey)).toEqual(['VALUE_MISMATCH|S|F3', 'INPUT_MISSING|S|D4']);
    expect(d.new.map(findingKey)).toEqual(['POLICY_EXPIRED|S|rule:B 第二条', 'VALUE_MISMATCH|S|F4']);
    expect(d.remaining).toBe(2);
  });
});

describe('diffVersions over two reviewed versions', () => {
  it('a sale above the disposable volume fixed: the input, the finding and the results that moved', () => {
    const d = diffVersions(version({ sale: 75001 }), version({ sale: 75000 }));
    expect(d.inputs.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['土石料平衡分析表!I3']);
    expect(d.findings.fixed.map((x) => x.code)).toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
    expect(d.findings.new).toEqual([]);
    // appraisal = sale × 28 / 10000: 210.0028 → 210
    expect(d.results.changed).toContainEqual(expect.objectContaining({ id: 'earth.建筑用砂岩.appraisal', old: '210.0028', new: '210' }));
  });

  it('prints zh-CN by default and English on request', () => {
    const d = diffVersions(version(), version({ price: 30 }));
    const zh = formatDiff(d, { file: 'v1.xlsx', inputSha256: 'x' }, { file: 'v2.xlsx', inputSha256: 'y' }, 'zh-CN');
    expect(zh).toContain('版本对比');
    expect(zh).toContain('土石料平衡分析表!J3  28 → 30');
    expect(zh).toContain('earth.建筑用砂岩.appraisal');
    const en = formatDiff(d, { file: 'v1.xlsx', inputSha256: 'x' }, { file: 'v2.xlsx', inputSha256: 'y' }, 'en');
    expect(en).toContain('Changed inputs');
  });
});
