import type { CellRef, ReviewContext } from '../../context';
import { Decimal, TEN_THOUSAND } from '../../decimal';
import { DecimalSum, sum } from '../../decimalSum';
import { describeTieredFee, tieredFee, type FeeStandard } from '../../feeStandards';
import { t, type Text } from '../../i18n';
import { formatShort, plainNumberOf, readCellNumber } from '../../numbers';
import { cellText } from '../../snapshot';
import type { EstimateCells } from './cells';
import { resolveBase } from './feeBase';
import type { EstimateLookup } from './lookup';
import type { EstimateRow } from './row';
import { percentText, readRate } from './rate';
import { RowCellRef, itemFormula } from './refs';

/** Yuan per unit of the 合价 and 单价 columns (元 = 1, 万元 = 10000), from their headers. */
export interface MoneyScale {
  amount: Decimal;
  price: Decimal;
  /** price ÷ amount when it is exact (元 → 万元: 0.0001), so an item is two multiplications, no division. */
  priceToAmount?: Decimal;
}

/** Row states: not reached yet (0), being computed, recomputed from its inputs, or its 合价 stands in. */
const BUSY = 1;
const RECOMPUTED = 2;
const STANDS_IN = 3;

/** Distinct unit prices remembered per estimate. */
const SCALED_PRICES = 4096;

/**
 * Recomputes every row of the estimate, in dependency order (a fee row's base may be a later row, e.g.
 * 业主管理费 on 工程施工费+设备购置费, 不可预见费 on 一至四). Missing inputs are reported through the context
 * once per cell; where a row cannot be recomputed the author's 合价 stands in so parents can still be checked.
 */
export class EstimateCalculator {
  /**
   * Values and states by row index: arrays, not an object per row (the values live until the review
   * ends). A recomputed row's author 合价 is checked; where the author's figure stands in, it is not.
   */
  private readonly values: (Decimal | undefined)[];
  private readonly state: Uint8Array;
  /** Formulas of recomputed fee rows; an item's is made from its cells when a message asks. */
  private readonly formulas = new Map<number, Text>();
  readonly notes: Text[] = [];
  /**
   * 单价 × priceToAmount by 单价 (the same Decimal instance for a repeated cell number): an estimate repeats
   * few unit prices, so most items need one multiplication, not two. The factor is a power of ten, so
   * q × (p × f) and (q × p) × f round alike: the value is the same.
   */
  private readonly scaledPrices = new Map<Decimal, Decimal>();

  constructor(
    private readonly ctx: ReviewContext,
    private readonly sheet: string,
    private readonly lookup: EstimateLookup,
    private readonly cells: EstimateCells,
    private readonly scale: MoneyScale,
  ) {
    this.values = new Array<Decimal | undefined>(lookup.rows.length);
    this.state = new Uint8Array(lookup.rows.length);
  }

  /** A row's cell in the column at `offset` (a field of EstimateCells), labelled `what` in messages. */
  ref(row: EstimateRow, offset: number, what: string): CellRef {
    return new RowCellRef(this.sheet, this.cells, row, offset, what);
  }

  /** Row i's value: recomputed, or the author's 合价 where it cannot be; undefined when neither exists. */
  valueOf(i: number): Decimal | undefined {
    const state = this.state[i];
    if (state >= RECOMPUTED) return this.values[i];
    const row = this.lookup.rows[i];
    if (state === BUSY) {
      this.note(row, t('计费基数循环引用，无法复核', 'its fee base refers back to itself; not recomputed'));
      return undefined;
    }
    this.state[i] = BUSY;
    this.compute(row); // settles row i: recomputed() or standsIn()
    return this.values[i];
  }

  /** Whether row i was recomputed from its inputs, so that its author's 合价 is to be checked. */
  isRecomputed(i: number): boolean {
    return this.state[i] === RECOMPUTED;
  }

