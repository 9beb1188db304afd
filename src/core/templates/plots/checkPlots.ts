import type { ReviewContext } from '../../context';
import { Decimal, toPlainString } from '../../decimal';
import type { FindingCode } from '../../findings';
import { t } from '../../i18n';
import type { LocatedTable } from '../../locate';
import { formatShort } from '../../numbers';
import type { PolicyRule, RulePack } from '../../rulePacks';
import { belowLower, decimalParam, exceedsUpper, isInclusive } from '../../rulePacks/params';
import { refOf } from './cells';
import { isCollective } from './classify';
import { PLOT_COLUMN_LABEL } from './columns';
import { memo } from '../../memo';
import { readSlope } from './parse';
import { areaReadOf, type ParsedPlots, type Plot } from './plot';

type Active = { pack: RulePack; rule: PolicyRule };

/** Plots that fail a farmland or linkage condition of the active rule packs (not eligible for linkage). */
export type PlotProblems = Map<Plot, FindingCode[]>;

class PlotChecker {
  readonly problems: PlotProblems = new Map();
  private readonly missingColumns = new Set<string>();

  constructor(
    private readonly ctx: ReviewContext,
    private readonly table: LocatedTable,
  ) {}

  private get sheet(): string {
    return this.table.sheet.name;
  }

  private flag(plot: Plot, code: FindingCode): void {
    const list = this.problems.get(plot) ?? [];
    list.push(code);
    this.problems.set(plot, list);
  }

  /** A rule needs a column the sheet lacks: one MISSING_COLUMN, then the rule is skipped. */
  hasColumn(key: string, active: Active): boolean {
    if (this.table.columns.has(key)) return true;
    if (!this.missingColumns.has(key)) {
      this.missingColumns.add(key);
      const label = PLOT_COLUMN_LABEL[key];
      this.ctx.report({
        code: 'MISSING_COLUMN',
        sheet: this.sheet,
        cell: null,
        message: t(`复垦地块表缺少“${label}”列，无法核查：${active.rule.summary.zh}`, `Plots sheet lacks the "${label}" column: cannot check "${active.rule.summary.en}"`),
        rule: active,
      });
    }
    return false;
  }

  /** A condition input left blank on a plot the rule concerns: INPUT_MISSING, citing the rule. */
  private missing(plot: Plot, key: string, code: FindingCode, active: Active): void {
    const label = PLOT_COLUMN_LABEL[key];
    this.ctx.report({
      code: 'INPUT_MISSING',
      sheet: this.sheet,
      cell: plot.row.addr(key),
      message: t(`地块${plot.id}未填“${label}”，无法核查：${active.rule.summary.zh}`, `Plot ${plot.id}: "${label}" is empty, cannot check "${active.rule.summary.en}"`),
      rule: active,
    });
    this.flag(plot, code);
  }

