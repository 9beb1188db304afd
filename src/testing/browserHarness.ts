/**
 * Browser double of office.js for the playwright tests (tests/browser). Built only by
 * webpack.harness.config.js, never part of the production bundle: the tests serve this file in place of
 * Microsoft's CDN office.js, so the real task pane bundle runs over the SAME fake runtime as the Excel adapter's
 * unit tests (src/testing/officeFake).
 *
 * The test injects, before any page script runs (page.addInitScript):
 *   window.__MINEPLAN_MODEL__         the FakeWorkbookModel (JSON; the runner builds it from a real .xlsx)
 *   window.__MINEPLAN_FAKE_OPTIONS__  optional FakeOfficeOptions (failOnSync, supportedSets, syncDelayMs …)
 *   window.__MINEPLAN_DOCUMENT_URL__  optional Office.context.document.url
 * and reads back window.__fake = { stats, model } (the live model, mutated by synced writes).
 */
import { createFakeOffice } from './officeFake';
import type { FakeOfficeOptions, FakeOfficeStats, FakeWorkbookModel } from './officeFake';

interface HarnessWindow {
  __MINEPLAN_MODEL__?: FakeWorkbookModel;
  __MINEPLAN_FAKE_OPTIONS__?: FakeOfficeOptions;
  __MINEPLAN_DOCUMENT_URL__?: string;
  __fake?: { stats: FakeOfficeStats; model: FakeWorkbookModel };
  Office?: unknown;
  Excel?: unknown;
  CustomFunctions?: unknown;
}

const w = globalThis as unknown as HarnessWindow;
const model: FakeWorkbookModel = w.__MINEPLAN_MODEL__ ?? { sheets: [] };
const fake = createFakeOffice(model, w.__MINEPLAN_FAKE_OPTIONS__ ?? {});
const info = { host: 'Excel', platform: 'OfficeOnline' };

w.Excel = fake.Excel;
w.Office = {
  ...fake.Office,
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  context: {
    ...fake.Office.context,
    document: { url: w.__MINEPLAN_DOCUMENT_URL__ ?? 'https://contoso.sharepoint.com/plans/%E7%A4%BA%E4%BE%8B%E6%96%B9%E6%A1%88.xlsx' },
    displayLanguage: 'zh-CN',
  },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    callback?.(info);
    return Promise.resolve(info);
  },
};
// functions.js ends with unguarded CustomFunctions.associate(...) calls (custom-functions-metadata-plugin).
const associated: string[] = [];
w.CustomFunctions = { associate: (id: string) => void associated.push(id) };
w.__fake = { stats: fake.stats, model: fake.model };
(w.__fake as { associated?: string[] }).associated = associated;
