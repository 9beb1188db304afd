import type { Decimal } from './decimal';
import type { Text } from './i18n';
import type { AreaUnit } from './units';

/**
 * Facts one template publishes for others (cross-sheet checks). A new template adds its own field.
 * All optional: a sheet may be absent.
 */
export interface SharedFacts {
  projectInfo?: {
    sheet: string;
    /** Areas converted to 亩, with the cell they came from. */
    areas: Partial<Record<'total' | 'ecoIndustry' | 'reclaimedAgri' | 'newConstruction', { mu: Decimal; addr: string; unit: AreaUnit }>>;
    direction?: string;
    pitBefore?: { value: Decimal; addr: string };
    pitAfter?: { value: Decimal; addr: string };
  };
  earth?: {
    sheet: string;
    /** Per category label (normalised): floor (万元) and quantities in the row's unit. */
    rows: {
      label: string; key: string; unit: string; use?: Decimal; sale?: Decimal; appraisal?: Decimal; floor?: Decimal; useAddr: string | null;
      /** Cells of the row's 评估价值 and 处置底价 (where the column exists), for cross-sheet messages. */
      appraisalAddr?: string | null; floorAddr?: string | null;
    }[];
    totalAppraisal?: Decimal;
    totalFloor?: Decimal;
  };
  bids?: {
    sheet: string;
    /** Winning price (万元) per 标的; undefined when 流拍. */
    lots: { lot: string; price?: Decimal; priceAddr: string | null }[];
    totalPrice?: Decimal;
  };
  investment?: {
    sheet: string;
    /** 总投资 (万元), recomputed; with the stated total's cell when there is one. */
    total?: Decimal;
    totalAddr: string | null;
    /** Recomputed amount per outline category (万元), keyed by the ids of `invest.<category>`. */
    categories: Record<string, Decimal>;
    /** Rows not recomputed and why (unknown fee standard, unresolvable base …): no finding code fits them. */
    notes: Text[];
  };
}
