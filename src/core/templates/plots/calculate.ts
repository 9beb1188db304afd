import type { Decimal } from '../../decimal';
import { DecimalSum } from '../../decimalSum';
import type { PlotProblems } from './checkPlots';
import type { Plot } from './plot';

/** The sums SPEC §3.6 asks for, in exact 亩 (and kg for 产能). */
export interface PlotSums {
  all: Decimal;
  /** Every plot has a usable area (then `all` is also the sum a 合计 row must state). */
  complete: boolean;
  newFarmland: Decimal;
  paddy: Decimal;
  agricultural: Decimal;
  eco: Decimal;
  ecoPlots: Plot[];
  agriPlots: Plot[];
  /** Σ 面积(亩) × 单产(kg/亩) over new farmland plots with a 单产; count of those without. */
  capacity?: Decimal;
  capacityMissing: number;
  linkageEligible: Decimal;
  linkagePlots: number;
  linkageExcluded: number;
}

/**
 * Every sum in one pass over the plots, each an exact running sum (DecimalSum: what adding in row order with
 * decimal.js gives), instead of a filtered array and a pass per sum.
 */
export function calculatePlots(plots: Plot[], problems: PlotProblems): PlotSums {
  const all = new DecimalSum(), newFarmland = new DecimalSum(), paddy = new DecimalSum();
  const agricultural = new DecimalSum(), eco = new DecimalSum(), linkageEligible = new DecimalSum();
  let capacity: DecimalSum | undefined;
  let missing = 0, newFarmlandPlots = 0, withYield = 0, linkagePlots = 0, eligiblePlots = 0;
  const ecoPlots: Plot[] = [];
  const agriPlots: Plot[] = [];
  for (let i = 0; i < plots.length; i++) {
    const p = plots[i];
    const mu = p.mu;
    if (mu === undefined) missing++;
    else all.add(mu);
    if (p.newFarmland) {
      newFarmlandPlots++;
      if (mu !== undefined) {
        newFarmland.add(mu);
        if (p.paddy) paddy.add(mu);
        if (p.perMu !== undefined) {
          withYield++;
          (capacity ??= new DecimalSum()).addProduct(mu, p.perMu);
        }
      }
    }
    if (p.agricultural) {
      agriPlots.push(p);
      if (mu !== undefined) agricultural.add(mu);
    }
    if (p.ecoIndustry) {
      ecoPlots.push(p);
      if (mu !== undefined) eco.add(mu);
    }
    if (p.usage === '增减挂钩') {
      linkagePlots++;
      if (mu !== undefined && !problems.get(p)?.length) {
        eligiblePlots++;
        linkageEligible.add(mu);
      }
    }
  }
  return {
    all: all.value(),
    complete: plots.length > 0 && missing === 0,
    newFarmland: newFarmland.value(),
    paddy: paddy.value(),
    agricultural: agricultural.value(),
    eco: eco.value(),
    ecoPlots,
    agriPlots,
    capacity: capacity?.value(),
    capacityMissing: newFarmlandPlots - withYield,
    linkageEligible: linkageEligible.value(),
    linkagePlots,
    linkageExcluded: linkagePlots - eligiblePlots,
  };
}
