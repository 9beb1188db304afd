import { normalizeWidth } from './numbers';
import {
  a1, cellAt, cellText, isBlank, lastColumn, lastRow,
  type Cell, type SheetSnapshot, type WorkbookSnapshot,
} from './snapshot';

/**
 * Templates are found by their labels, never by fixed positions (SPEC §3): sheet by name or header row,
 * columns by header aliases (units, line breaks, full-width characters, merged two-row headers tolerated).
 */
export interface ColumnSpec {
  key: string;
  /** Header texts, normalised (no spaces, half-width, units removed). The first is the canonical label. */
  aliases: string[];
  required?: boolean;
}

export interface LocatedColumn {
  key: string;
  col: number;
  header: string;
  /** Unit written in the header: "原地遗留量（m³）" → "m³", "面积/亩" → "亩". */
  unit?: string;
}

export interface TableRow {
  row: number;
  isTotal: boolean;
  cell(key: string): Cell;
  /** A1 address of the row's cell in that column, or null when the column is absent. */
  addr(key: string): string | null;
}

export interface LocatedTable {
  sheet: SheetSnapshot;
  headerRows: [number, number];
  columns: Map<string, LocatedColumn>;
  missing: ColumnSpec[];
  rows: TableRow[];
}

const TOTAL_LABEL = /^(合计|总计|小计|共计|总合计|合\s*计)$/;
const SCAN_ROWS = 30;

/** Normalise a header: NFKC, no whitespace/line breaks, units split off. */
export function splitHeader(raw: string): { base: string; unit?: string } {
  // Most labels (item names, plot ids) are plain: nothing to fold, trim or split off.
  if (PLAIN_LABEL.test(raw)) return { base: raw };
  return splitHeaderText(raw);
}

/** ASCII/CJK text without spaces, asterisks, brackets or slashes: splitHeader returns it unchanged. */
const PLAIN_LABEL = /^[\x21-\x27\x2b-\x2e\x30-\x5a\x5c\x5e-\x7e\u4e00-\u9fff]*$/;

function splitHeaderText(raw: string): { base: string; unit?: string } {
  let s = normalizeWidth(raw).replace(/[\s\u00a0]/g, '').replace(/^[*＊]+|[*＊]+$/g, '');
  let unit: string | undefined;
  const paren = /[(（[【]([^)）\]】]*)[)）\]】]/.exec(s);
  if (paren) {
    unit = paren[1];
    s = (s.slice(0, paren.index) + s.slice(paren.index + paren[0].length)).trim();
  } else {
    const slash = /^(.+?)\/([^/]{1,6})$/.exec(s);
    if (slash && UNIT_LIKE.test(slash[2])) {
      s = slash[1];
      unit = slash[2];
    }
  }
  return { base: s, unit: unit || undefined };
}

const UNIT_LIKE = /^(万?元|万?m[23²³]|万?t|万?吨|亩|公顷|hm[2²]|km[2²]|m|米|%|°|度|年|万?方|万?立方米|平方米|kg\/亩|t\/m[3³]|元\/.+)$/i;

export function normaliseLabel(raw: string): string {
  return splitHeader(raw).base;
}

export function isTotalLabel(text: string): boolean {
  // Every total label has 计 (never folded by NFKC): most row labels are rejected without normalising.
  if (!text.includes('计')) return false;
  return TOTAL_LABEL.test(normalizeWidth(text).replace(/\s/g, ''));
}

type Candidates = Map<number, { text: string; unit?: string }[]>;

function rowTexts(sheet: SheetSnapshot, row: number, c0: number, c1: number): string[] {
  const out: string[] = [];
  for (let c = c0; c <= c1; c++) out.push(cellText(cellAt(sheet, row, c)).trim());
  return out;
}

/**
 * Header candidates by sheet and row: every template tries the first rows of every unclaimed sheet, so
 * the same rows were split into labels once per template. The snapshot does not change during a review.
 */
const candidateCache = new WeakMap<SheetSnapshot, Map<string, Candidates>>();

