import type { FeeStandard } from '../../feeStandards';
import { findStandard } from '../../feeStandards';
import { isTotalLabel, normaliseLabel, type LocatedTable, type TableRow } from '../../locate';
import { normalizeWidth } from '../../numbers';
import { cellText, isBlank, type Cell } from '../../snapshot';
import { categoryFromName, categoryFromText, type CategoryId } from './categories';
import { buildOutline } from './hierarchy';
import { parseSerial, type Serial } from './serial';

/**
 * How a row's 合价 comes about: a group sums its children; an item is 工程量 × 单价; a fee is a base ×
 * 费率 (or a bracket table); a lump sum is typed by the author (no quantities).
 */
export type RowKind = 'group' | 'item' | 'fee' | 'lump';

export interface EstimateRow {
  index: number;
  row: number;
  serial: Serial | null;
  name: string;
  unit: string;
  kind: RowKind;
  level: number;
  parent: number;
  children: number[];
  /** Category of the row itself (explicit 费用类别 or named by the outline), then inherited. */
  ownCategory?: CategoryId;
  category?: CategoryId;
  /** Fee standard the row follows (by name or a cited document). */
  standard?: FeeStandard;
  source: TableRow;
}

/** A 合计/总计/总投资/小计 row: checked against level-1 rows above it (小计: its level-1 group). */
export interface TotalRow {
  row: number;
  label: string;
  kind: 'grand' | 'subtotal';
  /** Rows before it (indices into EstimateRow[] are < this). */
  before: number;
  source: TableRow;
}

export interface ParsedEstimate {
  rows: EstimateRow[];
  totals: TotalRow[];
}

const GRAND_TOTAL = /^(合计|总计|共计|总合计|投资合计|总投资|工程总投资|项目总投资|估算总投资|投资总额|总投资合计|静态总投资)$/;

function text(cell: Cell): string {
  return cellText(cell).trim();
}

function totalKind(r: TableRow, serial: Serial | null, name: string): TotalRow['kind'] | null {
  // Every total label has 计 or 资 (合计, 总投资…): the other rows of a long estimate skip normalising.
  if (!r.isTotal && !name.includes('计') && !name.includes('资')) return null;
  const label = normaliseLabel(name);
  if (!serial && GRAND_TOTAL.test(label)) return 'grand';
  if (!r.isTotal && !isTotalLabel(label)) return null;
  return /小计/.test(label) ? 'subtotal' : 'grand';
}

export function parseEstimate(table: LocatedTable, standards: readonly FeeStandard[]): ParsedEstimate {
  const rows: EstimateRow[] = [];
  const totals: TotalRow[] = [];
  for (const r of table.rows) {
    const serialCell = r.cell('serial');
    const serial = parseSerial(typeof serialCell.value === 'number' ? String(serialCell.value) : text(serialCell));
    let name = text(r.cell('name'));
    if (!name && !serial) {
      // A total label may sit in the 序号 column, merged across 序号 and 名称.
      name = text(serialCell);
    }
    const kind = totalKind(r, serial, name || text(serialCell));
    if (kind) {
      totals.push({ row: r.row, label: name || text(serialCell), kind, before: rows.length, source: r });
      continue;
    }
    if (!name && !serial && isBlank(r.cell('amount'))) continue;
    rows.push({
      index: rows.length,
      row: r.row,
      serial,
      name: normalizeWidth(name).replace(/\s+/g, ' '),
      unit: text(r.cell('unit')),
      kind: 'lump',
      level: 1,
      parent: -1,
      children: [],
      source: r,
    });
  }
  const outline = buildOutline(rows.map((row) => ({ serial: row.serial, leafLike: hasOwnFigures(row.source) })));
  for (const node of outline) Object.assign(rows[node.index], { level: node.level, parent: node.parent, children: node.children });
  for (const row of rows) classify(row, standards);
  for (const row of rows) assignCategory(row, rows);
  return { rows, totals };
}

function hasOwnFigures(r: TableRow): boolean {
  return !isBlank(r.cell('quantity')) || !isBlank(r.cell('price')) || !isBlank(r.cell('rate'));
}

function classify(row: EstimateRow, standards: readonly FeeStandard[]): void {
  const r = row.source;
  if (row.children.length) {
    row.kind = 'group';
    return;
  }
  row.standard = findStandard(row.name, `${text(r.cell('base'))} ${text(r.cell('note'))}`, standards);
  if (row.standard || !isBlank(r.cell('rate')) || !isBlank(r.cell('base'))) row.kind = 'fee';
  else if (!isBlank(r.cell('quantity')) || !isBlank(r.cell('price'))) row.kind = 'item';
  else row.kind = 'lump';
}

/** Explicit 费用类别 wins; otherwise the outline names it (level 1, parts of 其他费用); otherwise inherited. */
function assignCategory(row: EstimateRow, rows: EstimateRow[]): void {
  const parent = row.parent >= 0 ? rows[row.parent] : undefined;
  const explicit = categoryFromText(text(row.source.cell('category')));
  row.ownCategory = explicit ?? categoryFromName(row.name, parent?.category, row.parent < 0);
  row.category = row.ownCategory ?? parent?.category;
}
