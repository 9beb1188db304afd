import type { BlankSheet } from '../types';
import { sheetOf } from './blank';

/**
 * Readable sample rows for the bundled workbook: one row of each 情形, 海南-style prices (元/m²), r = 6 %.
 * The author's figures are the exact results rounded to 0.01 万元, so the sample reviews clean:
 * 国有未到期 848.110590…; 集体同时到期 535.530733… (its 农用地 value is corrected from 30 to 50 years,
 * K = 1.145082… > 1); 集体未到期 collective 483.257301… + holder 370.952771… = 854.210072…;
 * 合计 2237.851396… 万元.
 */
export const SAMPLE: BlankSheet = sheetOf([
  ['海南某矿业有限公司', '国有未到期', 20000, 600, 50, 60, null, 23, 50, 0.06, 848.11, 848.11, null, '国有建设用地使用权剩余23年；农用地地价为无限年期'],
  ['某村股份经济合作社', '集体同时到期', 15000, 420, 50, 55, 30, null, 50, 0.06, 535.53, null, 535.53, '采矿权与集体经营性建设用地使用权同时到期；农用地地价为30年期'],
  ['某村经济合作社/某石材加工厂', '集体未到期', 12000, 450, 50, 50, null, 18, 50, 0.06, 854.21, 370.95, 483.26, '集体经营性建设用地使用权剩余18年'],
  ['合计', null, 47000, null, null, null, null, null, null, null, 2237.85, 1219.06, 1018.79, null],
]);