function candidatesFor(sheet: SheetSnapshot, row: number, twoRow: boolean): Candidates {
  let bySheet = candidateCache.get(sheet);
  if (!bySheet) candidateCache.set(sheet, (bySheet = new Map()));
  const key = `${row}${twoRow ? '+' : ''}`;
  let cands = bySheet.get(key);
  if (!cands) bySheet.set(key, (cands = headerCandidates(sheet, row, twoRow)));
  return cands;
}

function headerCandidates(sheet: SheetSnapshot, row: number, twoRow: boolean): Candidates {
  const c0 = sheet.origin.col;
  const c1 = lastColumn(sheet);
  const upper = rowTexts(sheet, row, c0, c1);
  const lower = twoRow ? rowTexts(sheet, row + 1, c0, c1) : [];
  const cands: Candidates = new Map();
  let carried = '';
  upper.forEach((u, i) => {
    // A merged group header ("供应量" over 原地遗留量 | 新产生量 | 小计) is stored only in its first cell.
    if (u) carried = u;
    const low = lower[i] ?? '';
    const up = u || (low ? carried : '');
    const list: { text: string; unit?: string }[] = [];
    const push = (raw: string) => {
      if (!raw) return;
      const h = splitHeader(raw);
      if (h.base) list.push({ text: h.base, unit: h.unit });
    };
    if (twoRow) {
      if (low) {
        push(low);
        if (up) push(up + low);
      } else push(up);
    } else push(u);
    if (list.length) cands.set(c0 + i, list);
  });
  return cands;
}

/**
 * First characters of every alias of a column list. A header text can equal, start with or contain an alias
 * only if it holds that alias's first character, so texts holding none (the numbers and names of the data
 * rows the header search also scans) are dropped before the alias passes.
 */
const aliasInitials = new WeakMap<ColumnSpec[], Set<string>>();

function initialsOf(specs: ColumnSpec[]): Set<string> {
  let set = aliasInitials.get(specs);
  if (!set) {
    set = new Set();
    for (const spec of specs) for (const alias of spec.aliases) if (alias) set.add(alias[0]);
    aliasInitials.set(specs, set);
  }
  return set;
}

function mayMatch(text: string, initials: Set<string>): boolean {
  for (let i = 0; i < text.length; i++) if (initials.has(text[i])) return true;
  return false;
}

function matchColumns(all: Candidates, specs: ColumnSpec[]): Map<string, LocatedColumn> {
  const found = new Map<string, LocatedColumn>();
  const initials = initialsOf(specs);
  const cands: Candidates = new Map();
  for (const [col, list] of all) {
    const usable = list.filter((cand) => mayMatch(cand.text, initials));
    if (usable.length) cands.set(col, usable);
  }
  if (cands.size === 0) return found;
  const taken = new Set<number>();
  const tryPass = (fits: (text: string, alias: string) => boolean) => {
    for (const spec of specs) {
      if (found.has(spec.key)) continue;
      let best: { col: number; text: string; unit?: string; len: number } | undefined;
      for (const [col, list] of cands) {
        if (taken.has(col)) continue;
        for (const cand of list) {
          for (const alias of spec.aliases) {
            if (fits(cand.text, alias) && (!best || alias.length > best.len)) {
              best = { col, text: cand.text, unit: cand.unit, len: alias.length };
            }
          }
        }
      }
      if (best) {
        found.set(spec.key, { key: spec.key, col: best.col, header: best.text, unit: best.unit });
        taken.add(best.col);
      }
    }
  };
  tryPass((text, alias) => text === alias);
  tryPass((text, alias) => alias.length >= 2 && text.startsWith(alias));
  tryPass((text, alias) => alias.length >= 3 && text.includes(alias));
  return found;
}

/** Find the header row(s) and columns of a table on a sheet; null when fewer than two columns match. */
export function locateTable(sheet: SheetSnapshot, specs: ColumnSpec[]): LocatedTable | null {
  const header = locateHeader(sheet, specs);
  return header && withRows(header);
}

type LocatedHeader = Omit<LocatedTable, 'rows'>;

