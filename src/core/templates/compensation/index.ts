import { t } from '../../i18n';
import type { TemplateModule } from '../types';
import { blankCompensation } from './blank';
import { reviewCompensation } from './check';
import { SHEET_NAMES } from './columns';

/** 补偿测算表 — 海南 新旧采矿用地挂钩 compensation (SPEC §3.7). */
export const compensation: TemplateModule = {
  kind: 'compensation',
  title: t('补偿测算表', 'Compensation estimate'),
  sheetNames: SHEET_NAMES,
  review: reviewCompensation,
  blank: blankCompensation,
};

export { HAINAN_COMPENSATION_CITATION } from './citation';
export { compensate, inputProblems, type CompensationInput, type CompensationOutcome } from './calculate';
export { parseSituation, SITUATIONS, type Situation } from './situation';
