/**
 * MINEPLAN custom functions (SPEC §8). Thin wrappers over the same core functions the review uses; numbers
 * cross the boundary once each way (decimalFromNumber in, Number(decimal.toString()) out). A bad argument
 * throws #VALUE! (invalidValue) or #NUM! (invalidNumber) with a Chinese explanation — never a silent 0.
 * custom-functions-metadata-plugin generates functions.json from the JSDoc below and appends the
 * CustomFunctions.associate calls at build time, so this file imports cleanly in jest.
 */
import { Decimal } from '../core/decimal';
import { appraisalValue, disposableVolume, reserveFloor } from '../core/earth/formulas';
import { parseReturnMode, reasonableReturn, RETURN_MODES } from '../core/finance/returns';
import { termFactor, termValue } from '../core/finance/termFactor';
import { tieredFee } from '../core/feeStandards';
import { compensate, inputProblems } from '../core/templates/compensation/calculate';
import { parseSituation, SITUATIONS } from '../core/templates/compensation/situation';
import { convertArea } from '../core/units';
import {
  areaUnitArg, decimalArg, nonNegativeArg, optionalDecimalArg, positiveArg, rateArg, textArg, toExcelNumber,
} from './args';
import { functionError } from './errors';
import { feeStandardArg } from './feeStandardArg';

const INFINITE_HINT = '；无限年期请省略此参数（空单元格按 0 传入）';

function baseTermArg(value: unknown, name: string): Decimal | null {
  const m = optionalDecimalArg(value, name);
  if (m === undefined) return null;
  if (!m.greaterThan(0)) throw functionError('invalidNumber', `参数 ${name} 须大于0（${m.toFixed()}）${INFINITE_HINT}`);
  return m;
}

/**
 * 年期修正系数 K = [1 − (1+r)^−n] ÷ [1 − (1+r)^−m]；省略 m 为无限年期，K = 1 − (1+r)^−n。
 * @customfunction TERMFACTOR
 * @param r 土地还原率：0.06、6% 或 6 均表示 6%
 * @param n 目标（剩余）年期，年，可为小数，须大于0
 * @param [m] 地价的基准年期，年；省略表示无限年期
 * @returns 年期修正系数 K（n 大于 m 时 K 大于 1，属正常）
 */
export function TERMFACTOR(r: number, n: number, m?: number): number {
  const rate = rateArg(r, 'r（土地还原率）', false);
  const years = positiveArg(n, 'n（年期）');
  return toExcelNumber(termFactor(rate, years, baseTermArg(m, 'm（基准年期）')));
}

/**
 * 年期修正后的地价 = 地价 × K(n, m, r)。
 * @customfunction TERMVALUE
 * @param price 基准年期 m 下的地价（如 元/m²）
 * @param r 土地还原率：0.06、6% 或 6 均表示 6%
 * @param n 目标（剩余）年期，年，须大于0
 * @param [m] 地价的基准年期，年；省略表示无限年期
 * @returns n 年期的地价，单位同 price
 */
export function TERMVALUE(price: number, r: number, n: number, m?: number): number {
  const p = nonNegativeArg(price, 'price（地价）');
  const rate = rateArg(r, 'r（土地还原率）', false);
  const years = positiveArg(n, 'n（年期）');
  return toExcelNumber(termValue(p, rate, years, baseTermArg(m, 'm（基准年期）')));
}

/**
 * 剩余可处置土石料量 = 原地遗留量 + 新产生量 − 本工程利用量（为负表示供应不足、需外购）。
 * @customfunction DISPOSABLE
 * @param legacy 原地遗留土石料量
 * @param produced 新产生土石料量（剥离或开采量），单位同 legacy
 * @param use 本工程利用量，单位同 legacy
 * @returns 剩余可处置量，单位同输入
 */
export function DISPOSABLE(legacy: number, produced: number, use: number): number {
  return toExcelNumber(
    disposableVolume(nonNegativeArg(legacy, 'legacy（原地遗留量）'), nonNegativeArg(produced, 'produced（新产生量）'), nonNegativeArg(use, 'use（本工程利用量）')),
  );
}

/**
 * 投资合理回报：单利 C·r·n；复利 C·((1+r)^n − 1)；等额年金 A·n − C，A = C·r(1+r)^n ÷ ((1+r)^n − 1)。
 * @customfunction RETURN
 * @param cost 投资成本（万元）
 * @param rate 合理回报率：0.08、8% 或 8 均表示 8%
 * @param years 回报年限（年）
 * @param mode 计息方式：单利、复利 或 等额年金
 * @returns 合理回报（万元，不含本金）
 */
export function RETURN(cost: number, rate: number, years: number, mode: string): number {
  const c = nonNegativeArg(cost, 'cost（投资成本）');
  const r = rateArg(rate, 'rate（合理回报率）', true);
  const n = nonNegativeArg(years, 'years（回报年限）');
  const parsed = parseReturnMode(textArg(mode, 'mode（计息方式）'));
  if (!parsed) throw functionError('invalidValue', `计息方式“${mode}”无法识别，应为 ${RETURN_MODES.join('、')}`);
  if (n.isZero()) throw functionError('invalidNumber', 'years（回报年限）应大于 0');
  return toExcelNumber(reasonableReturn(c, r, n, parsed));
}

/**
 * 差额定率累进计费：计费基数各段分别乘以该档费率后求和。
 * @customfunction TIEREDFEE
 * @param base 计费基数（万元）
 * @param standard 取费标准区域，每行：下限(万元)、上限(万元，最高档可空)、费率(%，2 表示 2%)
 * @returns 费用（万元）
 */
