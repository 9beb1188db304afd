/**
 * Characterisation of the whole engine on the bench workbook (300 rows: every template, fills, slips that give
 * findings): the Review must stay byte-identical through performance work. The golden file is the engine's own
 * output, reviewed when it was written; after a deliberate change of behaviour, regenerate it with
 *   UPDATE_GOLDEN=1 npx jest tests/golden
 * and read the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { readWorkbookBuffer } from '../../src/adapters/xlsx/readXlsx';
import { buildWorkbook } from '../../src/adapters/xlsx/writeSheets';
import { reviewWorkbook } from '../../src/core/review';
import { benchSheets } from '../../scripts/benchWorkbook';

const GOLDEN = join(__dirname, 'bench-300.review.json');

it('the review of the 300-row bench workbook is unchanged', async () => {
  const read = await readWorkbookBuffer(Buffer.from(await buildWorkbook(benchSheets(300))));
  const review = JSON.stringify(reviewWorkbook(read.snapshot), null, 1);
  if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${review}\n`);
  expect(existsSync(GOLDEN)).toBe(true);
  expect(review).toBe(readFileSync(GOLDEN, 'utf8').trimEnd());
});
