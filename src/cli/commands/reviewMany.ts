import { promises as fs, statSync } from 'fs';
import { basename, extname, join, resolve } from 'path';
import type { Lang } from '../../core/i18n';
import { defaultJobs, runBatch, type Parallelism } from '../batch/pool';
import type { BatchOutcome, BatchTask } from '../batch/reviewOne';
import type { Io } from '../env';
import { CliError } from '../errors';

/** `review` over several files or folders (the single-file path stays in review.ts, unchanged). */
export interface ReviewManyOptions {
  json?: boolean;
  out?: string;
  outDir?: string;
  html?: string;
  recursive?: boolean;
  force?: boolean;
  jobs?: string;
  threads?: boolean;
  lang: Lang;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** One argument naming a file (not a folder) keeps the single-file review of SPEC §7, output unchanged. */
export function isBatch(args: string[]): boolean {
  return args.length !== 1 || isDirectory(args[0]);
}

/**
 * The files to review, in argument order: a file argument as given (even if missing: it is then reported as
 * unreadable), a folder's .xlsx/.xlsm sorted by name (Excel's "~$" lock files skipped), sub-folders only
 * with `recursive`. A file named twice is reviewed once.
 */
export async function expandInputs(args: string[], recursive: boolean): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) {
        if (recursive) await walk(path);
      } else if (WORKBOOK.test(e.name) && !e.name.startsWith('~$')) files.push(path);
    }
  };
  for (const arg of args) {
    if (isDirectory(arg)) await walk(arg);
    else files.push(arg);
  }
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(resolve(f)) && !!seen.add(resolve(f)));
}

/** One file with `--out-dir` (and no `--out`): its copy goes into that folder, as in a batch. */
export async function singleFileOptions<T extends { out?: string; outDir?: string }>(file: string, o: T): Promise<T> {
  if (!o.outDir || o.out) return o;
  await fs.mkdir(o.outDir, { recursive: true });
  return { ...o, out: outPaths([file], o.outDir)[0] };
}

/** Reviewed copies in one folder: "<name>.reviewed.xlsx", numbered when two inputs share a name. */
export function outPaths(files: string[], outDir: string): string[] {
  const used = new Set<string>();
  return files.map((f) => {
    const ext = extname(f);
    const stem = basename(f, ext);
    let name = `${stem}.reviewed${ext}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}.reviewed-${n}${ext}`;
    used.add(name.toLowerCase());
    return join(outDir, name);
  });
}

function status(o: BatchOutcome, lang: Lang): string {
  const zh = lang !== 'en';
  if (!o.ok) return o.stage === 'read' ? (zh ? '无法读取' : 'unreadable') : zh ? '副本写出失败' : 'copy not written';
  return o.json.summary.errors > 0 ? (zh ? '有错误' : 'errors') : zh ? '通过' : 'passed';
}

/** Display width: CJK characters take two columns in a terminal. */
const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

export function summaryTable(outcomes: BatchOutcome[], lang: Lang): string {
  const zh = lang !== 'en';
  const head = zh ? ['文件', '错误', '警告', '提示', '状态'] : ['file', 'errors', 'warnings', 'infos', 'status'];
  const rows = outcomes.map((o) => {
    const s = o.json?.summary;
    return [o.path, s ? String(s.errors) : '-', s ? String(s.warnings) : '-', s ? String(s.infos) : '-', status(o, lang)];
  });
  const total = (k: 'errors' | 'warnings' | 'infos') => String(outcomes.reduce((n, o) => n + (o.json?.summary[k] ?? 0), 0));
  rows.push([zh ? `合计（${outcomes.length} 个文件）` : `total (${outcomes.length} files)`, total('errors'), total('warnings'), total('infos'), '']);
  const widths = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 4 ? padEnd(c, widths[i]) : padStart(c, widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(0, -1).map(line), widths.map((w) => '-'.repeat(w)).join('  '), line(rows[rows.length - 1])].join('\n');
}

/** Exit code of a batch: 2 if any file could not be read, else 1 if any review found errors, else 0. */
export function batchExitCode(outcomes: BatchOutcome[]): number {
  if (outcomes.some((o) => !o.ok)) return 2;
  return outcomes.some((o) => o.ok && o.json.summary.errors > 0) ? 1 : 0;
}

/** Progress on stderr: a redrawn bar on a terminal, one plain line per file otherwise (logs, CI). */
export function progressReporter(total: number, io: Io, tty: boolean, lang: Lang): (o: BatchOutcome, done: number) => void {
  return (o, done) => {
    const what = o.ok ? `${o.json.summary.errors} ${lang === 'en' ? 'errors' : '个错误'}` : status(o, lang);
    if (tty) {
      const cells = 24;
      const filled = Math.round((done / total) * cells);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(cells - filled)}] ${done}/${total} ${basename(o.path)}\x1b[K${done === total ? '\n' : ''}`);
    } else io.err(`[${done}/${total}] ${o.path}: ${what}`);
  };
}

/** `mine-plan review <files or folders…>`: parallel review, progress on stderr, one summary (or a JSON array). */
export async function reviewManyCommand(args: string[], opts: ReviewManyOptions, io: Io): Promise<number> {
  const mode: Parallelism = opts.threads ? 'workers' : 'inline';
  if (opts.out) {
    throw new CliError(
      '多个文件不能共用一个 --out 输出文件：请用 --out-dir <目录> 为每个文件写出复核副本',
      'several files cannot share one --out file: use --out-dir <folder> to write one reviewed copy per file',
    );
  }
  if (opts.html) {
    throw new CliError('--html 只用于单个文件的复核：多个文件请逐个生成 HTML 报告', '--html reviews one file: write the HTML reports of several files one at a time');
  }
  const files = await expandInputs(args, !!opts.recursive);
  if (!files.length) throw new CliError(`没有找到 .xlsx/.xlsm 工作簿：${args.join(' ')}`, `no .xlsx/.xlsm workbooks found in: ${args.join(' ')}`);
  let outs: string[] | undefined;
  if (opts.outDir) {
    await fs.mkdir(opts.outDir, { recursive: true });
    outs = outPaths(files, opts.outDir);
  }
  const tasks: BatchTask[] = files.map((path, i) => ({ path, outPath: outs?.[i], force: opts.force, lang: opts.lang }));
  const jobs = opts.jobs ? Number(opts.jobs) : defaultJobs(mode);
  if (!Number.isInteger(jobs) || jobs < 1) throw new CliError(`--jobs 应为正整数：${opts.jobs}`, `--jobs must be a positive integer: ${opts.jobs}`);
  const onDone = progressReporter(files.length, io, !!io.errIsTty, opts.lang);
  const outcomes = await runBatch(tasks, { jobs, mode, onDone });
  for (const o of outcomes) if (!o.ok) io.err(`mine-plan: ${o.path}: ${o.error}`);
  // An unreadable file keeps its place in the array, as {file, error}.
  if (opts.json) io.out(JSON.stringify(outcomes.map((o) => (o.ok ? o.json : o.json ?? { file: basename(o.path), error: o.error })), null, 2));
  else {
    io.out(summaryTable(outcomes, opts.lang));
    const written = outcomes.filter((o) => o.ok && o.written).length;
    if (opts.outDir) io.out(opts.lang === 'en' ? `\n${written} reviewed copies written to ${opts.outDir}` : `\n已在 ${opts.outDir} 写出 ${written} 个复核副本`);
  }
  return batchExitCode(outcomes);
}
