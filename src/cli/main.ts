import { Command, CommanderError } from 'commander';
import type { Lang } from '../core/i18n';
import { registerDemo } from './commands/demo';
import { registerDiff } from './commands/diff';
import { registerReview } from './commands/review';
import { registerRules } from './commands/rules';
import { registerTemplate } from './commands/template';
import { registerVerify } from './commands/verify';
import type { CommandEnv, Io } from './env';
import { describeError } from './errors';

export type { Io } from './env';

const defaultIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  errIsTty: !!process.stderr.isTTY,
};

/** The commands, each in its own file under commands/. A new command = a new file + one line here. */
const COMMANDS = [registerReview, registerTemplate, registerDemo, registerRules, registerVerify, registerDiff];

/** Parse argv and run one command; resolves to the process exit code (never throws). */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  let lang: Lang = argv.includes('--lang') && argv.includes('en') ? 'en' : 'zh-CN';
  const env: CommandEnv = { io, setExitCode: (c) => (code = c), setLang: (l) => (lang = l) };
  const program = new Command()
    .name('mine-plan')
    .description('矿山生态修复方案 计算复核 — review the workbooks of a mine restoration plan')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  for (const register of COMMANDS) register(program, env);
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    io.err(`mine-plan: ${describeError(err, lang)}`);
    return 2;
  }
}
