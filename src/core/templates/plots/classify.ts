import { normalizeWidth } from '../../numbers';
import type { Cell } from '../../snapshot';
import { memo } from '../../memo';

/** How the reclaimed plot is used (利用方式). */
export type PlotUsage = '占补平衡' | '增减挂钩' | '生态产业' | '其他';

function norm(text: string): string {
  return normalizeWidth(text).replace(/\s/g, '');
}

// Each classifier runs once per distinct text (memo.ts): a long list repeats a handful per column.

export const parseUsage = memo((text: string): PlotUsage => {
  const s = norm(text);
  if (s.includes('挂钩')) return '增减挂钩';
  if (s.includes('占补')) return '占补平衡';
  if (s.includes('生态产业')) return '生态产业';
  return '其他';
});

/** 耕地 in the sense of 三调 (GB/T 21010): 水田, 水浇地, 旱地. */
function farmlandText(s: string): boolean {
  return /耕地|水田|水浇地|旱地/.test(s) && !/非耕地/.test(s);
}

export const isFarmland = memo((landClass: string): boolean => farmlandText(norm(landClass)));

/** What a 复垦后地类 says, as one shared object per distinct text. */
export interface LandClass {
  farmland: boolean;
  paddy: boolean;
  /** 农用地 (土地管理法 第四条): 耕地, 园地, 林地, 草地, 农田水利用地, 养殖水面, 设施农用地 … */
  agricultural: boolean;
  ecoIndustry: boolean;
}

export const classifyLand = memo((landClass: string): LandClass => {
  const s = norm(landClass);
  const farmland = farmlandText(s);
  return {
    farmland,
    paddy: s.includes('水田'),
    agricultural: farmland || /园地|果园|茶园|林地|草地|牧草|农用地|坑塘|养殖水面|沟渠|田坎/.test(s),
    ecoIndustry: s.includes('生态产业'),
  };
});

export const isCollective = memo((ownership: string): boolean => norm(ownership).includes('集体'));

const YES = new Set(['是', '有', '√', '✓', '✔', 'y', 'yes', 'true', '1', '在', '内', '红线内', '支持', '有支持', '位于红线内']);
const NO = new Set(['否', '无', '×', '✗', '✘', 'x', 'n', 'no', 'false', '0', '不在', '外', '红线外', '不支持', '无支持', '不是', '没有']);

export type YesNo = boolean | 'empty' | 'unknown';

const yesNoText = memo((text: string): YesNo => {
  const s = norm(text).toLowerCase();
  if (s === '') return 'empty';
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return 'unknown';
});

/** 是/否 cells: true, false, 'empty' when blank, 'unknown' for other text. */
export function readYesNo(cell: Cell): YesNo {
  const v = cell.value;
  if (typeof v === 'boolean') return v;
  if (v === null || v === undefined) return 'empty';
  return yesNoText(typeof v === 'string' ? v : String(v));
}
