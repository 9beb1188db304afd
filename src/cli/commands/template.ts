import { buildWorkbook } from '../../adapters/xlsx/writeSheets';
import { TEMPLATES } from '../../core/templates';
import { writeNewFile } from '../atomicWrite';

/** `mine-plan template --out blank.xlsx`: every template sheet with headers, units and an example row. */
export async function templateCommand(out: string, opts: { force?: boolean }, print: (s: string) => void): Promise<number> {
  const sheets = TEMPLATES.map((m) => m.blank());
  await writeNewFile(out, await buildWorkbook(sheets), { force: opts.force });
  print(`已写出空白模板：${out}（${sheets.map((s) => s.name).join('、')}）`);
  return 0;
}
