import type { Command } from 'commander';
import { buildWorkbook } from '../../adapters/xlsx/writeSheets';
import { TEMPLATES } from '../../core/templates';
import { writeNewFile } from '../atomicWrite';
import type { CommandEnv } from '../env';

/** `mine-plan template --out blank.xlsx`: every template sheet with headers, units and an example row. */
export async function templateCommand(out: string, opts: { force?: boolean }, print: (s: string) => void): Promise<number> {
  const sheets = TEMPLATES.map((m) => m.blank());
  await writeNewFile(out, await buildWorkbook(sheets), { force: opts.force });
  print(`已写出空白模板：${out}（${sheets.map((s) => s.name).join('、')}）`);
  return 0;
}

export function registerTemplate(program: Command, env: CommandEnv): void {
  program
    .command('template')
    .description('写出空白模板 / write blank templates')
    .requiredOption('--out <file>', '输出 .xlsx')
    .option('--force', '允许覆盖已存在的文件')
    .action(async (o: { out: string; force?: boolean }) => {
      env.setExitCode(await templateCommand(o.out, o, env.io.out));
    });
}
