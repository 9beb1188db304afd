import { run } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall-clock time of the run, for tests that bound it. */
  ms: number;
}

/** Run the CLI in-process with captured output, as `node bin/mine-plan.js …` would. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const started = Date.now();
  const code = await run(['node', 'mine-plan', ...argv], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), ms: Date.now() - started };
}
