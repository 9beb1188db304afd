import type { Command } from 'commander';
import { basename } from 'path';
import { readWorkbookFile } from '../../adapters/xlsx/readXlsx';
import { writeReviewedCopy } from '../../adapters/xlsx/writeCopy';
import type { Lang } from '../../core/i18n';
import { buildHtmlReport } from '../../core/report/html';
import { toJsonOutput } from '../../core/report/json';
import type { ReviewMeta } from '../../core/report/meta';
import { formatTextReport } from '../../core/report/text';
import { buildWritePlan } from '../../core/report/writePlan';
import { reviewWorkbook } from '../../core/review';
import type { Review } from '../../core/review-model';
import { writeNewFile } from '../atomicWrite';
import { langOption, type CommandEnv } from '../env';
import { digestInputs } from '../inputsDigest';
import { isBatch, reviewManyCommand, singleFileOptions, type ReviewManyOptions } from './reviewMany';

export interface ReviewOptions {
  json?: boolean;
  out?: string;
  lang: Lang;
  force?: boolean;
  /** Also write a standalone HTML report there (the stdout output is unchanged). */
  html?: string;
}

export interface FileReview {
  review: Review;
  meta: ReviewMeta;
}

export async function reviewFile(path: string, now: Date = new Date()): Promise<FileReview> {
  const read = await readWorkbookFile(path);
  const review = reviewWorkbook(read.snapshot);
  const inputsDigest = await digestInputs(read.snapshot);
  return { review, meta: { file: basename(path), inputSha256: read.sha256, reviewedAt: now.toISOString(), inputsDigest } };
}

/** Exit code of SPEC §7: 0 = no errors, 1 = the review found errors. */
export function exitCodeOf(review: Review): number {
  return review.summary.errors > 0 ? 1 : 0;
}

/** `mine-plan review <file> [--json] [--out copy.xlsx] [--lang]`. */
export async function reviewCommand(path: string, opts: ReviewOptions, print: (s: string) => void): Promise<number> {
  const { review, meta } = await reviewFile(path);
  // HTML first: a refused target (exists, no --force) then stops the run before the copy is written.
  if (opts.html) await writeNewFile(opts.html, Buffer.from(buildHtmlReport(review, meta, opts.lang), 'utf8'), { force: opts.force, source: path });
  if (opts.out) {
    const plan = buildWritePlan(review, meta, opts.lang);
    await writeReviewedCopy(path, opts.out, plan, { force: opts.force });
  }
  if (opts.json) print(JSON.stringify(toJsonOutput(review, meta, opts.lang), null, 2));
  else {
    print(formatTextReport(review, meta, opts.lang));
    if (opts.out) print(opts.lang === 'en' ? `\nReviewed copy written: ${opts.out}` : `\n已写出复核副本：${opts.out}`);
    if (opts.html) print(opts.lang === 'en' ? `HTML report written: ${opts.html}` : `已写出 HTML 复核报告：${opts.html}`);
  }
  return exitCodeOf(review);
}

export function registerReview(program: Command, env: CommandEnv): void {
  program
    .command('review')
    .description('复核工作簿 / review a workbook')
    .argument('<files...>', '.xlsx 文件；可给多个文件或文件夹（并行复核，输出汇总表）')
    .option('--json', '输出 JSON（SPEC §7）')
    .option('--out <file>', '写出复核副本（回填空白计算单元格、复核报告表、批注）')
    .option('--html <file>', '另写出独立的 HTML 复核报告（可打印，无外部资源）')
    .option('--force', '允许覆盖已存在的输出文件（从不覆盖源文件）')
    .addOption(langOption())
    .option('--out-dir <dir>', '多个文件时：每个文件的复核副本写入此文件夹')
    .option('--recursive', '文件夹：包括子文件夹')
    .option('--jobs <n>', '多个文件时：同时复核的文件数（默认 2；--threads 时为 CPU 核数）')
    .option('--threads', '多个文件时：每个文件在独立线程中复核（多核空闲时更快）')
    .action(async (files: string[], o: ReviewOptions & ReviewManyOptions) => {
      env.setLang(o.lang);
      if (isBatch(files)) return env.setExitCode(await reviewManyCommand(files, o, env.io));
      env.setExitCode(await reviewCommand(files[0], await singleFileOptions(files[0], o), env.io.out));
    });
}