  private notYesNo(plot: Plot, key: string, code: FindingCode): void {
    const label = PLOT_COLUMN_LABEL[key];
    const found = String(plot.row.cell(key).value);
    this.ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet: this.sheet,
      cell: plot.row.addr(key),
      expected: '是 / 否',
      found,
      message: t(`地块${plot.id}“${label}”应填“是”或“否”，实为“${found}”`, `Plot ${plot.id}: "${label}" must be 是 or 否, found "${found}"`),
    });
    this.flag(plot, code);
  }

  /** 复垦为耕地: slope at most the rule's limit ("25°以下" includes 25°). */
  slope(farmland: Plot[]): void {
    for (const active of this.ctx.activeRules('FARMLAND_SLOPE_OVER_25')) {
      if (!this.hasColumn('slope', active)) continue;
      const max = decimalParam(active.rule, 'maxSlopeDeg') ?? new Decimal(25);
      const inclusive = isInclusive(active.rule);
      // Slopes repeat a few values (one shared Decimal each): compare each once.
      const tooSteep = memo((value: Decimal) => exceedsUpper(value, max, inclusive));
      for (let i = 0; i < farmland.length; i++) {
        const plot = farmland[i];
        // A plain number, the common case, was read with the row; other cells are read here.
        let value = plot.slope;
        if (value === undefined) {
          const read = readSlope(plot.row.cell('slope'));
          if (read.kind === 'empty') {
            this.missing(plot, 'slope', 'FARMLAND_SLOPE_OVER_25', active);
            continue;
          }
          if (read.kind === 'nan') {
            this.ctx.optionalNumber(refOf(this.sheet, plot.row, 'slope', plot.id));
            this.flag(plot, 'FARMLAND_SLOPE_OVER_25');
            continue;
          }
          value = read.value;
        }
        if (!tooSteep(value)) continue;
        const slope = toPlainString(value);
        this.ctx.report({
          code: 'FARMLAND_SLOPE_OVER_25',
          sheet: this.sheet,
          cell: plot.row.addr('slope'),
          expected: `≤ ${toPlainString(max)}°`,
          found: `${slope}°`,
          message: t(
            `地块${plot.id}复垦为${plot.after}，坡度 ${slope}° 超过 ${toPlainString(max)}°（复垦为耕地的，坡度应在${toPlainString(max)}°以下）`,
            `Plot ${plot.id} becomes farmland on a ${slope}° slope, above the ${toPlainString(max)}° limit`,
          ),
          rule: active,
        });
        this.flag(plot, 'FARMLAND_SLOPE_OVER_25');
      }
    }
  }

  /** 复垦为耕地: not inside the ecological protection red line. */
  redline(farmland: Plot[]): void {
    for (const active of this.ctx.activeRules('FARMLAND_IN_REDLINE')) {
      if (!this.hasColumn('redline', active)) continue;
      for (let i = 0; i < farmland.length; i++) {
        const plot = farmland[i];
        const inside = plot.redline;
        if (inside === 'empty') this.missing(plot, 'redline', 'FARMLAND_IN_REDLINE', active);
        else if (inside === 'unknown') this.notYesNo(plot, 'redline', 'FARMLAND_IN_REDLINE');
        else if (inside) {
          this.ctx.report({
            code: 'FARMLAND_IN_REDLINE',
            sheet: this.sheet,
            cell: plot.row.addr('redline'),
            expected: '否',
            found: '是',
            message: t(`地块${plot.id}复垦为${plot.after}但位于生态保护红线内，复垦为耕地的不能在生态保护红线内`, `Plot ${plot.id} becomes farmland inside the ecological red line`),
            rule: active,
          });
          this.flag(plot, 'FARMLAND_IN_REDLINE');
        }
      }
    }
  }

  /** 增减挂钩 site conditions: single plot ≥ 1 亩 (in exact 亩 after unit conversion). */
  linkageArea(plots: Plot[]): void {
    for (const active of this.ctx.activeRules('LINKAGE_PLOT_UNDER_1MU')) {
      const min = decimalParam(active.rule, 'minPlotMu') ?? new Decimal(1);
      const inclusive = isInclusive(active.rule);
      // Areas in 亩 share one Decimal per distinct value (numbers.ts, parse.ts): compare each once.
      const tooSmall = memo((mu: Decimal) => belowLower(mu, min, inclusive));
      for (let i = 0; i < plots.length; i++) {
        const plot = plots[i];
        if (plot.mu === undefined) {
          this.flag(plot, 'LINKAGE_PLOT_UNDER_1MU');
          continue;
        }
        if (!tooSmall(plot.mu)) continue;
        const read = plot.unit !== '亩' ? areaReadOf(plot) : undefined;
        const typed = read?.kind === 'number' ? `（填写 ${toPlainString(read.value)} ${plot.unit}）` : '';
        this.ctx.report({
          code: 'LINKAGE_PLOT_UNDER_1MU',
          sheet: this.sheet,
          cell: plot.row.addr('area'),
          expected: `≥ ${toPlainString(min)} 亩`,
          found: `${toPlainString(plot.mu)} 亩`,
          message: t(
            `增减挂钩地块${plot.id}面积 ${formatShort(plot.mu)} 亩${typed}小于 ${toPlainString(min)} 亩（单个地块面积不小于${toPlainString(min)}亩）`,
            `Linkage plot ${plot.id} is ${formatShort(plot.mu)} mu, below the ${toPlainString(min)} mu minimum`,
          ),
          rule: active,
        });
        this.flag(plot, 'LINKAGE_PLOT_UNDER_1MU');
      }
    }
  }

  /** 增减挂钩 site conditions: 权属为集体所有. */
  linkageOwnership(plots: Plot[]): void {
    for (const active of this.ctx.activeRules('LINKAGE_NOT_COLLECTIVE')) {
      if (!this.hasColumn('ownership', active)) continue;
      for (let i = 0; i < plots.length; i++) {
        const plot = plots[i];
        if (plot.ownership === '') {
          this.missing(plot, 'ownership', 'LINKAGE_NOT_COLLECTIVE', active);
          continue;
        }
        if (isCollective(plot.ownership)) continue;
        this.ctx.report({
          code: 'LINKAGE_NOT_COLLECTIVE',
          sheet: this.sheet,
          cell: plot.row.addr('ownership'),
          expected: '集体',
          found: plot.ownership,
          message: t(`增减挂钩地块${plot.id}权属为“${plot.ownership}”，增减挂钩要求权属为集体所有`, `Linkage plot ${plot.id} is owned "${plot.ownership}", not collectively`),
          rule: active,
        });
        this.flag(plot, 'LINKAGE_NOT_COLLECTIVE');
      }
    }
  }

  /** 增减挂钩 site conditions: 遥感影像支持. */
  linkageImagery(plots: Plot[]): void {
    for (const active of this.ctx.activeRules('LINKAGE_NO_IMAGERY')) {
      if (!this.hasColumn('imagery', active)) continue;
      for (let i = 0; i < plots.length; i++) {
        const plot = plots[i];
        const supported = plot.imagery;
        if (supported === 'empty') this.missing(plot, 'imagery', 'LINKAGE_NO_IMAGERY', active);
        else if (supported === 'unknown') this.notYesNo(plot, 'imagery', 'LINKAGE_NO_IMAGERY');
        else if (!supported) {
          this.ctx.report({
            code: 'LINKAGE_NO_IMAGERY',
            sheet: this.sheet,
            cell: plot.row.addr('imagery'),
            expected: '是',
            found: '否',
            message: t(`增减挂钩地块${plot.id}无遥感影像支持，不符合增减挂钩选址条件`, `Linkage plot ${plot.id} has no remote-sensing support`),
            rule: active,
          });
          this.flag(plot, 'LINKAGE_NO_IMAGERY');
        }
      }
    }
  }
}

/** Run the per-plot rules of the active packs; returns the problems found per plot. */
export function checkPlotRules(ctx: ReviewContext, table: LocatedTable, parsed: ParsedPlots): PlotProblems {
  const checker = new PlotChecker(ctx, table);
  checker.slope(parsed.farmland);
  checker.redline(parsed.farmland);
  checker.linkageArea(parsed.linkage);
  checker.linkageOwnership(parsed.linkage);
  checker.linkageImagery(parsed.linkage);
  return checker.problems;
}
