import { Decimal, ONE } from '../decimal';

/**
 * Annual government payment of a PPP project, 财政部 财金〔2015〕21号《政府和社会资本合作项目财政承受能力论证指引》
 * (article number not confirmed: cite the document only):
 *   当年运营补贴支出 = 项目全部建设成本 × (1 + 合理利润率) × (1 + 年度折现率)^n / 财政运营补贴周期
 *                   + 年度运营成本 × (1 + 合理利润率)
 * 可行性缺口补助 mode: the same − 当年使用者付费数额 (政府付费 mode when no user fee is given).
 * Rates are fractions; n is the discount year (1 = first year of the subsidy period).
 */
export interface PppInputs {
  constructionCost: Decimal;
  profitRate: Decimal;
  discountRate: Decimal;
  /** 财政运营补贴周期 (years, > 0). */
  subsidyYears: Decimal;
  operatingCost: Decimal;
  /** 当年使用者付费数额; given → 可行性缺口补助, absent → 政府付费. */
  userFee?: Decimal;
}

export type PppMode = '政府付费' | '可行性缺口补助';

export function pppMode(inputs: PppInputs): PppMode {
  return inputs.userFee === undefined ? '政府付费' : '可行性缺口补助';
}

export function pppAnnualPayment(inputs: PppInputs, year: Decimal | number): Decimal {
  const { constructionCost, profitRate, discountRate, subsidyYears, operatingCost, userFee } = inputs;
  if (!subsidyYears.greaterThan(0)) throw new RangeError(`subsidy period must be > 0, got ${subsidyYears.toFixed()}`);
  if (!discountRate.greaterThan(-1)) throw new RangeError(`discount rate must be > −100 %, got ${discountRate.toFixed()}`);
  const markUp = ONE.plus(profitRate);
  const capital = constructionCost.times(markUp).times(ONE.plus(discountRate).pow(year)).div(subsidyYears);
  const payment = capital.plus(operatingCost.times(markUp));
  return userFee === undefined ? payment : payment.minus(userFee);
}

/** Payments for n = 1 … subsidyYears (subsidyYears a whole number of years). */
export function pppSchedule(inputs: PppInputs): { year: number; payment: Decimal }[] {
  if (!inputs.subsidyYears.isInteger() || !inputs.subsidyYears.greaterThan(0)) {
    throw new RangeError(`subsidy period must be a whole number of years, got ${inputs.subsidyYears.toFixed()}`);
  }
  const out: { year: number; payment: Decimal }[] = [];
  for (let n = 1; n <= inputs.subsidyYears.toNumber(); n++) out.push({ year: n, payment: pppAnnualPayment(inputs, n) });
  return out;
}
