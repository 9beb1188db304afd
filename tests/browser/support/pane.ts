/** Chromium + the built task pane over the fake office.js, as the browser tests drive it. */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FakeCellModel, FakeOfficeOptions, FakeOfficeStats, FakeWorkbookModel } from '../../../src/testing/officeFake';
import { ARTIFACTS, DIST } from './build';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The default width of an Excel task pane. */
export const VIEWPORT = { width: 320, height: 800 };

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei (as .ci/run does), or set CHROMIUM_PATH`);
  }
  // launch() gives every run a fresh temporary user-data dir (removed on close); each scenario gets its own context.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export interface PaneOptions {
  model: FakeWorkbookModel;
  fake?: FakeOfficeOptions;
  documentUrl?: string;
}

export interface Pane {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to make outside the test server and the office.js stand-in (should stay empty). */
  foreign: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/** The window globals the harness exposes (src/testing/browserHarness.ts) and the init script records. */
export interface FakeWindow {
  __fake: { stats: FakeOfficeStats; model: FakeWorkbookModel; associated: string[] };
  __paneReadyAt?: number;
  __busyLabels: string[];
}

/**
 * A new browser context (own storage) with the model injected before any script runs, office.js from the CDN
 * replaced by the harness bundle, and every other outside request refused.
 */
export async function openPane(browser: Browser, baseUrl: string, options: PaneOptions): Promise<Pane> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
  const foreign: string[] = [];
  const errors: string[] = [];
  const harness = await readFile(path.join(DIST, 'office-harness.js'), 'utf8');
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).pathname.endsWith('/office.js')) return route.fulfill({ status: 200, contentType: 'text/javascript', body: harness });
    if (url.startsWith(baseUrl)) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await context.addInitScript(
    ({ model, fake, documentUrl }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__MINEPLAN_MODEL__ = model;
      w.__MINEPLAN_FAKE_OPTIONS__ = fake ?? {};
      if (documentUrl) w.__MINEPLAN_DOCUMENT_URL__ = documentUrl;
      const busy: string[] = [];
      w.__busyLabels = busy;
      new MutationObserver(() => {
        // First render: navigation start (performance's time origin) → the pane's <main> is in the document.
        if (w.__paneReadyAt === undefined && document.querySelector('#root main')) w.__paneReadyAt = performance.now();
        // Every progress label shown, in order (a long read shows its steps).
        const label = document.querySelector('[data-testid="progress"]')?.textContent ?? '';
        if (label && busy[busy.length - 1] !== label) busy.push(label);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    },
    { model: options.model, fake: options.fake, documentUrl: options.documentUrl },
  );
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseUrl}taskpane.html`);
  await page.locator('#root main').waitFor();
  return { context, page, foreign, errors, close: () => context.close() };
}

export function fakeStats(page: Page): Promise<FakeOfficeStats> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as FakeWindow).__fake.stats)) as FakeOfficeStats);
}

export function fakeModel(page: Page): Promise<FakeWorkbookModel> {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as FakeWindow).__fake.model)) as FakeWorkbookModel);
}

/**
 * The user types into a sheet: its cells are replaced. The sheet object is replaced too, as a fresh object, so
 * the fake's used-range cache (keyed on the sheet object and the count of synced writes) cannot serve stale data.
 */
export function typeIntoSheet(page: Page, sheet: string, cells: Record<string, FakeCellModel>): Promise<void> {
  return page.evaluate(
    ({ sheet, cells }) => {
      const { model } = (window as unknown as FakeWindow).__fake;
      const i = model.sheets.findIndex((s) => s.name === sheet);
      if (i < 0) throw new Error(`no sheet ${sheet}`);
      model.sheets[i] = { ...model.sheets[i], cells };
    },
    { sheet, cells },
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The pane's buttons by their visible label (exact match, so 复核 is not 生成复核报告). */
export function button(page: Page, label: string) {
  return page.getByRole('button', { name: label, exact: true });
}

/** Waits until the running action is over (no progress shown, the buttons enabled again). */
export async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');
}
