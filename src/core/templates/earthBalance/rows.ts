import type { CellRef, ReviewContext } from '../../context';
import { Decimal, ZERO, decimalEquals, toPlainString } from '../../decimal';
import { appraisalValue, reserveFloor as floorFrom, supplySubtotal } from '../../earth/formulas';
import { t } from '../../i18n';
import type { LocatedTable, TableRow } from '../../locate';
import { normaliseLabel } from '../../locate';
import { plainNumberOf, readCellNumber, toleranceFor } from '../../numbers';
import { cellText, type Cell } from '../../snapshot';
import { convertQuantity, parseQuantityUnit, type QuantityUnit } from '../../units';
import { EARTH_LABELS } from './columns';
import { TableCellRef } from '../../tableCellRef';

/** One category row, recomputed. Quantities in the row's own unit; money in 万元. */
export interface EarthRow {
  row: TableRow;
  label: string;
  key: string;
  unit: QuantityUnit;
  density?: Decimal;
  legacy?: Decimal;
  newly?: Decimal;
  supply?: Decimal;
  use?: Decimal;
  disposable?: Decimal;
  sale?: Decimal;
  appraisal?: Decimal;
  floor?: Decimal;
}

// Formula texts of the derived columns, made once (they were built for every row).
const SUPPLY_FORMULA = t('原地遗留量 + 新产生量', 'legacy + new');
const DISPOSABLE_FORMULA = t('供应量小计 − 本工程利用量', 'supply − use');
const APPRAISAL_FORMULA = t('拟对外销售量 × 评估单价 / 10000', 'sale × unit price / 10000');
const FLOOR_FORMULA = t('评估价值 × 底价系数', 'appraisal × coefficient');

export function refFor(table: LocatedTable, row: TableRow, key: string, label: string): CellRef {
  const [zh] = EARTH_LABELS[key] ?? [key];
  return new TableCellRef(table.sheet.name, row, key, label, zh);
}

// Fast paths for a long table: a plain non-negative number (the common case) is read without a CellRef;
// anything else (empty, text, negative, an error value) goes through the context, which words the finding.

function isNegative(value: Decimal): boolean {
  return value.isNegative() && !value.isZero();
}

/** A plain number ≥ 0 in the row's cell, else undefined (the caller then takes the reporting path). */
function plainQuantity(row: TableRow, key: string): Decimal | undefined {
  const value = plainNumberOf(row.cell(key));
  return value !== undefined && !isNegative(value) ? value : undefined;
}

/** An empty optional cell: no value, no error (what `optionalNumber` passes over silently). */
function isEmptyValue(cell: Cell): boolean {
  return !cell.error && (cell.value === null || cell.value === undefined);
}

/** Compare (or fill) a derived cell; one holding exactly the recomputed number needs nothing more. */
function derive(ctx: ReviewContext, table: LocatedTable, r: EarthRow, key: string, exact: Decimal, opts: Parameters<ReviewContext['derived']>[2]): void {
  const typed = plainNumberOf(r.row.cell(key));
  if (typed !== undefined && decimalEquals(typed, exact)) return;
  ctx.derived(refFor(table, r.row, key, r.label), exact, opts);
}

function rowLabel(row: TableRow): string {
  const text = cellText(row.cell('category')).trim();
  if (text) return text.replace(/\s+/g, '');
  const seq = cellText(row.cell('seq')).trim();
  return seq ? `序号${seq}` : `第${row.row}行`;
}

function rowUnit(ctx: ReviewContext, table: LocatedTable, row: TableRow, label: string): QuantityUnit {
  const typed = cellText(row.cell('unit')).trim();
  const fromHeader = table.columns.get('legacy')?.unit ?? table.columns.get('use')?.unit;
  const text = typed || fromHeader;
  if (!text) return 'm³';
  const unit = parseQuantityUnit(text);
  if (unit) return unit;
  ctx.report({
    code: 'INPUT_OUT_OF_RANGE',
    sheet: table.sheet.name,
    cell: typed ? row.addr('unit') : null,
    found: text,
    expected: 'm³ / 万m³ / t / 万t',
    message: t(`${label}的单位“${text}”无法识别，按 m³ 计算`, `Unknown unit "${text}" for ${label}; m³ assumed`),
  });
  return 'm³';
}