  /** How row i was recomputed, for a mismatch message. */
  formulaOf(i: number): Text | undefined {
    const row = this.lookup.rows[i];
    return row.kind === 'item' ? itemFormula(this.cells, row.row, this.scale) : this.formulas.get(i);
  }

  private compute(row: EstimateRow): void {
    switch (row.kind) {
      case 'group':
        return this.group(row);
      case 'item':
        return this.item(row);
      case 'fee':
        return this.fee(row);
      case 'lump':
        return this.standsIn(row, this.ctx.requireNumber(this.ref(row, this.cells.amount, '合价')));
    }
  }

  private recomputed(row: EstimateRow, value: Decimal, formula?: Text): void {
    this.values[row.index] = value;
    this.state[row.index] = RECOMPUTED;
    if (formula) this.formulas.set(row.index, formula);
  }

  private standsIn(row: EstimateRow, value: Decimal | undefined): void {
    this.values[row.index] = value;
    this.state[row.index] = STANDS_IN;
  }

  /** Sum of the children, every child computed first (in order: their findings keep the sheet's order). */
  private group(row: EstimateRow): void {
    const total = new DecimalSum();
    let complete = true;
    const children = row.children;
    for (let i = 0; i < children.length; i++) {
      const value = this.valueOf(children[i]);
      if (value === undefined) complete = false;
      else if (complete) total.add(value);
    }
    if (complete) this.recomputed(row, total.value());
    else this.authorStandsIn(row);
  }

  private authorStandsIn(row: EstimateRow): void {
    const read = readCellNumber(this.cells.at(row.row, this.cells.amount));
    this.standsIn(row, read.kind === 'number' ? read.value : undefined);
  }

  /** 合价 = 工程量 × 单价, converted from the 单价 unit (元) to the 合价 unit (万元): ÷ 10000. */
  private item(row: EstimateRow): void {
    const { cells, scale } = this;
    // The common case needs no refs: two plain numbers, neither below zero. Anything else goes through
    // requireNumber/nonNegative below, which report what is wrong with which cell.
    const q = plainNumberOf(cells.at(row.row, cells.quantity));
    const p = plainNumberOf(cells.at(row.row, cells.price));
    if (q && p && scale.priceToAmount && !belowZero(q) && !belowZero(p)) {
      return this.recomputed(row, q.times(this.scaledPrice(p, scale.priceToAmount)));
    }
    const qRef = this.ref(row, cells.quantity, '工程量');
    const pRef = this.ref(row, cells.price, '单价');
    const qv = this.ctx.requireNumber(qRef);
    const pv = this.ctx.requireNumber(pRef);
    if (!this.ctx.nonNegative(qRef, qv) || !this.ctx.nonNegative(pRef, pv)) return this.authorStandsIn(row);
    const value = scale.priceToAmount ? qv.times(pv).times(scale.priceToAmount) : qv.times(pv).times(scale.price).div(scale.amount);
    this.recomputed(row, value);
  }

  private scaledPrice(p: Decimal, factor: Decimal): Decimal {
    let scaled = this.scaledPrices.get(p);
    if (!scaled) {
      scaled = p.times(factor);
      if (this.scaledPrices.size < SCALED_PRICES) this.scaledPrices.set(p, scaled);
    }
    return scaled;
  }

