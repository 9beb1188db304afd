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
  children: number[];
}

export function levelsOf(serials: readonly (Serial | null)[]): Map<number, number> {
  const ranks = [...new Set(serials.filter((s): s is Serial => s !== null).map(serialRank))].sort((a, b) => a - b);
  return new Map(ranks.map((r, i) => [r, i + 1]));
}

export function buildOutline(rows: readonly OutlineInput[]): OutlineNode[] {
  const levels = levelsOf(rows.map((r) => r.serial));
  const nodes: OutlineNode[] = rows.map((_, index) => ({ index, level: 1, parent: -1, children: [] }));
  /** Open numbered rows, outermost first. */
  const stack: OutlineNode[] = [];
  rows.forEach((row, i) => {
    const node = nodes[i];
    if (row.serial) {
      node.level = levels.get(serialRank(row.serial)) ?? 1;
      while (stack.length && stack[stack.length - 1].level >= node.level) stack.pop();
      node.parent = stack.length ? stack[stack.length - 1].index : -1;
      stack.push(node);
    } else {
      let host = stack[stack.length - 1];
      if (host && rows[host.index].leafLike) host = stack[stack.length - 2];
      node.parent = host ? host.index : -1;
      node.level = host ? host.level + 1 : 1;
    }
    if (node.parent >= 0) nodes[node.parent].children.push(i);
  });
  return nodes;
}
