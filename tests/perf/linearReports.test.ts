import { diffFindings } from '../../src/core/diff/findings';
import { diffResults } from '../../src/core/diff/results';
import type { Finding } from '../../src/core/findings';
import { t } from '../../src/core/i18n';
import { buildHtmlReport } from '../../src/core/report/html';
import { toJsonOutput } from '../../src/core/report/json';
import { buildReportRows } from '../../src/core/report/reportRows';
import { formatTextReport } from '../../src/core/report/text';
import { buildWritePlan } from '../../src/core/report/writePlan';
import type { Review } from '../../src/core/review-model';
import { groupFindings } from '../../src/services/reviewService';

/**
 * Everything that turns a review into output runs in one pass over its results and findings. The text report
 * once grouped its results by copying an array per result: 9 s for the 40,008 results of the 100k bench plan.
 * With 80,000 results and 80,000 findings on one sheet, that grouping takes ≈ 43 s; the linear steps take
 * 0.2–2.5 s here. A coarse bound, not a benchmark: it sits ≈ 20× above the linear times and ≈ 4× below the
 * quadratic one (jest cannot time out synchronous code, so the elapsed time is asserted).
 */
const N = 80_000;
const SHEET = '土石料平衡分析表';
const FAST = 10_000;
const HTML = 30_000;
jest.setTimeout(120_000);

function within<T>(ms: number, run: () => T): T {
  const t0 = performance.now();
  const out = run();
  expect(Math.round(performance.now() - t0)).toBeLessThan(ms);
  return out;
}

function bigReview(): Review {
  const results = Array.from({ length: N }, (_, i) => ({
    id: `earth.料${i}.supply`, sheet: SHEET, cell: `G${i + 2}`, label: `料${i} 供应量小计`, value: `${i}.5`, unit: 'm³',
  }));
  const findings: Finding[] = Array.from({ length: N }, (_, i) => ({
    code: 'VALUE_MISMATCH', severity: i % 2 ? 'error' : 'warning', sheet: SHEET, cell: `H${i + 2}`, message: t(`第${i + 2}行不符`, `row ${i + 2}`),
  }));
  const patches = results.map((r) => ({ sheet: r.sheet, cell: r.cell, value: r.value, kind: 'number' as const, label: r.label }));
  return { province: '河南', planDate: '2025-12-15', rulePacks: [], templates: [], results, findings, patches, summary: { errors: N / 2, warnings: N / 2, infos: 0 } };
}

describe(`reports of ${N.toLocaleString('en')} results and findings, each in one pass`, () => {
  const review = bigReview();
  const meta = { file: 'plan.xlsx', inputSha256: '0'.repeat(64), reviewedAt: '2026-11-30T00:00:00.000Z' };

  it('text report', () => {
    const text = within(FAST, () => formatTextReport(review, meta, 'zh-CN'));
    expect(text).toContain('料79999 供应量小计');
  });

  it('HTML report', () => {
    expect(within(HTML, () => buildHtmlReport(review, meta, 'zh-CN'))).toContain('第80001行不符');
  });

  it('JSON output, report rows and the write plan', () => {
    expect(within(FAST, () => JSON.stringify(toJsonOutput(review, meta, 'zh-CN'))).length).toBeGreaterThan(N * 50);
    expect(within(FAST, () => buildReportRows(review, meta, 'zh-CN')).rows.length).toBeGreaterThan(N);
    expect(within(FAST, () => buildWritePlan(review, meta, 'zh-CN')).patches).toHaveLength(N);
  });

  it("the pane's findings groups", () => {
    expect(within(FAST, () => groupFindings(review.findings)).map((g) => g.counts.error + g.counts.warning)).toEqual([N]);
  });

  it('diffs of two reviews', () => {
    expect(within(FAST, () => diffFindings(review.findings, review.findings.slice(1))).fixed).toHaveLength(1);
    expect(within(FAST, () => diffResults(review.results, review.results)).changed).toHaveLength(0);
  });
});
