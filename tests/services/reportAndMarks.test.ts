import { REPORT_SHEET_NAME } from '../../src/core/write-plan';
import { clearMarks, markFindings, marksPlan } from '../../src/services/marksService';
import { reportPlan, writeReport } from '../../src/services/reportService';
import { runReview } from '../../src/services/reviewService';
import { FakePort } from './fakePort';
import { EARTH, FIXED_CLOCK, earthWorkbook, stubReview } from './fixtures';

async function reviewed() {
  const port = new FakePort(earthWorkbook());
  const run = await runReview({ port, clock: FIXED_CLOCK, engine: stubReview, workbookName: 'plan.xlsx' });
  return { port, run };
}

describe('reportService (生成复核报告)', () => {
  it('writes the report sheet only, with the run’s file, hash and time', async () => {
    const { port, run } = await reviewed();
    const plan = reportPlan(run, 'zh-CN');
    expect(plan.patches).toEqual([]);
    expect(plan.notes).toEqual([]);
    expect(plan.highlights).toEqual([]);
    expect(plan.report?.name).toBe(REPORT_SHEET_NAME);
    expect(plan.report?.rows.slice(1, 4)).toEqual([
      ['文件', 'plan.xlsx'],
      ['输入 SHA-256', run.meta.inputSha256],
      ['复核时间', '2026-01-02T03:04:05.000Z'],
    ]);
    await writeReport(port, run, 'en');
    expect(port.plans).toHaveLength(1);
    expect(port.plans[0].report?.rows[1]).toEqual(['File', 'plan.xlsx']);
  });
});

describe('marksService (标记 / 清除标记)', () => {
  it('highlights each flagged cell once, with the worst severity, and notes only when supported', async () => {
    const { run } = await reviewed();
    const withNotes = marksPlan(run, 'zh-CN', { notes: true });
    expect(withNotes.highlights).toEqual([
      { sheet: EARTH, cell: 'J3', severity: 'error' },
      { sheet: '投资估算表', cell: 'G5', severity: 'error' },
      { sheet: EARTH, cell: 'N3', severity: 'warning' },
    ]);
    expect(withNotes.notes[0].text).toContain('[EARTH_SALE_EXCEEDS_DISPOSABLE]');
    expect(withNotes.notes[0].text).toContain('[INPUT_MISSING]');
    expect(withNotes.patches).toEqual([]);
    expect(withNotes.report).toBeUndefined();
    expect(marksPlan(run, 'zh-CN', { notes: false }).notes).toEqual([]);
  });

  it('returns the marks it wrote, and clears exactly those', async () => {
    const { port, run } = await reviewed();
    const marks = await markFindings(port, run, 'zh-CN', { notes: true });
    expect(marks).toEqual([
      { sheet: EARTH, cell: 'J3' },
      { sheet: '投资估算表', cell: 'G5' },
      { sheet: EARTH, cell: 'N3' },
    ]);
    expect(await clearMarks(port, marks)).toBe(3);
    expect(port.cleared).toEqual([marks]);
  });

  it('after the pane is reopened (no marks remembered) clears every cell the last review flags', async () => {
    const { port, run } = await reviewed();
    expect(await clearMarks(port, [], run)).toBe(3);
    expect(await clearMarks(port, [])).toBe(0);
    expect(port.cleared).toHaveLength(1);
  });

  it('writes nothing when there is nothing to mark', async () => {
    const { port, run } = await reviewed();
    const clean = { ...run, review: { ...run.review, findings: [] } };
    expect(await markFindings(port, clean, 'zh-CN', { notes: true })).toEqual([]);
    expect(port.calls).toEqual(['readWorkbook']);
  });
});
