import type { CategoryId } from './categories';
import type { EstimateRow } from './row';

/** Distinct names looked up by scanning before an index of every name is built instead. */
const SCANNED_NAMES = 16;

/**
 * Lookups over a parsed estimate, made once per estimate: fee bases name a few rows, level-1 parts and
 * categories, and scanning (or indexing) 100,000 rows per fee row was most of their cost. Level-1 rows and
 * category roots are noted while parsing; names are looked up only when a fee base asks. Loops over the
 * rows are indexed: a for…of runs once per review, mostly unoptimised, allocating an iterator result per step.
 */
export class EstimateLookup {
  private readonly levelOne: number[] = [];
  private readonly roots = new Map<CategoryId, number[]>();
  private readonly named = new Map<string, number[]>();
  private allNamed = false;

  /** `keys`: each row's normalised name (parse.ts). */
  constructor(
    readonly rows: readonly EstimateRow[],
    private readonly keys: readonly string[],
  ) {}

  /**
   * Record a row once its parent and category are known (parse.ts, in sheet order): level-1 rows and
   * category roots are collected in the pass that classifies the rows, not by scans of their own.
   */
  add(row: EstimateRow): void {
    if (row.parent < 0) this.levelOne.push(row.index);
    const category = row.ownCategory;
    if (!category || this.hasAncestorIn(row, category)) return;
    const list = this.roots.get(category);
    if (list) list.push(row.index);
    else this.roots.set(category, [row.index]);
  }

  /** Level-1 rows (no parent), in sheet order. */
  topLevel(): readonly number[] {
    return this.levelOne;
  }

  /** The level-1 row numbered n (一 or 1, whichever style the sheet's level-1 rows use). */
  topLevelBySerial(n: number): number | undefined {
    for (const i of this.topLevel()) {
      const s = this.rows[i].serial;
      if (s && s.parts.length === 1 && s.parts[0] === n) return i;
    }
    return undefined;
  }

  /**
   * Rows whose normalised name is `key`, in sheet order. A fee base names a handful of distinct rows: each
   * is found by one scan; a sheet naming many gets one index of every name instead.
   */
  rowsNamed(key: string): readonly number[] {
    const known = this.named.get(key);
    if (known || this.allNamed) return known ?? [];
    if (this.named.size >= SCANNED_NAMES) {
      this.indexAllNames();
      return this.named.get(key) ?? [];
    }
    const found: number[] = [];
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) found.push(i);
    this.named.set(key, found);
    return found;
  }

  private indexAllNames(): void {
    this.named.clear();
    for (let i = 0; i < this.keys.length; i++) {
      const key = this.keys[i];
      const list = this.named.get(key);
      if (list) list.push(i);
      else this.named.set(key, [i]);
    }
    this.allNamed = true;
  }

  /** Rows that head a category (own category, no ancestor of the same category), in sheet order. */
  categoryRoots(category: CategoryId): readonly number[] {
    return this.roots.get(category) ?? [];
  }

  private hasAncestorIn(row: EstimateRow, category: CategoryId): boolean {
    for (let p = row.parent; p >= 0; p = this.rows[p].parent) if (this.rows[p].ownCategory === category) return true;
    return false;
  }
}
