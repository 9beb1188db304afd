/*
 * Custom functions (MINEPLAN.*), thin wrappers over src/core. PLACEHOLDER with one function so the build and the
 * manifest's CustomFunctions extension point work on this branch; the real file (TERMFACTOR, TERMVALUE, DISPOSABLE,
 * RETURN, TIEREDFEE, MU) comes from the compensation branch at merge.
 *
 * custom-functions-metadata-plugin reads the JSDoc tags below into functions.json and appends the
 * CustomFunctions.associate calls at build time, so this module stays importable in jest.
 */
import { Decimal } from '../core/decimal';
import { parseAreaUnit, toMu } from '../core/units';

/**
 * 将面积换算为亩（1 亩 = 10000/15 平方米）。Converts an area to mu (1 mu = 10000/15 m²).
 * @customfunction MU
 * @param area 面积 Area
 * @param unit 单位：平方米、亩、公顷、平方公里 (m², mu, ha, km²)
 * @returns 面积（亩） Area in mu
 */
export function MU(area: number, unit: string): number {
  const from = parseAreaUnit(unit);
  if (!from) throw new Error(`未知面积单位 / unknown area unit: ${unit}`);
  return toMu(new Decimal(area), from).toNumber();
}
