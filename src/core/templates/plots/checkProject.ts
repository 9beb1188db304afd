import type { ReviewContext } from '../../context';
import { Decimal, toPlainString } from '../../decimal';
import { t } from '../../i18n';
import { findSheetByName } from '../../locate';
import { agrees, formatFixed, readCellNumber } from '../../numbers';
import { decimalParam, exceedsUpper, isInclusive, listParam } from '../../rulePacks/params';
import { cellAt, parseA1 } from '../../snapshot';
import type { SharedFacts } from '../../shared-facts';
import { convertArea, type AreaUnit } from '../../units';
import type { Plot } from './plot';

type ProjectInfo = NonNullable<SharedFacts['projectInfo']>;
type StatedArea = NonNullable<ProjectInfo['areas']['total']>;

function fmtMu(value: Decimal): string {
  return formatFixed(value, 2);
}

/** The 项目信息 cell as typed, for tolerance by its displayed precision. */
function statedRead(ctx: ReviewContext, info: ProjectInfo, area: StatedArea) {
  const sheet = findSheetByName(ctx.workbook, [info.sheet]);
  if (!sheet) return undefined;
  const { row, col } = parseA1(area.addr);
  const read = readCellNumber(cellAt(sheet, row, col));
  return read.kind === 'number' ? read : undefined;
}

/** The area cells of some plots, for messages: "D4,D6,D9" or "D4…D30（共 12 块）". */
export function plotRange(plots: Plot[]): string {
  // All plots are rows of one table, whose area column every row has (or none): only the ends are needed,
  // not an address for each of 100k plots.
  if (plots.length === 0 || !plots[0].row.addr('area')) return '';
  if (plots.length <= 6) return plots.map((p) => p.row.addr('area')).join(',');
  return `${plots[0].row.addr('area')}…${plots[plots.length - 1].row.addr('area')}（共 ${plots.length} 块）`;
}

/**
 * Areas stated in 项目信息 that the plots must add up to (SPEC §3.6): 复垦为农用地面积 vs Σ agricultural plots,
 * 生态产业用地面积 vs Σ 生态产业 plots. Compared in the stated cell's unit and displayed precision.
 */
export function checkAgainstProjectInfo(
  ctx: ReviewContext,
  plotSheet: string,
  info: ProjectInfo,
  groups: { key: 'reclaimedAgri' | 'ecoIndustry'; label: string; plots: Plot[]; mu: Decimal }[],
): void {
  for (const group of groups) {
    const stated = info.areas[group.key];
    if (!stated) continue;
    const read = statedRead(ctx, info, stated);
    const unit: AreaUnit = stated.unit;
    const exact = convertArea(group.mu, '亩', unit);
    const ok = read ? agrees(read, exact) : stated.mu.equals(group.mu);
    if (ok) continue;
    const places = Math.max(read?.decimals ?? 2, 2);
    const found = read ? read.value.toFixed(read.decimals) : toPlainString(convertArea(stated.mu, '亩', unit));
    const range = plotRange(group.plots);
    const where = range ? `${plotSheet}!${range}` : plotSheet;
    ctx.report({
      code: 'TOTAL_MISMATCH',
      sheet: info.sheet,
      cell: stated.addr,
      expected: toPlainString(exact),
      found,
      message: t(
        `${info.sheet}!${stated.addr} ${group.label}填写为 ${found} ${unit}，${where} 中${group.label.replace(/面积$/, '')}地块合计为 ${formatFixed(exact, places)} ${unit}`,
        `${info.sheet}!${stated.addr} states ${found} ${unit}, but the plots in ${where} add up to ${formatFixed(exact, places)} ${unit}`,
      ),
    });
  }
}

/**
 * Σ 生态产业用地 ≤ share × 修复总面积 for each active cap (山西 33号 第十条（一）: 3 % only for 林草-led projects;
 * 内蒙古 （十九）: 1 %). Returns a note for the result label: which cap applied, or why none did.
 */
