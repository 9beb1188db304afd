/** A failure the user can act on: one line on stderr, exit code 2, no stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly messageEn: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}

/** Any error with a zh-CN message and an English one (adapter errors share this shape). */
export function describeError(err: unknown, lang: 'zh-CN' | 'en'): string {
  if (err && typeof err === 'object' && 'messageEn' in err && err instanceof Error) {
    return lang === 'en' ? String((err as { messageEn: unknown }).messageEn) : err.message;
  }
  const text = err instanceof Error ? err.message : String(err);
  return lang === 'en' ? `internal error: ${text}` : `内部错误：${text}`;
}
