import type { ReviewContext } from '../../context';
import { Decimal, ONE, toPlainString } from '../../decimal';
import { sum } from '../../decimalSum';
import { t } from '../../i18n';
import { findTable, type LocatedTable } from '../../locate';
import type { TemplateModule } from '../types';
import { blankBids } from './blank';
import { BID_COLUMNS, BID_SHEETS } from './columns';
import { describeFloor, groupLots, resolveFloor, type Lot } from './lots';

interface Outcome {
  lot: string;
  price?: Decimal;
  priceAddr: string | null;
}

/** 第十条: the buyer is the highest bid not lower than the floor ("不低于" includes the floor itself). */
function decideLot(ctx: ReviewContext, table: LocatedTable, lot: Lot): Outcome {
  const sheet = table.sheet.name;
  const floor = resolveFloor(ctx, table, lot);
  if (floor === undefined || lot.bids.length === 0) return { lot: lot.name, priceAddr: null };
  const valid = lot.bids.filter((b) => b.price.gte(floor));
  const highest = [...lot.bids].sort((a, b) => b.price.comparedTo(a.price))[0];
  if (valid.length === 0) {
    ctx.report({
      code: 'NO_VALID_BID',
      sheet,
      cell: highest.row.addr('price'),
      expected: `≥ ${toPlainString(floor)}`,
      found: toPlainString(highest.price),
      message: t(
        `标的“${lot.name}”最高报价 ${toPlainString(highest.price)} 万元低于处置底价 ${describeFloor(floor)}，无有效报价（流拍）`,
        `Lot "${lot.name}": the highest bid ${toPlainString(highest.price)} 万元 is below the floor ${toPlainString(floor)} 万元 (no sale)`,
      ),
      rule: ctx.policy('NO_VALID_BID'),
    });
    return { lot: lot.name, priceAddr: null };
  }
  const top = valid.reduce((m, b) => (b.price.gt(m) ? b.price : m), valid[0].price);
  const winners = valid.filter((b) => b.price.eq(top));
  const first = winners[0];
  const id = `bids.${lot.name}`;
  if (winners.length > 1) {
    ctx.report({
      code: 'BID_TIE',
      sheet,
      cell: winners[1].row.addr('price'),
      found: toPlainString(top),
      message: t(
        `标的“${lot.name}”最高有效报价 ${toPlainString(top)} 万元并列（${winners.map((w) => w.bidder).join('、')}），无法确定唯一买受人，需按交易规则另行确定`,
        `Lot "${lot.name}": ${winners.length} equal highest valid bids of ${toPlainString(top)} 万元`,
      ),
      rule: ctx.policy('BID_TIE'),
    });
  }
  ctx.result(`${id}.floor`, sheet, lot.floorAddr, `${lot.name} 处置底价`, floor, '万元');
  ctx.result(`${id}.price`, sheet, first.row.addr('price'), `${lot.name} 成交价`, top, '万元');
  ctx.result(`${id}.winner`, sheet, first.row.addr('bidder'), `${lot.name} 竞得人`, winners.map((w) => w.bidder).join('、'), '');
  if (!floor.isZero()) {
    ctx.result(`${id}.premium`, sheet, first.row.addr('price'), `${lot.name} 溢价率`, top.div(floor).minus(ONE), 'ratio');
  }
  return { lot: lot.name, price: top, priceAddr: first.row.addr('price') };
}

export const bidsModule: TemplateModule = {
  kind: 'bids',
  title: t('竞价记录', 'Bids'),
  sheetNames: BID_SHEETS,
  review(ctx) {
    const table = findTable(ctx.workbook, BID_SHEETS, BID_COLUMNS, ctx.claimedSheets);
    if (!table) return false;
    const sheet = table.sheet.name;
    ctx.useTemplate(sheet, 'bids', table.rows.filter((r) => !r.isTotal).length);
    if (ctx.reportMissingColumns(table)) return true;
    const outcomes = groupLots(ctx, table).map((lot) => decideLot(ctx, table, lot));
    const sold = outcomes.filter((o) => o.price !== undefined);
    ctx.shared.bids = {
      sheet,
      lots: outcomes,
      totalPrice: sold.length ? sum(sold.map((o) => o.price!)) : undefined,
    };
    if (sold.length) ctx.result('bids.total.price', sheet, null, '成交价合计', ctx.shared.bids.totalPrice!, '万元');
    return true;
  },
  blank: blankBids,
};
