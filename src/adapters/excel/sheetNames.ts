const INVALID = /[\\/?*[\]:]/g;
const MAX_LENGTH = 31;

/**
 * A sheet name Excel accepts that clashes with none of `existing` (case-insensitive, as in Excel):
 * "复核报告", then "复核报告(2)", "复核报告(3)" … — an existing sheet is never overwritten.
 */
export function uniqueSheetName(requested: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  const base = requested.replace(INVALID, '_').replace(/^'+|'+$/g, '').slice(0, MAX_LENGTH) || 'Sheet';
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
