import { ReviewContext } from '../../../../src/core/context';
import { Decimal } from '../../../../src/core/decimal';
import type { Finding, FindingCode } from '../../../../src/core/findings';
import { packsForProvince, type Province } from '../../../../src/core/rulePacks';
import type { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../../src/core/snapshot';
import type { SharedFacts } from '../../../../src/core/shared-facts';
import { plotsModule } from '../../../../src/core/templates/plots';
import { parseAreaUnit, toMu } from '../../../../src/core/units';

export const HEADER = ['地块编号', '面积', '单位', '权属', '复垦前地类', '复垦后地类', '坡度（°）', '生态保护红线内', '遥感影像支持', '利用方式', '耕地等别', '单产（kg/亩）'];

type Input = CellValue | Cell;

function toCell(v: Input): Cell {
  return v !== null && typeof v === 'object' && !(v instanceof Date) ? v : { value: v };
}

export function sheetOf(name: string, rows: Input[][]): SheetSnapshot {
  return { name, origin: { row: 1, col: 1 }, cells: rows.map((r) => r.map(toCell)) };
}

/** A plot row in HEADER order; unspecified columns take plausible defaults of a clean 旱地 占补平衡 plot. */
export function plot(p: Partial<Record<'id' | 'area' | 'unit' | 'owner' | 'before' | 'after' | 'slope' | 'redline' | 'imagery' | 'usage' | 'grade' | 'yield', Input>>): Input[] {
  const d = { id: 'P', area: 10, unit: '亩', owner: '集体', before: '采矿用地', after: '旱地', slope: 5, redline: '否', imagery: '是', usage: '占补平衡', grade: 8, yield: 400, ...p };
  return [d.id, d.area, d.unit, d.owner, d.before, d.after, d.slope, d.redline, d.imagery, d.usage, d.grade, d.yield];
}

const AREA_LABELS: Record<string, keyof NonNullable<SharedFacts['projectInfo']>['areas']> = {
  修复总面积: 'total',
  生态产业用地面积: 'ecoIndustry',
  复垦为农用地面积: 'reclaimedAgri',
  拟使用新增建设用地面积: 'newConstruction',
};

export interface Scenario {
  province?: Province;
  /** 项目信息 label → [value, unit]. 省份 is added from `province`. */
  info?: Record<string, [CellValue, string?]>;
  plots?: Input[][];
  header?: Input[];
  title?: boolean;
}

/**
 * A workbook with a 项目信息 sheet and a 复垦地块表, and a context as the lead's projectInfo module leaves it:
 * province, packs and ctx.shared.projectInfo set (the plots module runs after it).
 */
export function scenario(s: Scenario): { wb: WorkbookSnapshot; ctx: ReviewContext } {
  const infoRows: Input[][] = [['项目', '值', '单位']];
  if (s.province) infoRows.push(['省份', s.province, null]);
  for (const [label, [value, unit]] of Object.entries(s.info ?? {})) infoRows.push([label, value, unit ?? null]);
  const sheets: SheetSnapshot[] = [sheetOf('项目信息', infoRows)];
  if (s.plots) {
    const rows: Input[][] = s.title === false ? [] : [['复垦地块表']];
    rows.push(s.header ?? HEADER, ...s.plots);
    sheets.push(sheetOf('复垦地块表', rows));
  }
  const wb = { sheets };
  const ctx = new ReviewContext(wb);
  ctx.province = s.province ?? null;
  ctx.packs = packsForProvince(ctx.province);
  ctx.claimedSheets.add('项目信息');
  const facts: NonNullable<SharedFacts['projectInfo']> = { sheet: '项目信息', areas: {} };
  infoRows.forEach((row, i) => {
    const label = String(toCell(row[0]).value);
    const value = toCell(row[1]).value;
    if (label === '修复主导方向') facts.direction = String(value);
    const key = AREA_LABELS[label];
    if (key && typeof value === 'number') {
      const unit = parseAreaUnit(String(toCell(row[2]).value ?? '亩')) ?? '亩';
      facts.areas[key] = { mu: toMu(new Decimal(String(value)), unit), addr: `B${i + 1}`, unit };
    }
  });
  ctx.shared.projectInfo = facts;
  return { wb, ctx };
}

export function run(s: Scenario): ReviewContext {
  const { ctx } = scenario(s);
  plotsModule.review(ctx);
  return ctx;
}

export function findings(ctx: ReviewContext, code: FindingCode): Finding[] {
  return ctx.findings.filter((f) => f.code === code);
}

export function result(ctx: ReviewContext, id: string) {
  return ctx.results.find((r) => r.id === id);
}
