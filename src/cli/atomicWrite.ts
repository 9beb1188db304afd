import { promises as fs, realpathSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { CliError } from './errors';

/** Resolve symlinks where the file exists, so "same file" checks cannot be fooled by another spelling. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * Write a new file atomically (temp file beside it + rename): never a half-written file, never over the
 * source workbook, never over an existing file unless forced.
 */
export async function writeNewFile(out: string, bytes: Buffer | Uint8Array, opts: { force?: boolean; source?: string } = {}): Promise<void> {
  if (opts.source && canonical(opts.source) === canonical(out)) {
    throw new CliError(`输出文件不能与源文件相同：${out}（不会覆盖作者的工作簿）`, `The output must not be the source file: ${out}`);
  }
  const exists = await fs.stat(out).then(() => true, () => false);
  if (exists && !opts.force) {
    throw new CliError(`输出文件已存在：${out}（如确需覆盖请加 --force）`, `Output file exists: ${out} (use --force to overwrite)`);
  }
  const dir = dirname(resolve(out));
  if (!(await fs.stat(dir).then((s) => s.isDirectory(), () => false))) {
    throw new CliError(`输出目录不存在：${dir}`, `Output directory does not exist: ${dir}`);
  }
  const tmp = join(dir, `.${basename(out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, bytes);
    await fs.rename(tmp, out);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new CliError(`写入失败：${out}（${(err as Error).message}）`, `Could not write ${out}: ${(err as Error).message}`);
  }
}
