import type { Decimal } from '../../decimal';
import type { TableRow } from '../../locate';
import { readCellNumber, type NumberRead } from '../../numbers';
import type { AreaUnit } from '../../units';
import type { PlotUsage, YesNo } from './classify';

/** One row of the 复垦地块表, read and converted (area in exact 亩). */
export interface Plot {
  row: TableRow;
  id: string;
  /** Area in 亩 (exact), undefined when missing or unusable. */
  mu?: Decimal;
  unit: AreaUnit;
  after: string;
  usage: PlotUsage;
  farmland: boolean;
  /** Farmland that was not farmland before (新增耕地). */
  newFarmland: boolean;
  paddy: boolean;
  agricultural: boolean;
  ecoIndustry: boolean;
  /** 单产 in kg/亩 of a farmland plot that states a usable one: a plain number read with the row, else by readYields. */
  perMu?: Decimal;
  // Condition cells of the rules (checkPlots.ts), read in the same pass as the rest of the row: a later pass
  // over a long sheet costs a cache miss per cell. Read only for the plots a rule concerns.
  /** Farmland: the slope when a plain number; otherwise undefined and the check reads the cell itself. */
  slope?: Decimal;
  /** Farmland: 生态保护红线内 ('empty' for other plots). */
  redline: YesNo;
  /** 增减挂钩: 权属 ('' for other plots). */
  ownership: string;
  /** 增减挂钩: 遥感影像支持 ('empty' for other plots). */
  imagery: YesNo;
}

export interface ParsedPlots {
  plots: Plot[];
  // The plots the rules and 单产 concern, listed in the parse pass: another pass over 100k plots to filter
  // them touches every plot object again.
  farmland: Plot[];
  /** Plots whose 利用方式 is 增减挂钩. */
  linkage: Plot[];
  totals: { row: TableRow; unit: AreaUnit; subtotal: boolean }[];
}

/** The area as typed, for messages and rounded-part totals: read again when needed, not kept per plot. */
export function areaReadOf(plot: Plot): NumberRead {
  return readCellNumber(plot.row.cell('area'));
}
