/**
 * The two Office.js globals the live port needs, injectable so tests (and the browser double) can hand in
 * the fake runtime; by default they are read from globalThis at call time.
 */
export interface OfficeHost {
  Excel: Pick<typeof Excel, 'run'>;
  Office: { context: { requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'> } };
}

export function globalOfficeHost(): OfficeHost {
  const g = globalThis as unknown as Partial<OfficeHost>;
  if (!g.Excel || !g.Office) throw new Error('Office.js is not loaded (no global Excel/Office)');
  return { Excel: g.Excel, Office: g.Office };
}

/** Requirement sets this adapter uses; docs/excel-adapter.md lists what each one enables. */
export const REQUIREMENTS = {
  /** Minimum: getUsedRangeOrNullObject, getItemOrNullObject, workbook settings. */
  minimum: '1.4',
  /** RangeFill.pattern: tells "no fill" from a white fill so clearMarks restores exactly. */
  fillPattern: '1.9',
  /** Worksheet.notes. */
  notes: '1.18',
  /** Excel.run({ mergeUndoGroup: true }). */
  mergeUndoGroup: '1.20',
} as const;

export function supportsExcelApi(host: OfficeHost, version: string): boolean {
  try {
    return host.Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}
