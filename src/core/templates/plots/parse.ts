import type { ReviewContext } from '../../context';
import type { Decimal } from '../../decimal';
import { t } from '../../i18n';
import type { LocatedTable, TableRow } from '../../locate';
import { normalizeWidth, parseNumericText, plainNumberOf, readCellNumber, type NumberRead } from '../../numbers';
import { cellAt, cellText, type Cell, type SheetSnapshot } from '../../snapshot';
import { parseAreaUnit, toMu, type AreaUnit } from '../../units';
import { TableColumns, cellOf, trimmedText } from '../../tableColumns';
import { refOf } from './cells';
import { classifyLand, isFarmland, parseUsage, readYesNo } from './classify';
import { memo } from '../../memo';
import type { ParsedPlots, Plot } from './plot';
import { yieldDivisor } from './yields';

function text(cell: Cell): string {
  return cellText(cell).trim();
}

/** Slope typed as "15°" or "15度" is a number of degrees. */
export function readSlope(cell: Cell): NumberRead {
  if (typeof cell.value === 'string') return parseNumericText(normalizeWidth(cell.value).replace(/[°度]\s*$/, ''));
  return readCellNumber(cell);
}

/** Text of the first cells of a row and of its id column: where 合计/小计 is written. */
function rowLabel(table: LocatedTable, row: TableRow): string {
  const c0 = table.sheet.origin.col;
  const cells = [row.cell('id'), ...[0, 1, 2, 3].map((i) => cellAt(table.sheet, row.row, c0 + i))];
  return cells.map(text).join('');
}

/** Column offsets of the cells read on every row, looked up once (-1: the sheet lacks that column). */
function plotColumns(columns: TableColumns) {
  const col = (key: string) => columns.offsetOf(key);
  return {
    id: col('id'), area: col('area'), unit: col('unit'), before: col('before'), after: col('after'), usage: col('usage'),
    slope: col('slope'), redline: col('redline'), yield: col('yield'), ownership: col('ownership'), imagery: col('imagery'),
  };
}

/** Reads the plot rows of one table; column numbers and unit conversions are looked up once. */
class PlotParser {
  private readonly sheet: SheetSnapshot;
  private readonly columns: TableColumns;
  private readonly cols: ReturnType<typeof plotColumns>;
  private readonly headerUnit: string;
  private readonly yieldDivisor: Decimal | undefined;
  /** toMu per unit and value: 亩 is the value itself, other units repeat a few Decimal instances. */
  private readonly converters = new Map<AreaUnit, (area: Decimal) => Decimal>();

  constructor(
    private readonly ctx: ReviewContext,
    private readonly table: LocatedTable,
  ) {
    this.sheet = table.sheet;
    this.columns = new TableColumns(table);
    this.cols = plotColumns(this.columns);
    this.headerUnit = table.columns.get('area')?.unit || '';
    this.yieldDivisor = yieldDivisor(table);
  }

  /** A unit typed per row (单位 column) wins over the header's "面积（公顷）"; default 亩. */
  unit(row: TableRow, plotId: string): AreaUnit | undefined {
    const typed = trimmedText(this.columns.at(row.row, this.cols.unit));
    const raw = typed || this.headerUnit;
    if (!raw) return '亩';
    const unit = parseAreaUnit(raw);
    if (!unit) {
      this.ctx.report({
        code: 'INPUT_OUT_OF_RANGE',
        sheet: this.sheet.name,
        cell: typed ? row.addr('unit') : row.addr('area'),
        found: raw,
        expected: '亩 / 公顷 / m² / km²',
        message: t(`地块${plotId}面积单位“${raw}”无法识别（应为 亩、公顷、m² 或 km²）`, `Plot ${plotId}: unknown area unit "${raw}"`),
      });
    }
    return unit;
  }

  /** The area in 亩; an empty, textual or negative cell is reported and gives undefined. */
  private mu(row: TableRow, id: string, unit: AreaUnit | undefined): Decimal | undefined {
    let area = plainNumberOf(this.columns.at(row.row, this.cols.area));
    // A plain non-negative number, the common case, needs no CellRef: one is made only to word a finding.
    if (area === undefined || area.isNegative()) {
      const ref = refOf(this.sheet.name, row, 'area', id);
      area ??= this.ctx.requireNumber(ref);
      if (!this.ctx.nonNegative(ref, area)) return undefined;
    }
    return unit && this.toMu(area, unit);
  }

  private toMu(area: Decimal, unit: AreaUnit): Decimal {
    if (unit === '亩') return area;
    let convert = this.converters.get(unit);
    if (!convert) this.converters.set(unit, (convert = memo((value: Decimal) => toMu(value, unit))));
    return convert(area);
  }

  /** 单产 (kg/亩) when a plain non-negative number; anything else is left to readYields, which reports it. */
  private plainYield(row: number): Decimal | undefined {
    const value = plainNumberOf(this.columns.at(row, this.cols.yield));
    if (value === undefined || value.isNegative()) return undefined;
    return this.yieldDivisor ? value.div(this.yieldDivisor) : value;
  }

  /** A plot row; undefined for a note row (注/说明/备注). */
  plot(row: TableRow): Plot | undefined {
    const { cols } = this;
    const r = row.row;
    const line = this.columns.line(r);
    const idText = trimmedText(cellOf(line, cols.id));
    if (/^(注|说明|备注)/.test(idText)) return undefined;
    const id = idText || `第${r}行`;
    const after = trimmedText(cellOf(line, cols.after));
    const land = classifyLand(after);
    const usage = parseUsage(trimmedText(cellOf(line, cols.usage)));
    const unit = this.unit(row, id);
    const mu = this.mu(row, id, unit);
    const ecoIndustry = usage === '生态产业' || land.ecoIndustry;
    const farmland = land.farmland;
    const linkage = !ecoIndustry && usage === '增减挂钩';
    return {
      row,
      id,
      mu,
      unit: unit ?? '亩',
      after,
      usage: ecoIndustry ? '生态产业' : usage,
      farmland,
      newFarmland: farmland && !isFarmland(trimmedText(cellOf(line, cols.before))),
      paddy: farmland && land.paddy,
      agricultural: land.agricultural && !land.ecoIndustry,
      ecoIndustry,
      perMu: farmland ? this.plainYield(r) : undefined,
      slope: farmland ? plainNumberOf(cellOf(line, cols.slope)) : undefined,
      redline: farmland ? readYesNo(cellOf(line, cols.redline)) : 'empty',
      ownership: linkage ? trimmedText(cellOf(line, cols.ownership)) : '',
      imagery: linkage ? readYesNo(cellOf(line, cols.imagery)) : 'empty',
    };
  }
}

export function parsePlots(ctx: ReviewContext, table: LocatedTable): ParsedPlots {
  const parser = new PlotParser(ctx, table);
  const parsed: ParsedPlots = { plots: [], farmland: [], linkage: [], totals: [] };
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.isTotal) {
      const label = rowLabel(table, row);
      parsed.totals.push({ row, unit: parser.unit(row, '合计') ?? '亩', subtotal: /小计/.test(label) });
      continue;
    }
    const plot = parser.plot(row);
    if (!plot) continue;
    parsed.plots.push(plot);
    if (plot.farmland) parsed.farmland.push(plot);
    if (plot.usage === '增减挂钩') parsed.linkage.push(plot);
  }
  return parsed;
}
