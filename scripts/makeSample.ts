/**
 * Generates examples/sample-plan.xlsx from the readable sample tables of each template module.
 * Run: npm run sample (the file is committed, so `npm run demo` needs no generation step).
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { buildWorkbook } from '../src/adapters/xlsx/writeSheets';
import { SAMPLE_SHEETS } from './sampleSheets';

async function main(): Promise<void> {
  const out = join(__dirname, '..', '..', 'examples', 'sample-plan.xlsx');
  writeFileSync(out, await buildWorkbook(SAMPLE_SHEETS));
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
