import { serialRank, type Serial } from './serial';

/**
 * The outline of an estimate from its 序号 column. Levels are relative to the serial styles the sheet
 * uses (一 < 1 < 1.1 < (1) < ①), so "一/1/(1)" gives levels 1/2/3 and a sheet numbered only "1/1.1"
 * gives 1/2. A row without 序号 is a leaf of the last numbered row, or — when that row is itself an item
 * with quantities (leafLike) — its sibling. Pure.
 */
export interface OutlineInput {
  serial: Serial | null;
  /** The row carries its own quantities/rates (工程量, 单价, 费率): it cannot be a group heading. */
  leafLike: boolean;
}

export interface OutlineNode {
  index: number;
  level: number;
  /** Index of the parent row, or -1 for a top-level row. */
  parent: number;
  children: readonly number[];
}

/** What linkOutline reads and writes on each row: the estimate's own rows, so no node per row is made. */
export interface OutlineTarget {
  serial: Serial | null;
  parent: number;
  children: readonly number[];
}

/** Children of a leaf: one shared, frozen array, replaced by a fresh one when a first child comes. */
export const NO_CHILDREN: readonly number[] = Object.freeze([]);

export function levelsOf(serials: readonly (Serial | null)[]): Map<number, number> {
  const ranks = new Set<number>();
  for (const s of serials) if (s) ranks.add(serialRank(s));
  return levelsOfRanks(ranks);
}

function levelsOfRanks(ranks: Set<number>): Map<number, number> {
  return new Map([...ranks].sort((a, b) => a - b).map((r, i) => [r, i + 1]));
}

export function buildOutline(rows: readonly OutlineInput[]): OutlineNode[] {
  const nodes = rows.map((row, index) => ({ index, serial: row.serial, parent: -1, children: NO_CHILDREN }));
  const levels = linkOutline(nodes, (i) => rows[i].leafLike);
  return nodes.map(({ index, parent, children }) => ({ index, level: levels[index], parent, children }));
}

/**
 * Set parent and children of every row in place (rows start as parent -1, NO_CHILDREN) and return the
 * rows' levels (only the outline needs them). `leafLike` is asked only of a numbered row followed by an
 * unnumbered one, not of every row.
 */
export function linkOutline(rows: readonly OutlineTarget[], leafLike: (index: number) => boolean): Int32Array {
  const ranks = new Set<number>();
  // Indexed loops here and over the estimate's rows elsewhere: a for…of runs once per review, mostly before
  // it is optimised, and allocates an iterator result per step until then (100,000 per pass).
  for (let i = 0; i < rows.length; i++) {
    const serial = rows[i].serial;
    if (serial) ranks.add(serialRank(serial));
  }
  const levels = levelsOfRanks(ranks);
  const level = new Int32Array(rows.length);
  /** Open numbered rows (indices), outermost first. */
  const stack: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.serial) {
      level[i] = levels.get(serialRank(row.serial)) ?? 1;
      while (stack.length && level[stack[stack.length - 1]] >= level[i]) stack.pop();
      row.parent = stack.length ? stack[stack.length - 1] : -1;
      stack.push(i);
    } else {
      let host = stack.length ? stack[stack.length - 1] : -1;
      if (host >= 0 && leafLike(host)) host = stack.length > 1 ? stack[stack.length - 2] : -1;
      row.parent = host;
      level[i] = host >= 0 ? level[host] + 1 : 1;
    }
    if (row.parent >= 0) {
      const parent = rows[row.parent];
      if (parent.children === NO_CHILDREN) parent.children = [i];
      else (parent.children as number[]).push(i);
    }
  }
  return level;
}
