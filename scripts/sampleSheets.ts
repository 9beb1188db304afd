import { BIDS_SAMPLE } from '../src/core/templates/bids/sample';
import { EARTH_SAMPLE } from '../src/core/templates/earthBalance/sample';
import { PROJECT_INFO_SAMPLE } from '../src/core/templates/projectInfo/sample';
import type { BlankSheet } from '../src/core/templates/types';

/** The sheets of examples/sample-plan.xlsx, in workbook order. A new template adds its sample here. */
export const SAMPLE_SHEETS: BlankSheet[] = [PROJECT_INFO_SAMPLE, EARTH_SAMPLE, BIDS_SAMPLE];
