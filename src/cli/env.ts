import { Option } from 'commander';
import type { Lang } from '../core/i18n';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** `err` is an interactive terminal (progress may be redrawn in place). */
  errIsTty?: boolean;
}

/** What a command's action needs from the runner: output, and where to leave its exit code and language. */
export interface CommandEnv {
  io: Io;
  setExitCode(code: number): void;
  setLang(lang: Lang): void;
}

export function langOption(): Option {
  return new Option('--lang <lang>', '输出语言 / output language').choices(['zh-CN', 'en']).default('zh-CN');
}
