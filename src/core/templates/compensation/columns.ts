import type { ColumnSpec } from '../../locate';

export const SHEET_NAME = '补偿测算表';
/** Sheet names that identify the template (SPEC §3.7 and the brief's aliases). */
export const SHEET_NAMES = [SHEET_NAME, '补偿测算', '补偿费用测算'];

/**
 * Header aliases, normalised as `splitHeader` leaves them (units in brackets removed: "面积(m²)" → 面积,
 * "土地还原率r(%)" → 土地还原率r). Prices are 元/m², so the area defaults to m² unless a unit is stated.
 */
export const COLUMNS: ColumnSpec[] = [
  { key: 'name', aliases: ['地块/权利人', '地块权利人', '地块', '权利人', '地块名称', '地块编号', '名称'] },
  { key: 'situation', aliases: ['情形', '补偿情形', '类型'], required: true },
  { key: 'area', aliases: ['面积', '地块面积', '用地面积', '土地面积'], required: true },
  { key: 'unit', aliases: ['单位', '面积单位'] },
  { key: 'certPrice', aliases: ['证载用途地价', '证载用途价格', '证载用途单价', '集体工业用地地价'], required: true },
  { key: 'certTerm', aliases: ['证载用途基准年期', '证载用途年期', '证载用途地价年期'], required: true },
  { key: 'agriPrice', aliases: ['农用地地价', '农用地价格', '农用地单价'], required: true },
  { key: 'agriTerm', aliases: ['农用地基准年期', '农用地年期', '农用地地价年期'] },
  { key: 'remaining', aliases: ['剩余年期', '剩余年期n', '剩余使用年期', '剩余年限'], required: true },
  { key: 'maxTerm', aliases: ['法定最高年限', '最高法定年限', '法定最高出让年限', '法定最高年期'] },
  { key: 'rate', aliases: ['土地还原率', '土地还原率r', '还原率'], required: true },
  { key: 'amount', aliases: ['补偿额', '补偿金额', '补偿费用', '补偿价格'] },
  { key: 'holder', aliases: ['权利人补偿', '权利人补偿额', '土地使用权人补偿'] },
  { key: 'collective', aliases: ['集体补偿', '集体补偿额', '集体经济组织补偿'] },
];

/** Human labels per column key, for messages (zh, en). */
export const LABELS: Record<string, [string, string]> = {
  name: ['地块/权利人', 'plot/holder'],
  situation: ['情形', 'case'],
  area: ['面积', 'area'],
  unit: ['单位', 'unit'],
  certPrice: ['证载用途地价', 'certified-use price'],
  certTerm: ['证载用途基准年期', 'certified-use base term'],
  agriPrice: ['农用地地价', 'agricultural price'],
  agriTerm: ['农用地基准年期', 'agricultural base term'],
  remaining: ['剩余年期', 'remaining term'],
  maxTerm: ['法定最高年限', 'statutory maximum term'],
  rate: ['土地还原率', 'land capitalisation rate'],
  amount: ['补偿额', 'compensation'],
  holder: ['权利人补偿', 'holder compensation'],
  collective: ['集体补偿', 'collective compensation'],
};
