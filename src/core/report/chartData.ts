import { Decimal } from '../decimal';
import type { Result } from '../review-model';

export interface EarthBar {
  label: string;
  unit: string;
  supply?: string;
  disposable?: string;
}

export interface InvestSlice {
  category: string;
  unit: string;
  value: string;
  /** Share of the sum of the categories shown, 0..1, for drawing only. */
  share: number;
}

/** Rows of the earth-stone chart from results `earth.<label>.supply|disposable` (the total row excluded). */
export function earthBars(results: Result[]): EarthBar[] {
  const bars = new Map<string, EarthBar>();
  for (const r of results) {
    if (!r.id.startsWith('earth.')) continue;
    const rest = r.id.slice('earth.'.length);
    const dot = rest.lastIndexOf('.');
    const label = rest.slice(0, dot);
    const metric = rest.slice(dot + 1);
    if (dot <= 0 || label === 'total' || (metric !== 'supply' && metric !== 'disposable')) continue;
    const bar = bars.get(label) ?? { label, unit: r.unit };
    bar[metric] = r.value;
    bars.set(label, bar);
  }
  return [...bars.values()];
}

/** Slices of the investment split from results `invest.<category>` (invest.total excluded, negatives dropped). */
export function investSlices(results: Result[]): InvestSlice[] {
  const rows = results.filter((r) => r.id.startsWith('invest.') && r.id !== 'invest.total');
  const positive = rows.filter((r) => new Decimal(r.value).gt(0));
  const sum = positive.reduce((acc, r) => acc.plus(r.value), new Decimal(0));
  return positive.map((r) => ({
    category: r.id.slice('invest.'.length),
    unit: r.unit,
    value: r.value,
    // Pixels only: the ratio is computed in Decimal and turned into a float at the very end.
    share: sum.isZero() ? 0 : new Decimal(r.value).div(sum).toNumber(),
  }));
}

/** Largest absolute value among the earth bars, per unit (bars of different units are not on one scale). */
export function earthScale(bars: EarthBar[]): Map<string, Decimal> {
  const scale = new Map<string, Decimal>();
  for (const b of bars) {
    for (const v of [b.supply, b.disposable]) {
      if (v === undefined) continue;
      const abs = new Decimal(v).abs();
      const current = scale.get(b.unit);
      if (!current || abs.gt(current)) scale.set(b.unit, abs);
    }
  }
  return scale;
}