  private fee(row: EstimateRow): void {
    const baseCell = this.cells.at(row.row, this.cells.base);
    const rateCell = this.cells.at(row.row, this.cells.rate);
    let base: Decimal;
    let baseLabel: string;
    const baseNumber = readCellNumber(baseCell);
    if (baseNumber.kind === 'number' && typeof baseCell.value === 'number') {
      base = baseNumber.value;
      baseLabel = formatShort(base);
    } else {
      const text = cellText(baseCell).trim() || (row.standard && !isBuiltIn(row.standard) ? row.standard.basis : '');
      if (!text) {
        if (!row.standard) {
          this.ctx.requireNumber(this.ref(row, this.cells.base, '计费基数'));
        } else {
          this.note(row, t(`按“${row.standard.name}”取费但未写计费基数，未复核`, `follows "${row.standard.name}" but states no fee base; not recomputed`));
        }
        return this.authorStandsIn(row);
      }
      const resolved = resolveBase(text, this.lookup, row.index);
      if (!resolved.ok) {
        this.note(row, t(`计费基数“${text}”中的“${resolved.unresolved.join('、')}”在表中找不到，未复核`, `fee base "${text}": "${resolved.unresolved.join(', ')}" not found in the estimate; not recomputed`));
        return this.authorStandsIn(row);
      }
      const values = resolved.terms.flatMap((term) => term.rows.map((r) => this.valueOf(r)));
      if (values.some((v) => v === undefined)) return this.authorStandsIn(row);
      base = sum(values as Decimal[]);
      baseLabel = `${text} ${formatShort(base)}`;
    }
    if (row.standard) return this.tiered(row, row.standard, base, baseLabel);
    if (readRate(rateCell).kind === 'empty' && cellText(rateCell).trim() === '') {
      this.note(row, t('有计费基数但无费率，且无对应的取费标准（可在“取费标准”表中提供分档费率），未复核', 'has a fee base but no rate and no known fee standard (brackets can be given in a 取费标准 sheet); not recomputed'));
      return this.authorStandsIn(row);
    }
    const rateRef = this.ref(row, this.cells.rate, '费率');
    const rateRead = readRate(rateCell);
    if (rateRead.kind !== 'number') {
      this.ctx.requireNumber(rateRef);
      return this.authorStandsIn(row);
    }
    const rate = rateRead.value;
    if (rate.isNegative() || rate.gt(1)) {
      this.ctx.report({
        code: 'INPUT_OUT_OF_RANGE', sheet: this.sheet, cell: rateRef.addr, expected: '0–100%', found: `${percentText(rate)}%`,
        message: t(`${rateRef.label}为 ${percentText(rate)}%，应在 0–100% 之间`, `${rateRef.label} is ${percentText(rate)}%, outside 0–100 %`),
      });
      return this.authorStandsIn(row);
    }
    this.recomputed(row, base.times(rate), t(`计费基数 ${baseLabel} × 费率 ${percentText(rate)}%`, `base ${baseLabel} × rate ${percentText(rate)}%`));
  }

  private tiered(row: EstimateRow, standard: FeeStandard, base: Decimal, baseLabel: string): void {
    const baseWan = base.times(this.scale.amount).div(TEN_THOUSAND);
    const fee = tieredFee(baseWan, standard);
    if (fee.beyondTable) {
      const top = standard.brackets[standard.brackets.length - 1].upperWan;
      this.note(row, t(`计费基数 ${formatShort(baseWan)} 万元超出“${standard.name}”分档表上限 ${top} 万元，超出部分无费率，未复核`, `base ${formatShort(baseWan)} 万元 exceeds the top of the "${standard.name}" table (${top} 万元); not recomputed`));
      return this.authorStandsIn(row);
    }
    const value = fee.amount.times(TEN_THOUSAND).div(this.scale.amount);
    const cite = `${standard.document} ${standard.article}`;
    this.recomputed(row, value, t(`计费基数 ${baseLabel}，按${cite}差额定率累进：${describeTieredFee(fee)} 万元`, `base ${baseLabel}, progressive brackets of ${cite}: ${describeTieredFee(fee)} 万元`));
  }

  private note(row: EstimateRow, text: Text): void {
    this.notes.push(t(`${this.sheet} 第${row.row}行“${row.name}”：${text.zh}`, `${this.sheet} row ${row.row} "${row.name}": ${text.en}`));
  }
}

/** What nonNegative rejects: below zero, −0 being zero. */
function belowZero(value: Decimal): boolean {
  return value.isNegative() && !value.isZero();
}

function isBuiltIn(standard: FeeStandard): boolean {
  return !standard.id.includes('!');
}
