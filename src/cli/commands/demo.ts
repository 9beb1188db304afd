import type { Command } from 'commander';
import { existsSync } from 'fs';
import { join } from 'path';
import type { Lang } from '../../core/i18n';
import { langOption, type CommandEnv } from '../env';
import { CliError } from '../errors';
import { reviewCommand } from './review';

/** The bundled sample, found from lib/src/cli/commands (built) or src/cli/commands (ts-jest). */
export function samplePath(): string {
  for (const up of ['../../../..', '../../..']) {
    const p = join(__dirname, up, 'examples', 'sample-plan.xlsx');
    if (existsSync(p)) return p;
  }
  throw new CliError('未找到示例工作簿 examples/sample-plan.xlsx', 'Sample workbook examples/sample-plan.xlsx not found');
}

/** `mine-plan demo`: review the bundled sample and print the report. A demo succeeds even when the sample has findings. */
export async function demoCommand(opts: { lang: Lang; json?: boolean }, print: (s: string) => void): Promise<number> {
  await reviewCommand(samplePath(), { lang: opts.lang, json: opts.json }, print);
  return 0;
}

export function registerDemo(program: Command, env: CommandEnv): void {
  program
    .command('demo')
    .description('复核内置示例工作簿并打印报告 / review the bundled sample')
    .option('--json', '输出 JSON')
    .addOption(langOption())
    .action(async (o: { lang: Lang; json?: boolean }) => {
      env.setLang(o.lang);
      env.setExitCode(await demoCommand(o, env.io.out));
    });
}
