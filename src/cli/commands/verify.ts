import type { Command } from 'commander';
import { basename } from 'path';
import { readWorkbookFile } from '../../adapters/xlsx/readXlsx';
import type { Lang } from '../../core/i18n';
import { hashInputs } from '../../core/inputsDigest';
import { compareDigests, formatVerify, prepareVerify, type VerifyOutcome } from '../../core/report/verify';
import { langOption, type CommandEnv } from '../env';
import { CliError } from '../errors';
import { sha256Text } from '../inputsDigest';

/**
 * `mine-plan verify <reviewed.xlsx> [--json] [--lang]`: exit 0 = inputs unchanged since the 复核报告,
 * 1 = changed, 2 = unreadable, or no report / no digest to check against.
 */
export async function verifyCommand(path: string, opts: { lang: Lang; json?: boolean }, print: (s: string) => void): Promise<number> {
  const read = await readWorkbookFile(path);
  const prepared = prepareVerify(read.snapshot);
  if (!prepared.ok) {
    if (prepared.reason === 'NO_REPORT') throw new CliError(`${path} 中没有“复核报告”表，无法核对`, `${path} has no 复核报告 sheet to verify against`);
    throw new CliError(`${path} 的复核报告没有“输入数据 SHA-256（规范化）”一行（较早版本生成），无法核对`, `the 复核报告 of ${path} has no inputs digest row (made by an older version)`);
  }
  const outcome: VerifyOutcome = compareDigests(prepared.signOff, await hashInputs(prepared.canonical, sha256Text));
  if (opts.json) print(JSON.stringify({ file: basename(path), ...outcome }, null, 2));
  else print(formatVerify(basename(path), outcome, opts.lang));
  return outcome.unchanged ? 0 : 1;
}

export function registerVerify(program: Command, env: CommandEnv): void {
  program
    .command('verify')
    .description('核对复核副本的输入数据自复核报告生成以来是否变更 / check the inputs against the 复核报告 digest')
    .argument('<file>', 'review --out 写出的复核副本')
    .option('--json', '输出 JSON')
    .addOption(langOption())
    .action(async (file: string, o: { lang: Lang; json?: boolean }) => {
      env.setLang(o.lang);
      env.setExitCode(await verifyCommand(file, o, env.io.out));
    });
}
