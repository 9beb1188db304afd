import type { Decimal } from '../../decimal';
import { compareDecimals, toPlainString } from '../../decimal';
import { reserveFloor as floorFrom } from '../../earth/formulas';
import { t } from '../../i18n';
import { plainNumberOf, readCellNumber, toleranceFor } from '../../numbers';
import { isBlank, type Cell } from '../../snapshot';
import { cellOf } from '../../tableColumns';
import type { EarthRow } from './row';
import { isNegative, type EarthTable } from './table';

const FLOOR_FORMULA = t('评估价值 × 底价系数', 'appraisal × coefficient');

/** The typed floor: a plain number without a read object (the common case), else the cell read as text. */
function typedFloor(cell: Cell): Decimal | undefined {
  const plain = plainNumberOf(cell);
  if (plain !== undefined) return plain;
  const read = readCellNumber(cell);
  return read.kind === 'number' ? read.value : undefined;
}

/** Floor = appraisal × coefficient (default 1); an entered floor below the appraisal is a warning (第十条). */
export function reserveFloor(reviewer: EarthTable, r: EarthRow, line: Cell[] | undefined): Decimal | undefined {
  const { ctx, cells } = reviewer;
  const coefCell = cellOf(line, cells.offset.floorCoef);
  let coef = plainNumberOf(coefCell);
  let coefOk = true;
  if (coef === undefined ? !isBlank(coefCell) : isNegative(coef)) {
    const coefRef = reviewer.refFor(r.row, 'floorCoef', r.label);
    coef = ctx.optionalNumber(coefRef);
    coefOk = coef === undefined || ctx.nonNegative(coefRef, coef);
  }
  const floorCell = cellOf(line, cells.offset.floor);
  const typed = typedFloor(floorCell);
  if (r.appraisal === undefined || !coefOk) return typed;
  const computed = floorFrom(r.appraisal, coef);
  if (typed === undefined) {
    reviewer.derive(r, line, 'floor', computed, { unit: '万元', numberFormat: '0.00' });
    return computed;
  }
  if (coef !== undefined) {
    reviewer.derive(r, line, 'floor', computed, { unit: '万元', formula: FLOOR_FORMULA });
  }
  // At or above the appraisal it cannot be below it less the tolerance: no subtraction for most rows.
  if (compareDecimals(typed, r.appraisal) >= 0) return typed;
  const read = readCellNumber(floorCell);
  const tolerance = toleranceFor(read.kind === 'number' ? read.decimals : 0);
  if (typed.lessThan(r.appraisal.minus(tolerance))) {
    ctx.report({
      code: 'FLOOR_BELOW_APPRAISAL',
      sheet: reviewer.sheet,
      cell: cells.addrOf(r.row.row, 'floor'),
      expected: `≥ ${toPlainString(r.appraisal)}`,
      found: toPlainString(typed),
      message: t(
        `${r.label}处置底价 ${toPlainString(typed)} 万元低于评估价值 ${toPlainString(r.appraisal)} 万元`,
        `${r.label}: floor ${toPlainString(typed)} 万元 is below the appraisal ${toPlainString(r.appraisal)} 万元`,
      ),
      rule: ctx.policy('FLOOR_BELOW_APPRAISAL'),
    });
  }
  return typed;
}
