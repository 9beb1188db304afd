import { writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { cli, type CliRun } from '../support/cli';
import type { CellValue } from '../../src/core/snapshot';

export { tempDir, xlsxFile } from '../support/xlsx';

/** Per-test ceiling for everything that reads a file: a hostile input must answer, never hang. */
export const HOSTILE_TIMEOUT_MS = 10_000;

/** The real CLI entry with a captured Io. */
export { cli, type CliRun };

export interface JsonFinding {
  code: string;
  severity: string;
  sheet: string;
  cell: string | null;
  expected?: string;
  found?: string;
  message: string;
}
export interface JsonResult {
  id: string;
  sheet: string;
  cell: string | null;
  value: string;
  unit: string;
}
export interface JsonReview {
  templates: { sheet: string; kind: string; rows: number }[];
  results: JsonResult[];
  findings: JsonFinding[];
  summary: { errors: number; warnings: number; infos: number };
}

/** `review <file> --json`, parsed; fails the test when the CLI did not answer with a review. */
export async function reviewJson(file: string, ...extra: string[]): Promise<{ code: number; json: JsonReview; stderr: string }> {
  const r = await cli('review', file, '--json', ...extra);
  if (r.code === 2) throw new Error(`review failed: ${r.stderr}`);
  return { code: r.code, json: JSON.parse(r.stdout) as JsonReview, stderr: r.stderr };
}

export function findingsOf(json: JsonReview, code: string, sheet?: string): JsonFinding[] {
  return json.findings.filter((f) => f.code === code && (sheet === undefined || f.sheet === sheet));
}

export function resultValue(json: JsonReview, id: string): string | undefined {
  return json.results.find((r) => r.id === id)?.value;
}

/** Exit 2 with exactly one zh-CN line on stderr, nothing on stdout, no stack trace. */
export function expectOneLineRefusal(r: CliRun, zh: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^mine-plan: /);
  expect(lines[0]).toMatch(zh);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff]/);
  expect(r.stderr).not.toMatch(/\s+at /);
}

export const EARTH_HEADER = ['序号', '土石料类别', '单位', '原地遗留量', '新产生量', '供应量小计', '本工程利用量', '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）'];

/** 土石料平衡分析表 with a title row (row 1), the header (row 2), data from row 3. */
export function earthRows(...rows: CellValue[][]): CellValue[][] {
  return [['土石料平衡分析表'], EARTH_HEADER, ...rows];
}

/** Build a workbook with exceljs directly (merges, hidden rows, formulas without results …) and save it. */
export async function exceljsFile(dir: string, name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

/** Put a readable table at A1 of a new worksheet. */
export function addTable(wb: ExcelJS.Workbook, name: string, rows: (CellValue | ExcelJS.CellValue)[][]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null && v !== undefined) ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
    }),
  );
  return ws;
}

/** A small, valid plan: 项目信息 + 土石料平衡分析表 (one row, clean). */
export async function smallPlan(dir: string, name = 'plan.xlsx'): Promise<string> {
  const { xlsxFile: write } = await import('../support/xlsx');
  return write(dir, name, [
    { name: '项目信息', rows: [['项目', '值'], ['省份', '河南'], ['编制日期', '2025-12-01']] },
    { name: '土石料平衡分析表', rows: earthRows([1, '建筑用砂岩', 'm³', 120000, 35000, null, 80000, null, 75000, 28, null, null]) },
  ]);
}

/** Load an xlsx with jszip, let `edit` add or change parts, and return the new bytes (DEFLATE). */
export async function editPackage(bytes: Buffer, edit: (zip: import('jszip')) => Promise<void> | void): Promise<Buffer> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
