/// <reference types="office-js" />
/**
 * Bench section for the Office.js adapter: the live port over the fake Office runtime (src/testing/officeFake,
 * Excel on the web's 5 MB request/response limits), reading and writing the same bench workbooks. Prints
 * syncs and the largest payloads; the fake counts UTF-8 JSON bytes as Excel would receive/send them.
 */
import { createExcelPortLive } from '../src/adapters/excel/excelPortLive';
import { buildWritePlan } from '../src/core/report/writePlan';
import { reviewWorkbook } from '../src/core/review';
import { a1, type CellValue } from '../src/core/snapshot';
import type { BlankSheet } from '../src/core/templates/types';
import { createFakeOffice, type FakeCellModel, type FakeSheetModel, type FakeWorkbookModel } from '../src/testing/officeFake';
import { benchSheets } from './benchWorkbook';

const MB = 1024 * 1024;

function fakeSheet(s: BlankSheet): FakeSheetModel {
  const cells: Record<string, FakeCellModel> = {};
  s.rows.forEach((row, i) =>
    row.forEach((v: CellValue, j) => {
      if (v === null || v === undefined || v === '') return;
      const cell: FakeCellModel = { value: v instanceof Date ? v.toISOString().slice(0, 10) : v };
      const format = i > s.headerRow ? s.numberFormats?.[j] : undefined;
      if (format) cell.numberFormat = format;
      cells[a1(i + 1, j + 1)] = cell;
    }),
  );
  return { name: s.name, cells };
}

/** The bench workbook of `rows` rows as a fake Office.js model (the tests read the same shapes). */
export function benchModel(rows: number): FakeWorkbookModel {
  return { sheets: benchSheets(rows).map(fakeSheet) };
}

export interface OfficeFigures {
  rows: number;
  readSyncs: number;
  readMs: number;
  largestReadResponse: number;
  totalReadResponse: number;
  writeSyncs: number;
  writeMs: number;
  largestWriteRequest: number;
  patches: number;
  /** A second read by the same port (复核 again): it remembers whether the first needed chunks. */
  rereadSyncs: number;
}

export async function measureOffice(rows: number): Promise<OfficeFigures> {
  const model = benchModel(rows);
  const fake = createFakeOffice(model);
  const port = createExcelPortLive({ host: { Excel: fake.Excel, Office: fake.Office } });
  let t = performance.now();
  const snapshot = await port.readWorkbook();
  const readMs = performance.now() - t;
  const readSyncs = fake.stats.syncs;
  const largestReadResponse = fake.stats.largestResponseBytes;
  const totalReadResponse = fake.stats.totalResponseBytes;
  const rereadSyncs = await syncsOf(fake, () => port.readWorkbook());
  const review = reviewWorkbook(snapshot);
  const plan = buildWritePlan(review, { file: 'bench.xlsx', inputSha256: '', reviewedAt: new Date().toISOString() }, 'zh-CN');
  t = performance.now();
  const outcome = await port.applyWritePlan(plan);
  return {
    rows,
    readSyncs,
    readMs,
    largestReadResponse,
    totalReadResponse,
    writeSyncs: outcome.syncs,
    writeMs: performance.now() - t,
    largestWriteRequest: fake.stats.largestRequestBytes,
    patches: review.patches.length,
    rereadSyncs,
  };
}

async function syncsOf(fake: { stats: { syncs: number } }, action: () => Promise<unknown>): Promise<number> {
  const before = fake.stats.syncs;
  await action();
  return fake.stats.syncs - before;
}

export async function officeSection(sizes: number[]): Promise<string> {
  const lines = ['Office.js adapter over the fake runtime (5 MB request/response limits of Excel on the web):'];
  for (const rows of sizes) {
    const f = await measureOffice(rows);
    lines.push(
      `  ${String(rows).padStart(6)} rows: read ${f.readSyncs} syncs in ${f.readMs.toFixed(0)} ms (again: ${f.rereadSyncs}), largest response ${(f.largestReadResponse / MB).toFixed(2)} MB of ${(f.totalReadResponse / MB).toFixed(1)} MB read; ` +
        `write of ${f.patches} fills + report ${f.writeSyncs} syncs (1 read-back + writes) in ${f.writeMs.toFixed(0)} ms, largest request ${(f.largestWriteRequest / MB).toFixed(2)} MB`,
    );
  }
  return lines.join('\n');
}

/** `node lib/scripts/benchOffice.js --sizes 1000,10000`: this section alone (no xlsx, no child processes). */
if (require.main === module) {
  const i = process.argv.indexOf('--sizes');
  const sizes = i >= 0 ? process.argv[i + 1].split(',').map((x) => Number(x.trim())) : [1000, 10000, 100000];
  officeSection(sizes)
    .then((text) => process.stdout.write(`${text}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
