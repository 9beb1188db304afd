import type { Severity } from '../findings';
import { t, type Text } from '../i18n';
import type { TemplateKind } from '../review-model';

export const SEVERITY_LABEL: Record<Severity, Text> = {
  error: t('错误', 'error'),
  warning: t('警告', 'warning'),
  info: t('提示', 'info'),
};

export const TEMPLATE_LABEL: Record<TemplateKind, Text> = {
  projectInfo: t('项目信息', 'Project information'),
  earthBalance: t('土石料平衡分析表', 'Earth-stone balance'),
  bids: t('竞价记录', 'Bids'),
  investment: t('投资估算表', 'Investment estimate'),
  returns: t('收益测算', 'Returns'),
  plots: t('复垦地块表', 'Reclaimed plots'),
  compensation: t('补偿测算表', 'Compensation'),
};
