import type { ReviewContext } from '../../context';
import { sum, type Decimal } from '../../decimal';
import { t } from '../../i18n';
import { findTable } from '../../locate';
import { uniqueKeyer } from '../../resultKeys';
import type { TemplateModule } from '../types';
import { blankEarthBalance } from './blank';
import { EARTH_COLUMNS, EARTH_SHEETS } from './columns';
import { reviewEarthRow, type EarthRow } from './rows';
import { reviewEarthTotals } from './totals';

function uniqueIds(rows: EarthRow[]): string[] {
  const key = uniqueKeyer();
  return rows.map((r) => key(r.label));
}

function publishResults(ctx: ReviewContext, sheet: string, rows: EarthRow[]): void {
  const ids = uniqueIds(rows);
  rows.forEach((r, i) => {
    const id = `earth.${ids[i]}`;
    if (r.supply !== undefined) ctx.result(`${id}.supply`, sheet, r.row.addr('supply'), `${r.label} 供应量小计`, r.supply, r.unit);
    if (r.disposable !== undefined) ctx.result(`${id}.disposable`, sheet, r.row.addr('disposable'), `${r.label} 剩余可处置量`, r.disposable, r.unit);
    if (r.appraisal !== undefined) ctx.result(`${id}.appraisal`, sheet, r.row.addr('appraisal'), `${r.label} 评估价值`, r.appraisal, '万元');
    if (r.floor !== undefined) ctx.result(`${id}.floor`, sheet, r.row.addr('floor'), `${r.label} 处置底价`, r.floor, '万元');
  });
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
    const rows = dataRows.map((row) => reviewEarthRow(ctx, table, row));
    reviewEarthTotals(ctx, table, rows, table.rows.find((r) => r.isTotal));
    publishResults(ctx, sheet, rows);
    const allDefined = (values: (Decimal | undefined)[]) =>
      values.length > 0 && values.every((v) => v !== undefined) ? sum(values as Decimal[]) : undefined;
    ctx.shared.earth = {
      sheet,
      rows: rows.map((r) => ({
        label: r.label, key: r.key, unit: r.unit, use: r.use, sale: r.sale, appraisal: r.appraisal, floor: r.floor, useAddr: r.row.addr('use'),
        appraisalAddr: r.row.addr('appraisal'), floorAddr: r.row.addr('floor'),
      })),
      totalAppraisal: allDefined(rows.map((r) => r.appraisal)),
      totalFloor: allDefined(rows.map((r) => r.floor)),
    };
    return true;
  },
  blank: blankEarthBalance,
};
