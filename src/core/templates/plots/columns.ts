import type { ColumnSpec } from '../../locate';

/** Sheet names and aliases of the 复垦地块表 (SPEC §3.6). */
export const PLOTS_SHEETS = ['复垦地块表', '复垦地块', '地块表', '耕地利用', '新增耕地', '新增耕地地块表', '增减挂钩地块表', '地块清单'];

/** Column headers (normalised: no spaces, units in brackets split off). The first alias is the canonical label. */
export const PLOT_COLUMNS: ColumnSpec[] = [
  { key: 'id', aliases: ['地块编号', '地块号', '图斑编号', '图斑号', '地块名称', '编号'] },
  { key: 'area', aliases: ['面积', '地块面积', '复垦面积', '图斑面积', '修复面积'], required: true },
  { key: 'unit', aliases: ['单位', '面积单位'] },
  { key: 'ownership', aliases: ['权属', '权属性质', '土地权属', '土地所有权', '所有权'] },
  { key: 'before', aliases: ['复垦前地类', '现状地类', '原地类', '修复前地类'] },
  { key: 'after', aliases: ['复垦后地类', '修复后地类', '规划地类', '复垦方向'], required: true },
  { key: 'slope', aliases: ['坡度', '地面坡度'] },
  { key: 'redline', aliases: ['生态保护红线内', '是否在生态保护红线内', '位于生态保护红线内', '生态保护红线', '生态红线内'] },
  { key: 'imagery', aliases: ['遥感影像支持', '是否有遥感影像支持', '遥感影像'] },
  { key: 'usage', aliases: ['利用方式', '指标利用方式', '利用类型', '指标用途'] },
  { key: 'grade', aliases: ['耕地等别', '等别', '质量等别'] },
  { key: 'yield', aliases: ['单产', '亩产', '单位面积产量'] },
  { key: 'capacity', aliases: ['产能', '粮食产能'] },
  { key: 'note', aliases: ['备注'] },
];

export const PLOT_COLUMN_LABEL: Record<string, string> = Object.fromEntries(PLOT_COLUMNS.map((c) => [c.key, c.aliases[0]]));