/** The header part of locateTable: scans at most SCAN_ROWS rows, whatever the size of the sheet. */
function locateHeader(sheet: SheetSnapshot, specs: ColumnSpec[]): LocatedHeader | null {
  const first = sheet.origin.row;
  const last = Math.min(lastRow(sheet), first + SCAN_ROWS);
  let best: { row: number; twoRow: boolean; columns: Map<string, LocatedColumn>; score: number } | undefined;
  for (let r = first; r <= last; r++) {
    for (const twoRow of [false, true]) {
      if (twoRow && r + 1 > lastRow(sheet)) continue;
      const columns = matchColumns(candidatesFor(sheet, r, twoRow), specs);
      const required = specs.filter((s) => s.required && columns.has(s.key)).length;
      const score = columns.size * 10 + required;
      if (columns.size >= 2 && (!best || score > best.score)) best = { row: r, twoRow, columns, score };
    }
  }
  if (!best) return null;
  const headerEnd = best.twoRow ? best.row + 1 : best.row;
  return {
    sheet,
    headerRows: [best.row, headerEnd],
    columns: best.columns,
    missing: specs.filter((s) => s.required && !best.columns.has(s.key)),
  };
}

function withRows(header: LocatedHeader): LocatedTable {
  return { ...header, rows: collectRows(header.sheet, header.headerRows[1] + 1, header.columns) };
}

function collectRows(sheet: SheetSnapshot, from: number, columns: Map<string, LocatedColumn>): TableRow[] {
  const cols = [...columns.values()].map((c) => c.col).sort((x, y) => x - y);
  const firstCols: number[] = [];
  for (let c = sheet.origin.col; c <= Math.min(lastColumn(sheet), sheet.origin.col + 3); c++) firstCols.push(c);
  const labelCells = [...new Set([...firstCols, ...cols.slice(0, 3)])];
  const shared: RowTable = { sheet, columns: new Map([...columns].map(([key, c]) => [key, c.col])) };
  // Offsets into a grid row, so each data row is fetched once rather than once per cell looked at.
  const colOffsets = cols.map((c) => c - sheet.origin.col);
  const labelOffsets = labelCells.map((c) => c - sheet.origin.col);
  const rows: TableRow[] = [];
  const end = lastRow(sheet);
  for (let r = from; r <= end; r++) {
    const cells = sheet.cells[r - sheet.origin.row];
    if (!cells || allBlank(cells, colOffsets)) continue;
    if (r === from && isUnitRow(sheet, r, cols)) continue;
    rows.push(new SheetRow(shared, r, hasTotalLabel(cells, labelOffsets)));
  }
  return rows;
}

// Plain indexed loops over one grid row: these run for every row of a sheet, where closures and iterators
// showed in profiles.
function allBlank(cells: Cell[], offsets: number[]): boolean {
  for (let i = 0; i < offsets.length; i++) {
    const cell = cells[offsets[i]];
    if (cell && !isBlank(cell)) return false;
  }
  return true;
}

function hasTotalLabel(cells: Cell[], offsets: number[]): boolean {
  for (let i = 0; i < offsets.length; i++) {
    const v = cells[offsets[i]]?.value;
    if (typeof v === 'string' && isTotalLabel(v)) return true;
  }
  return false;
}

/** A row right under the header holding only units ("m³", "(万元)") is part of the header. */
function isUnitRow(sheet: SheetSnapshot, row: number, cols: number[]): boolean {
  const texts = cols.map((c) => cellText(cellAt(sheet, row, c)).trim()).filter(Boolean);
  return texts.length > 0 && texts.every((s) => UNIT_LIKE.test(normalizeWidth(s).replace(/[\s()（）]/g, '')));
}

/** What every row of one located table shares: its sheet and column numbers by key. */
interface RowTable {
  readonly sheet: SheetSnapshot;
  readonly columns: ReadonlyMap<string, number>;
}

/** A data row of a located table: one small object per row (methods on the prototype, no closures). */
class SheetRow implements TableRow {
  constructor(
    private readonly table: RowTable,
    readonly row: number,
    readonly isTotal: boolean,
  ) {}

  cell(key: string): Cell {
    const col = this.table.columns.get(key);
    return col === undefined ? { value: null } : cellAt(this.table.sheet, this.row, col);
  }

