import type { Finding } from './findings';
import type { Province, RulePackRef } from './rulePacks/types';

/** One recomputed number, stable id (README table), exact decimal string, unit stated. */
export interface Result {
  id: string;
  sheet: string;
  cell: string | null;
  label: string;
  value: string;
  unit: string;
}

/** A derived cell the engine would fill: only ever applied where the cell is empty. */
export interface Patch {
  sheet: string;
  cell: string;
  /** Exact decimal string for numbers, plain text otherwise. */
  value: string;
  kind: 'number' | 'text';
  numberFormat?: string;
  label: string;
}

export type TemplateKind =
  | 'projectInfo'
  | 'earthBalance'
  | 'bids'
  | 'investment'
  | 'returns'
  | 'plots'
  | 'compensation';

export interface TemplateUse {
  sheet: string;
  kind: TemplateKind;
  rows: number;
}

export interface Review {
  province: Province | null;
  planDate: string | null;
  rulePacks: RulePackRef[];
  templates: TemplateUse[];
  results: Result[];
  findings: Finding[];
  patches: Patch[];
  summary: { errors: number; warnings: number; infos: number };
}
