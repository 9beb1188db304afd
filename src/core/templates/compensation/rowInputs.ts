import type { CellRef, ReviewContext } from '../../context';
import { Decimal } from '../../decimal';
import { rateFromInput } from '../../finance/rate';
import { t } from '../../i18n';
import type { TableRow } from '../../locate';
import { normalizeWidth } from '../../numbers';
import { cellText, isBlank } from '../../snapshot';
import { areaToSquareMetres, parseAreaUnit, type AreaUnit } from '../../units';
import { compensationRule } from './citation';
import { DEFAULT_MAX_TERM, type CompensationInput } from './calculate';
import { LABELS } from './columns';
import { parseSituation, SITUATIONS } from './situation';

/** How a row is addressed in messages and result ids. */
export interface RowIdentity {
  row: TableRow;
  sheet: string;
  /** Shown in messages: the 地块/权利人 text, or "第12行" when blank. */
  label: string;
  /** Used in result ids `comp.<key>.…` (see docs/compensation.md for blanks and duplicates). */
  key: string;
}

export function refFor(id: RowIdentity, key: string): CellRef {
  return { sheet: id.sheet, addr: id.row.addr(key), cell: id.row.cell(key), label: `${id.label} ${LABELS[key][0]}` };
}

/**
 * Read one data row into engine units, reporting INPUT_MISSING / INPUT_NOT_A_NUMBER / INPUT_OUT_OF_RANGE
 * (unknown 情形 or area unit) on the way. Undefined when the row cannot be computed.
 */
export function readRowInput(ctx: ReviewContext, id: RowIdentity, headerAreaUnit: string | undefined): CompensationInput | undefined {
  const situation = readSituation(ctx, id);
  const areaUnit = readAreaUnit(ctx, id, headerAreaUnit);
  const area = ctx.requireNumber(refFor(id, 'area'));
  const certPrice = ctx.requireNumber(refFor(id, 'certPrice'));
  const certTerm = ctx.requireNumber(refFor(id, 'certTerm'));
  const agriPrice = ctx.requireNumber(refFor(id, 'agriPrice'));
  const agriTerm = ctx.optionalNumber(refFor(id, 'agriTerm'));
  const agriTermUnreadable = !isBlank(id.row.cell('agriTerm')) && agriTerm === undefined;
  // 集体同时到期 uses 法定最高年限, not n: a blank 剩余年期 is normal there.
  const remaining =
    situation === '集体同时到期' ? ctx.optionalNumber(refFor(id, 'remaining')) : ctx.requireNumber(refFor(id, 'remaining'));
  const maxTerm = ctx.optionalNumber(refFor(id, 'maxTerm'));
  const maxTermUnreadable = !isBlank(id.row.cell('maxTerm')) && maxTerm === undefined;
  const rate = readRate(ctx, id);
  if (!situation || !areaUnit || area === undefined || certPrice === undefined || certTerm === undefined) return undefined;
  if (agriPrice === undefined || rate === undefined || agriTermUnreadable || maxTermUnreadable) return undefined;
  if (situation !== '集体同时到期' && remaining === undefined) return undefined;
  return {
    situation,
    areaSqm: areaToSquareMetres(area, areaUnit),
    certPrice,
    certTerm,
    agriPrice,
    agriTerm: agriTerm ?? null,
    remaining: remaining ?? null,
    maxTerm: maxTerm ?? DEFAULT_MAX_TERM,
    rate,
  };
}

function readSituation(ctx: ReviewContext, id: RowIdentity): CompensationInput['situation'] | undefined {
  const ref = refFor(id, 'situation');
  const text = cellText(ref.cell).trim();
  if (!text) {
    ctx.report({
      code: 'INPUT_MISSING',
      sheet: id.sheet,
      cell: ref.addr,
      message: t(`${ref.label}为空：应填 ${SITUATIONS.join(' / ')}`, `${ref.label} is empty: expected ${SITUATIONS.join(' / ')}`),
    });
    return undefined;
  }
  const parsed = parseSituation(text);
  if (parsed === 'stateExpired') {
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet: id.sheet,
      cell: ref.addr,
      expected: SITUATIONS.join(' / '),
      found: text,
      message: t(
        `${ref.label}为“${text}”：国有建设用地使用权与采矿权同时到期的，腾退指标由市县统筹使用，通知未规定补偿，本表不测算`,
        `${ref.label} is "${text}": for state land whose use right expires with the mining right the notice sets no compensation`,
      ),
      rule: compensationRule('INPUT_OUT_OF_RANGE', '国有同时到期'),
    });
    return undefined;
  }
  if (!parsed) {
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet: id.sheet,
      cell: ref.addr,
      expected: SITUATIONS.join(' / '),
      found: text,
      message: t(`${ref.label}“${text}”无法识别，应为 ${SITUATIONS.join(' / ')}`, `${ref.label} "${text}" is not one of ${SITUATIONS.join(' / ')}`),
    });
    return undefined;
  }
  return parsed;
}

/** Row 单位 column first, then the unit in the 面积 header, else m² (prices are 元/m²). */
function readAreaUnit(ctx: ReviewContext, id: RowIdentity, headerUnit: string | undefined): AreaUnit | undefined {
  const rowText = cellText(id.row.cell('unit')).trim();
  const text = rowText || headerUnit || '';
  if (!text) return 'm²';
  const unit = parseAreaUnit(text);
  if (!unit) {
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet: id.sheet,
      cell: rowText ? id.row.addr('unit') : id.row.addr('area'),
      expected: 'm² / 亩 / 公顷 / km²',
      found: text,
      message: t(`${id.label} 面积单位“${text}”无法识别（应为 m²、亩、公顷或 km²）`, `${id.label}: area unit "${text}" not recognised (m², 亩, 公顷, km²)`),
    });
  }
  return unit;
}

/**
 * 土地还原率: a %-formatted cell or "6%" text holds the fraction; a bare number above 1 is a percent
 * figure (6 → 6 %), at most 1 a fraction (0.06) — see rateFromInput.
 */
function readRate(ctx: ReviewContext, id: RowIdentity): Decimal | undefined {
  const ref = refFor(id, 'rate');
  const value = ctx.requireNumber(ref);
  if (value === undefined) return undefined;
  const explicit =
    (ref.cell.numberFormat ?? '').replace(/"[^"]*"/g, '').includes('%') ||
    (typeof ref.cell.value === 'string' && normalizeWidth(ref.cell.value).trim().endsWith('%'));
  return rateFromInput(value, explicit);
}
