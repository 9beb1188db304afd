/**
 * One bench measurement in its own process: parse → engine → write of one file, `iterations` times
 * (median per phase), plus the engine time per template module and the peak memory.
 */
import { promises as fs } from 'fs';
import { readWorkbookBuffer } from '../src/adapters/xlsx/readXlsx';
import { writeReviewedCopy } from '../src/adapters/xlsx/writeCopy';
import { digestInputs } from '../src/cli/inputsDigest';
import { toJsonOutput } from '../src/core/report/json';
import type { ReviewMeta } from '../src/core/report/meta';
import { formatTextReport } from '../src/core/report/text';
import { buildWritePlan } from '../src/core/report/writePlan';
import { reviewWorkbook } from '../src/core/review';
import { TEMPLATES } from '../src/core/templates';

export interface ChildResult {
  runs: number;
  parseMs: number;
  engineMs: number;
  /** What `mine-plan review` does after the engine: the inputs digest, the text report and the JSON output. */
  reportMs: number;
  writeMs: number;
  /** Process peak RSS (bytes) after each phase of the first run; monotonic. */
  rssAfterParse: number;
  rssAfterEngine: number;
  peakRss: number;
  heapAfterParse: number;
  findings: number;
  patches: number;
  modules: Record<string, number>;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runChild(file: string, iterations: number): Promise<ChildResult> {
  const parse: number[] = [];
  const engine: number[] = [];
  const report: number[] = [];
  const write: number[] = [];
  const out = `${file}.reviewed.xlsx`;
  let first: Partial<ChildResult> = {};
  for (let i = 0; i < iterations; i++) {
    gc();
    const buffer = await fs.readFile(file);
    let t = performance.now();
    const read = await readWorkbookBuffer(buffer);
    parse.push(performance.now() - t);
    const rssAfterParse = maxRss();
    gc();
    const heapAfterParse = process.memoryUsage().heapUsed;
    t = performance.now();
    const review = reviewWorkbook(read.snapshot);
    engine.push(performance.now() - t);
    const rssAfterEngine = maxRss();
    t = performance.now();
    const meta: ReviewMeta = { file, inputSha256: read.sha256, reviewedAt: new Date().toISOString(), inputsDigest: await digestInputs(read.snapshot) };
    formatTextReport(review, meta, 'zh-CN');
    JSON.stringify(toJsonOutput(review, meta, 'zh-CN'), null, 2);
    report.push(performance.now() - t);
    t = performance.now();
    const plan = buildWritePlan(review, meta, 'zh-CN');
    await writeReviewedCopy(file, out, plan, { force: true });
    write.push(performance.now() - t);
    if (i === 0) {
      first = { rssAfterParse, rssAfterEngine, peakRss: maxRss(), heapAfterParse, findings: review.findings.length, patches: review.patches.length };
    }
  }
  await fs.rm(out, { force: true });
  return { ...(first as ChildResult), runs: iterations, parseMs: median(parse), engineMs: median(engine), reportMs: median(report), writeMs: median(write), modules: await moduleTimes(file) };
}

/** Parse and engine only, once, in this (fresh) process: the cold figures a single CLI review pays. */
export async function runParseEngine(file: string): Promise<{ parseMs: number; engineMs: number }> {
  gc();
  const buffer = await fs.readFile(file);
  let t = performance.now();
  const read = await readWorkbookBuffer(buffer);
  const parseMs = performance.now() - t;
  gc();
  t = performance.now();
  reviewWorkbook(read.snapshot);
  return { parseMs, engineMs: performance.now() - t };
}

/** Engine time per template module (one extra run, modules wrapped with a timer). */
async function moduleTimes(file: string): Promise<Record<string, number>> {
  const read = await readWorkbookBuffer(await fs.readFile(file));
  const times: Record<string, number> = {};
  const originals = TEMPLATES.map((m) => m.review);
  TEMPLATES.forEach((m, i) => {
    m.review = (ctx) => {
      const t = performance.now();
      const found = originals[i](ctx);
      times[m.kind] = performance.now() - t;
      return found;
    };
  });
  try {
    gc();
    reviewWorkbook(read.snapshot);
  } finally {
    TEMPLATES.forEach((m, i) => (m.review = originals[i]));
  }
  return times;
}