export function checkEcoCap(
  ctx: ReviewContext,
  plotSheet: string,
  info: ProjectInfo | undefined,
  eco: { mu: Decimal; plots: Plot[] },
  totalMu: Decimal | undefined,
): string {
  const rules = ctx.activeRules('ECO_INDUSTRY_AREA_OVER_CAP');
  const province = ctx.province ?? '未识别省份';
  if (rules.length === 0) return `${province}规则包无生态产业用地比例上限`;
  const notes: string[] = [];
  for (const active of rules) {
    const share = decimalParam(active.rule, 'maxShare');
    if (!share) continue;
    const pct = `${toPlainString(share.times(100))}%`;
    const directions = listParam(active.rule, 'onlyForDirections');
    if (directions.length) {
      const direction = info?.direction;
      if (!direction) {
        notes.push(`${pct}上限仅适用于${directions[0]}为主的项目，修复主导方向未填，未核查`);
        continue;
      }
      if (!directions.some((d) => direction.includes(d))) {
        notes.push(`${pct}上限仅适用于${directions[0]}为主的项目，本项目为“${direction}”，不适用`);
        continue;
      }
    }
    if (!totalMu) {
      notes.push(`${pct}上限：修复总面积未知，未核查`);
      continue;
    }
    notes.push(`上限${pct}（${active.pack.document} ${active.rule.article}）`);
    const cap = totalMu.times(share);
    if (!exceedsUpper(eco.mu, cap, isInclusive(active.rule))) continue;
    const stated = info?.areas.ecoIndustry;
    const cell = eco.plots.length ? { sheet: plotSheet, addr: eco.plots[0].row.addr('area') } : { sheet: info?.sheet ?? plotSheet, addr: stated?.addr ?? null };
    const ecoWhere = eco.plots.length ? `${plotSheet}!${plotRange(eco.plots)}` : `${cell.sheet}!${cell.addr ?? ''}`;
    const total = info?.areas.total;
    const totalWhere = info && total ? `${info.sheet}!${total.addr}` : info?.sheet ?? '项目信息';
    ctx.report({
      code: 'ECO_INDUSTRY_AREA_OVER_CAP',
      sheet: cell.sheet,
      cell: cell.addr,
      expected: `≤ ${toPlainString(cap)} 亩`,
      found: `${toPlainString(eco.mu)} 亩`,
      message: t(
        `生态产业用地 ${fmtMu(eco.mu)} 亩（${ecoWhere}），占修复总面积 ${fmtMu(totalMu)} 亩（${totalWhere}）的 ${formatFixed(eco.mu.div(totalMu).times(100), 2)}%，超过 ${pct}（上限 ${fmtMu(cap)} 亩）`,
        `Eco-industry land ${fmtMu(eco.mu)} mu (${ecoWhere}) is ${formatFixed(eco.mu.div(totalMu).times(100), 2)} % of ${fmtMu(totalMu)} mu (${totalWhere}), above the ${pct} cap (${fmtMu(cap)} mu)`,
      ),
      rule: active,
    });
  }
  return notes.join('；');
}

/**
 * 山西 采矿用地 第二十条: 新增建设用地面积不得高于复垦修复为农用地的面积 (equal is fine). The reclaimed area is the
 * one stated in 项目信息, else the sum of the agricultural plots.
 */
export function checkLandIndicator(
  ctx: ReviewContext,
  info: ProjectInfo | undefined,
  plotsAgri: { mu: Decimal; sheet: string; range: string } | undefined,
): void {
  const rules = ctx.activeRules('LAND_INDICATOR_EXCEEDS_RECLAIMED');
  const used = info?.areas.newConstruction;
  if (!info || !used || rules.length === 0) return;
  const statedAgri = info.areas.reclaimedAgri;
  const reclaimed = statedAgri
    ? { mu: statedAgri.mu, where: `${info.sheet}!${statedAgri.addr}` }
    : plotsAgri
      ? { mu: plotsAgri.mu, where: `${plotsAgri.sheet}!${plotsAgri.range}（农用地地块合计）` }
      : undefined;
  if (!reclaimed) return;
  for (const active of rules) {
    if (!exceedsUpper(used.mu, reclaimed.mu, isInclusive(active.rule))) continue;
    ctx.report({
      code: 'LAND_INDICATOR_EXCEEDS_RECLAIMED',
      sheet: info.sheet,
      cell: used.addr,
      expected: `≤ ${toPlainString(reclaimed.mu)} 亩`,
      found: `${toPlainString(used.mu)} 亩`,
      message: t(
        `拟使用新增建设用地面积 ${fmtMu(used.mu)} 亩（${info.sheet}!${used.addr}）高于复垦为农用地面积 ${fmtMu(reclaimed.mu)} 亩（${reclaimed.where}）`,
        `New construction land ${fmtMu(used.mu)} mu (${info.sheet}!${used.addr}) exceeds the land reclaimed to agriculture, ${fmtMu(reclaimed.mu)} mu (${reclaimed.where})`,
      ),
      rule: active,
    });
  }
}
