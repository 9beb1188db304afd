/**
 * The task pane as a product: the production webpack bundle in headless Chromium at the default pane width
 * (320 × 800), office.js replaced by the fake runtime the Excel adapter tests use (src/testing/browserHarness.ts),
 * workbooks loaded from real .xlsx files. Screenshots of each state go to test-artifacts/browser/.
 * How to run and what is covered: docs/browser-tests.md.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { parseA1 } from '../../src/core/snapshot';
import type { Review } from '../../src/core/review-model';
import type { FakeCellModel, FakeOfficeStats, FakeWorkbookModel } from '../../src/testing/officeFake';
import { shown } from '../../src/taskpane/FillPreview';
import { MARKS } from '../../src/taskpane/workerEngine';
import { bigEarthWorkbook, emptyDerivedEarthWorkbook } from '../adapters/excel/fixtures';
import { fakeWorkbookFromXlsx } from '../support/fakeWorkbookFromXlsx';
import { DIST, buildTestBundle } from './support/build';
import {
  button,
  fakeModel,
  fakeStats,
  idle,
  launchChromium,
  openPane,
  screenshot,
  typeIntoSheet,
  type FakeWindow,
  type Pane,
} from './support/pane';
import { serveStatic, type StaticServer } from './support/server';
import { EARTH, clone, hashInNode, reviewInNode, sampleModel, sheetOf } from './support/workbooks';

const REPORT = '复核报告';
/** First render budget (navigation start → pane rendered); MINEPLAN_FIRST_RENDER_BUDGET_MS widens it on slow machines. */
const FIRST_RENDER_BUDGET_MS = Number(process.env.MINEPLAN_FIRST_RENDER_BUDGET_MS ?? 1000);
const BUNDLE_BUDGET_BYTES = 250 * 1000;
/** The engine worker's file (src/taskpane/startWorkerEngine.ts names it), not loaded before the first review. */
const WORKER_CHUNK = 'mine-plan-engine.';
/** Longest main-thread task allowed while the worker reviews (a frozen pane was ~1 s); widened on slow machines. */
const MAIN_THREAD_STALL_BUDGET_MS = Number(process.env.MINEPLAN_MAIN_THREAD_STALL_BUDGET_MS ?? 200);

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await buildTestBundle();
  server = await serveStatic(DIST);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const delta = (after: FakeOfficeStats, before: FakeOfficeStats) => ({
  syncs: after.syncs - before.syncs,
  writeSyncs: after.writeSyncs - before.writeSyncs,
  runs: after.runs.slice(before.runs.length),
});

const notice = (page: Page) => page.getByTestId('notice');

/** Every cell of every sheet, keyed "sheet!A1", without the given sheets. */
function cellsOf(model: FakeWorkbookModel, without: string[] = []): Map<string, FakeCellModel> {
  const out = new Map<string, FakeCellModel>();
  for (const s of model.sheets) if (!without.includes(s.name)) for (const [k, c] of Object.entries(s.cells)) out.set(`${s.name}!${k}`, c);
  return out;
}

const isEmpty = (c: FakeCellModel | undefined) => !c || (c.formula === undefined && c.error === undefined && (c.value === undefined || c.value === null || c.value === ''));

/** The 复核报告 sheet as rows of texts (A1-ordered), for reading like a person would. */
function reportRows(model: FakeWorkbookModel): string[][] {
  const sheet = sheetOf(model, REPORT);
  const rows: string[][] = [];
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseA1(key);
    (rows[row - 1] ??= [])[col - 1] = cell.value === null || cell.value === undefined ? '' : String(cell.value);
  }
  return Array.from(rows, (r) => {
    const cells = Array.from(r ?? [], (v) => v ?? '');
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop(); // rows are padded to a rectangle
    return cells;
  });
}

