/**
 * A fee standard (取费标准) as data: 差额定率累进 brackets with their source. Amounts in 万元.
 * Built-in standards live in JSON files next to this one; a workbook's 取费标准 sheet supplies more.
 */
export interface FeeBracket {
  /** Lower bound of the bracket (万元), as a decimal string. */
  lowerWan: string;
  /** Upper bound (万元); null = open-ended top bracket. */
  upperWan: string | null;
  /** Marginal rate in percent ("1.5" = 1.5 %). */
  ratePercent: string;
}

export interface FeeStandard {
  /** Stable id (document + fee), e.g. "财建〔2016〕504号-建设管理费". */
  id: string;
  name: string;
  /** Fee names (费用名称) the standard applies to, normalised. */
  aliases: string[];
  document: string;
  /** Article or table of the document. */
  article: string;
  /** What the document takes as the base (计费基数). */
  basis: string;
  validity: { from: string | null; to: string | null; note: string };
  method: '差额定率累进';
  brackets: FeeBracket[];
  /** Where the numbers come from (file, sheet cell, reference). */
  source: string;
  coverageNote?: string;
  boundsNote?: string;
}
