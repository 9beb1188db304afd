import { Decimal, TEN_THOUSAND, toPlainString } from '../../decimal';
import { termFactor } from '../../finance/termFactor';
import { percentText } from '../../finance/rate';
import { t, type Text } from '../../i18n';
import { formatShort } from '../../numbers';
import type { Situation } from './situation';

/** One row's inputs, already in engine units: area in m², prices in 元/m², terms in 年, rate a fraction. */
export interface CompensationInput {
  situation: Situation;
  areaSqm: Decimal;
  certPrice: Decimal;
  certTerm: Decimal;
  agriPrice: Decimal;
  /** null = 无限年期. */
  agriTerm: Decimal | null;
  /** 剩余年期 n; not used by 集体同时到期 (it uses 法定最高年限). */
  remaining: Decimal | null;
  maxTerm: Decimal;
  rate: Decimal;
}

export type InputField = keyof Omit<CompensationInput, 'situation'>;

export interface CompensationOutcome {
  /** 补偿额 (万元): everything paid for the plot. */
  amount: Decimal;
  /** Paid to the 土地使用权人 (万元): 国有未到期 (the whole amount) and 集体未到期. */
  holder?: Decimal;
  /** Paid to the 农村集体经济组织 (万元): both 集体 cases. */
  collective?: Decimal;
  /** The term the difference is taken over: n (国有未到期) or M = 法定最高年限 (集体). */
  term: Decimal;
  certFactor: Decimal;
  agriFactor: Decimal;
  /** K(n, m₁) of the holder's part (集体未到期). */
  holderFactor?: Decimal;
  /** The formula with the inputs written in, for messages a reviewer can follow. */
  formula: Text;
}

export interface InputProblem {
  field: InputField;
  expected: string;
  found: string;
  message: Text;
}

export const DEFAULT_MAX_TERM = new Decimal(50);

/**
 * Inputs that make a row meaningless (SPEC §3.7, §6 INPUT_OUT_OF_RANGE): n ≤ 0, n > 法定最高年限
 * (n = 法定最高年限 is allowed), r ≤ 0 or ≥ 100 %, base terms ≤ 0, negative areas or prices.
 */
export function inputProblems(input: CompensationInput): InputProblem[] {
  const out: InputProblem[] = [];
  const plain = toPlainString;
  const neg = (field: InputField, v: Decimal, zh: string, en: string) => {
    if (v.isNegative() && !v.isZero()) {
      out.push({ field, expected: '≥ 0', found: plain(v), message: t(`${zh}不能为负（${plain(v)}）`, `${en} cannot be negative (${plain(v)})`) });
    }
  };
  const positive = (field: InputField, v: Decimal, zh: string, en: string) => {
    if (!v.greaterThan(0)) {
      out.push({ field, expected: '> 0', found: plain(v), message: t(`${zh}须大于0（${plain(v)}）`, `${en} must be above 0 (${plain(v)})`) });
    }
  };
  neg('areaSqm', input.areaSqm, '面积', 'Area');
  neg('certPrice', input.certPrice, '证载用途地价', 'Certified-use price');
  neg('agriPrice', input.agriPrice, '农用地地价', 'Agricultural price');
  positive('certTerm', input.certTerm, '证载用途基准年期', 'Certified-use base term');
  if (input.agriTerm !== null) positive('agriTerm', input.agriTerm, '农用地基准年期', 'Agricultural base term');
  positive('maxTerm', input.maxTerm, '法定最高年限', 'Statutory maximum term');
  if (!input.rate.greaterThan(0) || !input.rate.lessThan(1)) {
    out.push({
      field: 'rate',
      expected: '0% < r < 100%',
      found: percentText(input.rate),
      message: t(
        `土地还原率 r = ${percentText(input.rate)}，应在 0% 与 100% 之间（不含端点）`,
        `Land capitalisation rate r = ${percentText(input.rate)} must lie strictly between 0% and 100%`,
      ),
    });
  }
  if (input.situation !== '集体同时到期' && input.remaining !== null) {
    const n = input.remaining;
    if (!n.greaterThan(0)) {
      out.push({
        field: 'remaining',
        expected: '> 0',
        found: plain(n),
        message: t(`剩余年期 n = ${plain(n)} 年，应大于0（${input.situation}）`, `Remaining term n = ${plain(n)} years must be above 0 (${input.situation})`),
      });
    } else if (n.greaterThan(input.maxTerm)) {
      out.push({
        field: 'remaining',
        expected: `≤ ${plain(input.maxTerm)}`,
        found: plain(n),
        message: t(
          `剩余年期 n = ${plain(n)} 年，超过法定最高年限 ${plain(input.maxTerm)} 年`,
          `Remaining term n = ${plain(n)} years exceeds the statutory maximum of ${plain(input.maxTerm)} years`,
        ),
      });
    }
  }
  return out;
}

const k6 = (v: Decimal) => formatShort(v, 6);
const termText = (m: Decimal | null) => (m === null ? '∞' : toPlainString(m));