describe('click-through on the sample plan (zh-CN)', () => {
  let pane: Pane;
  let page: Page;
  /** The sample plan without its 土石料平衡分析表: the user inserts that template and types the table. */
  let start: FakeWorkbookModel;
  let typedEarth: Record<string, FakeCellModel>;
  let beforeFill: FakeWorkbookModel;
  let filledCells: string[];
  let reviewAfterFill: Review;

  beforeAll(async () => {
    const sample = await sampleModel();
    typedEarth = clone(sheetOf(sample, EARTH).cells);
    start = { ...sample, sheets: sample.sheets.filter((s) => s.name !== EARTH) };
    pane = await openPane(browser, server.url, { model: start });
    page = pane.page;
  }, 60_000);

  afterAll(async () => {
    await pane?.close();
  });

  it('opens with the six actions in zh-CN and no outside request', async () => {
    for (const label of ['插入模板', '计算并回填', '复核', '生成复核报告', '标记', '清除标记']) await expect(button(page, label).isEnabled()).resolves.toBe(true);
    await screenshot(page, '01-start');
    expect(await page.evaluate(() => (window as unknown as FakeWindow).__fake.associated.length)).toBeGreaterThan(0);
    expect(pane.foreign).toEqual([]);
    expect(server.requests).toContain('/taskpane.js');
  });

  it('插入模板: inserts the chosen templates; an existing sheet gets a suffix and the pane says so', async () => {
    await button(page, '插入模板').click();
    const picker = page.getByTestId('template-picker');
    await picker.waitFor();
    const boxes = picker.getByRole('checkbox');
    const labels = await picker.locator('label').allTextContents();
    expect(labels).toEqual(['项目信息', '土石料平衡分析表', '竞价记录', '投资估算表', '收益测算', '复垦地块表', '补偿测算表']);
    for (let i = 0; i < labels.length; i++) await boxes.nth(i).setChecked(labels[i] === '项目信息' || labels[i] === EARTH);
    await screenshot(page, '02-templates');
    const before = await fakeStats(page);
    await button(page, '插入所选模板').click();
    await expect(notice(page).textContent()).resolves.toBe(`已插入 2 张表：项目信息(2)（“项目信息”已存在）、${EARTH}`);
    await screenshot(page, '03-inserted');

    const model = await fakeModel(page);
    expect(model.sheets.map((s) => s.name)).toEqual([...start.sheets.map((s) => s.name), '项目信息(2)', EARTH]);
    // the existing 项目信息 is untouched; the new sheets hold the blank templates
    expect(sheetOf(model, '项目信息')).toEqual(sheetOf(start, '项目信息'));
    const earth = sheetOf(model, EARTH);
    expect(earth.cells.G2).toMatchObject({ value: '供应量小计', bold: true });
    expect(earth.cells.B3).toMatchObject({ value: '建筑用砂岩' });
    const d = delta(await fakeStats(page), before);
    expect(d).toMatchObject({ syncs: 2, writeSyncs: 1 });
  });

  it('计算并回填: previews the cells to write, then writes them in one sync; inputs and formulas untouched', async () => {
    // The user replaces the template's example row with the plan's table (inputs, three formulas, an author total).
    await typeIntoSheet(page, EARTH, typedEarth);
    beforeFill = await fakeModel(page);
    const expected = await reviewInNode(beforeFill);

    let before = await fakeStats(page);
    await button(page, '计算并回填').click();
    const preview = page.getByTestId('fill-preview');
    await preview.waitFor();
    await idle(page);
    expect(delta(await fakeStats(page), before)).toMatchObject({ syncs: 2, writeSyncs: 0 });
    const items = (await preview.locator('label').allTextContents()).map((t) => t.replace(/\s+/g, ' '));
    expect(items).toEqual(expected.patches.map((p) => `${p.sheet}!${p.cell} ${p.label} = ${shown(p)}`));
    // worked by hand from the typed table (row 4 建筑用石料（Ⅱ级）, row 5 表土)
    for (const line of [
      `${EARTH}!G4 建筑用石料（Ⅱ级） 供应量小计 = 114000`, //   95400 + 18600
      `${EARTH}!I4 建筑用石料（Ⅱ级） 剩余可处置量 = 53000`, // 114000 − 61000
      `${EARTH}!L4 建筑用石料（Ⅱ级） 评估价值 = 143`, //       55000 × 26 / 10000
      `${EARTH}!G5 表土 供应量小计 = 42000`, //                 42000 + 0
      `${EARTH}!I5 表土 剩余可处置量 = 0`, //                   42000 − 42000
    ])
      expect(items).toContain(line);
    await expect(preview.textContent()).resolves.toContain('本次写入在 Excel 中合并为一个撤销步骤');
    // untick the last proposed cell: it must not be written
    const last = expected.patches[expected.patches.length - 1];
    await preview.getByRole('checkbox').last().uncheck();
    await screenshot(page, '04-fill-preview');

    before = await fakeStats(page);
    await button(page, `写入 ${expected.patches.length - 1} 个单元格`).click();
    await expect(notice(page).textContent()).resolves.toBe(`已回填 ${expected.patches.length - 1} 个单元格。`);
    await screenshot(page, '05-filled');
    const d = delta(await fakeStats(page), before);
    expect(d).toEqual({ syncs: 2, writeSyncs: 1, runs: [{ mergeUndoGroup: true }] });

    const after = await fakeModel(page);
    const earth = sheetOf(after, EARTH).cells;
    expect(earth.G4).toEqual({ value: 114000, numberFormat: '#,##0' });
    expect(earth.I4).toEqual({ value: 53000, numberFormat: '#,##0' });
    expect(earth.L4).toEqual({ value: 143, numberFormat: '0.00' });
    expect(earth.I5).toEqual({ value: 0, numberFormat: '#,##0' });
    filledCells = expected.patches.slice(0, -1).map((p) => `${p.sheet}!${p.cell}`);
    const was = cellsOf(beforeFill);
    const now = cellsOf(after);
    for (const key of filledCells) expect(isEmpty(was.get(key))).toBe(true);
    expect(isEmpty(now.get(`${last.sheet}!${last.cell}`))).toBe(true);
    // every other cell — the author's inputs, formulas (G3, I3, L3) and the typed total G6 — is exactly as before
    for (const [key, cell] of was) if (!filledCells.includes(key)) expect([key, now.get(key)]).toEqual([key, cell]);
    expect(earth.G3).toEqual({ formula: '=E3+F3', value: 228800, numberFormat: '#,##0' });
    expect(earth.G6).toEqual({ value: 384700, numberFormat: '#,##0' });
    await expect(button(page, '撤销本次回填').isVisible()).resolves.toBe(true);
    // the findings on screen are those read before the fill: the pane says so
    await expect(page.getByTestId('review-stale').isVisible()).resolves.toBe(true);
  });

  it('复核: findings grouped by sheet and severity with counts; clicking one selects its cell', async () => {
    reviewAfterFill = await reviewInNode(await fakeModel(page));
    const before = await fakeStats(page);
    await button(page, '复核').click();
    const review = page.getByTestId('review');
    await review.waitFor();
    await idle(page);
    expect(delta(await fakeStats(page), before)).toMatchObject({ syncs: 2, writeSyncs: 0 });
    await expect(page.getByTestId('review-stale').count()).resolves.toBe(0);
    const { errors, warnings, infos } = reviewAfterFill.summary;
    await expect(review.locator('> span').first().textContent()).resolves.toBe(`错误 ${errors}，警告 ${warnings}，提示 ${infos}`);

    // one accordion item per sheet (order of first appearance), a badge per severity, then the severity groups
    const bySheet = new Map<string, Review['findings']>();
    for (const f of reviewAfterFill.findings) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
    const headers = review.locator('[data-testid="findings"] button[aria-expanded]');
    expect(await headers.count()).toBe(bySheet.size);
    let i = 0;
    for (const [sheet, findings] of bySheet) {
      const counts = (['error', 'warning', 'info'] as const).map((sev) => findings.filter((f) => f.severity === sev).length).filter((n) => n > 0);
      await expect(headers.nth(i++).textContent()).resolves.toBe(`${sheet}${counts.join('')}`);
    }
    const panelText = (await review.locator('[data-testid="findings"]').textContent()) ?? '';
    const earthErrors = reviewAfterFill.findings.filter((f) => f.sheet === EARTH && f.severity === 'error');
    expect(panelText).toContain(`错误（${earthErrors.length}）`);
    expect(panelText).toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
    expect(panelText).toContain('豫自然资规〔2025〕13号');
    await expect(review.textContent()).resolves.toMatch(/输入 SHA-256（工作簿内容）: [0-9a-f]{64}/);
    await screenshot(page, '06-review');

    const target = reviewAfterFill.findings.find((f) => f.code === 'EARTH_SALE_EXCEEDS_DISPOSABLE');
    expect(target?.cell).toBe('J4');
    await review.getByRole('button', { name: 'J4', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as FakeWindow).__fake.model.selection?.address === 'J4');
    expect((await fakeModel(page)).selection).toEqual({ sheet: EARTH, address: 'J4' });
  });

  it('生成复核报告: a 复核报告 sheet with summary, results, findings with citations, rule packs, SHA-256 and time', async () => {
    const hashText = (await page.getByTestId('review').textContent()) ?? '';
    const hash = /[0-9a-f]{64}/.exec(hashText)?.[0];
    const before = await fakeStats(page);
    const t0 = Date.now();
    await button(page, '生成复核报告').click();
    await expect(notice(page).textContent()).resolves.toBe(`已写入“${REPORT}”表。`);
    await screenshot(page, '07-report');
    // the review of the last 复核 is reused: 1 read (target checks) + 1 write
    expect(delta(await fakeStats(page), before)).toMatchObject({ syncs: 2, writeSyncs: 1 });

    const rows = reportRows(await fakeModel(page));
    const row = (label: string) => rows.find((r) => r[0] === label) ?? [];
    expect(rows[0][0]).toBe('矿山生态修复方案 计算复核报告');
    expect(row('文件')[1]).toBe('示例方案.xlsx');
    expect(row('输入 SHA-256')[1]).toBe(hash);
    const at = Date.parse(row('复核时间')[1]);
    expect(at).toBeGreaterThan(t0 - 120_000);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect(row('省份')[1]).toBe(reviewAfterFill.province);
    const { errors, warnings, infos } = reviewAfterFill.summary;
    expect(row('汇总')[1]).toBe(`错误 ${errors}，警告 ${warnings}，提示 ${infos}`);
    expect(row('适用政策')).toEqual(['适用政策', '文件', '生效', '失效']);
    for (const p of reviewAfterFill.rulePacks) expect(row(p.id)[1]).toBe(p.document);
    expect(reviewAfterFill.rulePacks.length).toBeGreaterThan(0);
    for (const r of reviewAfterFill.results) expect(row(r.id).slice(0, 5)).toEqual([r.id, r.sheet, r.cell ?? '', r.label, r.value]);
    const findingRows = rows.filter((r) => reviewAfterFill.findings.some((f) => f.code === r[1]));
    expect(findingRows).toHaveLength(reviewAfterFill.findings.length);
    const sale = findingRows.find((r) => r[1] === 'EARTH_SALE_EXCEEDS_DISPOSABLE') ?? [];
    expect(sale.slice(0, 4)).toEqual(['错误', 'EARTH_SALE_EXCEEDS_DISPOSABLE', EARTH, 'J4']);
    expect(sale[5]).toMatch(/豫自然资规〔2025〕13号 第.+条/);

    // a second report never overwrites the first: the pane names the sheet it wrote
    await button(page, '生成复核报告').click();
    await expect(notice(page).textContent()).resolves.toBe(`已写入“${REPORT}(2)”表。`);
    const names = (await fakeModel(page)).sheets.map((s) => s.name);
    expect(names.slice(-2)).toEqual([REPORT, `${REPORT}(2)`]);
  });

  it('标记 / 清除标记: highlights and notes appear, then go without a trace', async () => {
    const before = await fakeModel(page);
    const flagged = [...new Set(reviewAfterFill.findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`))];
    await button(page, '标记').click();
    await expect(notice(page).textContent()).resolves.toBe(`已标记 ${flagged.length} 个单元格。`);
    await screenshot(page, '08-marked');
    const marked = await fakeModel(page);
    const earth = sheetOf(marked, EARTH);
    expect(earth.cells.J4.fill).toBe('#FFC7CE');
    expect(earth.notes?.J4).toContain('EARTH_SALE_EXCEEDS_DISPOSABLE');
    for (const key of flagged) {
      const [sheet, cell] = key.split('!');
      expect(sheetOf(marked, sheet).cells[cell]?.fill).toMatch(/^#(FFC7CE|FFEB9C|DDEBF7)$/);
    }
    expect(Object.keys(marked.settings ?? {}).some((k) => k.startsWith('mineplan.marks.'))).toBe(true);

    await button(page, '清除标记').click();
    await expect(notice(page).textContent()).resolves.toBe(`已清除 ${flagged.length} 个单元格的标记。`);
    await screenshot(page, '09-cleared');
    const cleared = await fakeModel(page);
    expect(cleared.sheets).toEqual(before.sheets);
    expect(Object.keys(cleared.settings ?? {})).toEqual(Object.keys(before.settings ?? {}));
  });

  it('撤销本次回填: restores the previous values of the filled cells', async () => {
    await button(page, '撤销本次回填').click();
    await expect(notice(page).textContent()).resolves.toBe(`已恢复 ${filledCells.length} 个单元格的原值。`);
    await screenshot(page, '10-undone');
    const after = await fakeModel(page);
    const now = cellsOf(after, [REPORT, `${REPORT}(2)`]);
    const was = cellsOf(beforeFill);
    for (const key of filledCells) {
      expect(isEmpty(now.get(key))).toBe(true);
      expect([key, now.get(key)?.numberFormat]).toEqual([key, was.get(key)?.numberFormat]);
    }
    for (const [key, cell] of was) if (!filledCells.includes(key)) expect([key, now.get(key)]).toEqual([key, cell]);
    await expect(button(page, '撤销本次回填').count()).resolves.toBe(0);
    expect(pane.errors).toEqual([]);
    expect(pane.foreign).toEqual([]);
  });
});

describe('language', () => {
  it('is zh-CN by default; the English switch translates the pane and the findings, and is remembered', async () => {
    const pane = await openPane(browser, server.url, { model: await sampleModel() });
    const { page } = pane;
    try {
      await expect(page.getByRole('heading').textContent()).resolves.toBe('矿山生态修复方案 计算复核');
      await page.getByTestId('lang').click();
      await expect(page.getByRole('heading').textContent()).resolves.toBe('Mine restoration plan review');
      for (const label of ['Insert templates', 'Compute & fill', 'Review', 'Write report', 'Mark', 'Clear marks']) await button(page, label).waitFor();
      await button(page, 'Review').click();
      const review = page.getByTestId('review');
      await review.waitFor();
      await expect(review.textContent()).resolves.toMatch(/\d+ errors, \d+ warnings, \d+ infos/);
      await expect(review.textContent()).resolves.toContain('Errors (2)');
      await screenshot(page, '11-english');
      await page.reload();
      await page.locator('#root main').waitFor();
      await expect(page.getByTestId('lang').textContent()).resolves.toBe('中文');
      await page.getByTestId('lang').click();
      await button(page, '复核').waitFor();
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe('after a write', () => {
  it('生成复核报告 right after a fill re-reads the workbook: the report describes what is there now', async () => {
    const initial = await sampleModel();
    const pane = await openPane(browser, server.url, { model: initial });
    const { page } = pane;
    try {
      await button(page, '计算并回填').click();
      await page.getByTestId('fill-preview').waitFor();
      await page.getByTestId('fill-preview').getByRole('button', { name: /^写入 \d+ 个单元格$/ }).click();
      await notice(page).waitFor();
      const filled = await fakeModel(page);
      const before = await fakeStats(page);
      await button(page, '生成复核报告').click();
      await expect(notice(page).textContent()).resolves.toBe(`已写入“${REPORT}”表。`);
      // 2 syncs to read again, then 1 read + 1 write for the report
      expect(delta(await fakeStats(page), before)).toMatchObject({ syncs: 4, writeSyncs: 1 });
      const hash = reportRows(await fakeModel(page)).find((r) => r[0] === '输入 SHA-256')?.[1];
      expect(hash).toBe(await hashInNode(filled));
      expect(hash).not.toBe(await hashInNode(initial));
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe('failures and concurrency', () => {
  it('a failed context.sync() leaves the workbook unchanged and shows the error', async () => {
    const model = await sampleModel();
    // syncs 1–2 read for the preview, 3 re-checks the targets, 4 is the write: it fails
    const pane = await openPane(browser, server.url, { model, fake: { failOnSync: 4 } });
    const { page } = pane;
    try {
      await button(page, '计算并回填').click();
      await page.getByTestId('fill-preview').waitFor();
      await page.getByTestId('fill-preview').getByRole('button', { name: /^写入 \d+ 个单元格$/ }).click();
      const error = page.getByTestId('error');
      await error.waitFor();
      await expect(error.textContent()).resolves.toContain('Simulated failure of sync #4');
      await screenshot(page, '12-sync-failed');
      expect(await fakeModel(page)).toEqual(model);
      const stats = await fakeStats(page);
      expect(stats).toMatchObject({ syncs: 4, failedSyncs: 1, writeSyncs: 1 });
      await expect(button(page, '撤销本次回填').count()).resolves.toBe(0);
      // the pane stays usable: the next action runs and clears the error
      await button(page, '复核').click();
      await page.getByTestId('review').waitFor();
      await expect(error.count()).resolves.toBe(0);
    } finally {
      await pane.close();
    }
  });

  it('a second click while an action runs is ignored', async () => {
    const model = await sampleModel();
    const pane = await openPane(browser, server.url, { model, fake: { syncDelayMs: 300 } });
    const { page } = pane;
    try {
      // two clicks in the same task, before React re-renders the disabled buttons
      await page.evaluate(() => {
        const review = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === '复核');
        review?.click();
        review?.click();
      });
      await page.getByTestId('progress').waitFor();
      await expect(button(page, '复核').isDisabled()).resolves.toBe(true);
      await button(page, '计算并回填').click({ force: true }); // a disabled button: nothing happens
      await page.getByTestId('review').waitFor();
      await idle(page);
      expect((await fakeStats(page)).runs).toHaveLength(1);

      await button(page, '计算并回填').click();
      await page.getByTestId('fill-preview').waitFor();
      await idle(page);
      const before = await fakeStats(page);
      await page.evaluate(() => {
        const write = Array.from(document.querySelectorAll('[data-testid="fill-preview"] button')).find((b) => b.textContent?.startsWith('写入'));
        (write as HTMLButtonElement | undefined)?.click();
        (write as HTMLButtonElement | undefined)?.click();
      });
      await notice(page).waitFor();
      const d = delta(await fakeStats(page), before);
      expect(d).toMatchObject({ syncs: 2, writeSyncs: 1 });
      expect(d.runs).toHaveLength(1);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});

describe('performance', () => {
  it('shows a progress indicator while a 10,000-row workbook is read and reviewed', async () => {
    const model = await fakeWorkbookFromXlsx(await bigEarthWorkbook(10_000));
    // Each sync takes 400 ms, as a round trip to Excel does: the fake otherwise answers in microtasks and the
    // page's main thread would stay busy from click to result, leaving playwright no moment to look.
    const pane = await openPane(browser, server.url, { model, fake: { syncDelayMs: 400 } });
    const { page } = pane;
    try {
      const t0 = Date.now();
      await button(page, '复核').click();
      const progress = page.getByTestId('progress');
      await progress.waitFor({ state: 'visible' });
      await screenshot(page, '13-progress');
      await page.getByTestId('review').waitFor({ timeout: 60_000 });
      const ms = Date.now() - t0;
      await expect(progress.count()).resolves.toBe(0);
      const labels = await page.evaluate(() => (window as unknown as FakeWindow).__busyLabels);
      console.log(`10,000-row review in the browser: ${ms} ms; progress steps: ${JSON.stringify(labels)}`);
      expect(labels).toEqual(['复核']);
      expect(await fakeStats(page)).toMatchObject({ syncs: 2 });
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it('keeps the main thread responsive while the engine worker reviews a 10,000-row workbook', async () => {
    const model = await fakeWorkbookFromXlsx(await bigEarthWorkbook(10_000));
    const pane = await openPane(browser, server.url, { model, fake: { syncDelayMs: 400 } });
    const { page } = pane;
    try {
      // A 10 ms timer on the page: any long task on the main thread shows as a gap between its ticks.
      await page.evaluate(() => {
        const w = window as unknown as { __ticks: number[] };
        w.__ticks = [];
        setInterval(() => w.__ticks.push(performance.now()), 10);
      });
      await button(page, '复核').click();
      // The snapshot is in the worker (the pane marks the post): the user switches the language meanwhile.
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.posted, { timeout: 60_000 });
      await page.getByTestId('lang').click();
      await expect(page.getByRole('heading').textContent()).resolves.toBe('Mine restoration plan review');
      const switchedBeforeReply = await page.evaluate((name) => performance.getEntriesByName(name).length === 0, MARKS.reply);
      await page.getByTestId('review').waitFor({ timeout: 60_000 });
      const m = await page.evaluate((marks) => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        const posted = at(marks.posted);
        const reply = at(marks.reply);
        const inside = [posted, ...(window as unknown as { __ticks: number[] }).__ticks.filter((t) => t > posted && t < reply), reply];
        let maxGap = 0;
        for (let i = 1; i < inside.length; i++) maxGap = Math.max(maxGap, inside[i] - inside[i - 1]);
        return { post: posted - at(marks.post), worker: reply - posted, maxGap, ticks: inside.length - 2 };
      }, MARKS);
      console.log(
        `10,000-row review in the worker: posting the snapshot ${Math.round(m.post)} ms (main thread), worker run ${Math.round(m.worker)} ms, ` +
          `longest main-thread stall meanwhile ${Math.round(m.maxGap)} ms (${m.ticks} timer ticks); language switched before the reply: ${switchedBeforeReply}`,
      );
      expect(m.worker).toBeGreaterThan(0);
      expect(m.maxGap).toBeLessThanOrEqual(MAIN_THREAD_STALL_BUDGET_MS);
      expect(switchedBeforeReply).toBe(true);
      await expect(page.getByTestId('review').textContent()).resolves.toMatch(/\d+ errors, \d+ warnings, \d+ infos/);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it('previews 20,000 fills in a windowed list: a few dozen checkboxes in the page, the last reachable, all / none', async () => {
    const model = await fakeWorkbookFromXlsx(await emptyDerivedEarthWorkbook(5_000));
    const expected = await reviewInNode(model);
    const n = expected.patches.length;
    expect(n).toBe(20_000);
    const pane = await openPane(browser, server.url, { model });
    const { page } = pane;
    try {
      const t0 = Date.now();
      await button(page, '计算并回填').click();
      const preview = page.getByTestId('fill-preview');
      await preview.waitFor({ timeout: 60_000 });
      await idle(page);
      const ms = Date.now() - t0;
      const mounted = await preview.getByRole('checkbox').count();
      console.log(`fill preview of ${n} cells: shown ${ms} ms after the click (read + review + render), ${mounted} checkboxes mounted`);
      expect(mounted).toBeLessThanOrEqual(60);
      await expect(preview.textContent()).resolves.toContain(`将写入以下 ${n} 个空白单元格`);
      const label = (i: number) => `${expected.patches[i].sheet}!${expected.patches[i].cell}`;
      await expect(preview.textContent()).resolves.toContain(label(0));
      // scrolled to the end, the last proposed cell is in the page (and the first no longer is)
      await page.getByTestId('fill-list').evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      // the scroll event re-renders the window on React's next update: wait for it, do not sample at once
      await preview.getByText(label(n - 1), { exact: false }).waitFor();
      await preview.getByText(`${label(0)} `, { exact: false }).waitFor({ state: 'detached' });
      await expect(preview.getByText(label(n - 1), { exact: false }).count()).resolves.toBe(1);
      await screenshot(page, '14-fill-preview-20000');
      await button(page, '全不选').click();
      await expect(button(page, '写入 0 个单元格').isDisabled()).resolves.toBe(true);
      await button(page, '全选').click();
      await expect(button(page, `写入 ${n} 个单元格`).isEnabled()).resolves.toBe(true);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it('reviews on the main thread when the page has no Worker', async () => {
    const model = await sampleModel();
    const pane = await openPane(browser, server.url, { model });
    const { page } = pane;
    try {
      await pane.context.addInitScript(() => {
        delete (window as unknown as { Worker?: unknown }).Worker;
      });
      await page.reload();
      await page.locator('#root main').waitFor();
      expect(await page.evaluate(() => typeof (window as unknown as { Worker?: unknown }).Worker)).toBe('undefined');
      const warnings: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'warning') warnings.push(msg.text());
      });
      await button(page, '复核').click();
      const review = page.getByTestId('review');
      await review.waitFor();
      const expected = await reviewInNode(model);
      await expect(review.textContent()).resolves.toContain(`${expected.summary.errors}`);
      await expect(review.textContent()).resolves.toContain(await hashInNode(model));
      expect(warnings.join('\n')).toContain('reviewing on the main thread');
      expect(await page.evaluate((name) => performance.getEntriesByName(name).length, MARKS.posted)).toBe(0);
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  it(`renders the pane within ${FIRST_RENDER_BUDGET_MS} ms of navigation start`, async () => {
    const model = await sampleModel();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const pane = await openPane(browser, server.url, { model });
      times.push(await pane.page.evaluate(() => (window as unknown as FakeWindow).__paneReadyAt ?? NaN));
      await pane.close();
    }
    console.log(`first render (navigation start → pane rendered), 3 fresh contexts: ${times.map((t) => `${Math.round(t)} ms`).join(', ')}`);
    // the first load of a fresh context (no HTTP cache) is the one a user sees on opening the pane
    for (const t of times) expect(t).toBeLessThanOrEqual(FIRST_RENDER_BUDGET_MS);
  });

  it('keeps the production bundle under 250 KB gzipped (the engine worker loads on the first review, apart)', async () => {
    const gz = async (f: string) => [f, gzipSync(await readFile(path.join(DIST, f)), { level: 9 }).length] as const;
    const js = (await readdir(DIST)).filter((f) => f.endsWith('.js') && f !== 'office-harness.js');
    const worker = js.filter((f) => f.startsWith(WORKER_CHUNK));
    expect(worker).toHaveLength(1);
    const sizes = await Promise.all(js.filter((f) => !worker.includes(f)).map(gz));
    const total = sizes.reduce((n, [, b]) => n + b, 0);
    const [[, workerBytes]] = await Promise.all(worker.map(gz));
    console.log(`gzipped JS at start: ${sizes.map(([f, b]) => `${f} ${b}`).join(', ')}; total ${total} bytes; engine worker ${worker[0]} ${workerBytes} bytes`);
    expect(total).toBeLessThanOrEqual(BUNDLE_BUDGET_BYTES);
  });
});
