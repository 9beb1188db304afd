import type { ReviewContext } from '../../context';
import { Decimal, ZERO, compareDecimals, toPlainString } from '../../decimal';
import { appraisalValue, supplySubtotal } from '../../earth/formulas';
import { t } from '../../i18n';
import type { LocatedTable, TableRow } from '../../locate';
import { plainNumberOf } from '../../numbers';
import { isBlank, type Cell } from '../../snapshot';
import { convertQuantity, parseQuantityUnit, type QuantityUnit } from '../../units';
import { cellOf, trimmedText } from '../../tableColumns';
import type { EarthKey } from './cells';
import { reserveFloor } from './floor';
import { EarthRow } from './row';
import { EarthTable, isNegative } from './table';

// Formula texts of the derived columns, made once (they were built for every row).
const SUPPLY_FORMULA = t('原地遗留量 + 新产生量', 'legacy + new');
const DISPOSABLE_FORMULA = t('供应量小计 − 本工程利用量', 'supply − use');
const APPRAISAL_FORMULA = t('拟对外销售量 × 评估单价 / 10000', 'sale × unit price / 10000');

/**
 * Reviews the rows of one balance: column offsets, the header's units and the price's unit are found once per
 * table, and each row's cells are read from its grid row by offset. A plain non-negative number (the common
 * case) is read without a CellRef; anything else (empty, text, negative, an error value) goes through the
 * context, which words the finding.
 */
export class EarthRowReviewer extends EarthTable {
  /** The unit a row without its own 单位 is in: the quantity headers' "原地遗留量（m³）". */
  private readonly headerUnit: string | undefined;
  private readonly hasPrice: boolean;
  /** The unit the price is per ("评估单价（元/t）" → t); the sale is converted into it. */
  private readonly pricePerUnit: QuantityUnit | undefined;

  constructor(ctx: ReviewContext, table: LocatedTable) {
    super(ctx, table);
    this.headerUnit = table.columns.get('legacy')?.unit ?? table.columns.get('use')?.unit;
    this.hasPrice = table.columns.has('price');
    const perText = table.columns.get('price')?.unit?.split('/')[1];
    this.pricePerUnit = perText ? parseQuantityUnit(perText) : undefined;
  }

  review(row: TableRow): EarthRow {
    const { ctx, cells } = this;
    const at = cells.offset;
    const line = cells.line(row.row);
    const label = this.rowLabel(row, line);
    const r = new EarthRow(row, label, this.rowUnit(row, cellOf(line, at.unit), label), cells);
    const densityCell = cellOf(line, at.density);
    let density = plainNumberOf(densityCell);
    if (density === undefined && !isBlank(densityCell)) density = ctx.optionalNumber(this.refFor(row, 'density', label));
    // ≤ 0 read from the fields: lte(0) would copy its argument.
    if (density !== undefined && (density.isZero() || density.isNegative())) {
      ctx.report({
        code: 'INPUT_OUT_OF_RANGE', sheet: this.sheet, cell: row.addr('density'), expected: '> 0', found: toPlainString(density),
        message: t(`${label}密度必须大于0`, `${label}: density must be positive`),
      });
    } else r.density = density;
    r.legacy = this.requiredQuantity(row, cellOf(line, at.legacy), 'legacy', label);
    r.newly = this.requiredQuantity(row, cellOf(line, at.newly), 'newly', label);
    r.use = this.requiredQuantity(row, cellOf(line, at.use), 'use', label);
    r.sale = this.requiredQuantity(row, cellOf(line, at.sale), 'sale', label);
    const unit = r.unit;
    if (r.legacy !== undefined && r.newly !== undefined) {
      r.supply = supplySubtotal(r.legacy, r.newly);
      this.derive(r, line, 'supply', r.supply, { unit, formula: SUPPLY_FORMULA });
    }
    if (r.supply !== undefined && r.use !== undefined) {
      r.disposable = r.supply.minus(r.use); // = disposableVolume(legacy, newly, use), supply already summed
      this.derive(r, line, 'disposable', r.disposable, { unit, formula: DISPOSABLE_FORMULA });
      this.checkShortfall(r);
    }
    this.checkSale(r);
    r.appraisal = this.appraise(r, line);
    if (r.appraisal !== undefined) {
      this.derive(r, line, 'appraisal', r.appraisal, { unit: '万元', numberFormat: '0.00', formula: APPRAISAL_FORMULA });
    }
    r.floor = reserveFloor(this, r, line);
    return r;
  }