function requiredQuantity(ctx: ReviewContext, table: LocatedTable, row: TableRow, key: string, label: string): Decimal | undefined {
  const plain = plainQuantity(row, key);
  if (plain !== undefined) return plain;
  const ref = refFor(table, row, key, label);
  // 第八条: the plan must state the four quantities, so a blank is missing, never zero.
  const value = ctx.requireNumber(ref, ctx.policy('INPUT_MISSING'));
  return ctx.nonNegative(ref, value) ? value : undefined;
}

/** Appraisal (万元) = sale × unit price / 10000, converting the sale into the price's unit when the header says so. */
function appraise(ctx: ReviewContext, table: LocatedTable, r: EarthRow): Decimal | undefined {
  if (r.sale === undefined || !table.columns.has('price')) return undefined;
  const needed = r.sale.greaterThan(0);
  let price = plainQuantity(r.row, 'price');
  if (price === undefined) {
    const priceRef = refFor(table, r.row, 'price', r.label);
    price = needed ? ctx.requireNumber(priceRef) : ctx.optionalNumber(priceRef);
    if (!ctx.nonNegative(priceRef, price)) return needed ? undefined : r.sale.isZero() ? new Decimal(0) : undefined;
  }
  const perText = table.columns.get('price')?.unit?.split('/')[1];
  const perUnit = perText ? parseQuantityUnit(perText) : undefined;
  const sale = perUnit ? convertQuantity(r.sale, r.unit, perUnit, r.density) : r.sale;
  if (sale === undefined) {
    ctx.report({
      code: 'UNIT_CONVERSION_NEEDS_DENSITY',
      sheet: table.sheet.name,
      cell: r.row.addr('density') ?? r.row.addr('unit') ?? r.row.addr('price'),
      message: t(
        `${r.label}的销售量单位为 ${r.unit}，评估单价按 元/${perUnit}，换算需要密度（t/m³）`,
        `${r.label}: sale in ${r.unit}, price per ${perUnit}; a density (t/m³) is needed`,
      ),
    });
    return undefined;
  }
  return appraisalValue(sale, price);
}

function checkSale(ctx: ReviewContext, table: LocatedTable, r: EarthRow): void {
  if (r.sale === undefined || r.disposable === undefined) return;
  const allowed = r.disposable.lt(0) ? ZERO : r.disposable; // max(disposable, 0) without a copy
  if (!r.sale.greaterThan(allowed)) return;
  ctx.report({
    code: 'EARTH_SALE_EXCEEDS_DISPOSABLE',
    sheet: table.sheet.name,
    cell: r.row.addr('sale'),
    expected: `≤ ${toPlainString(allowed)}`,
    found: toPlainString(r.sale),
    message: t(
      `${r.label}拟对外销售量 ${toPlainString(r.sale)}${r.unit} 超过剩余可处置量 ${toPlainString(allowed)}${r.unit}，超出方案规定数量销售属违规处置`,
      `${r.label}: planned sale ${toPlainString(r.sale)} ${r.unit} exceeds the disposable ${toPlainString(allowed)} ${r.unit}`,
    ),
    rule: ctx.policy('EARTH_SALE_EXCEEDS_DISPOSABLE'),
  });
}

function checkShortfall(ctx: ReviewContext, table: LocatedTable, r: EarthRow): void {
  if (r.disposable === undefined || !r.disposable.isNegative() || r.disposable.isZero()) return;
  ctx.report({
    code: 'EARTH_SHORTFALL',
    sheet: table.sheet.name,
    cell: r.row.addr('disposable') ?? r.row.addr('use'),
    expected: '≥ 0',
    found: toPlainString(r.disposable),
    message: t(
      `${r.label}供应量 ${toPlainString(r.supply!)}${r.unit} 小于本工程利用量 ${toPlainString(r.use!)}${r.unit}，缺口 ${toPlainString(r.disposable.neg())}${r.unit} 需外购`,
      `${r.label}: supply below use by ${toPlainString(r.disposable.neg())} ${r.unit}; material must be brought in`,
    ),
  });
}

