import type { Decimal } from '../core/decimal';
import type { FeeBracket } from '../core/feeStandards';
import { decimalFromNumber } from '../core/numbers';
import { functionError } from './errors';

const OPEN_CEILING = /^(∞|无|以上|不限|无上限)$/;

/**
 * A fee standard given as an Excel range, one bracket per row: 下限(万元) | 上限(万元) | 费率(%).
 * The rate column holds percent figures (2 = 2 %), as in the 取费标准 sheet (SPEC §3.4). An empty upper
 * cell, "∞"/"以上", or 0 in the last row means no ceiling (Excel may pass an empty cell as 0; an upper
 * bound of 0 is otherwise impossible). Rows that are entirely empty are skipped.
 */
export function feeStandardArg(range: unknown, name: string): FeeBracket[] {
  if (!Array.isArray(range) || range.some((row) => !Array.isArray(row))) {
    throw functionError('invalidValue', `参数 ${name} 应为取费标准区域（每行：下限、上限、费率%）`);
  }
  const rows = (range as unknown[][]).filter((row) => !row.every(isEmpty));
  if (rows.length === 0) throw functionError('invalidValue', `参数 ${name} 为空：请选择取费标准区域`);
  return rows.map((row, i) => {
    const at = `${name} 第${i + 1}行`;
    if (row.length < 3) throw functionError('invalidValue', `${at} 应有 3 列：下限、上限、费率(%)`);
    const lower = cellNumber(row[0], `${at} 下限`);
    const rate = cellNumber(row[2], `${at} 费率`);
    const last = i === rows.length - 1;
    const open = isEmpty(row[1]) || (typeof row[1] === 'string' && OPEN_CEILING.test(row[1].trim())) || (last && row[1] === 0);
    const upper = open ? null : cellNumber(row[1], `${at} 上限`);
    if (upper && !upper.greaterThan(lower)) throw functionError('invalidNumber', `${at} 上限应大于下限`);
    return { lowerWan: lower.toFixed(), upperWan: upper ? upper.toFixed() : null, ratePercent: rate.toFixed() };
  });
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

function cellNumber(v: unknown, label: string): Decimal {
  if (typeof v === 'number' && Number.isFinite(v)) return decimalFromNumber(v);
  throw functionError(isEmpty(v) ? 'invalidValue' : 'invalidNumber', `${label} 应为数值，实为 ${isEmpty(v) ? '空' : String(v)}`);
}
