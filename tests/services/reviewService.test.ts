import { reviewWorkbook } from '../../src/core/review';
import { inputsDigest, snapshotSha256 } from '../../src/services/snapshotDigest';
import { DEFAULT_WORKBOOK_NAME, groupFindings, runReview, showFinding } from '../../src/services/reviewService';
import { FakePort } from './fakePort';
import { EARTH, FINDINGS, FIXED_CLOCK, earthWorkbook, stubReview } from './fixtures';

describe('reviewService', () => {
  it('reads once, runs the engine on the snapshot read and stamps hash, name and time', async () => {
    const port = new FakePort(earthWorkbook());
    const steps: string[] = [];
    let seen: unknown;
    const run = await runReview({
      port,
      workbookName: 'plan.xlsx',
      clock: FIXED_CLOCK,
      progress: (s) => steps.push(s.label),
      engine: (wb) => {
        seen = wb;
        return stubReview();
      },
    });
    expect(port.calls).toEqual(['readWorkbook']);
    expect(seen).toEqual(earthWorkbook());
    expect(steps).toEqual(['read']);
    expect(run.meta).toEqual({
      file: 'plan.xlsx',
      inputSha256: await snapshotSha256(earthWorkbook()),
      reviewedAt: '2026-01-02T03:04:05.000Z',
      inputsDigest: await inputsDigest(earthWorkbook()),
    });
    expect(run.review.summary.errors).toBe(3);
  });

  it('uses the real engine and a default name when none is injected', async () => {
    const run = await runReview({ port: new FakePort(earthWorkbook()) });
    expect(run.meta.file).toBe(DEFAULT_WORKBOOK_NAME);
    expect(run.meta.inputSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(run.review).toEqual(reviewWorkbook(earthWorkbook()));
  });

  it('groups findings by sheet, then severity (error → info), with counts', () => {
    const groups = groupFindings(FINDINGS);
    expect(groups.map((g) => [g.sheet, g.counts])).toEqual([
      [EARTH, { error: 2, warning: 1, info: 0 }],
      ['投资估算表', { error: 1, warning: 0, info: 0 }],
      ['收益测算', { error: 0, warning: 0, info: 1 }],
    ]);
    expect(groups[0].bySeverity.map((s) => [s.severity, s.findings.map((f) => f.code)])).toEqual([
      ['error', ['EARTH_SALE_EXCEEDS_DISPOSABLE', 'INPUT_MISSING']],
      ['warning', ['FLOOR_BELOW_APPRAISAL']],
    ]);
    expect(groupFindings([])).toEqual([]);
  });

  it('selects the cell of a finding, and nothing for a sheet-level finding', async () => {
    const port = new FakePort(earthWorkbook());
    expect(await showFinding(port, FINDINGS[0])).toBe(true);
    expect(await showFinding(port, FINDINGS[4])).toBe(false);
    expect(port.selected).toEqual([`${EARTH}!J3`]);
  });
});