export function TIEREDFEE(base: number, standard: unknown[][]): number {
  const b = nonNegativeArg(base, 'base（计费基数）');
  const brackets = feeStandardArg(standard, 'standard（取费标准）');
  // The same 差额定率累进 reading as the review (a "1001–5000" bracket continues from 1000).
  const fee = tieredFee(b, { brackets });
  if (fee.beyondTable) {
    const top = fee.steps[fee.steps.length - 1]?.upper?.toFixed() ?? '';
    throw functionError('invalidNumber', `计费基数 ${b.toFixed()} 超出取费标准最高档上限 ${top} 万元，表中无该部分费率`);
  }
  return toExcelNumber(fee.amount);
}

/**
 * 面积换算为亩（1 亩 = 10000/15 m²）。
 * @customfunction MU
 * @param area 面积
 * @param [unit] area 的单位：m²（默认）、亩、公顷、km²
 * @returns 面积（亩）
 */
export function MU(area: number, unit?: string): number {
  return toExcelNumber(convertArea(nonNegativeArg(area, 'area（面积）'), areaUnitArg(unit, 'unit（单位）'), '亩'));
}

/**
 * 面积换算为公顷（1 公顷 = 15 亩 = 10000 m²）。
 * @customfunction TOHECTARE
 * @param area 面积
 * @param [unit] area 的单位：m²（默认）、亩、公顷、km²
 * @returns 面积（公顷）
 */
export function TOHECTARE(area: number, unit?: string): number {
  return toExcelNumber(convertArea(nonNegativeArg(area, 'area（面积）'), areaUnitArg(unit, 'unit（单位）'), '公顷'));
}

/**
 * 面积换算为平方米。
 * @customfunction TOSQM
 * @param area 面积
 * @param [unit] area 的单位：亩、公顷、km²、m²（默认）
 * @returns 面积（m²）
 */
export function TOSQM(area: number, unit?: string): number {
  return toExcelNumber(convertArea(nonNegativeArg(area, 'area（面积）'), areaUnitArg(unit, 'unit（单位）'), 'm²'));
}

/**
 * 土石料评估价值（万元）= 拟对外销售量 × 评估单价 ÷ 10000。
 * @customfunction APPRAISAL
 * @param sale 拟对外销售量（m³ 或 t）
 * @param price 评估单价（元/m³ 或 元/t）
 * @returns 评估价值（万元）
 */
export function APPRAISAL(sale: number, price: number): number {
  return toExcelNumber(appraisalValue(nonNegativeArg(sale, 'sale（拟对外销售量）'), nonNegativeArg(price, 'price（评估单价）')));
}

/**
 * 处置底价（万元）= 评估价值 × 底价系数。
 * @customfunction FLOOR
 * @param appraisal 评估价值（万元）
 * @param [coef] 底价系数，省略为 1
 * @returns 处置底价（万元）
 */
export function FLOOR(appraisal: number, coef?: number): number {
  const a = nonNegativeArg(appraisal, 'appraisal（评估价值）');
  const k = coef === undefined || coef === null ? new Decimal(1) : positiveArg(coef, 'coef（底价系数）');
  return toExcelNumber(reserveFloor(a, k));
}

/**
 * 海南 新旧采矿用地挂钩 补偿额（万元），按《关于建立新旧采矿用地挂钩制度促进净矿出让和生态修复的通知》附件 二。
 * @customfunction COMPENSATION
 * @param situation 情形：国有未到期、集体同时到期 或 集体未到期
 * @param area 面积（m²）
 * @param certPrice 证载用途地价（元/m²）
 * @param certTerm 证载用途基准年期（年）
 * @param agriPrice 农用地地价（元/m²）
 * @param remaining 剩余年期 n（年）；集体同时到期时不使用
 * @param rate 土地还原率：0.06、6% 或 6 均表示 6%
 * @param [agriTerm] 农用地基准年期（年）；省略表示无限年期
 * @param [maxTerm] 法定最高年限（年），省略为 50
 * @returns 补偿额（万元）；集体未到期为集体补偿与权利人补偿之和
 */
export function COMPENSATION(
  situation: string,
  area: number,
  certPrice: number,
  certTerm: number,
  agriPrice: number,
  remaining: number,
  rate: number,
  agriTerm?: number,
  maxTerm?: number,
): number {
  const text = textArg(situation, 'situation（情形）');
  const parsed = parseSituation(text);
  if (parsed === 'stateExpired') throw functionError('invalidValue', '国有建设用地使用权与采矿权同时到期的，通知未规定补偿');
  if (!parsed) throw functionError('invalidValue', `情形“${text}”无法识别，应为 ${SITUATIONS.join('、')}`);
  const input = {
    situation: parsed,
    areaSqm: decimalArg(area, 'area（面积）'),
    certPrice: decimalArg(certPrice, 'certPrice（证载用途地价）'),
    certTerm: decimalArg(certTerm, 'certTerm（证载用途基准年期）'),
    agriPrice: decimalArg(agriPrice, 'agriPrice（农用地地价）'),
    agriTerm: baseTermArg(agriTerm, 'agriTerm（农用地基准年期）'),
    remaining: parsed === '集体同时到期' ? optionalDecimalArg(remaining, 'remaining（剩余年期）') ?? null : decimalArg(remaining, 'remaining（剩余年期）'),
    maxTerm: optionalDecimalArg(maxTerm, 'maxTerm（法定最高年限）') ?? new Decimal(50),
    rate: rateArg(rate, 'rate（土地还原率）', false),
  };
  const problems = inputProblems(input);
  if (problems.length > 0) throw functionError('invalidNumber', problems.map((p) => p.message.zh).join('；'));
  return toExcelNumber(compensate(input).amount);
}