  private rowLabel(row: TableRow, line: Cell[] | undefined): string {
    const text = trimmedText(cellOf(line, this.cells.offset.category));
    if (text) return text.replace(/\s+/g, '');
    const seq = trimmedText(cellOf(line, this.cells.offset.seq));
    return seq ? `序号${seq}` : `第${row.row}行`;
  }

  private rowUnit(row: TableRow, cell: Cell, label: string): QuantityUnit {
    const typed = trimmedText(cell);
    const text = typed || this.headerUnit;
    if (!text) return 'm³';
    const unit = parseQuantityUnit(text);
    if (unit) return unit;
    this.ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet: this.sheet,
      cell: typed ? row.addr('unit') : null,
      found: text,
      expected: 'm³ / 万m³ / t / 万t',
      message: t(`${label}的单位“${text}”无法识别，按 m³ 计算`, `Unknown unit "${text}" for ${label}; m³ assumed`),
    });
    return 'm³';
  }

  private requiredQuantity(row: TableRow, cell: Cell, key: EarthKey, label: string): Decimal | undefined {
    const plain = plainNumberOf(cell);
    if (plain !== undefined && !isNegative(plain)) return plain;
    const ref = this.refFor(row, key, label);
    // 第八条: the plan must state the four quantities, so a blank is missing, never zero.
    const value = this.ctx.requireNumber(ref, this.ctx.policy('INPUT_MISSING'));
    return this.ctx.nonNegative(ref, value) ? value : undefined;
  }

  /** Appraisal (万元) = sale × unit price / 10000, converting the sale into the price's unit when the header says so. */
  private appraise(r: EarthRow, line: Cell[] | undefined): Decimal | undefined {
    if (r.sale === undefined || !this.hasPrice) return undefined;
    const { ctx } = this;
    // sale > 0, read from the fields (gt(0) would copy its argument).
    const needed = !r.sale.isZero() && !r.sale.isNegative();
    let price = plainNumberOf(cellOf(line, this.cells.offset.price));
    if (price === undefined || isNegative(price)) {
      const priceRef = this.refFor(r.row, 'price', r.label);
      price = needed ? ctx.requireNumber(priceRef) : ctx.optionalNumber(priceRef);
      if (!ctx.nonNegative(priceRef, price)) return needed ? undefined : r.sale.isZero() ? new Decimal(0) : undefined;
    }
    const perUnit = this.pricePerUnit;
    const sale = perUnit ? convertQuantity(r.sale, r.unit, perUnit, r.density) : r.sale;
    if (sale === undefined) {
      ctx.report({
        code: 'UNIT_CONVERSION_NEEDS_DENSITY',
        sheet: this.sheet,
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

  private checkSale(r: EarthRow): void {
    if (r.sale === undefined || r.disposable === undefined) return;
    const allowed = isNegative(r.disposable) ? ZERO : r.disposable; // max(disposable, 0) without a copy
    if (compareDecimals(r.sale, allowed) <= 0) return;
    this.ctx.report({
      code: 'EARTH_SALE_EXCEEDS_DISPOSABLE',
      sheet: this.sheet,
      cell: r.row.addr('sale'),
      expected: `≤ ${toPlainString(allowed)}`,
      found: toPlainString(r.sale),
      message: t(
        `${r.label}拟对外销售量 ${toPlainString(r.sale)}${r.unit} 超过剩余可处置量 ${toPlainString(allowed)}${r.unit}，超出方案规定数量销售属违规处置`,
        `${r.label}: planned sale ${toPlainString(r.sale)} ${r.unit} exceeds the disposable ${toPlainString(allowed)} ${r.unit}`,
      ),
      rule: this.ctx.policy('EARTH_SALE_EXCEEDS_DISPOSABLE'),
    });
  }

  private checkShortfall(r: EarthRow): void {
    if (r.disposable === undefined || !isNegative(r.disposable)) return;
    this.ctx.report({
      code: 'EARTH_SHORTFALL',
      sheet: this.sheet,
      cell: r.row.addr('disposable') ?? r.row.addr('use'),
      expected: '≥ 0',
      found: toPlainString(r.disposable),
      message: t(
        `${r.label}供应量 ${toPlainString(r.supply!)}${r.unit} 小于本工程利用量 ${toPlainString(r.use!)}${r.unit}，缺口 ${toPlainString(r.disposable.neg())}${r.unit} 需外购`,
        `${r.label}: supply below use by ${toPlainString(r.disposable.neg())} ${r.unit}; material must be brought in`,
      ),
    });
  }
}
