import type { ReviewContext } from '../../context';
import { Decimal, toPlainString } from '../../decimal';
import { sum } from '../../decimalSum';
import { t } from '../../i18n';
import { agrees, formatShort, readCellNumber } from '../../numbers';
import { trimmedText } from '../../tableColumns';
import { convertQuantity, parseQuantityUnit } from '../../units';
import type { EstimateCells } from './cells';
import type { EstimateRow } from './row';

/**
 * Works that appear both in the estimate (工程量) and in the earth-stone balance (本工程利用量). Keywords,
 * tried in order: a row "表土回填" is 表土, not 回填料. Data, so a new pairing is a new line.
 */
export const EARTH_WORKS: { id: string; balance: RegExp; estimate: RegExp }[] = [
  { id: '表土', balance: /表土|耕植土|种植土|腐殖土/, estimate: /覆土|表土|客土|种植土/ },
  { id: '回填料', balance: /回填|填方|废石|废渣|土石方/, estimate: /回填|充填|填方/ },
];

/** Every estimate keyword above has 土 or 填 (keep in step): other item names of a long estimate skip the regexes. */
const ESTIMATE_HINT = /[土填]/;

function workOf(text: string, side: 'balance' | 'estimate'): string | undefined {
  if (side === 'estimate' && !ESTIMATE_HINT.test(text)) return undefined;
  return EARTH_WORKS.find((w) => w[side].test(text))?.id;
}

/**
 * The quantity the estimate prices for a work should be the balance's 本工程利用量 of that material (the
 * same earth moved once). A disagreement is reported as VALUE_MISMATCH with severity warning: no policy
 * article demands it, and which of the two sheets is wrong is for the author to say.
 */
export function crossCheckEarth(ctx: ReviewContext, sheet: string, rows: readonly EstimateRow[], cells: EstimateCells): void {
  const earth = ctx.shared.earth;
  if (!earth) return;
  const balanceByWork = byWork(earth.rows, 'balance', (r) => (r.use !== undefined ? r.label : undefined));
  let itemsByWork: Map<string, EstimateRow[]> | undefined;
  for (const work of EARTH_WORKS) {
    const balanceRows = balanceByWork.get(work.id) ?? [];
    if (balanceRows.length !== 1) continue; // several grades of one material: no single figure to compare
    const b = balanceRows[0];
    const bUnit = parseQuantityUnit(b.unit) ?? 'm³';
    itemsByWork ??= byWork(rows, 'estimate', (r) => (r.kind === 'item' ? r.name : undefined));
    const items = itemsByWork.get(work.id) ?? [];
    const converted: Decimal[] = [];
    let decimals = 0;
    for (const item of items) {
      const unit = parseQuantityUnit(trimmedText(cells.at(item.row, cells.unit)));
      const read = readCellNumber(cells.at(item.row, cells.quantity));
      if (!unit || read.kind !== 'number') continue;
      const q = convertQuantity(read.value, unit, bUnit);
      if (q === undefined) continue; // m³ against t: no density in the estimate
      converted.push(q);
      decimals = Math.max(decimals, read.decimals);
    }
    if (!converted.length) continue;
    const total = sum(converted);
    if (agrees({ value: total, decimals }, b.use!)) continue;
    const addrs = items.map((i) => cells.addr(i.row, cells.quantity)).filter(Boolean).join('、');
    const earthCell = `${earth.sheet}!${b.useAddr ?? ''}`;
    ctx.report({
      code: 'VALUE_MISMATCH',
      severity: 'warning',
      sheet,
      cell: cells.addr(items[0].row, cells.quantity),
      expected: toPlainString(b.use!),
      found: toPlainString(total),
      message: t(
        `投资估算中“${work.id}”工程量合计 ${formatShort(total)}${bUnit}（${sheet}!${addrs}）与土石料平衡分析表本工程利用量 ${formatShort(b.use!)}${bUnit}（${earthCell}）不一致`,
        `estimate quantity for "${work.id}" ${formatShort(total)} ${bUnit} (${sheet}!${addrs}) differs from the earth balance's use ${formatShort(b.use!)} ${bUnit} (${earthCell})`,
      ),
    });
  }
}

/**
 * Entries by the work their text names (textOf: undefined = not a candidate), in order: each text is tested
 * once for all works, not once per work, over the 10,000s of rows of both sheets.
 */
function byWork<T>(entries: readonly T[], side: 'balance' | 'estimate', textOf: (entry: T) => string | undefined): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (let i = 0; i < entries.length; i++) {
    const text = textOf(entries[i]);
    const work = text === undefined ? undefined : workOf(text, side);
    if (work === undefined) continue;
    const list = grouped.get(work);
    if (list) list.push(entries[i]);
    else grouped.set(work, [entries[i]]);
  }
  return grouped;
}