/**
 * 补偿额 per SPEC §3.7 / 海南 notice 附件 二, in 万元 (元/m² × m² ÷ 10000):
 * - 国有未到期: A × (P₁·K(n, m₁) − P₂·K(n, m₂)), paid to the holder;
 * - 集体同时到期: A × (P₁·K(M, m₁) − P₂·K(M, m₂)), paid to the collective, M = 法定最高年限;
 * - 集体未到期: the collective as 集体同时到期, the holder additionally A × P₁·K(n, m₁) (SPEC §3.7 reading of
 *   "其中给予土地使用权人补偿按…"); 补偿额 = collective + holder.
 * Callers check `inputProblems` first; remaining must be given except for 集体同时到期.
 */
export function compensate(input: CompensationInput): CompensationOutcome {
  const { situation, areaSqm: A, certPrice: p1, certTerm: m1, agriPrice: p2, agriTerm: m2, rate: r } = input;
  const term = situation === '国有未到期' ? requireRemaining(input) : input.maxTerm;
  const certFactor = termFactor(r, term, m1);
  const agriFactor = termFactor(r, term, m2);
  const difference = A.times(p1.times(certFactor).minus(p2.times(agriFactor))).div(TEN_THOUSAND);
  const tn = situation === '国有未到期' ? 'n' : 'M';
  const common =
    `${A.toFixed()} m² × (${p1.toFixed()} 元/m² × K(${tn}=${term.toFixed()}, m₁=${m1.toFixed()}) − ` +
    `${p2.toFixed()} 元/m² × K(${tn}=${term.toFixed()}, m₂=${termText(m2)})) ÷ 10000`;
  const factors = `K(${term.toFixed()}, ${m1.toFixed()}) = ${k6(certFactor)}，K(${term.toFixed()}, ${termText(m2)}) = ${k6(agriFactor)}，r = ${percentText(r)}`;
  const factorsEn = factors.replace(/，/g, ', ');
  const kDef = 'K(n, m) = [1 − (1+r)^−n] ÷ [1 − (1+r)^−m]，m = ∞ 时 K = 1 − (1+r)^−n';
  const kDefEn = 'K(n, m) = [1 − (1+r)^−n] / [1 − (1+r)^−m]; for m = ∞, K = 1 − (1+r)^−n';

  if (situation === '国有未到期') {
    return {
      amount: difference,
      holder: difference,
      term,
      certFactor,
      agriFactor,
      formula: t(
        `补偿额 = 面积 × (证载用途地价·K(n, m₁) − 农用地地价·K(n, m₂)) ÷ 10000 = ${common} = ${k6(difference)} 万元；${factors}；${kDef}`,
        `compensation = area × (certified price·K(n, m₁) − agricultural price·K(n, m₂)) / 10000 = ${common} = ${k6(difference)} 万元; ${factorsEn}; ${kDefEn}`,
      ),
    };
  }
  if (situation === '集体同时到期') {
    return {
      amount: difference,
      collective: difference,
      term,
      certFactor,
      agriFactor,
      formula: t(
        `集体补偿 = 面积 × (证载用途地价·K(M, m₁) − 农用地地价·K(M, m₂)) ÷ 10000，M = 法定最高年限 = ${common} = ${k6(difference)} 万元；${factors}；${kDef}`,
        `collective compensation = area × (certified price·K(M, m₁) − agricultural price·K(M, m₂)) / 10000, M = statutory maximum = ${common} = ${k6(difference)} 万元; ${factorsEn}; ${kDefEn}`,
      ),
    };
  }
  const n = requireRemaining(input);
  const holderFactor = termFactor(r, n, m1);
  const holder = A.times(p1).times(holderFactor).div(TEN_THOUSAND);
  const amount = difference.plus(holder);
  const holderText = `${A.toFixed()} m² × ${p1.toFixed()} 元/m² × K(n=${n.toFixed()}, m₁=${m1.toFixed()}) ÷ 10000`;
  return {
    amount,
    holder,
    collective: difference,
    term,
    certFactor,
    agriFactor,
    holderFactor,
    formula: t(
      `补偿额 = 集体补偿 + 权利人补偿；集体补偿 = 面积 × (证载用途地价·K(M, m₁) − 农用地地价·K(M, m₂)) ÷ 10000 = ${common} = ${k6(difference)} 万元；` +
        `权利人补偿 = 面积 × 证载用途地价·K(n, m₁) ÷ 10000 = ${holderText} = ${k6(holder)} 万元（K(${n.toFixed()}, ${m1.toFixed()}) = ${k6(holderFactor)}）；` +
        `合计 ${k6(amount)} 万元；${factors}；${kDef}`,
      `compensation = collective + holder; collective = area × (certified price·K(M, m₁) − agricultural price·K(M, m₂)) / 10000 = ${common} = ${k6(difference)} 万元; ` +
        `holder = area × certified price·K(n, m₁) / 10000 = ${holderText} = ${k6(holder)} 万元 (K(${n.toFixed()}, ${m1.toFixed()}) = ${k6(holderFactor)}); ` +
        `total ${k6(amount)} 万元; ${factorsEn}; ${kDefEn}`,
    ),
  };
}

function requireRemaining(input: CompensationInput): Decimal {
  if (input.remaining === null) throw new RangeError(`${input.situation}需要剩余年期 n`);
  return input.remaining;
}
