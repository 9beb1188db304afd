import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../core/i18n';
import { demoCommand } from './commands/demo';
import { reviewCommand } from './commands/review';
import { templateCommand } from './commands/template';
import { CliError, describeError } from './errors';
import { formatRulesTable } from './rulesCommand';
import { normaliseProvince } from '../core/rulePacks';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

function langOption(): Option {
  return new Option('--lang <lang>', '输出语言 / output language').choices(['zh-CN', 'en']).default('zh-CN');
}

/** Parse argv and run one command; resolves to the process exit code (never throws). */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  let lang: Lang = argv.includes('en') && argv.includes('--lang') ? 'en' : 'zh-CN';
  const program = new Command()
    .name('mine-plan')
    .description('矿山生态修复方案 计算复核 — review the workbooks of a mine restoration plan')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  program
    .command('review')
    .description('复核工作簿 / review a workbook')
    .argument('<file>', '.xlsx 文件')
    .option('--json', '输出 JSON（SPEC §7）')
    .option('--out <file>', '写出复核副本（回填空白计算单元格、复核报告表、批注）')
    .option('--force', '允许覆盖已存在的输出文件（从不覆盖源文件）')
    .addOption(langOption())
    .action(async (file: string, o: { json?: boolean; out?: string; force?: boolean; lang: Lang }) => {
      lang = o.lang;
      code = await reviewCommand(file, o, io.out);
    });

  program
    .command('template')
    .description('写出空白模板 / write blank templates')
    .requiredOption('--out <file>', '输出 .xlsx')
    .option('--force', '允许覆盖已存在的文件')
    .action(async (o: { out: string; force?: boolean }) => {
      code = await templateCommand(o.out, o, io.out);
    });

  program
    .command('demo')
    .description('复核内置示例工作簿并打印报告 / review the bundled sample')
    .option('--json', '输出 JSON')
    .addOption(langOption())
    .action(async (o: { lang: Lang; json?: boolean }) => {
      lang = o.lang;
      code = await demoCommand(o, io.out);
    });

  program
    .command('rules')
    .description('列出各省规则及其政策依据 / list the rules with their citations')
    .option('--province <province>', '山西 / 河南 / 海南 / 内蒙古')
    .addOption(langOption())
    .action((o: { province?: string; lang: Lang }) => {
      lang = o.lang;
      const province = o.province ? normaliseProvince(o.province) : undefined;
      if (o.province && !province) {
        throw new CliError(`未知省份：${o.province}（可选：山西、河南、海南、内蒙古）`, `Unknown province: ${o.province}`);
      }
      io.out(formatRulesTable(province ?? undefined, o.lang));
    });

  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    io.err(`mine-plan: ${describeError(err, lang)}`);
    return 2;
  }
}
