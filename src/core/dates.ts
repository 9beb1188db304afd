import { normalizeWidth } from './numbers';
import type { CellValue } from './snapshot';

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A plan date as ISO "YYYY-MM-DD": Date cells (UTC), Excel serials, "2025-12-01", "2025/12/1",
 * "2025.12.1", "2025年12月1日". Undefined when it cannot be read as a date.
 */
export function readIsoDate(value: CellValue): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (value < 1 || value > 2958465) return undefined;
    return new Date(EXCEL_EPOCH_MS + Math.floor(value) * 86400000).toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return undefined;
  const s = normalizeWidth(value).trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}
