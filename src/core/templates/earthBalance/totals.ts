import { ONE, type Decimal } from '../../decimal';
import { DecimalSum } from '../../decimalSum';
import { t } from '../../i18n';
import type { TableRow } from '../../locate';
import { checkTotal, type TotalPart } from '../../totals';
import { convertQuantity, isMass, type QuantityUnit } from '../../units';
import { cellOf } from '../../tableColumns';
import { EARTH_LABELS } from './columns';
import type { EarthRow } from './row';
import type { EarthTable } from './table';

type QuantityKey = 'legacy' | 'newly' | 'supply' | 'use' | 'disposable' | 'sale';
type TotalKey = QuantityKey | 'appraisal' | 'floor';
const QUANTITY_KEYS: QuantityKey[] = ['legacy', 'newly', 'supply', 'use', 'disposable', 'sale'];
/** Result-id suffix per column (SPEC §7: earth.total.*). */
export const TOTAL_IDS: Record<TotalKey, string> = {
  legacy: 'legacy', newly: 'new', supply: 'supply', use: 'use', disposable: 'disposable', sale: 'sale', appraisal: 'appraisal', floor: 'floor',
};

/**
 * The unit totals are expressed in: the rows' common unit; m³ or t when only the 万 prefix differs;
 * m³ when volumes and masses mix (masses converted by their density, else UNIT_CONVERSION_NEEDS_DENSITY).
 */
function baseUnit(rows: EarthRow[]): QuantityUnit {
  const units = new Set(rows.map((r) => r.unit));
  if (units.size === 1) return rows[0].unit;
  const masses = rows.filter((r) => isMass(r.unit)).length;
  return masses === rows.length ? 't' : 'm³';
}

/** Per row (by index): can its quantities be expressed in the base unit? Rows that cannot are reported. */
function convertible(table: EarthTable, rows: EarthRow[], base: QuantityUnit): boolean[] {
  const ok: boolean[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    // A row already in the base unit converts to itself: nothing to try.
    const fine = r.unit === base || convertQuantity(ONE, r.unit, base, r.density) !== undefined;
    ok.push(fine);
    if (fine) continue;
    table.ctx.report({
      code: 'UNIT_CONVERSION_NEEDS_DENSITY',
      sheet: table.sheet,
      cell: r.row.addr('density') ?? r.row.addr('unit'),
      message: t(
        `${r.label}以 ${r.unit} 计量，与其他以 ${base} 计量的行合计时需要密度（t/m³），该合计未计算`,
        `${r.label} is in ${r.unit}; adding it to rows in ${base} needs a density (t/m³); totals skipped`,
      ),
    });
  }
  return ok;
}

/** A row's quantity in the base unit; undefined when it has none or cannot be converted. */
function inBase(r: EarthRow, key: QuantityKey, base: QuantityUnit, ok: boolean): Decimal | undefined {
  const v = r[key];
  if (v === undefined || !ok) return undefined;
  return r.unit === base ? v : convertQuantity(v, r.unit, base, r.density);
}

/** Σ of a quantity column in row order, or undefined when a row has none (then the column has no total). */
function quantitySum(rows: EarthRow[], key: QuantityKey, base: QuantityUnit, ok: boolean[]): Decimal | undefined {
  const total = new DecimalSum();
  for (let i = 0; i < rows.length; i++) {
    const v = inBase(rows[i], key, base, ok[i]);
    if (v === undefined) return undefined;
    total.add(v);
  }
  return total.value();
}

/** Σ of a money column over the rows that are sold, in row order, or undefined when one has none. */
function moneySum(rows: EarthRow[], key: 'appraisal' | 'floor', sold: boolean[]): Decimal | undefined {
  const total = new DecimalSum();
  for (let i = 0; i < rows.length; i++) {
    if (!sold[i]) continue;
    const v = rows[i][key];
    if (v === undefined) return undefined;
    total.add(v);
  }
  return total.value();
}

/** The stated total of a column checked against the exact sum (parts made only on a disagreement), and published. */
function emit(table: EarthTable, totalRow: TableRow | undefined, key: TotalKey, exact: Decimal, parts: () => TotalPart[], unit: string): void {
  const { ctx, sheet } = table;
  const label = `合计 ${EARTH_LABELS[key][0]}`;
  const addr = totalRow?.addr(key) ?? null;
  const value = totalRow && addr ? checkTotal(ctx, { ref: { sheet, addr, cell: totalRow.cell(key), label }, parts, unit, exact }).exact : exact;
  ctx.result(`earth.total.${TOTAL_IDS[key]}`, sheet, addr, label, value, unit);
}

/** The money columns' sums over the sold rows, and whether every row is sold (then they are the sums over all rows). */
export interface MoneyTotals {
  appraisal?: Decimal;
  floor?: Decimal;
  allSold: boolean;
}

export function reviewEarthTotals(table: EarthTable, rows: EarthRow[], totalRow: TableRow | undefined): MoneyTotals {
  if (rows.length === 0) return { allSold: false };
  const { cells } = table;
  const base = baseUnit(rows);
  const ok = convertible(table, rows, base);
  const sameUnit = rows.every((r) => r.unit === base);
  for (const key of QUANTITY_KEYS) {
    const exact = quantitySum(rows, key, base, ok);
    if (exact === undefined) continue;
    // A part is seen at its own cell's displayed precision, which only makes sense in the total's unit.
    const parts = () => rows.map((r, i) => ({ exact: inBase(r, key, base, ok[i])!, cell: sameUnit ? cellOf(cells.line(r.row.row), cells.offset[key]) : undefined }));
    emit(table, totalRow, key, exact, parts, base);
  }
  const sold = rows.map((r) => r.sale === undefined || !r.sale.isZero() || r.appraisal !== undefined);
  const money: MoneyTotals = { allSold: sold.every(Boolean) };
  for (const key of ['appraisal', 'floor'] as const) {
    const exact = moneySum(rows, key, sold);
    money[key] = exact;
    if (exact === undefined) continue;
    const parts = () => rows.filter((_, i) => sold[i]).map((r) => ({ exact: r[key]!, cell: cellOf(cells.line(r.row.row), cells.offset[key]) }));
    emit(table, totalRow, key, exact, parts, '万元');
  }
  return money;
}