/** Floor = appraisal × coefficient (default 1); an entered floor below the appraisal is a warning (第十条). */
function reserveFloor(ctx: ReviewContext, table: LocatedTable, r: EarthRow): Decimal | undefined {
  const coefCell = r.row.cell('floorCoef');
  let coef = plainNumberOf(coefCell);
  let coefOk = true;
  if (coef === undefined ? !isEmptyValue(coefCell) : isNegative(coef)) {
    const coefRef = refFor(table, r.row, 'floorCoef', r.label);
    coef = ctx.optionalNumber(coefRef);
    coefOk = coef === undefined || ctx.nonNegative(coefRef, coef);
  }
  const floorRef = refFor(table, r.row, 'floor', r.label);
  const typed = readCellNumber(floorRef.cell);
  if (r.appraisal === undefined || !coefOk) return typed.kind === 'number' ? typed.value : undefined;
  const computed = floorFrom(r.appraisal, coef);
  if (typed.kind !== 'number') {
    if (table.columns.has('floor')) derive(ctx, table, r, 'floor', computed, { unit: '万元', numberFormat: '0.00' });
    return computed;
  }
  if (coef !== undefined) {
    derive(ctx, table, r, 'floor', computed, { unit: '万元', formula: FLOOR_FORMULA });
  }
  const tolerance = toleranceFor(typed.decimals);
  if (typed.value.lessThan(r.appraisal.minus(tolerance))) {
    ctx.report({
      code: 'FLOOR_BELOW_APPRAISAL',
      sheet: table.sheet.name,
      cell: floorRef.addr,
      expected: `≥ ${toPlainString(r.appraisal)}`,
      found: toPlainString(typed.value),
      message: t(
        `${r.label}处置底价 ${toPlainString(typed.value)} 万元低于评估价值 ${toPlainString(r.appraisal)} 万元`,
        `${r.label}: floor ${toPlainString(typed.value)} 万元 is below the appraisal ${toPlainString(r.appraisal)} 万元`,
      ),
      rule: ctx.policy('FLOOR_BELOW_APPRAISAL'),
    });
  }
  return typed.value;
}

export function reviewEarthRow(ctx: ReviewContext, table: LocatedTable, row: TableRow): EarthRow {
  const label = rowLabel(row);
  const r: EarthRow = { row, label, key: normaliseLabel(label), unit: rowUnit(ctx, table, row, label) };
  const density = plainNumberOf(row.cell('density')) ?? ctx.optionalNumber(refFor(table, row, 'density', label));
  if (density !== undefined && density.lte(0)) {
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE', sheet: table.sheet.name, cell: row.addr('density'), expected: '> 0', found: toPlainString(density),
      message: t(`${label}密度必须大于0`, `${label}: density must be positive`),
    });
  } else r.density = density;
  r.legacy = requiredQuantity(ctx, table, row, 'legacy', label);
  r.newly = requiredQuantity(ctx, table, row, 'newly', label);
  r.use = requiredQuantity(ctx, table, row, 'use', label);
  r.sale = requiredQuantity(ctx, table, row, 'sale', label);
  const unit = r.unit;
  if (r.legacy !== undefined && r.newly !== undefined) {
    r.supply = supplySubtotal(r.legacy, r.newly);
    derive(ctx, table, r, 'supply', r.supply, { unit, formula: SUPPLY_FORMULA });
  }
  if (r.supply !== undefined && r.use !== undefined) {
    r.disposable = r.supply.minus(r.use); // = disposableVolume(legacy, newly, use), supply already summed
    derive(ctx, table, r, 'disposable', r.disposable, { unit, formula: DISPOSABLE_FORMULA });
    checkShortfall(ctx, table, r);
  }
  checkSale(ctx, table, r);
  r.appraisal = appraise(ctx, table, r);
  if (r.appraisal !== undefined && table.columns.has('appraisal')) {
    derive(ctx, table, r, 'appraisal', r.appraisal, {
      unit: '万元', numberFormat: '0.00', formula: APPRAISAL_FORMULA,
    });
  }
  r.floor = reserveFloor(ctx, table, r);
  return r;
}
