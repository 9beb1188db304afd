import { standardFinder, type FeeStandard } from '../../feeStandards';
import { isTotalLabel, normaliseLabel, type LocatedTable, type TableRow } from '../../locate';
import { normalizeWidth } from '../../numbers';
import { isBlank } from '../../snapshot';
import { cellOf, trimmedText } from '../../tableColumns';
import { categoryFromName, categoryFromText, type CategoryId } from './categories';
import { EstimateCells } from './cells';
import { NO_CHILDREN, linkOutline } from './hierarchy';
import { EstimateLookup } from './lookup';
import type { EstimateRow } from './row';
import { parseSerial, type Serial } from './serial';

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
  cells: EstimateCells;
  lookup: EstimateLookup;
}

const GRAND_TOTAL = /^(合计|总计|共计|总合计|投资合计|总投资|工程总投资|项目总投资|估算总投资|投资总额|总投资合计|静态总投资)$/;

/**
 * Names that normalizeWidth, whitespace folding and normaliseLabel all leave unchanged: printable ASCII and
 * CJK without spaces, brackets, asterisks or slashes (locate.ts PLAIN_LABEL, within NFKC-stable text).
 */
const PLAIN_NAME = /^[\x21-\x27\x2b-\x2e\x30-\x5a\x5c\x5e-\x7e\u4e00-\u9fff]*$/;

function totalKind(r: TableRow, serial: Serial | null, name: string): TotalRow['kind'] | null {
  // Every total label has 计 or 资 (合计, 总投资…): the other rows of a long estimate skip normalising.
  if (!r.isTotal && !name.includes('计') && !name.includes('资')) return null;
  const label = normaliseLabel(name);
  if (!serial && GRAND_TOTAL.test(label)) return 'grand';
  if (!r.isTotal && !isTotalLabel(label)) return null;
  return /小计/.test(label) ? 'subtotal' : 'grand';
}

export function parseEstimate(table: LocatedTable, standards: readonly FeeStandard[]): ParsedEstimate {
  const cells = new EstimateCells(table);
  const rows: EstimateRow[] = [];
  /** Normalised names (normaliseLabel), what fee bases and fee standards match: kept beside the rows. */
  const keys: string[] = [];
  const totals: TotalRow[] = [];
  // Indexed loops: a for…of over 100,000 rows allocates an iterator result per step until it is optimised.
  for (let i = 0; i < table.rows.length; i++) {
    const r = table.rows[i];
    const line = cells.line(r.row); // fetched once for the row's cells read here
    // A number in 序号 reads as its digits, like its text: one text serves the serial and a label.
    const serialText = trimmedText(cellOf(line, cells.serial));
    const serial = parseSerial(serialText);
    let name = trimmedText(cellOf(line, cells.name));
    if (!name && !serial) {
      // A total label may sit in the 序号 column, merged across 序号 and 名称.
      name = serialText;
    }
    const kind = totalKind(r, serial, name || serialText);
    if (kind) {
      totals.push({ row: r.row, label: name || serialText, kind, before: rows.length, source: r });
      continue;
    }
    if (!name && !serial && isBlank(cellOf(line, cells.amount))) continue;
    // A plain name is its own normalised name and key: one test instead of three rewrites.
    const plain = PLAIN_NAME.test(name);
    const rowName = plain ? name : normalizeWidth(name).replace(/\s+/g, ' ');
    rows.push({
      index: rows.length,
      row: r.row,
      serial,
      name: rowName,
      kind: 'lump',
      parent: -1,
      children: NO_CHILDREN,
      // Set by classify/assignCategory; listed here so every row has one shape, all fields in the object.
      ownCategory: undefined,
      standard: undefined,
    });
    keys.push(plain ? name : normaliseLabel(rowName));
  }
  linkOutline(rows, (i) => hasOwnFigures(cells, rows[i].row));
  const lookup = new EstimateLookup(rows, keys);
  const categories = new Array<CategoryId | undefined>(rows.length);
  const findStandard = standardFinder(standards);
  // Parents come before their children, so a row's parent already has its category.
  for (let i = 0; i < rows.length; i++) {
    classify(rows[i], keys[i], cells, findStandard);
    assignCategory(rows[i], i, categories, cells);
    lookup.add(rows[i]);
  }
  return { rows, totals, cells, lookup };
}

type StandardFinder = ReturnType<typeof standardFinder>;

function hasOwnFigures(cells: EstimateCells, row: number): boolean {
  return !isBlank(cells.at(row, cells.quantity)) || !isBlank(cells.at(row, cells.price)) || !isBlank(cells.at(row, cells.rate));
}

function classify(row: EstimateRow, key: string, cells: EstimateCells, findStandard: StandardFinder): void {
  if (row.children.length) {
    row.kind = 'group';
    return;
  }
  const base = cells.at(row.row, cells.base);
  row.standard = findStandard(row.name, `${trimmedText(base)} ${trimmedText(cells.at(row.row, cells.note))}`, key);
  if (row.standard || !isBlank(cells.at(row.row, cells.rate)) || !isBlank(base)) row.kind = 'fee';
  else if (!isBlank(cells.at(row.row, cells.quantity)) || !isBlank(cells.at(row.row, cells.price))) row.kind = 'item';
  else row.kind = 'lump';
}

/**
 * Explicit 费用类别 wins; otherwise the outline names it (level 1, parts of 其他费用); otherwise inherited.
 * `categories` holds each row's category, own or inherited (index i is set here).
 */
function assignCategory(row: EstimateRow, i: number, categories: (CategoryId | undefined)[], cells: EstimateCells): void {
  const inherited = row.parent >= 0 ? categories[row.parent] : undefined;
  const categoryText = trimmedText(cells.at(row.row, cells.category));
  // Most rows leave 费用类别 empty, which names no category: not normalised.
  const explicit = categoryText ? categoryFromText(categoryText) : undefined;
  row.ownCategory = explicit ?? categoryFromName(row.name, inherited, row.parent < 0);
  categories[i] = row.ownCategory ?? inherited;
}
