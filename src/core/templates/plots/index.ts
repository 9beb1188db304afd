import type { ReviewContext } from '../../context';
import type { Decimal } from '../../decimal';
import { t } from '../../i18n';
import { findTable } from '../../locate';
import type { TemplateModule } from '../types';
import { blankPlots } from './blank';
import { calculatePlots, type PlotSums } from './calculate';
import { checkPlotRules } from './checkPlots';
import { checkAgainstProjectInfo, checkEcoCap, checkLandIndicator, plotRange } from './checkProject';
import { PLOTS_SHEETS, PLOT_COLUMNS, PLOT_COLUMN_LABEL } from './columns';
import { parsePlots } from './parse';
import { checkTotalRows } from './totals';
import { checkCapacityCells, readYields } from './yields';

function linkageNote(ctx: ReviewContext, sums: PlotSums): string {
  const codes = ['LINKAGE_PLOT_UNDER_1MU', 'LINKAGE_NOT_COLLECTIVE', 'LINKAGE_NO_IMAGERY'] as const;
  if (codes.every((c) => ctx.activeRules(c).length === 0)) return '本省规则包未规定增减挂钩选址条件，按全部增减挂钩地块计';
  return sums.linkageExcluded ? `${sums.linkageExcluded} 块增减挂钩地块不符合选址条件，未计入` : '';
}

function publishResults(ctx: ReviewContext, sheet: string, sums: PlotSums, eco: { share?: Decimal; note: string; ownTotal: boolean }): void {
  const withNote = (label: string, note: string) => (note ? `${label}（${note}）` : label);
  ctx.result('land.farmland.area', sheet, null, '新增耕地面积', sums.newFarmland, '亩');
  ctx.result('land.farmland.paddy', sheet, null, '新增耕地面积 其中水田', sums.paddy, '亩');
  if (sums.capacity) {
    const note = sums.capacityMissing ? `${sums.capacityMissing} 块新增耕地未填单产，未计入` : '';
    ctx.result('land.farmland.capacity', sheet, null, withNote('新增耕地产能', note), sums.capacity, 'kg');
  }
  ctx.result('land.linkage.area', sheet, null, withNote('可纳入增减挂钩面积', linkageNote(ctx, sums)), sums.linkageEligible, '亩');
  if (eco.share) {
    const note = [eco.ownTotal ? '分母为地块面积合计（项目信息未填修复总面积）' : '', eco.note].filter(Boolean).join('；');
    ctx.result('land.eco.share', sheet, null, withNote('生态产业用地占比', note), eco.share, 'ratio');
  }
}

/** 复垦地块表 (SPEC §3.6): new farmland, 增减挂钩 site conditions, eco-industry share, cross-checks with 项目信息. */
export const plotsModule: TemplateModule = {
  kind: 'plots',
  title: t('复垦地块表', 'Reclaimed plots'),
  sheetNames: PLOTS_SHEETS,
  review(ctx) {
    const info = ctx.shared.projectInfo;
    const table = findTable(ctx.workbook, PLOTS_SHEETS, PLOT_COLUMNS, ctx.claimedSheets);
    if (!table) {
      // 山西 采矿用地 第二十条 needs only 项目信息 figures: check it even without the plots sheet.
      checkLandIndicator(ctx, info, undefined);
      return false;
    }
    const sheet = table.sheet.name;
    const parsed = parsePlots(ctx, table.columns.has('area') ? table : { ...table, rows: [] });
    ctx.useTemplate(sheet, 'plots', parsed.plots.length);
    ctx.reportMissingColumns(table, { labelOf: (key) => PLOT_COLUMN_LABEL[key] });
    readYields(ctx, table, parsed.farmland);
    checkCapacityCells(ctx, table, parsed.plots);
    const problems = checkPlotRules(ctx, table, parsed);
    const sums = calculatePlots(parsed.plots, problems);
    checkTotalRows(ctx, sheet, parsed, sums);
    const complete = sums.complete;
    if (info && complete) {
      checkAgainstProjectInfo(ctx, sheet, info, [
        { key: 'reclaimedAgri', label: '复垦为农用地面积', plots: sums.agriPlots, mu: sums.agricultural },
        { key: 'ecoIndustry', label: '生态产业用地面积', plots: sums.ecoPlots, mu: sums.eco },
      ]);
    }
    checkLandIndicator(ctx, info, complete && sums.agriPlots.length ? { mu: sums.agricultural, sheet, range: plotRange(sums.agriPlots) } : undefined);
    const statedTotal = info?.areas.total?.mu;
    const denominator = statedTotal ?? (complete && sums.all.greaterThan(0) ? sums.all : undefined);
    const note = checkEcoCap(ctx, sheet, info, { mu: sums.eco, plots: sums.ecoPlots }, statedTotal);
    const share = denominator && denominator.greaterThan(0) ? sums.eco.div(denominator) : undefined;
    publishResults(ctx, sheet, sums, { share, note, ownTotal: !statedTotal });
    return true;
  },
  blank: blankPlots,
};
