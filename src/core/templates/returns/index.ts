import { t } from '../../i18n';
import { findSheetByName } from '../../locate';
import type { TemplateModule } from '../types';
import { looksLikeReturnsSheet, readBlock } from './block';
import { blankReturns } from './blank';
import { locateCashFlow } from './cashflow';
import { evaluateCashFlow } from './evaluation';
import { costPlus, fundingBalance } from './funding';
import { RETURNS_SHEET_NAMES } from './labels';
import { pppPayments } from './pppPayment';

/**
 * 收益测算 (SPEC §3.5): cost-plus return and recovery, funding balance (河南 收支两条线 surplus to the treasury),
 * NPV / IRR / payback of the optional cash-flow table, PPP annual payment. Runs after earthBalance and bids,
 * whose proceeds are the default 土石料处置收入.
 */
export const returnsTemplate: TemplateModule = {
  kind: 'returns',
  title: t('收益测算', 'Returns and funding balance'),
  sheetNames: RETURNS_SHEET_NAMES,
  review(ctx) {
    const free = ctx.workbook.sheets.filter((s) => !ctx.claimedSheets.has(s.name));
    const sheet = findSheetByName({ sheets: free }, RETURNS_SHEET_NAMES) ?? free.find(looksLikeReturnsSheet);
    if (!sheet) return false;
    const table = locateCashFlow(sheet);
    const block = readBlock(sheet, table);
    ctx.useTemplate(sheet.name, 'returns', block.values.size + (table?.rows.length ?? 0));
    const cp = costPlus(ctx, block);
    fundingBalance(ctx, block, cp);
    if (table) evaluateCashFlow(ctx, block, table);
    pppPayments(ctx, block);
    return true;
  },
  blank: blankReturns,
};
