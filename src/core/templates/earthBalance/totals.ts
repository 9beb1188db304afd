import type { ReviewContext } from '../../context';
import { Decimal, ZERO } from '../../decimal';
import { t } from '../../i18n';
import type { LocatedTable, TableRow } from '../../locate';
import { checkTotal, type TotalPart } from '../../totals';
import { convertQuantity, isMass, type QuantityUnit } from '../../units';
import { EARTH_LABELS } from './columns';
import type { EarthRow } from './rows';

type QuantityKey = 'legacy' | 'newly' | 'supply' | 'use' | 'disposable' | 'sale';
const QUANTITY_KEYS: QuantityKey[] = ['legacy', 'newly', 'supply', 'use', 'disposable', 'sale'];
/** Result-id suffix per column (SPEC §7: earth.total.*). */
export const TOTAL_IDS: Record<QuantityKey | 'appraisal' | 'floor', string> = {
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

function converters(ctx: ReviewContext, table: LocatedTable, rows: EarthRow[], base: QuantityUnit) {
  const ok = new Map<EarthRow, boolean>();
  for (const r of rows) {
    const fine = convertQuantity(new Decimal(1), r.unit, base, r.density) !== undefined;
    ok.set(r, fine);
    if (!fine) {
      ctx.report({
        code: 'UNIT_CONVERSION_NEEDS_DENSITY',
        sheet: table.sheet.name,
        cell: r.row.addr('density') ?? r.row.addr('unit'),
        message: t(
          `${r.label}以 ${r.unit} 计量，与其他以 ${base} 计量的行合计时需要密度（t/m³），该合计未计算`,
          `${r.label} is in ${r.unit}; adding it to rows in ${base} needs a density (t/m³); totals skipped`,
        ),
      });
    }
  }
  return (r: EarthRow, v: Decimal) => (ok.get(r) ? convertQuantity(v, r.unit, base, r.density) : undefined);
}

function partsOf(rows: EarthRow[], values: (r: EarthRow) => Decimal | undefined, shownIn?: (r: EarthRow) => TotalPart['cell']): TotalPart[] {
  return rows.map((r) => ({ exact: values(r)!, cell: shownIn?.(r) }));
}

/** Σ values in row order, or undefined when a row has none (then the column has no total). */
function exactSum(rows: EarthRow[], values: (r: EarthRow) => Decimal | undefined): Decimal | undefined {
  let total = ZERO;
  for (const r of rows) {
    const v = values(r);
    if (v === undefined) return undefined;
    total = total.plus(v);
  }
  return total;
}

export function reviewEarthTotals(ctx: ReviewContext, table: LocatedTable, rows: EarthRow[], totalRow: TableRow | undefined): void {
  if (rows.length === 0) return;
  const sheet = table.sheet.name;
  const base = baseUnit(rows);
  const convert = converters(ctx, table, rows, base);
  const sameUnit = rows.every((r) => r.unit === base);
  const emit = (
    key: QuantityKey | 'appraisal' | 'floor',
    of: EarthRow[],
    values: (r: EarthRow) => Decimal | undefined,
    shownIn: ((r: EarthRow) => TotalPart['cell']) | undefined,
    unit: string,
  ) => {
    const exact = exactSum(of, values);
    if (exact === undefined) return;
    const label = `合计 ${EARTH_LABELS[key === 'newly' ? 'newly' : key][0]}`;
    const addr = totalRow?.addr(key) ?? null;
    // The parts (each with the cell showing it) are built only if the stated total disagrees.
    const parts = () => partsOf(of, values, shownIn);
    const value = totalRow && addr ? checkTotal(ctx, { ref: { sheet, addr, cell: totalRow.cell(key), label }, parts, unit, exact }).exact : exact;
    ctx.result(`earth.total.${TOTAL_IDS[key]}`, sheet, addr, label, value, unit);
  };
  for (const key of QUANTITY_KEYS) {
    // A part is seen at its own cell's displayed precision, which only makes sense in the total's unit.
    const shownIn = sameUnit ? (r: EarthRow) => r.row.cell(key) : undefined;
    emit(key, rows, (r) => (r[key] === undefined ? undefined : convert(r, r[key]!)), shownIn, base);
  }
  const sold = rows.filter((r) => r.sale === undefined || !r.sale.isZero() || r.appraisal !== undefined);
  emit('appraisal', sold, (r) => r.appraisal, (r) => r.row.cell('appraisal'), '万元');
  emit('floor', sold, (r) => r.floor, (r) => r.row.cell('floor'), '万元');
}
