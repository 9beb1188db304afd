import { BIDS_SAMPLE } from '../src/core/templates/bids/sample';
import { SAMPLE as COMPENSATION_SAMPLE } from '../src/core/templates/compensation/sample';
import { EARTH_SAMPLE } from '../src/core/templates/earthBalance/sample';
import { INVESTMENT_SAMPLE } from '../src/core/templates/investment/sample';
import { SAMPLE as PLOTS_SAMPLE } from '../src/core/templates/plots/sample';
import { PROJECT_INFO_SAMPLE } from '../src/core/templates/projectInfo/sample';
import type { BlankSheet } from '../src/core/templates/types';

/** The sheets of examples/sample-plan.xlsx, in workbook order. A new template adds its sample here. */
export const SAMPLE_SHEETS: BlankSheet[] = [
  PROJECT_INFO_SAMPLE,
  EARTH_SAMPLE,
  BIDS_SAMPLE,
  INVESTMENT_SAMPLE,
  PLOTS_SAMPLE,
  COMPENSATION_SAMPLE,
];
