import { ZERO, type Decimal } from '../../decimal';
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
 * Every sum in one pass over the plots, each added up in row order as before (the same Decimal additions),
 * instead of a filtered array and a pass per sum.
 */
export function calculatePlots(plots: Plot[], problems: PlotProblems): PlotSums {
  let all = ZERO, newFarmland = ZERO, paddy = ZERO, agricultural = ZERO, eco = ZERO, linkageEligible = ZERO;
  let capacity: Decimal | undefined;
  let missing = 0, newFarmlandPlots = 0, withYield = 0, linkagePlots = 0, eligiblePlots = 0;
  const ecoPlots: Plot[] = [];
  const agriPlots: Plot[] = [];
  for (const p of plots) {
    const mu = p.mu;
    if (mu === undefined) missing++;
    else all = all.plus(mu);
    if (p.newFarmland) {
      newFarmlandPlots++;
      if (mu !== undefined) {
        newFarmland = newFarmland.plus(mu);
        if (p.paddy) paddy = paddy.plus(mu);
        if (p.perMu !== undefined) {
          withYield++;
          capacity = (capacity ?? ZERO).plus(mu.times(p.perMu));
        }
      }
    }
    if (p.agricultural) {
      agriPlots.push(p);
      if (mu !== undefined) agricultural = agricultural.plus(mu);
    }
    if (p.ecoIndustry) {
      ecoPlots.push(p);
      if (mu !== undefined) eco = eco.plus(mu);
    }
    if (p.usage === '增减挂钩') {
      linkagePlots++;
      if (mu !== undefined && !problems.get(p)?.length) {
        eligiblePlots++;
        linkageEligible = linkageEligible.plus(mu);
      }
    }
  }
  return {
    all,
    complete: plots.length > 0 && missing === 0,
    newFarmland,
    paddy,
    agricultural,
    eco,
    ecoPlots,
    agriPlots,
    capacity,
    capacityMissing: newFarmlandPlots - withYield,
    linkageEligible,
    linkagePlots,
    linkageExcluded: linkagePlots - eligiblePlots,
  };
}
