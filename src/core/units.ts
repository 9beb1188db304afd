import { Decimal, ONE, TEN_THOUSAND } from './decimal';
import { memo } from './memo';
import { normalizeWidth } from './numbers';

/** Area units (SPEC §4): 1 亩 = 10000/15 m² exactly, 1 公顷 = 15 亩 = 10000 m², 1 km² = 100 公顷. */
export type AreaUnit = 'm²' | '亩' | '公顷' | 'km²';
/** Volume and mass units of the earth-stone balance. */
export type QuantityUnit = 'm³' | '万m³' | 't' | '万t';

const SQM_PER: Record<AreaUnit, Decimal> = {
  'm²': new Decimal(1),
  亩: new Decimal(10000).div(15),
  公顷: new Decimal(10000),
  'km²': new Decimal(1000000),
};

/**
 * 亩 per unit, each a terminating decimal (1 m² = 0.0015 亩): converting to 亩 is one exact multiplication
 * (a plot list converts every row), not a multiplication and a division by 10000/15 rounded to 40 digits.
 */
const MU_PER: Record<AreaUnit, Decimal> = {
  'm²': new Decimal('0.0015'),
  亩: new Decimal(1),
  公顷: new Decimal(15),
  'km²': new Decimal(1500),
};

const AREA_ALIASES: Record<string, AreaUnit> = {
  m2: 'm²', 平方米: 'm²', 平米: 'm²',
  亩: '亩', mu: '亩',
  公顷: '公顷', hm2: '公顷', ha: '公顷',
  km2: 'km²', 平方公里: 'km²', 平方千米: 'km²',
};

const QUANTITY_ALIASES: Record<string, QuantityUnit> = {
  m3: 'm³', 立方米: 'm³', 方: 'm³', 立方: 'm³',
  万m3: '万m³', 万立方米: '万m³', 万方: '万m³',
  t: 't', 吨: 't',
  万t: '万t', 万吨: '万t',
};

function unitKey(text: string): string {
  return normalizeWidth(text).replace(/[\s()（）]/g, '').toLowerCase().replace(/²/g, '2').replace(/³/g, '3');
}

/** A unit column repeats a handful of texts over every row, and a key costs three regex passes: made once each. */
const cachedUnitKey = memo(unitKey);

export function parseAreaUnit(text: string | null | undefined): AreaUnit | undefined {
  if (!text) return undefined;
  const key = cachedUnitKey(text);
  // Own keys only: a unit typed as "constructor" is not a unit.
  return Object.prototype.hasOwnProperty.call(AREA_ALIASES, key) ? AREA_ALIASES[key] : undefined;
}

export function parseQuantityUnit(text: string | null | undefined): QuantityUnit | undefined {
  if (!text) return undefined;
  const key = cachedUnitKey(text);
  return Object.prototype.hasOwnProperty.call(QUANTITY_ALIASES, key) ? QUANTITY_ALIASES[key] : undefined;
}

export function areaToSquareMetres(value: Decimal, unit: AreaUnit): Decimal {
  return value.times(SQM_PER[unit]);
}

export function convertArea(value: Decimal, from: AreaUnit, to: AreaUnit): Decimal {
  if (from === to) return value;
  if (to === 'm²') return areaToSquareMetres(value, from);
  const mu = from === '亩' ? value : value.times(MU_PER[from]);
  // Only 亩 → m² is inexact (÷ 0.0015 does not terminate); 亩 → 公顷 (÷ 15) terminates when 15 divides it.
  return to === '亩' ? mu : mu.div(MU_PER[to]);
}

export function toMu(value: Decimal, unit: AreaUnit): Decimal {
  return convertArea(value, unit, '亩');
}

export function isMass(unit: QuantityUnit): boolean {
  return unit === 't' || unit === '万t';
}

function scaleOf(unit: QuantityUnit): Decimal {
  return unit.startsWith('万') ? TEN_THOUSAND : ONE;
}

/**
 * Convert a quantity; crossing between volume and mass needs the material's density (t/m³).
 * Returns undefined when a density is needed and not given.
 */
export function convertQuantity(
  value: Decimal,
  from: QuantityUnit,
  to: QuantityUnit,
  density?: Decimal,
): Decimal | undefined {
  if (from === to) return value;
  let base = value.times(scaleOf(from)); // m³ or t
  if (isMass(from) !== isMass(to)) {
    if (!density || density.lte(0)) return undefined;
    base = isMass(from) ? base.div(density) : base.times(density);
  }
  return base.div(scaleOf(to));
}
