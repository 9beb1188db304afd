import type { Command } from 'commander';
import { basename } from 'path';
import { readWorkbookFile } from '../../adapters/xlsx/readXlsx';
import { diffJson, diffVersions, type VersionMeta } from '../../core/diff';
import { formatDiff } from '../../core/diff/text';
import type { Lang } from '../../core/i18n';
import { reviewWorkbook } from '../../core/review';
import type { Review } from '../../core/review-model';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { langOption, type CommandEnv } from '../env';
import { digestInputs } from '../inputsDigest';

async function version(path: string): Promise<VersionMeta & { review: Review; snapshot: WorkbookSnapshot }> {
  const read = await readWorkbookFile(path);
  const digest = await digestInputs(read.snapshot);
  return { file: basename(path), inputSha256: read.sha256, inputsSha256: digest.sha256, snapshot: read.snapshot, review: reviewWorkbook(read.snapshot) };
}

/** `mine-plan diff old.xlsx new.xlsx [--json] [--lang]`: exit 0 when the comparison ran (differences or not), 2 unreadable. */
export async function diffCommand(oldPath: string, newPath: string, opts: { lang: Lang; json?: boolean }, print: (s: string) => void): Promise<number> {
  const old = await version(oldPath);
  const now = await version(newPath);
  const d = diffVersions(old, now);
  print(opts.json ? JSON.stringify(diffJson(d, old, now, opts.lang), null, 2) : formatDiff(d, old, now, opts.lang));
  return 0;
}

export function registerDiff(program: Command, env: CommandEnv): void {
  program
    .command('diff')
    .description('对比两个版本：输入、复核结果、问题的变化 / compare two versions of a plan')
    .argument('<old>', '旧版 .xlsx')
    .argument('<new>', '新版 .xlsx')
    .option('--json', '输出 JSON')
    .addOption(langOption())
    .action(async (oldFile: string, newFile: string, o: { lang: Lang; json?: boolean }) => {
      env.setLang(o.lang);
      env.setExitCode(await diffCommand(oldFile, newFile, o, env.io.out));
    });
}
