import type { ReviewContext } from '../../context';
import { readIsoDate } from '../../dates';
import { Decimal, toPlainString } from '../../decimal';
import { t } from '../../i18n';
import { findSheetByName, readLabelValues, type LabelledValue } from '../../locate';
import { normalizeWidth, readCellNumber } from '../../numbers';
import { isInForce, normaliseProvince, packsForProvince } from '../../rulePacks';
import { cellText, type SheetSnapshot } from '../../snapshot';
import { parseAreaUnit, toMu, type AreaUnit } from '../../units';
import type { SharedFacts } from '../../shared-facts';
import type { TemplateModule } from '../types';
import { blankProjectInfo } from './blank';
import { AREA_KEYS, PROJECT_INFO_LABELS, PROJECT_INFO_SHEETS } from './labels';

type ProjectFacts = NonNullable<SharedFacts['projectInfo']>;

function findProjectSheet(ctx: ReviewContext): { sheet: SheetSnapshot; values: Map<string, LabelledValue> } | null {
  const named = findSheetByName(ctx.workbook, PROJECT_INFO_SHEETS);
  if (named) return { sheet: named, values: readLabelValues(named, PROJECT_INFO_LABELS) };
  // Renamed sheet: the one carrying province/date/area labels.
  for (const sheet of ctx.workbook.sheets) {
    const values = readLabelValues(sheet, PROJECT_INFO_LABELS);
    if (values.has('province') && (values.has('date') || values.has('totalArea'))) return { sheet, values };
  }
  return null;
}

/** "1200亩" typed in the value cell carries its own unit. */
function unitFromText(cellValue: unknown): string | undefined {
  if (typeof cellValue !== 'string') return undefined;
  const m = /[\d.,，]\s*([^\d\s.,，]+)\s*$/.exec(normalizeWidth(cellValue));
  return m?.[1];
}

function readProvince(ctx: ReviewContext, sheet: string, v: LabelledValue | undefined): void {
  if (!v) return;
  const text = cellText(v.cell).trim();
  ctx.province = normaliseProvince(text);
  ctx.packs = packsForProvince(ctx.province);
  if (text && !ctx.province) {
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet,
      cell: v.valueAddr,
      found: text,
      expected: '山西 / 河南 / 海南 / 内蒙古',
      message: t(`省份“${text}”暂无规则包，仅做计算复核`, `No rule pack for province "${text}": arithmetic checks only`),
    });
  }
}

function readPlanDate(ctx: ReviewContext, sheet: string, v: LabelledValue | undefined): void {
  if (!v || v.cell.value === null) return;
  const iso = readIsoDate(v.cell.value);
  if (!iso) {
    ctx.report({
      code: 'INPUT_NOT_A_NUMBER',
      sheet,
      cell: v.valueAddr,
      found: cellText(v.cell),
      message: t(`编制日期“${cellText(v.cell)}”无法识别为日期（如 2025-12-01）`, `Plan date "${cellText(v.cell)}" is not a date (e.g. 2025-12-01)`),
    });
    return;
  }
  ctx.planDate = iso;
  for (const pack of ctx.packs) {
    if (isInForce(pack, iso)) continue;
    const window = `${pack.validFrom} ~ ${pack.validTo ?? '长期'}`;
    ctx.report({
      code: 'POLICY_EXPIRED',
      sheet,
      cell: v.valueAddr,
      expected: window,
      found: iso,
      message: t(
        `方案编制日期 ${iso} 不在《${pack.title}》（${pack.document}）有效期 ${window} 内，仍按其复核，请确认适用政策`,
        `Plan date ${iso} is outside the validity ${window} of ${pack.document}; reviewed against it anyway`,
      ),
      ruleOverride: `${pack.document}${pack.validityArticle ? ` ${pack.validityArticle}` : ''}`,
    });
  }
}

function readArea(ctx: ReviewContext, sheet: string, v: LabelledValue): { mu: Decimal; addr: string; unit: AreaUnit } | undefined {
  const read = readCellNumber(v.cell);
  if (read.kind === 'empty') return undefined;
  const label = v.label.replace(/\s/g, '');
  const value = ctx.optionalNumber({ sheet, addr: v.valueAddr, cell: v.cell, label });
  if (!ctx.nonNegative({ sheet, addr: v.valueAddr, cell: v.cell, label }, value)) return undefined;
  const unitText = v.unit ?? unitFromText(v.cell.value);
  const unit = unitText ? parseAreaUnit(unitText) : '亩';
  if (!unit) {
    ctx.report({
      code: 'INPUT_OUT_OF_RANGE',
      sheet,
      cell: v.valueAddr,
      found: unitText,
      expected: '亩 / 公顷 / m² / km²',
      message: t(`${label}的单位“${unitText}”无法识别`, `Unknown area unit "${unitText}" for ${label}`),
    });
    return undefined;
  }
  return { mu: toMu(value, unit), addr: v.valueAddr, unit };
}

function readElevation(ctx: ReviewContext, sheet: string, v: LabelledValue | undefined) {
  if (!v) return undefined;
  const value = ctx.optionalNumber({ sheet, addr: v.valueAddr, cell: v.cell, label: v.label });
  return value === undefined ? undefined : { value, addr: v.valueAddr };
}

/** 河南 第七条 (national policy): the pit bottom after restoration may not be below the lowest elevation before. */
function checkPitBottom(ctx: ReviewContext, sheet: string, facts: ProjectFacts): void {
  const { pitBefore, pitAfter } = facts;
  if (!pitBefore || !pitAfter || !pitAfter.value.lessThan(pitBefore.value)) return;
  const rule = ctx.policy('EARTH_PIT_BELOW_BASELINE');
  ctx.report({
    code: 'EARTH_PIT_BELOW_BASELINE',
    sheet,
    cell: pitAfter.addr,
    expected: `≥ ${toPlainString(pitBefore.value)}`,
    found: toPlainString(pitAfter.value),
    message: t(
      `修复后坑底标高 ${toPlainString(pitAfter.value)} m 低于修复前最低标高 ${toPlainString(pitBefore.value)} m（${pitBefore.addr}），不得继续下挖`,
      `Pit bottom ${toPlainString(pitAfter.value)} m is below the lowest pre-restoration elevation ${toPlainString(pitBefore.value)} m`,
    ),
    rule,
  });
}

export const projectInfoModule: TemplateModule = {
  kind: 'projectInfo',
  title: t('项目信息', 'Project information'),
  sheetNames: PROJECT_INFO_SHEETS,
  review(ctx) {
    const found = findProjectSheet(ctx);
    if (!found) return false;
    const { sheet, values } = found;
    ctx.useTemplate(sheet.name, 'projectInfo', values.size);
    readProvince(ctx, sheet.name, values.get('province'));
    readPlanDate(ctx, sheet.name, values.get('date'));
    const facts: ProjectFacts = { sheet: sheet.name, areas: {} };
    for (const [key, areaKey] of Object.entries(AREA_KEYS)) {
      const v = values.get(key);
      const area = v && readArea(ctx, sheet.name, v);
      if (area) facts.areas[areaKey] = area;
    }
    const direction = values.get('direction');
    if (direction) facts.direction = cellText(direction.cell).trim() || undefined;
    facts.pitBefore = readElevation(ctx, sheet.name, values.get('pitBefore'));
    facts.pitAfter = readElevation(ctx, sheet.name, values.get('pitAfter'));
    checkPitBottom(ctx, sheet.name, facts);
    ctx.shared.projectInfo = facts;
    return true;
  },
  blank: blankProjectInfo,
};
