import { normalizeWidth } from '../../numbers';
import type { Cell } from '../../snapshot';

/** How the reclaimed plot is used (利用方式). */
export type PlotUsage = '占补平衡' | '增减挂钩' | '生态产业' | '其他';

function norm(text: string): string {
  return normalizeWidth(text).replace(/\s/g, '');
}

export function parseUsage(text: string): PlotUsage {
  const s = norm(text);
  if (s.includes('挂钩')) return '增减挂钩';
  if (s.includes('占补')) return '占补平衡';
  if (s.includes('生态产业')) return '生态产业';
  return '其他';
}

/** 耕地 in the sense of 三调 (GB/T 21010): 水田, 水浇地, 旱地. */
export function isFarmland(landClass: string): boolean {
  const s = norm(landClass);
  return /耕地|水田|水浇地|旱地/.test(s) && !/非耕地/.test(s);
}

export function isPaddy(landClass: string): boolean {
  return norm(landClass).includes('水田');
}

/** 农用地 (土地管理法 第四条): 耕地, 园地, 林地, 草地, 农田水利用地, 养殖水面, 设施农用地 … */
export function isAgricultural(landClass: string): boolean {
  const s = norm(landClass);
  return isFarmland(s) || /园地|果园|茶园|林地|草地|牧草|农用地|坑塘|养殖水面|沟渠|田坎/.test(s);
}

export function isEcoIndustryClass(landClass: string): boolean {
  return norm(landClass).includes('生态产业');
}

export function isCollective(ownership: string): boolean {
  return norm(ownership).includes('集体');
}

const YES = new Set(['是', '有', '√', '✓', '✔', 'y', 'yes', 'true', '1', '在', '内', '红线内', '支持', '有支持', '位于红线内']);
const NO = new Set(['否', '无', '×', '✗', '✘', 'x', 'n', 'no', 'false', '0', '不在', '外', '红线外', '不支持', '无支持', '不是', '没有']);

/** 是/否 cells: true, false, 'empty' when blank, 'unknown' for other text. */
export function readYesNo(cell: Cell): boolean | 'empty' | 'unknown' {
  const v = cell.value;
  if (typeof v === 'boolean') return v;
  if (v === null || v === undefined) return 'empty';
  const s = norm(String(v)).toLowerCase();
  if (s === '') return 'empty';
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return 'unknown';
}
