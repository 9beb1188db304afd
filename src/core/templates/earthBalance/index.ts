import type { ReviewContext } from '../../context';
import { decimalEquals, toPlainString, type Decimal } from '../../decimal';
import { DecimalSum } from '../../decimalSum';
import { t } from '../../i18n';
import { findTable } from '../../locate';
import { uniqueKeyer } from '../../resultKeys';
import type { TemplateModule } from '../types';
import { blankEarthBalance } from './blank';
import { EARTH_COLUMNS, EARTH_SHEETS } from './columns';
import type { EarthRow } from './row';
import { EarthRowReviewer } from './rows';
import type { EarthTable } from './table';
import { reviewEarthTotals } from './totals';

function publishResults(ctx: ReviewContext, table: EarthTable, rows: EarthRow[]): void {
  const { sheet, cells } = table;
  const key = uniqueKeyer();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const id = `earth.${key(r.label)}`;
    const row = r.row.row;
    if (r.supply !== undefined) ctx.result(`${id}.supply`, sheet, cells.addrOf(row, 'supply'), `${r.label} 供应量小计`, r.supply, r.unit);
    if (r.disposable !== undefined) ctx.result(`${id}.disposable`, sheet, cells.addrOf(row, 'disposable'), `${r.label} 剩余可处置量`, r.disposable, r.unit);
    const appraisal = r.appraisal === undefined ? undefined : toPlainString(r.appraisal);
    if (appraisal !== undefined) ctx.result(`${id}.appraisal`, sheet, cells.addrOf(row, 'appraisal'), `${r.label} 评估价值`, appraisal, '万元');
    if (r.floor === undefined) continue;
    // Most floors equal the appraisal (coefficient 1): equal values print alike, so its text is reused.
    const floor = appraisal !== undefined && decimalEquals(r.floor, r.appraisal!) ? appraisal : toPlainString(r.floor);
    ctx.result(`${id}.floor`, sheet, cells.addrOf(row, 'floor'), `${r.label} 处置底价`, floor, '万元');
  }
}

/** Σ in row order when every row has a value (and there is a row), else undefined. */
function sumIfAll(rows: EarthRow[], key: 'appraisal' | 'floor'): Decimal | undefined {
  if (rows.length === 0) return undefined;
  const total = new DecimalSum();
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i][key];
    if (v === undefined) return undefined;
    total.add(v);
  }
  return total.value();
}

export const earthBalanceModule: TemplateModule = {
  kind: 'earthBalance',
  title: t('土石料平衡分析表', 'Earth-stone balance'),
  sheetNames: EARTH_SHEETS,
  review(ctx) {
    const table = findTable(ctx.workbook, EARTH_SHEETS, EARTH_COLUMNS, ctx.claimedSheets);
    if (!table) return false;
    const sheet = table.sheet.name;
    const dataRows = table.rows.filter((r) => !r.isTotal);
    ctx.useTemplate(sheet, 'earthBalance', dataRows.length);
    // 第八条: the four quantities are required by policy, so their absence is cited.
    const fourQuantities = ['legacy', 'newly', 'use', 'sale'];
    ctx.reportMissingColumns(table, { ruleFor: (key) => (fourQuantities.includes(key) ? ctx.policy('INPUT_MISSING') : undefined) });
    if (table.missing.some((s) => s.key === 'category')) return true;
    const reviewer = new EarthRowReviewer(ctx, table);
    const rows = dataRows.map((row) => reviewer.review(row));
    const money = reviewEarthTotals(reviewer, rows, table.rows.find((r) => r.isTotal));
    publishResults(ctx, reviewer, rows);
    // An unsold row has no appraisal, so the appraisal sums over all rows only when every row is sold; when
    // every row is, the totals' sums are these sums (same rows, same order) and are not added up again.
    const totalAppraisal = money.allSold ? money.appraisal : undefined;
    const totalFloor = money.allSold ? money.floor : sumIfAll(rows, 'floor');
    // The rows themselves are what other templates read: their key and addresses are made if asked for.
    ctx.shared.earth = { sheet, rows, totalAppraisal, totalFloor };
    return true;
  },
  blank: blankEarthBalance,
};
