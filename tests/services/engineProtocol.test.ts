import path from 'node:path';
import { readWorkbookFile } from '../../src/adapters/xlsx/readXlsx';
import { lazyText, t } from '../../src/core/i18n';
import { reviewWorkbook } from '../../src/core/review';
import type { Review } from '../../src/core/review-model';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { inThreadEngine } from '../../src/services/engine';
import { handleEngineRequest, plainReview } from '../../src/services/engineProtocol';
import { FakePort } from './fakePort';
import { FIXED_CLOCK, earthWorkbook, stubReview } from './fixtures';
import { runReview } from '../../src/services/reviewService';
import { inputsDigest, snapshotSha256 } from '../../src/services/snapshotDigest';

const SAMPLE = path.resolve(__dirname, '../../examples/sample-plan.xlsx');

/** What postMessage does to a message in either direction. */
const overTheWire = <T>(message: T): T => structuredClone(message);

describe('engine worker protocol (src/services/engineProtocol.ts, the handler engine.worker.ts runs)', () => {
  it('answers a posted snapshot with the same review and hashes as the in-thread engine', async () => {
    const { snapshot } = await readWorkbookFile(SAMPLE);
    const response = overTheWire(await handleEngineRequest(overTheWire({ id: 7, snapshot })));
    expect(response.id).toBe(7);
    if (!response.ok) throw new Error(response.error);
    expect(response.run.review).toEqual(reviewWorkbook(snapshot));
    expect(response.run.inputSha256).toBe(await snapshotSha256(snapshot));
    expect(response.run.inputsDigest).toEqual(await inputsDigest(snapshot));
    expect(response.run.review.findings.length).toBeGreaterThan(0);
  });

  it('keeps Dates through the clone, and hashes a dated cell as the page does', async () => {
    const snapshot: WorkbookSnapshot = {
      sheets: [{ name: '项目信息', origin: { row: 1, col: 1 }, cells: [[{ value: '编制日期' }, { value: new Date(Date.UTC(2025, 10, 3)) }]] }],
    };
    const cloned = overTheWire(snapshot).sheets[0].cells[0][1].value as Date;
    // (under jest the clone's Date belongs to Node's outer realm, so `instanceof` cannot be used on it here;
    // in the browser the worker's own Date is built)
    expect(Object.prototype.toString.call(cloned)).toBe('[object Date]');
    expect(cloned.getTime()).toBe(Date.UTC(2025, 10, 3));
    const response = await handleEngineRequest({ id: 1, snapshot });
    if (!response.ok) throw new Error(response.error);
    expect(response.run.inputSha256).toBe(await snapshotSha256(snapshot));
  });

  it('makes lazy texts plain data before they are posted', async () => {
    const lazy: Review = {
      ...stubReview(),
      findings: [{ code: 'VALUE_MISMATCH', severity: 'error', sheet: 'S', cell: 'A1', message: lazyText(() => t('甲', 'A')) }],
    };
    const response = await handleEngineRequest({ id: 2, snapshot: earthWorkbook() }, async () => ({ ...(await inThreadEngine()(earthWorkbook())), review: lazy }));
    if (!response.ok) throw new Error(response.error);
    const message = response.run.review.findings[0].message;
    expect(Object.getOwnPropertyDescriptor(message, 'zh')).toMatchObject({ value: '甲', writable: true });
    expect(overTheWire(response).run).toEqual(response.run);
    expect(plainReview(stubReview())).toEqual(stubReview());
  });

  it('answers an engine error with ok: false and its message instead of throwing', async () => {
    const response = await handleEngineRequest({ id: 3, snapshot: earthWorkbook() }, () => Promise.reject(new Error('boom')));
    expect(response).toEqual({ id: 3, ok: false, error: 'boom' });
  });

  it('runReview takes review and hashes from runEngine when given', async () => {
    const port = new FakePort(earthWorkbook());
    const run = await runReview({
      port,
      workbookName: 'plan.xlsx',
      clock: FIXED_CLOCK,
      runEngine: async () => ({ review: stubReview(), inputSha256: 'abc', inputsDigest: { sha256: 'def', sheets: [] } }),
    });
    expect(run.review).toEqual(stubReview());
    expect(run.meta).toEqual({ file: 'plan.xlsx', inputSha256: 'abc', reviewedAt: '2026-01-02T03:04:05.000Z', inputsDigest: { sha256: 'def', sheets: [] } });
  });
});
