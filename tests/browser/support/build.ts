/** Builds the test bundle (webpack.harness.config.js → test-artifacts/browser/dist) once per test file. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../../..');
export const DIST = path.join(ROOT, 'test-artifacts/browser/dist');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts/browser');

/**
 * Runs webpack (production mode + the office.js double) in a child process: webpack under jest's module
 * registry is slow. MINEPLAN_BROWSER_REUSE_BUILD=1 reuses an existing build (for iterating on the tests only).
 */
export async function buildTestBundle(): Promise<string> {
  if (process.env.MINEPLAN_BROWSER_REUSE_BUILD === '1' && existsSync(path.join(DIST, 'office-harness.js'))) return DIST;
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  await promisify(execFile)(process.execPath, [cli, '-c', 'webpack.harness.config.js'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ADDIN_URL: '' },
  });
  return DIST;
}
