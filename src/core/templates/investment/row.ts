import type { FeeStandard } from '../../feeStandards';
import type { CategoryId } from './categories';
import type { Serial } from './serial';

/**
 * How a row's 合价 comes about: a group sums its children; an item is 工程量 × 单价; a fee is a base ×
 * 费率 (or a bracket table); a lump sum is typed by the author (no quantities).
 */
export type RowKind = 'group' | 'item' | 'fee' | 'lump';

/**
 * A row of the estimate. It lives until the review ends, and every field of 100,000 rows is copied by the
 * young-generation GC: what only the parse needs (the inherited category) or can be read again from the
 * sheet (cells and addresses, through EstimateCells) is not kept here.
 */
export interface EstimateRow {
  index: number;
  row: number;
  serial: Serial | null;
  name: string;
  kind: RowKind;
  parent: number;
  /** Child rows (NO_CHILDREN for a leaf: shared, never modified). */
  children: readonly number[];
  /** Category of the row itself (explicit 费用类别 or named by the outline). */
  ownCategory?: CategoryId;
  /** Fee standard the row follows (by name or a cited document). */
  standard?: FeeStandard;
}
