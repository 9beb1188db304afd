import type { ReviewContext } from '../../context';
import { Decimal, toPlainString } from '../../decimal';
import { t } from '../../i18n';
import { normaliseLabel, type LocatedTable, type TableRow } from '../../locate';
import { agrees, formatShort, readCellNumber } from '../../numbers';
import { cellText } from '../../snapshot';
import { ALL_LOTS } from './columns';

export interface Bid {
  row: TableRow;
  bidder: string;
  price: Decimal;
}

export interface Lot {
  name: string;
  rows: TableRow[];
  bids: Bid[];
  floor?: Decimal;
  floorAddr: string | null;
}

/** Prices in the sheet's unit → 万元 (header "报价（元）" is divided by 10000). */
export function priceScale(table: LocatedTable): Decimal {
  const unit = table.columns.get('price')?.unit ?? table.columns.get('floor')?.unit;
  return unit && /^元$/.test(unit) ? new Decimal('0.0001') : new Decimal(1);
}

export function groupLots(ctx: ReviewContext, table: LocatedTable): Lot[] {
  const sheet = table.sheet.name;
  const scale = priceScale(table);
  const lots = new Map<string, Lot>();
  let current: Lot | undefined;
  for (const row of table.rows) {
    if (row.isTotal) continue;
    const name = cellText(row.cell('lot')).trim().replace(/\s+/g, '');
    // A merged 标的 cell covers the bids under it.
    if (name) {
      current = lots.get(name) ?? { name, rows: [], bids: [], floorAddr: null };
      lots.set(name, current);
    }
    if (!current) continue;
    current.rows.push(row);
    const floorRef = { sheet, addr: row.addr('floor'), cell: row.cell('floor'), label: `${current.name} 处置底价` };
    const floor = ctx.optionalNumber(floorRef);
    if (floor !== undefined && current.floor === undefined) {
      current.floor = floor.times(scale);
      current.floorAddr = floorRef.addr;
    }
    const bidder = cellText(row.cell('bidder')).trim() || `第${row.row}行竞买人`;
    const priceRef = { sheet, addr: row.addr('price'), cell: row.cell('price'), label: `${current.name} ${bidder} 报价` };
    const price = ctx.requireNumber(priceRef);
    if (ctx.nonNegative(priceRef, price)) current.bids.push({ row, bidder, price: price.times(scale) });
  }
  return [...lots.values()];
}

/** Floor of a lot: stated in the bid sheet, else the earth balance's floor of the same category, else Σ for 全部. */
export function resolveFloor(ctx: ReviewContext, table: LocatedTable, lot: Lot): Decimal | undefined {
  const earth = ctx.shared.earth;
  const key = normaliseLabel(lot.name);
  const match = earth?.rows.find((r) => r.key === key);
  if (lot.floor !== undefined) {
    if (match?.floor !== undefined) crossCheckFloor(ctx, table, lot, { sheet: earth!.sheet, addr: match.floorAddr ?? null, floor: match.floor });
    return lot.floor;
  }
  if (match?.floor !== undefined) {
    lot.floorAddr = null;
    return match.floor;
  }
  if (ALL_LOTS.includes(key) && earth?.totalFloor !== undefined) return earth.totalFloor;
  ctx.report({
    code: 'INPUT_MISSING',
    sheet: table.sheet.name,
    cell: lot.rows[0].addr('floor') ?? lot.rows[0].addr('lot'),
    message: t(
      `标的“${lot.name}”无处置底价：竞价记录未填写，土石料平衡分析表中也无同名类别的底价`,
      `Lot "${lot.name}" has no reserve price floor (not in the bid sheet nor in the earth balance)`,
    ),
  });
  return undefined;
}

/**
 * A floor stated in the bid sheet should be the earth balance's floor of the same category (第十条: the floor
 * comes from the appraisal, in the plan). A difference is VALUE_MISMATCH with severity warning, naming both
 * cells: the trading record may postdate the plan, and which figure is right is for the author to say. The
 * bid sheet's figure is the one the award is decided on.
 */
function crossCheckFloor(ctx: ReviewContext, table: LocatedTable, lot: Lot, earth: { sheet: string; addr: string | null; floor: Decimal }): void {
  const row = lot.rows.find((r) => r.addr('floor') === lot.floorAddr);
  if (!row || lot.floor === undefined) return;
  const read = readCellNumber(row.cell('floor'));
  const inSheetUnit = earth.floor.div(priceScale(table));
  if (read.kind !== 'number' || agrees(read, inSheetUnit)) return;
  const sheet = table.sheet.name;
  const earthCell = earth.addr ? `${earth.sheet}!${earth.addr}` : earth.sheet;
  ctx.report({
    code: 'VALUE_MISMATCH',
    severity: 'warning',
    sheet,
    cell: lot.floorAddr,
    expected: toPlainString(earth.floor),
    found: toPlainString(lot.floor),
    message: t(
      `标的“${lot.name}”处置底价 ${toPlainString(lot.floor)} 万元（${sheet}!${lot.floorAddr}）与土石料平衡分析表同类别处置底价 ${formatShort(earth.floor)} 万元（${earthCell}）不一致；竞价按本表底价判定`,
      `Lot "${lot.name}": floor ${toPlainString(lot.floor)} 万元 (${sheet}!${lot.floorAddr}) differs from the earth balance's floor ${formatShort(earth.floor)} 万元 (${earthCell}); the award uses this sheet's floor`,
    ),
  });
}

export function describeFloor(floor: Decimal): string {
  return `${toPlainString(floor)} 万元`;
}