  addr(key: string): string | null {
    const col = this.table.columns.get(key);
    return col === undefined ? null : a1(this.row, col);
  }
}

/** Sheet whose name is one of `names` (exact after normalising, then containing), else null. */
export function findSheetByName(wb: WorkbookSnapshot, names: string[]): SheetSnapshot | null {
  const norm = (s: string) => normalizeWidth(s).replace(/\s/g, '');
  const wanted = names.map(norm);
  return (
    wb.sheets.find((s) => wanted.includes(norm(s.name))) ??
    wb.sheets.find((s) => wanted.some((w) => norm(s.name).includes(w))) ??
    null
  );
}

/**
 * Find a template's table: by sheet name first; otherwise a renamed sheet whose header row carries every
 * required column (and at least three columns). `exclude` keeps sheets claimed by other templates out.
 */
export function findTable(
  wb: WorkbookSnapshot,
  names: string[],
  specs: ColumnSpec[],
  exclude: ReadonlySet<string> = new Set(),
): LocatedTable | null {
  const named = findSheetByName({ sheets: wb.sheets.filter((s) => !exclude.has(s.name)) }, names);
  if (named) return locateTable(named, specs) ?? emptyTable(named, specs);
  for (const sheet of wb.sheets) {
    if (exclude.has(sheet.name)) continue;
    // Rows are collected only for the sheet that qualifies, not for every sheet whose header was tried.
    const header = locateHeader(sheet, specs);
    if (header && header.missing.length === 0 && header.columns.size >= 3) return withRows(header);
  }
  return null;
}

/** A named template sheet without a recognisable header: every required column is missing. */
function emptyTable(sheet: SheetSnapshot, specs: ColumnSpec[]): LocatedTable {
  return {
    sheet,
    headerRows: [sheet.origin.row, sheet.origin.row],
    columns: new Map(),
    missing: specs.filter((s) => s.required),
    rows: [],
  };
}

/** A label/value sheet (项目信息, 收益测算): label in one column, value to its right, optional 单位. */
export interface LabelSpec {
  key: string;
  aliases: string[];
}

export interface LabelledValue {
  key: string;
  row: number;
  label: string;
  labelAddr: string;
  valueAddr: string;
  cell: Cell;
  /** Unit from a 单位 column or the label ("修复总面积（亩）"). */
  unit?: string;
}

export function readLabelValues(sheet: SheetSnapshot, specs: LabelSpec[], opts: { maxRows?: number } = {}): Map<string, LabelledValue> {
  const header = locateTable(sheet, [
    { key: 'label', aliases: ['项目', '名称', '指标', '参数', '内容'] },
    { key: 'value', aliases: ['值', '数值', '取值', '内容值', '数据'] },
    { key: 'unit', aliases: ['单位'] },
  ]);
  const valueCol = header?.columns.get('value')?.col;
  const unitCol = header?.columns.get('unit')?.col;
  const out = new Map<string, LabelledValue>();
  const c0 = sheet.origin.col;
  const c1 = Math.min(lastColumn(sheet), c0 + 4);
  const end = Math.min(lastRow(sheet), sheet.origin.row + (opts.maxRows ?? Infinity) - 1);
  for (let r = sheet.origin.row; r <= end; r++) {
    if (out.size === specs.length) break;
    for (let c = c0; c <= c1; c++) {
      const raw = cellText(cellAt(sheet, r, c)).trim();
      if (!raw) continue;
      const { base, unit: labelUnit } = splitHeader(raw);
      const spec = specs.find((s) => s.aliases.includes(base));
      if (!spec || out.has(spec.key)) continue;
      const vc = valueCol && valueCol > c ? valueCol : c + 1;
      const unitText = unitCol ? cellText(cellAt(sheet, r, unitCol)).trim() : '';
      out.set(spec.key, {
        key: spec.key,
        row: r,
        label: raw,
        labelAddr: a1(r, c),
        valueAddr: a1(r, vc),
        cell: cellAt(sheet, r, vc),
        unit: unitText || labelUnit,
      });
      break;
    }
  }
  return out;
}
