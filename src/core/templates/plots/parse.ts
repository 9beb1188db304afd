import type { CellRef, ReviewContext } from '../../context';
import type { Decimal } from '../../decimal';
import { t } from '../../i18n';
import type { LocatedTable, TableRow } from '../../locate';
import { normalizeWidth, parseNumericText, readCellNumber, type NumberRead } from '../../numbers';
import { cellAt, cellText, type Cell } from '../../snapshot';
import { parseAreaUnit, toMu, type AreaUnit } from '../../units';
import { isAgricultural, isEcoIndustryClass, isFarmland, isPaddy, parseUsage, type PlotUsage } from './classify';
import { PLOT_COLUMN_LABEL } from './columns';
import { TableCellRef } from '../../tableCellRef';

/** One row of the 复垦地块表, read and converted (area in exact 亩). */
export interface Plot {
  row: TableRow;
  id: string;
  /** Area in 亩 (exact), undefined when missing or unusable. */
  mu?: Decimal;
  unit: AreaUnit;
  /** The area as typed, for rounded-part totals. */
  areaRead?: NumberRead;
  ownership: string;
  before: string;
  after: string;
  usage: PlotUsage;
  farmland: boolean;
  /** Farmland that was not farmland before (新增耕地). */
  newFarmland: boolean;
  paddy: boolean;
  agricultural: boolean;
  ecoIndustry: boolean;
}

export interface ParsedPlots {
  plots: Plot[];
  totals: { row: TableRow; unit: AreaUnit; subtotal: boolean }[];
}

function text(cell: Cell): string {
  return cellText(cell).trim();
}

export function refOf(sheet: string, row: TableRow, key: string, plotId: string): CellRef {
  return new TableCellRef(sheet, row, key, `地块${plotId}`, PLOT_COLUMN_LABEL[key] ?? key);
}

/** A unit typed per row (单位 column) wins over the header's "面积（公顷）"; default 亩. */
function rowUnit(ctx: ReviewContext, table: LocatedTable, row: TableRow, plotId: string): AreaUnit | undefined {
  const typed = text(row.cell('unit'));
  const raw = typed || table.columns.get('area')?.unit || '';
  if (!raw) return '亩';
  const unit = parseAreaUnit(raw);
  if (!unit) {
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet: table.sheet.name,
      cell: typed ? row.addr('unit') : row.addr('area'),
      found: raw,
      expected: '亩 / 公顷 / m² / km²',
      message: t(`地块${plotId}面积单位“${raw}”无法识别（应为 亩、公顷、m² 或 km²）`, `Plot ${plotId}: unknown area unit "${raw}"`),
    });
  }
  return unit;
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

function isNoteRow(row: TableRow): boolean {
  return /^(注|说明|备注)/.test(text(row.cell('id')));
}

export function parsePlots(ctx: ReviewContext, table: LocatedTable): ParsedPlots {
  const sheet = table.sheet.name;
  const plots: Plot[] = [];
  const totals: ParsedPlots['totals'] = [];
  for (const row of table.rows) {
    if (row.isTotal) {
      const label = rowLabel(table, row);
      totals.push({ row, unit: rowUnit(ctx, table, row, '合计') ?? '亩', subtotal: /小计/.test(label) });
      continue;
    }
    if (isNoteRow(row)) continue;
    const id = text(row.cell('id')) || `第${row.row}行`;
    const after = text(row.cell('after'));
    const before = text(row.cell('before'));
    const usageText = text(row.cell('usage'));
    const unit = rowUnit(ctx, table, row, id);
    const ref = refOf(sheet, row, 'area', id);
    // One read of the area cell serves both the check and the rounded-part totals (areaRead).
    const areaRead = readCellNumber(ref.cell);
    const area = areaRead.kind === 'number' ? areaRead.value : ctx.requireNumber(ref);
    const usable = ctx.nonNegative(ref, area);
    const farmland = isFarmland(after);
    const ecoIndustry = parseUsage(usageText) === '生态产业' || isEcoIndustryClass(after);
    plots.push({
      row,
      id,
      mu: usable && unit ? toMu(area, unit) : undefined,
      unit: unit ?? '亩',
      areaRead,
      ownership: text(row.cell('ownership')),
      before,
      after,
      usage: ecoIndustry ? '生态产业' : parseUsage(usageText),
      farmland,
      newFarmland: farmland && !isFarmland(before),
      paddy: farmland && isPaddy(after),
      agricultural: isAgricultural(after) && !isEcoIndustryClass(after),
      ecoIndustry,
    });
  }
  return { plots, totals };
}
