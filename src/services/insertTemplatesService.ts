import type { ExcelPort } from '../adapters/excel/port';
import type { Text } from '../core/i18n';
import type { TemplateKind } from '../core/review-model';
import { TEMPLATES } from '../core/templates';
import type { TemplateModule } from '../core/templates/types';

export interface TemplateChoice {
  kind: TemplateKind;
  title: Text;
  sheetName: string;
}

/** The templates 插入模板 offers, in engine order. */
export function templateChoices(templates: readonly TemplateModule[] = TEMPLATES): TemplateChoice[] {
  return templates.map((t) => ({ kind: t.kind, title: t.title, sheetName: t.sheetNames[0] ?? t.title.zh }));
}

/**
 * 插入模板: insert the chosen blank template sheets (in engine order, whatever order they were ticked in).
 * An existing sheet is never overwritten: the port gives the new sheet a suffixed name and reports it.
 */
export async function insertTemplates(
  port: ExcelPort,
  kinds: readonly TemplateKind[],
  templates: readonly TemplateModule[] = TEMPLATES,
): Promise<{ requested: string; actual: string }[]> {
  const wanted = new Set(kinds);
  const sheets = templates.filter((t) => wanted.has(t.kind)).map((t) => t.blank());
  if (sheets.length === 0) return [];
  const { inserted } = await port.insertTemplates(sheets);
  return inserted;
}
